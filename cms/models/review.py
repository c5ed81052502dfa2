"""Review tasks with four eyes: nobody approves what they wrote themselves."""

from typing import TYPE_CHECKING, NamedTuple

from django.contrib.auth.models import AnonymousUser, User
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.models import (
    AbstractGroupApprovalTask,
    Page,
    Revision,
    RevisionMixin,
    Task,
    TaskState,
    WorkflowMixin,
    WorkflowState,
)

from cms.review.revision_content import comparable_content
from cms.upstream.references import references_in
from cms.upstream.workflows import user_in_task_groups

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

    # For the type checker the mixin extends the model it is mixed into (its super()).
    from wagtail.models import RevisionMixin as _MixedInto
else:
    _MixedInto = object


class KeepReviewedRevisionsMixin(_MixedInto):
    """A revision that a review step looked at is never rewritten afterwards.

    Wagtail's autosave overwrites the latest revision in place when the same user wrote it;
    if that revision is under review (or was reviewed), the new content becomes a revision of
    its own instead, so what the reviewers saw is what the history keeps.
    """

    def save_revision(
        self, *args: object, overwrite_revision: Revision | None = None, **kwargs: object
    ) -> Revision:
        if (
            overwrite_revision is not None
            and TaskState.objects.filter(revision=overwrite_revision).exists()
        ):
            overwrite_revision = None
        return super().save_revision(*args, overwrite_revision=overwrite_revision, **kwargs)


def _content(revision: Revision | None) -> dict:
    if revision is None:
        return {}
    return comparable_content(revision.content_type.model_class(), revision.content)


def authors_since_publication(obj: RevisionMixin) -> set[int]:
    """Everyone whose revision changed the content of `obj` since its live revision.

    Autosaves count; saves that changed nothing but bookkeeping do not.
    """
    revisions = Revision.objects.for_instance(obj).order_by("created_at", "pk")
    live_revision = getattr(obj, "live_revision", None)
    if live_revision is not None:
        revisions = revisions.filter(pk__gt=live_revision.pk)
    authors: set[int] = set()
    previous = _content(live_revision) if live_revision is not None else None
    for revision in revisions:
        content = _content(revision)
        if revision.user_id and content != previous:
            authors.add(revision.user_id)
        previous = content
    return authors


def approved_another_step(
    obj: WorkflowMixin, user: User | AnonymousUser | None, task: "ReviewTask"
) -> bool:
    """Whether `user` already approved another step of the review now running on `obj`.

    Each step is a separate pair of eyes: someone in both Fachprüfung and Freigabe reviews
    a piece once, not twice.
    """
    state = getattr(obj, "current_workflow_state", None)
    if state is None or getattr(user, "pk", None) is None:
        return False
    return (
        state.task_states.filter(status=TaskState.STATUS_APPROVED, finished_by=user)
        .exclude(task=task)
        .exists()
    )


class ReviewTask(AbstractGroupApprovalTask):
    """A group approval step (Fachprüfung, Datenschutz, Freigabe) that enforces four eyes.

    The approve actions are not offered to anyone who edited the item since it was last
    published or who approved another step of the same review, and such an approval is
    refused server-side as well (the admin saves a reviewer's own edits as a new revision
    before approving).
    """

    class Meta:
        verbose_name = _("review step (four eyes)")
        verbose_name_plural = _("review steps (four eyes)")

    @classmethod
    def get_description(cls) -> "StrOrPromise":
        return _(
            "Members of the chosen groups approve or request changes; nobody approves their "
            "own edits, and nobody approves two steps of one review."
        )

    def refuses_approval_from(self, obj: WorkflowMixin, user: User | AnonymousUser | None) -> str:
        """Why `user` may not approve this step for `obj` (empty when they may)."""
        if user is None or user.pk in authors_since_publication(obj):
            return gettext("You cannot approve changes you made yourself.")
        if approved_another_step(obj, user, self):
            return gettext("You already approved another step of this review.")
        return ""

    def get_actions(self, obj: WorkflowMixin, user: User) -> list[tuple[str, str, bool]]:
        actions = super().get_actions(obj, user)
        if self.refuses_approval_from(obj, user):
            return [action for action in actions if action[0] != "approve"]
        return actions

    def on_action(
        self, task_state: TaskState, user: User, action_name: str, **kwargs: object
    ) -> None:
        obj = task_state.workflow_state.content_object
        if action_name == "approve":
            reason = self.refuses_approval_from(obj, user)
            if reason:
                raise PermissionDenied(reason)
            if not user_in_task_groups(self, user) and not user.is_superuser:
                raise PermissionDenied(_("Only the reviewing group can approve this step."))
        super().on_action(task_state, user, action_name, **kwargs)


def referenced_ids(obj: models.Model, model: type[models.Model]) -> set[str]:
    """The keys of the `model` objects `obj` refers to (fields, StreamField blocks, inline
    children), read the way Wagtail's reference index does, from the object itself: a draft
    revision is judged by what it contains."""
    type_id = ContentType.objects.get_for_model(model).pk
    return {
        object_id for found_type_id, object_id in references_in(obj) if found_type_id == type_id
    }


def images_of_people(obj: models.Model) -> set[int]:
    """The images the object refers to that are marked as showing people."""
    image_model = get_image_model()
    image_ids = referenced_ids(obj, image_model)
    if not image_ids:
        return set()
    return set(
        image_model.objects.filter(pk__in=image_ids, shows_people=True).values_list("pk", flat=True)
    )


def uses_images_of_people(obj: models.Model) -> bool:
    """Whether any image the object refers to is marked as showing people."""
    return bool(images_of_people(obj))


def people_already_approved(workflow_state: WorkflowState, task: "PeopleInPicturesTask") -> bool:
    """Whether a privacy officer approved, in this review, a version showing exactly the
    people-images the latest one shows: a text change then needs no second privacy review."""
    latest = workflow_state.content_object.get_latest_revision()
    if latest is None:
        return False
    shown = images_of_people(latest.as_object())
    approvals = workflow_state.task_states.filter(
        task=task, status=TaskState.STATUS_APPROVED, finished_by__isnull=False
    ).select_related("revision")
    return any(images_of_people(state.revision.as_object()) == shown for state in approvals)


class PeopleInPicturesTask(ReviewTask):
    """The privacy review for content whose images show people; it passes by itself otherwise.

    Wagtail moves on past a task that is already approved when it starts, so content without
    such images goes straight to the next step, with the reason in its history.
    """

    class Meta:
        verbose_name = _("privacy review when people are shown")
        verbose_name_plural = _("privacy reviews when people are shown")

    @classmethod
    def get_description(cls) -> "StrOrPromise":
        return _("Runs only when an image in the submitted revision shows people.")

    def start(self, workflow_state: WorkflowState, user: User | None = None) -> TaskState:
        revision = workflow_state.content_object.get_latest_revision()
        obj = revision.as_object() if revision else workflow_state.content_object
        if not uses_images_of_people(obj):
            reason = gettext("No image shows people; no privacy review needed.")
        elif people_already_approved(workflow_state, self):
            reason = gettext(
                "The images of people are unchanged since the privacy review approved them; "
                "no second privacy review needed."
            )
        else:
            return super().start(workflow_state, user=user)
        # Passed without announcing it: the privacy group is not mailed about a step that
        # needs nothing from them.
        task_state = self.get_task_state_class()(
            workflow_state=workflow_state,
            task=self,
            revision=revision,
            status=TaskState.STATUS_IN_PROGRESS,
        )
        task_state.save()
        task_state.approve(user=None, update=False, comment=reason)
        return task_state


class ReviewStep(NamedTuple):
    name: str
    applies: bool  # to the latest revision
    when_people_shown: bool  # the step runs only when an image shows people


def review_path(obj: WorkflowMixin, parent: Page | None = None) -> list[ReviewStep]:
    """The steps of the workflow `obj` goes through if submitted now, each with whether it
    applies to the latest revision (the privacy step only when an image in it shows people).

    A page not saved yet has no place in the tree; `parent`, where it is being created,
    tells its workflow (as Wagtail's submit action does)."""
    source = parent if obj.pk is None and parent is not None else obj
    workflow = source.get_workflow() if hasattr(source, "get_workflow") else None
    if workflow is None:
        return []
    latest = obj.get_latest_revision() if obj.pk else None
    content = latest.as_object() if latest else obj
    steps = []
    for task in workflow.tasks.filter(active=True):
        task = task.specific
        conditional = isinstance(task, PeopleInPicturesTask)
        applies = not conditional or uses_images_of_people(content)
        steps.append(ReviewStep(task.name, applies, conditional))
    return steps


def steps_to_repeat(obj: WorkflowMixin) -> list[str]:
    """Steps of the running review that approved an earlier version and, as content changed
    since (WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT), approve again after resubmission.
    The automatic pass of the privacy step (nobody approved it) is not named."""
    state = getattr(obj, "current_workflow_state", None)
    latest = obj.get_latest_revision() if state else None
    if state is None or latest is None:
        return []
    approved = (
        state.task_states.filter(status=TaskState.STATUS_APPROVED, finished_by__isnull=False)
        .exclude(revision=latest)
        .exclude(task__in=state.task_states.filter(revision=latest).values("task"))
        .values_list("task_id", flat=True)
    )
    return [
        task.name
        for task in state.workflow.tasks.filter(pk__in=approved).specific()
        if not (isinstance(task, PeopleInPicturesTask) and people_already_approved(state, task))
    ]


def why_step_repeats(obj: WorkflowMixin, task: Task) -> str:
    """Why `task` reviews `obj` again in the running review: it approved an earlier version
    (re-approval on edit). Empty when this is the step's first round or it never approved."""
    state = getattr(obj, "current_workflow_state", None)
    if state is None:
        return ""
    rounds = state.task_states.filter(task=task).select_related("revision")
    current = rounds.order_by("-started_at", "-pk").first()
    earlier = (
        rounds.filter(status=TaskState.STATUS_APPROVED, finished_by__isnull=False)
        .exclude(revision=current.revision_id)
        .order_by("-finished_at")
        .first()
    )
    if earlier is None:
        return ""
    if _content(earlier.revision) != _content(current.revision):
        return gettext("The content changed after this step approved it, so it approves again.")
    return gettext("A new version was submitted after this step approved it, so it approves again.")


def approval_withheld_reason(obj: WorkflowMixin, user: User | AnonymousUser) -> str:
    """Why a member of the current step's reviewing group is offered no approve action
    (four eyes); empty when they may approve or the step is not theirs."""
    task = getattr(obj, "current_workflow_task", None)
    task = task.specific if task else None
    if not isinstance(task, ReviewTask) or not user_in_task_groups(task, user):
        return ""
    return task.refuses_approval_from(obj, user)


def restart_review_after_move(sender: type, instance: Page, **kwargs: object) -> None:
    """A page moved while under review continues under the workflow of its new place.

    Called on Wagtail's `post_page_move` signal (cms.publishing.pipeline), so every route that
    moves a page (admin, bulk move, code) is covered. Approvals from the old workflow do not
    carry over.
    """
    page = instance.specific_deferred
    state = page.current_workflow_state
    if state is None:
        return
    workflow = page.get_workflow()
    if workflow is None or workflow.pk == state.workflow_id:
        return
    requested_by = state.requested_by
    state.cancel(user=None)
    page.refresh_from_db()
    workflow.start(page, requested_by)
