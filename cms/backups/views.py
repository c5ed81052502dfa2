"""The administrators' backup report: each target's last backup, its age, size and state."""

import datetime

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone

from cms.models import BackupTarget

from .alerts import VIEW_PERMISSION
from .status import Assessment, assessments, max_age


def last_backup_at(row: Assessment) -> datetime.datetime | None:
    if row.age_seconds is None:
        return None
    return timezone.now() - datetime.timedelta(seconds=row.age_seconds)


def backups_view(request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm(VIEW_PERMISSION):
        raise PermissionDenied
    rows = assessments()
    checked = (
        BackupTarget.objects.filter(name__in=[row.name for row in rows])
        .order_by("checked_at")
        .values_list("checked_at", flat=True)
        .first()
    )
    return TemplateResponse(
        request,
        "cms/admin/backups.html",
        {
            "rows": [
                (row, last_backup_at(row), max_age(row.name) // datetime.timedelta(hours=1))
                for row in rows
            ],
            "checked_at": checked,
        },
    )
