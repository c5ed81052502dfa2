"""Two editors on the same item never silently overwrite each other.

Wagtail refuses a stale save only for autosave (JSON) requests; a plain save from a form loaded
before someone else's save would become the newest revision and bury the other work. These edit
views refuse such a save, keep the editor's input in the form and say who saved what meanwhile.
"""

from django.db.models import Model
from django.forms import Form
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from wagtail.admin.views.pages.edit import EditView as PageEditView
from wagtail.models import Revision, WorkflowState
from wagtail.permissions import page_permission_policy
from wagtail.snippets.views.snippets import EditView as SnippetEditView

from cms.review.revision_content import comparable_content


def changed_field_labels(form: Form, loaded: Revision | None, latest: Revision) -> list[str]:
    """Labels of the form's fields whose stored value differs between the two revisions."""
    if loaded is None:
        return [str(field.label) for field in form.fields.values()]
    return [
        str(field.label)
        for name, field in form.fields.items()
        if loaded.content.get(name) != latest.content.get(name)
    ]


def stale_save_message(request: HttpRequest, form: Form, obj: Model, latest: Revision) -> str:
    loaded_id = request.POST.get("loaded_revision_id", "")
    loaded = Revision.objects.filter(pk=loaded_id).first() if loaded_id.isdigit() else None
    if loaded is not None and loaded.object_id != str(obj.pk):
        loaded = None
    fields = changed_field_labels(form, loaded, latest) or [_("no visible field")]
    author = (
        latest.user.get_full_name() or latest.user.get_username() if latest.user else _("someone")
    )
    return _(
        "Not saved: %(author)s saved a newer version at %(time)s while you were editing "
        "(changed: %(fields)s). Your input is still in the form below; open the editor again "
        "to see the newer version and re-apply your changes there."
    ) % {
        "author": author,
        "time": date_format(localtime(latest.created_at), "SHORT_DATETIME_FORMAT"),
        "fields": ", ".join(fields),
    }


def overwrites_someone_else(view: PageEditView | SnippetEditView) -> bool:
    """A plain save from a form older than the latest revision, which someone else wrote.

    Newer revisions by the editor themselves (their own autosaves, which replace the loaded
    revision) are not a conflict.
    """
    latest = view.latest_revision
    return bool(
        latest
        and not view.expects_json_response
        and view.is_out_of_date
        and latest.user_id != view.request.user.pk
    )


def autosave_of_a_workflow_action(view: PageEditView | SnippetEditView) -> bool:
    """An autosave sent because a review action was chosen in the editor.

    Wagtail's workflow-action script appends the action's hidden inputs to the edit form, and
    the autosave takes that as an edit and posts the whole form in the background, racing the
    real submission. Taken after an approval, it would save the reviewed content again as a
    draft in the approver's name; taken before, it would act on the review as a JSON request.
    """
    return view.expects_json_response and bool(view.request.POST.get("action-workflow-action"))


def nothing_autosaved() -> JsonResponse:
    # Success without a revision id: the editor keeps the revision it knows; the form's real
    # submission, which carries the same input, is on its way.
    return JsonResponse({"success": True})


def self_edit_refusal(labels: list[str]) -> str:
    return _(
        "Not approved: you changed the content in the form (%(fields)s). An approval covers "
        "only the version that was submitted, and changes need another person's approval. "
        "Reload the editor to discard your changes and approve, or request changes with a "
        "comment."
    ) % {"fields": ", ".join(labels) or _("no visible field")}


def content_change_labels(form: Form, model: type[Model], latest: Revision | None) -> list[str]:
    """Labels of the form's fields whose input differs from the latest revision's content
    (compared as editors see content, see cms.review.revision_content)."""
    candidate = comparable_content(model, form.save(commit=False).serializable_data())
    stored = comparable_content(model, latest.content) if latest else {}
    return [
        str(field.label)
        for name, field in form.fields.items()
        if name in candidate and candidate.get(name) != stored.get(name)
    ]


class GuardedPageEditView(PageEditView):
    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if autosave_of_a_workflow_action(self):
            return nothing_autosaved()
        if self.page.alias_of_id or not overwrites_someone_else(self):
            return super().post(request, *args, **kwargs)
        self.form = self.form_class(
            request.POST,
            request.FILES,
            instance=self.page,
            subscription=self.subscription,
            parent_page=self.parent,
            for_user=request.user,
        )
        self.form.is_valid()
        self.form.add_error(
            None, stale_save_message(request, self.form, self.page, self.latest_revision)
        )
        return self.form_invalid(self.form)

    def redirect_away(self) -> HttpResponse:
        # Wagtail returns to the page explorer, which reviewers (who act through their tasks,
        # not through the tree) may not open: they would land on an access-denied message.
        if (
            not self.next_url
            and page_permission_policy.explorable_root_instance(self.request.user) is None
        ):
            return redirect("wagtailadmin_home")
        return super().redirect_away()

    def form_valid(self, form: Form) -> HttpResponse:
        # Django reports a form as changed for fields it cannot compare (defaults, widgets that
        # normalise input); a review action in the editor would then save an identical revision
        # in the reviewer's name, which voids the approval it is about to give.
        self.has_content_changes = form.has_changed() and self.changes_content(form)
        if (
            self.action_name == "perform_workflow_action"
            and self.workflow_action == "approve"
            and self.has_content_changes
        ):
            # Wagtail would save the reviewer's input as a new revision and approve that;
            # here an approval publishes the submitted revision only (cms.publishing), and
            # nobody approves their own changes. Refuse before saving: the input stays in
            # the form and nothing is approved.
            labels = content_change_labels(form, type(self.page), self.latest_revision)
            form.add_error(None, self_edit_refusal(labels))
            return self.form_invalid(form)
        return self.action_method()

    def changes_content(self, form: Form) -> bool:
        if self.latest_revision is None:
            return True
        model = type(self.page)
        candidate = form.save(commit=False).serializable_data()
        return comparable_content(model, candidate) != comparable_content(
            model, self.latest_revision.content
        )


class GuardedSnippetEditView(SnippetEditView):
    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if autosave_of_a_workflow_action(self):
            return nothing_autosaved()
        return super().post(request, *args, **kwargs)

    def is_valid(self, form: Form) -> bool:
        if self.revision_enabled and overwrites_someone_else(self):
            form.is_valid()
            message = stale_save_message(self.request, form, self.object, self.latest_revision)
            form.add_error(None, message)
            self.produced_error_code = "invalid_revision"
            self.produced_error_message = message
            return False
        if not super().is_valid(form):
            return False
        if self.action == "workflow-action":
            # A review action taken in the editor: Wagtail's snippet view saves the form as a
            # new revision first, even when nothing changed. See save_instance; an approval
            # of changed content is refused as in the page editor.
            self.content_changes = content_change_labels(
                form, type(self.object), self.latest_revision
            )
            if self.workflow_action == "approve" and self.content_changes:
                message = self_edit_refusal(self.content_changes)
                form.add_error(None, message)
                self.produced_error_code = "validation_error"
                self.produced_error_message = message
                return False
        return True

    def submit_action(self) -> HttpResponse | None:
        if self.workflow_state and self.workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            # Wagtail resumes the review on the workflow state's own copy of the snippet,
            # loaded before this request saved the new revision: the step would review the
            # previous revision, and re-approval on edit would repeat every step after each
            # approval. The saved object knows its latest revision.
            self.workflow_state.content_object = self.object
        return super().submit_action()

    def save_instance(self) -> Model:
        if self.action == "workflow-action" and not self.content_changes:
            # Nothing to save: a new revision in the reviewer's name would stay behind as a
            # draft newer than the revision the approval publishes.
            self.new_revision = None
            return self.object
        return super().save_instance()
