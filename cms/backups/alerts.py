"""Mails the administrators when a backup becomes overdue or fails: once per incident.

A target's incident starts when its assessment stops being ok and ends when it is ok again;
`alerted_at` on its row remembers the mail in between. Only target names, ages and sizes go
out: no paths, hosts or error texts (those are in the log).
"""

import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import timezone
from django.utils.timesince import timesince
from django.utils.translation import gettext as _
from django.utils.translation import override

from cms.access.permissions import mail_addresses_of
from cms.models import BackupTarget

from .status import FAILED, NEVER, OK, Assessment, assessments

VIEW_PERMISSION = "cms.view_backuptarget"


def describe(item: Assessment) -> str:
    if item.problem == NEVER:
        return _("%(target)s: no backup found") % {"target": item.label}
    if item.problem == FAILED:
        text = _("%(target)s: the last backup failed or the repository could not be read")
        return text % {"target": item.label}
    assert item.age_seconds is not None
    last = timezone.now() - datetime.timedelta(seconds=item.age_seconds)
    return _("%(target)s: last backup %(age)s ago (%(size)s)") % {
        "target": item.label,
        "age": timesince(last),
        "size": filesizeformat(item.size_bytes or 0),
    }


def alert_administrators() -> list[Assessment]:
    """Mails about targets whose incident is new; closes incidents that are over. Returns the
    targets mailed about."""
    current = {item.name: item for item in assessments()}
    BackupTarget.objects.filter(alerted_at__isnull=False).exclude(
        name__in=[name for name, item in current.items() if item.status != OK]
    ).update(alerted_at=None)
    already = set(
        BackupTarget.objects.filter(alerted_at__isnull=False).values_list("name", flat=True)
    )
    new = [item for item in current.values() if item.status != OK and item.name not in already]
    recipients = mail_addresses_of(VIEW_PERMISSION)
    if not new or not recipients:
        return []
    with override(settings.LANGUAGE_CODE):
        body = _(
            "These backups need attention:\n\n%(targets)s\n\nThe restore procedure and the "
            "schedules are in the operations documentation (Backups and restore). The backup "
            "report in the admin: %(url)s"
        ) % {
            "targets": "\n".join(describe(item) for item in new),
            "url": settings.WAGTAILADMIN_BASE_URL + reverse("cms_backups"),
        }
        subject = _("Backups overdue or failed")
    # An unreachable mail server leaves the incident unmailed: the next run tries again.
    if not send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients, fail_silently=True):
        return []
    BackupTarget.objects.filter(name__in=[item.name for item in new]).update(
        alerted_at=timezone.now()
    )
    return new
