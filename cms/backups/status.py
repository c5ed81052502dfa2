"""How old and how large the last backup of each target is, as pgBackRest and restic report it.

`refresh()` asks the tools (`pgbackrest info --output=json`, `restic snapshots --json`) and keeps
the answer in BackupTarget; the health check and the admin read only that row, never the tools.
A tool that cannot be run or read counts as a failed backup; its error goes to the log only.
"""

import datetime
import json
import logging
import os
import re
import shlex
import subprocess
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

from cms.models import BackupTarget

logger = logging.getLogger(__name__)

OK, DEGRADED, OFF = "ok", "degraded", "off"
# Why a target is not ok (for the admin's wording).
NEVER, TOO_OLD, FAILED = "never", "too_old", "failed"


@dataclass(frozen=True)
class Reading:
    """What a tool says about its repository."""

    last_backup_at: datetime.datetime | None
    size_bytes: int | None
    backup_count: int
    failed: bool


@dataclass(frozen=True)
class Assessment:
    name: str
    status: str
    problem: str = ""
    age_seconds: int | None = None
    size_bytes: int | None = None
    backup_count: int = 0

    @property
    def label(self) -> str:
        return str(BackupTarget.NAMES[self.name])


def configured_targets() -> list[str]:
    targets = []
    if settings.BACKUP_PGBACKREST_STANZA:
        targets.append(BackupTarget.DATABASE)
    if settings.RESTIC_REPOSITORY:
        targets.append(BackupTarget.MEDIA)
    return targets


def max_age(name: str) -> datetime.timedelta:
    hours = {
        BackupTarget.DATABASE: settings.BACKUP_DATABASE_MAX_AGE_HOURS,
        BackupTarget.MEDIA: settings.BACKUP_MEDIA_MAX_AGE_HOURS,
    }[name]
    return datetime.timedelta(hours=hours)


def run_json(command: list[str], env: dict[str, str] | None = None) -> object:
    completed = subprocess.run(  # noqa: S603 (the command comes from the settings)
        command,
        capture_output=True,
        text=True,
        timeout=settings.BACKUP_COMMAND_TIMEOUT,
        env=env,
        check=True,
    )
    return json.loads(completed.stdout)


def parse_pgbackrest(info: object, stanza: str) -> Reading:
    """pgBackRest's `info --output=json`: a list of stanzas, each with its backups (oldest
    first, `timestamp.stop` in Unix seconds, `info.repository.size` as stored) and a status
    (code 0 is ok; others: missing stanza, no valid backup, …)."""
    entry = next(item for item in info if item["name"] == stanza)  # type: ignore[attr-defined]
    backups = entry["backup"]
    failed = entry["status"]["code"] != 0
    if not backups:
        return Reading(None, None, 0, failed=True)
    last = backups[-1]
    stopped = datetime.datetime.fromtimestamp(last["timestamp"]["stop"], tz=datetime.UTC)
    size = last["info"]["repository"]["size"]
    return Reading(stopped, size, len(backups), failed=failed or bool(last.get("error")))


def parse_restic_time(value: str) -> datetime.datetime:
    """restic writes nanoseconds; Python reads at most microseconds."""
    return datetime.datetime.fromisoformat(re.sub(r"(\.\d{6})\d+", r"\1", value))


def parse_restic(snapshots: object, stats: object | None) -> Reading:
    """restic's `snapshots --json` (a list, oldest first) and `stats --json latest` (the size
    a restore of the latest snapshot writes)."""
    times = [parse_restic_time(item["time"]) for item in snapshots]  # type: ignore[attr-defined]
    if not times:
        return Reading(None, None, 0, failed=True)
    last = max(times)  # restic lists by time, but `backup --time` may set any
    size = stats["total_size"] if isinstance(stats, dict) else None
    return Reading(last, size, len(times), failed=False)


def read_database() -> Reading:
    stanza = settings.BACKUP_PGBACKREST_STANZA
    command = shlex.split(settings.BACKUP_PGBACKREST_COMMAND)
    return parse_pgbackrest(
        run_json([*command, f"--stanza={stanza}", "info", "--output=json"]), stanza
    )


def read_media() -> Reading:
    command = shlex.split(settings.BACKUP_RESTIC_COMMAND)
    env = {**os.environ, "RESTIC_REPOSITORY": settings.RESTIC_REPOSITORY}
    if settings.RESTIC_PASSWORD_FILE:
        env["RESTIC_PASSWORD_FILE"] = settings.RESTIC_PASSWORD_FILE
    snapshots = run_json([*command, "snapshots", "--json"], env)
    stats = run_json([*command, "stats", "--json", "latest"], env) if snapshots else None
    return parse_restic(snapshots, stats)


READERS = {BackupTarget.DATABASE: read_database, BackupTarget.MEDIA: read_media}


def refresh() -> list[BackupTarget]:
    """Asks each configured tool and keeps its answer; a tool that fails marks its target."""
    targets = []
    for name in configured_targets():
        target, _created = BackupTarget.objects.get_or_create(name=name)
        try:
            reading = READERS[name]()
        except (OSError, subprocess.SubprocessError, ValueError, KeyError, StopIteration):
            logger.exception("Reading the %s backups failed", name)
            target.failed = True
        else:
            target.failed = reading.failed
            # A failed reading keeps what an earlier one found: the age goes on counting.
            if reading.last_backup_at is not None:
                target.last_backup_at = reading.last_backup_at
                target.size_bytes = reading.size_bytes
            target.backup_count = reading.backup_count
        target.checked_at = timezone.now()
        target.save()
        targets.append(target)
    return targets


def assess(target: BackupTarget | None, name: str) -> Assessment:
    if target is None or target.last_backup_at is None:
        return Assessment(name, DEGRADED, NEVER if target is None or not target.failed else FAILED)
    age = max(0, int((timezone.now() - target.last_backup_at).total_seconds()))
    problem = FAILED if target.failed else TOO_OLD if age > max_age(name).total_seconds() else ""
    return Assessment(
        name,
        DEGRADED if problem else OK,
        problem,
        age,
        target.size_bytes,
        target.backup_count,
    )


def assessments() -> list[Assessment]:
    """Each configured target as last read (no tool is run)."""
    names = configured_targets()
    targets = {target.name: target for target in BackupTarget.objects.filter(name__in=names)}
    return [assess(targets.get(name), name) for name in names]


def overall() -> str:
    """ok, degraded (a backup is missing, too old or failed) or off (nothing configured)."""
    if not configured_targets():
        return OFF
    return OK if all(item.status == OK for item in assessments()) else DEGRADED
