"""Two editors on the same item never silently overwrite each other.

Wagtail refuses a stale save only for autosave (JSON) requests; a plain save from a form loaded
before someone else's save would become the newest revision and bury the other work. These edit
views refuse such a save, keep the editor's input in the form and say who saved what meanwhile.
"""

from django.db.models import Model
from django.forms import Form
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from wagtail.admin.views.pages.edit import EditView as PageEditView
from wagtail.models import Revision
from wagtail.permissions import page_permission_policy
from wagtail.snippets.views.snippets import EditView as SnippetEditView

from .revision_content import comparable_content


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


class GuardedPageEditView(PageEditView):
    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
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
    def is_valid(self, form: Form) -> bool:
        if self.revision_enabled and overwrites_someone_else(self):
            form.is_valid()
            message = stale_save_message(self.request, form, self.object, self.latest_revision)
            form.add_error(None, message)
            self.produced_error_code = "invalid_revision"
            self.produced_error_message = message
            return False
        return super().is_valid(form)
