"""Running the checks, keeping the result, and telling the administrators what is new.

The periodic job runs them once a day (INTERVAL): the storage listings grow with the library,
and what they find (a crash, a partial restore) does not come every five minutes. After a
restore, operators run `check_integrity` at once (docs/integrity.md).
"""

import datetime
import logging
import time
from collections.abc import Callable

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from cms.access.permissions import mail_addresses_of
from cms.models import IntegrityRun

from .permissions import VIEW_PERMISSION
from .registry import IntegrityCheck, NotApplicable, integrity_checks

logger = logging.getLogger(__name__)

OK, FOUND, SKIPPED, FAILED = "ok", "found", "skipped", "failed"
INTERVAL = datetime.timedelta(hours=24)
# The health check calls a result older than this stale: two daily runs missed or failed.
STALE_AFTER = 2 * INTERVAL
# A run that has not finished after this long has died (its process was killed).
ABANDONED_AFTER = datetime.timedelta(hours=1)
KEEP_RUNS = 30

Progress = Callable[[IntegrityCheck, dict | None], None]


def run_check(check: IntegrityCheck) -> dict:
    started = time.monotonic()
    try:
        findings = check.run()
        result = {
            "status": FOUND if findings.count else OK,
            "count": findings.count,
            "ids": list(findings.ids),
        }
    except NotApplicable:
        result = {"status": SKIPPED, "count": 0, "ids": []}
    except Exception:  # one broken check must not hide the others' findings
        logger.exception("Integrity check %s failed", check.name)
        result = {"status": FAILED, "count": 0, "ids": []}
    result["seconds"] = round(time.monotonic() - started, 3)
    return result


def run_integrity_checks(progress: Progress | None = None) -> IntegrityRun:
    """Runs every registered check, stores the run and mails what is new."""
    run = IntegrityRun.objects.create()
    previous = IntegrityRun.objects.finished().exclude(pk=run.pk).first()
    for check in integrity_checks():
        if progress:
            progress(check, None)
        run.results[check.name] = result = run_check(check)
        if progress:
            progress(check, result)
    run.finished_at = timezone.now()
    run.save(update_fields=["results", "finished_at"])
    old = IntegrityRun.objects.values("pk")[KEEP_RUNS:]
    IntegrityRun.objects.filter(pk__in=list(old)).delete()
    if news := new_findings(run, previous):
        mail_administrators(run, news)
    return run


def run_due(now: datetime.datetime | None = None) -> bool:
    """Whether the periodic job should run the checks: a day after the last run started."""
    last = IntegrityRun.objects.values_list("started_at", flat=True).first()
    return last is None or last <= (now or timezone.now()) - INTERVAL


def run_under_way() -> bool:
    since = timezone.now() - ABANDONED_AFTER
    return IntegrityRun.objects.filter(finished_at__isnull=True, started_at__gt=since).exists()


@task()
def run_integrity_checks_task() -> None:
    """The admin's "run now": in the task worker, as the storage listings may take a while."""
    run_integrity_checks()


def new_findings(run: IntegrityRun, previous: IntegrityRun | None) -> list[str]:
    """The checks that found more, or other ids, than the previous run, or newly failed."""
    before = previous.results if previous else {}
    news = []
    for name, result in run.results.items():
        earlier = before.get(name, {})
        if result["status"] == FAILED and earlier.get("status") != FAILED:
            news.append(name)
        elif result["status"] == FOUND and (
            result["count"] > earlier.get("count", 0)
            or set(result["ids"]) - set(earlier.get("ids", []))
        ):
            news.append(name)
    return news


def describe(label: str, result: dict) -> str:
    if result["status"] == FAILED:
        return _("%(check)s: could not be checked (see the server log)") % {"check": label}
    return _("%(check)s: %(count)s found, e.g. %(ids)s") % {
        "check": label,
        "count": result["count"],
        "ids": ", ".join(result["ids"]),
    }


def mail_administrators(run: IntegrityRun, news: list[str]) -> int:
    """Counts and ids only; an unreachable mail server must not fail the run."""
    recipients = mail_addresses_of(VIEW_PERMISSION)
    if not recipients:
        return 0
    labels = {check.name: str(check.label) for check in integrity_checks()}
    lines = [describe(labels.get(name, name), run.results[name]) for name in news]
    url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("cms_integrity_report")
    body = _(
        "The integrity checks found something new:\n\n%(findings)s\n\nThe report, and what "
        "to do about each finding: %(url)s"
    ) % {"findings": "\n".join(lines), "url": url}
    subject = _("Integrity checks: new findings")
    return send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients, fail_silently=True)
