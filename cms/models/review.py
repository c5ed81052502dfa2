"""Review tasks with four eyes: nobody approves what they wrote themselves."""

from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, Revision, TaskState


def authors_since_publication(obj: models.Model) -> set[int]:
    """Everyone who saved a revision of `obj` since its live revision (autosaves included)."""
    revisions = Revision.objects.for_instance(obj)
    live_revision_id = getattr(obj, "live_revision_id", None)
    if live_revision_id:
        revisions = revisions.filter(pk__gt=live_revision_id)
    return set(revisions.exclude(user__isnull=True).values_list("user_id", flat=True))


class ReviewTask(AbstractGroupApprovalTask):
    """A group approval step (Fachprüfung, Datenschutz, Freigabe) that enforces four eyes.

    The approve actions are not offered to anyone who edited the item since it was last
    published, and an approval from such a person is refused server-side as well (the admin
    saves a reviewer's own edits as a new revision before approving).
    """

    class Meta:
        verbose_name = _("review step (four eyes)")
        verbose_name_plural = _("review steps (four eyes)")

    @classmethod
    def get_description(cls) -> str:
        return _(
            "Members of the chosen groups approve or request changes; nobody approves their "
            "own edits."
        )

    def get_actions(self, obj: models.Model, user: object) -> list[tuple[str, str, bool]]:
        actions = super().get_actions(obj, user)
        if getattr(user, "pk", None) in authors_since_publication(obj):
            return [action for action in actions if action[0] != "approve"]
        return actions

    def on_action(
        self, task_state: TaskState, user: object, action_name: str, **kwargs: object
    ) -> None:
        obj = task_state.workflow_state.content_object
        if action_name == "approve":
            if user is None or user.pk in authors_since_publication(obj):
                raise PermissionDenied(_("You cannot approve changes you made yourself."))
            if not self._user_in_groups(user) and not user.is_superuser:
                raise PermissionDenied(_("Only the reviewing group can approve this step."))
        super().on_action(task_state, user, action_name, **kwargs)
