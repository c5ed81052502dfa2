"""The integrity report in the admin (Reports menu): the last run, per check, and "run now"."""

from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.views.reports import ReportView

from cms.models import IntegrityRun

from .permissions import can_run_integrity, integrity_permission_policy
from .registry import integrity_checks
from .runs import FAILED, FOUND, OK, SKIPPED, run_integrity_checks_task, run_under_way


@dataclass(frozen=True)
class CheckRow:
    name: str
    label: str
    status: str  # ok, found, skipped, failed, or "" when the check has not run yet
    count: int
    ids: list[str]

    @property
    def verdict(self) -> str:
        return {
            OK: _("OK"),
            FOUND: _("%(count)s found") % {"count": self.count},
            SKIPPED: _("Not applicable here"),
            FAILED: _("Could not be checked (see the server log)"),
        }.get(self.status, _("Not run yet"))


class IntegrityReportView(ReportView):
    model = IntegrityRun
    permission_policy = integrity_permission_policy
    permission_required = "view"
    page_title = gettext_lazy("Integrity checks")
    header_icon = "warning"
    template_name = "cms/admin/integrity_report.html"
    results_template_name = "cms/admin/integrity_report_results.html"
    index_url_name = "cms_integrity_report"
    paginate_by = None
    no_results_message = gettext_lazy("No checks are registered.")

    def get_queryset(self) -> list[CheckRow]:
        results = self.last_run.results if self.last_run else {}
        rows = []
        for check in integrity_checks():
            result = results.get(check.name, {})
            rows.append(
                CheckRow(
                    check.name,
                    str(check.label),
                    result.get("status", ""),
                    result.get("count", 0),
                    result.get("ids", []),
                )
            )
        return rows

    @property
    def last_run(self) -> IntegrityRun | None:
        if not hasattr(self, "_last_run"):
            self._last_run = IntegrityRun.objects.finished().first()
        return self._last_run

    def get_context_data(self, **kwargs: object) -> dict:
        context = super().get_context_data(**kwargs)
        context.update(
            last_run=self.last_run,
            under_way=run_under_way(),
            can_run=can_run_integrity(self.request.user),
        )
        return context


@require_POST
def run_integrity_checks_now(request: HttpRequest) -> HttpResponse:
    if not can_run_integrity(request.user):
        raise PermissionDenied
    if run_under_way():
        messages.info(request, _("The checks are already running; reload this page later."))
    else:
        run_integrity_checks_task.enqueue()
        last = IntegrityRun.objects.first()
        if last is not None and last.finished_at is not None:
            messages.success(request, _("The checks have run."))
        else:
            messages.info(request, _("The checks are running; reload this page in a minute."))
    return redirect("cms_integrity_report")
