"""Reviewers read the history of the page they review and compare its versions.

Reviewers hold no page permission but `view` (no explorer, no editing of their own), and
Wagtail puts an admin-wide gate ("may add, change, publish … some page") in front of a page's
history, its revision compare and its revision preview, so it turns them away even from the
page awaiting their review. These views leave out only that gate: each view's own check on the
page still decides (`can_edit()` or `can_publish()`, where `can_edit()` admits the reviewers of
the page's current workflow step through `Task.user_can_access_editor`). Once their step is
done, reviewers are turned away again.
"""

from django.http import HttpRequest, HttpResponse
from wagtail.admin.views.pages.history import PageHistoryView
from wagtail.admin.views.pages.revisions import RevisionsCompareView, RevisionsView


class ReviewerPageHistoryView(PageHistoryView):
    # The gate is the permission mixin's; get_object() checks the page in setup().
    any_permission_required = None


class ReviewerRevisionsCompareView(RevisionsCompareView):
    def dispatch(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        # RevisionsCompareView.dispatch only adds the gate; get_object() checked the page.
        return super(RevisionsCompareView, self).dispatch(request, *args, **kwargs)


class ReviewerRevisionsView(RevisionsView):
    def dispatch(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        # RevisionsView.dispatch is PreviewRevision's wrapped in the gate.
        return super(RevisionsView, self).dispatch(request, *args, **kwargs)
