"""/health/: whether this instance can serve, for load balancers and monitoring.

Each component answers ok, degraded, down or off, nothing more: no versions, host names, URLs,
error texts or credentials (those go to the log). The database and the cache are required
(503 without them); the search engine is not, because the database answers searches while it
is down and the outbox keeps every change, so an engine outage is "degraded" (200), and taking
every instance out of the balancer for it would only make things worse. The index queue is the
worker's state: how long the oldest change has been waiting for the engine. Integrity is the
last stored run of the daily checks (cms.integrity), never run per request: its counts only.
"""

import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)

OK, DEGRADED, DOWN, OFF = "ok", "degraded", "down", "off"
# Longer than a few runs of the periodic job (every 5 minutes) means the worker is not getting
# through: it does not run, or the engine refuses.
QUEUE_DELAY_SECONDS = 15 * 60


@dataclass(frozen=True)
class Check:
    status: str
    required: bool
    oldest_pending_seconds: int | None = None
    figures: dict[str, int] | None = None  # numbers only

    def as_json(self) -> dict[str, object]:
        data: dict[str, object] = {"status": self.status, "required": self.required}
        if self.oldest_pending_seconds is not None:
            data["oldest_pending_seconds"] = self.oldest_pending_seconds
        data.update(self.figures or {})
        return data


# Each probe answers (status, oldest pending seconds or None), or (status, figures).
Probe = Callable[[], tuple[str, int | dict[str, int] | None]]


def database() -> tuple[str, int | None]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return OK, None


def cache_backend() -> tuple[str, int | None]:
    key, token = "health:probe", secrets.token_hex(8)
    cache.set(key, token, 10)
    return (OK if cache.get(key) == token else DOWN), None


def search_engine() -> tuple[str, int | None]:
    from search.engine import configured_engine, engine_paused  # noqa: PLC0415

    engine = configured_engine()
    if engine is None:
        return OFF, None
    # A recent failure paused the engine for everyone: no need to wait for it again here.
    if engine_paused():
        return DEGRADED, None
    return (OK if engine.healthy() else DEGRADED), None


def index_queue() -> tuple[str, int | None]:
    """The oldest waiting change, by primary key (the oldest row, read from the index)."""
    from search.models import IndexUpdate  # noqa: PLC0415

    if not settings.SEARCH_URL:
        return OFF, None
    oldest = IndexUpdate.objects.order_by("pk").values_list("created_at", flat=True).first()
    waiting = 0 if oldest is None else max(0, int((timezone.now() - oldest).total_seconds()))
    return (OK if waiting < QUEUE_DELAY_SECONDS else DEGRADED), waiting


def backups() -> tuple[str, int | None]:
    """The last backups as the periodic job found them (cms.backups); off when none is set up."""
    from cms.backups.status import overall as backup_status  # noqa: PLC0415

    return backup_status(), None


def erasures() -> tuple[str, int | None]:
    """Down while the erasure ledger has entries this database lacks (restored from an older
    backup): the instance refuses public pages until `reapply_erasures` has run."""
    from narratives.erasure_ledger import checked_ok  # noqa: PLC0415

    return (OK if checked_ok() else DOWN), None


def integrity() -> tuple[str, dict[str, int] | None]:
    """The last finished run: degraded when it found something or is older than two days."""
    from cms.integrity.runs import STALE_AFTER  # noqa: PLC0415
    from cms.models import IntegrityRun  # noqa: PLC0415

    run = IntegrityRun.objects.finished().only("finished_at", "results").first()
    if run is None:
        return OFF, None  # not run yet: the scheduled job's first run starts them
    age = int((timezone.now() - run.finished_at).total_seconds())
    stale = age > STALE_AFTER.total_seconds()
    figures = {"findings": run.findings, "failed_checks": run.failures, "last_run_seconds": age}
    return (OK if run.clean and not stale else DEGRADED), figures


# name -> (probe, required)
PROBES: dict[str, tuple[Probe, bool]] = {
    "database": (database, True),
    "cache": (cache_backend, True),
    "search_engine": (search_engine, False),
    "index_queue": (index_queue, False),
    "backups": (backups, False),
    "erasures": (erasures, True),
    "integrity": (integrity, False),
}


def run_checks() -> dict[str, Check]:
    results = {}
    for name, (probe, required) in PROBES.items():
        try:
            status, answer = probe()
        except Exception:  # any failure means: not usable now; the reason goes to the log only
            logger.exception("Health check %s failed", name)
            status, answer = (DOWN if required else DEGRADED), None
        if isinstance(answer, dict):
            results[name] = Check(status, required, figures=answer)
        else:
            results[name] = Check(status, required, answer)
    return results


def overall(results: dict[str, Check]) -> str:
    if any(check.required and check.status != OK for check in results.values()):
        return DOWN
    if any(check.status not in (OK, OFF) for check in results.values()):
        return DEGRADED
    return OK


@never_cache
@require_GET
def health_view(request: HttpRequest) -> JsonResponse:
    results = run_checks()
    status = overall(results)
    return JsonResponse(
        {"status": status, "checks": {name: check.as_json() for name, check in results.items()}},
        status=503 if status == DOWN else 200,
    )
