"""The backup report's place in the admin: a URL and an entry under Reports, for those who may
see it (the Administration role: `cms.view_backuptarget`)."""

from django.http import HttpRequest
from django.urls import URLPattern, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem

from .alerts import VIEW_PERMISSION
from .views import backups_view


class BackupReportMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return request.user.has_perm(VIEW_PERMISSION)


def backup_report_urls() -> list[URLPattern]:
    return [path("backups/", backups_view, name="cms_backups")]


def backup_report_menu_item() -> MenuItem:
    return BackupReportMenuItem(
        _("Backups"), reverse("cms_backups"), icon_name="download", order=990
    )
