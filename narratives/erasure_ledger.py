"""The erasure ledger: every erasure and takedown, kept outside the database so that a restored
backup cannot make it forgotten (docs/erasure-ledger.md).

An append-only JSON Lines file in ERASURE_LEDGER_DIR. Entries hold ids, keys and times only,
never personal data; file names may hold a name, so files are named by the SHA-256 of their
name in the storage. The database keeps which entries it has applied (AppliedLedgerEntry);
an entry it lacks means it was restored from a backup taken before that entry.

Each entry is written in up to three lines with the same id: "intent" (with the ids) before the
erasure's transaction commits, fsynced, then "committed" after the commit, or "void" when the
erasure raised. Written after the commit only, a crash between commit and append would lose the
entry silently and a later restore would bring the person back; written before, a crash in the
middle of the transaction leaves an intent nobody confirmed or voided. Such an intent counts as
due once it is older than CONFIRM_GRACE (it cannot be told apart from a committed erasure whose
confirmation was lost), and applying it again erases what the privacy officer asked to erase:
the error goes the safe way. Younger unconfirmed intents are erasures in progress.
"""

import fcntl
import hashlib
import json
import logging
import os
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import Count, Max

from .models import AppliedLedgerEntry

logger = logging.getLogger(__name__)

ERASURE, TAKEDOWN = "erasure", "takedown"
INTENT, COMMITTED, VOID = "intent", "committed", "void"
FILE_NAME = "ledger.jsonl"
CONFIRM_GRACE = timedelta(minutes=10)


class LedgerUnavailable(RuntimeError):
    """The ledger cannot be written: nothing may be erased that a restore could bring back."""


def file_key(name: str) -> str:
    """How the ledger names a file: its name in its storage, hashed (names hold names)."""
    return hashlib.sha256(name.encode()).hexdigest()


@dataclass
class Entry:
    """What one erasure or takedown touched, by id; the lists are filled by the action."""

    kind: str
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    at: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    messenger: int | None = None
    translation_key: str = ""
    pages: list[int] = field(default_factory=list)
    identities: list[int] = field(default_factory=list)
    images: list[int] = field(default_factory=list)
    documents: list[int] = field(default_factory=list)
    withdrawn_images: list[int] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    # This process's knowledge, not written: in the ledger already (an earlier run's entry
    # applied again), its intent written, its transaction committed.
    in_ledger: bool = field(default=False, repr=False)
    written: bool = field(default=False, repr=False)
    committed: bool = field(default=False, repr=False)

    def line(self) -> dict[str, object]:
        data = asdict(self)
        for name in LOCAL_FIELDS:
            del data[name]
        return {"event": INTENT, **data}

    @classmethod
    def from_line(cls, data: dict) -> "Entry":
        known = set(cls.__dataclass_fields__) - LOCAL_FIELDS
        return cls(**{k: v for k, v in data.items() if k in known}, in_ledger=True)


LOCAL_FIELDS = {"in_ledger", "written", "committed"}


def ledger_path() -> Path:
    return Path(settings.ERASURE_LEDGER_DIR) / FILE_NAME


def append(lines: Iterable[dict[str, object]]) -> None:
    """Appends and fsyncs; an exclusive lock keeps lines of two processes from interleaving."""
    data = "".join(json.dumps(line, sort_keys=True) + "\n" for line in lines).encode()
    path = ledger_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        created = not path.exists()
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)  # closing releases the lock
        if created:  # the new file's name must survive a crash too
            directory = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(directory)
            finally:
                os.close(directory)
    except OSError as error:
        raise LedgerUnavailable(
            f"The erasure ledger in {path.parent} cannot be written ({error.strerror})."
        ) from error


@dataclass
class Record:
    entry: Entry
    committed: bool = False
    void: bool = False

    def __post_init__(self) -> None:
        self.written_at = datetime.fromisoformat(self.entry.at)

    def due(self, now: datetime) -> bool:
        if self.void:
            return False
        return self.committed or now - self.written_at > CONFIRM_GRACE


def read() -> dict[str, Record]:
    """Every entry in the ledger, in order. A torn last line (a crash while appending) is
    skipped: its entry's intent never completed, so its erasure never started."""
    records: dict[str, Record] = {}
    try:
        with ledger_path().open("rb") as file:
            fcntl.flock(file.fileno(), fcntl.LOCK_SH)
            raw = file.read()
    except FileNotFoundError:
        return records
    except OSError as error:
        raise LedgerUnavailable(
            f"The erasure ledger {ledger_path()} cannot be read ({error.strerror})."
        ) from error
    for number, text in enumerate(raw.splitlines(), start=1):
        try:
            data = json.loads(text)
            event = data["event"]
        except (ValueError, KeyError, TypeError):
            logger.warning("Erasure ledger line %s is not readable; skipped.", number)
            continue
        if event == INTENT:
            records.setdefault(data["id"], Record(Entry.from_line(data)))
        elif data.get("id") in records:
            setattr(records[data["id"]], "committed" if event == COMMITTED else "void", True)
    return records


def due_ids(records: dict[str, Record]) -> list[str]:
    now = datetime.now(UTC)
    return [entry_id for entry_id, record in records.items() if record.due(now)]


def applied(entry_ids: list[str]) -> set[str]:
    found = AppliedLedgerEntry.objects.filter(entry__in=entry_ids).values_list("entry", flat=True)
    return {str(entry_id) for entry_id in found}


def pending_entries() -> list[Entry]:
    """Entries the database has not applied, oldest first (exact, for reapplying)."""
    records = read()
    due = due_ids(records)
    done = applied(due)
    return [records[entry_id].entry for entry_id in due if entry_id not in done]


def all_entries() -> list[Entry]:
    records = read()
    return [records[entry_id].entry for entry_id in due_ids(records)]


@contextmanager
def recording(kind: str, entry: Entry | None = None) -> Iterator[Entry]:
    """The entry of one erasure or takedown (or the ledger's own when applying it again); a new
    entry written but not committed is voided when the block raises (an error after the commit,
    in what follows it, voids nothing)."""
    entry = entry or Entry(kind=kind)
    try:
        yield entry
    except BaseException:
        if entry.written and not entry.committed:
            try:
                append([{"event": VOID, "id": entry.id}])
            except LedgerUnavailable:
                logger.exception("Erasure ledger entry %s could not be voided", entry.id)
        raise


def write(entry: Entry) -> None:
    """In the action's transaction, before its destructive part: the intent (new entries),
    the database's note that it has applied the entry, the confirmation after the commit."""
    if not entry.in_ledger:
        append([entry.line()])
        entry.written = True
        transaction.on_commit(lambda: confirm(entry), robust=True)
    AppliedLedgerEntry.objects.get_or_create(entry=uuid.UUID(entry.id))


def confirm(entry: Entry) -> None:
    entry.committed = True  # first: a failing append below must not void a committed erasure
    append([{"event": COMMITTED, "id": entry.id}])


class Watch:
    """This process's view of whether entries are pending, checked at most every
    ERASURE_LEDGER_CHECK_SECONDS: a stat of the ledger (parsed again only when it changed) and
    one aggregate query. Rows are only ever added, each with a later time, and a restore takes
    some away: while their count and latest time stay the same, so does the set of rows, and
    the ids are read again only when they change."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.checked_at = float("-inf")
        self.signature: tuple[str, int, int, int] | None = None
        self.records: dict[str, Record] = {}
        self.rows: tuple[int, datetime | None] | None = None
        self.applied: set[str] = set()
        self.pending = 0
        self.failed = False

    def current(self) -> int:
        if time.monotonic() - self.checked_at < settings.ERASURE_LEDGER_CHECK_SECONDS:
            return self.pending
        if not self.lock.acquire(blocking=False):
            return self.pending  # another thread is checking: its answer comes in a moment
        try:
            self.check()
        finally:
            self.checked_at = time.monotonic()
            self.lock.release()
        return self.pending

    def check(self) -> None:
        try:
            self.refresh_records()
            due = due_ids(self.records)
            if due:  # an empty ledger needs no query at all
                self.refresh_applied()
        except (OSError, DatabaseError, LedgerUnavailable):
            # Serving goes on as before; the health check reports the failure.
            logger.exception("The erasure ledger could not be checked")
            self.failed, self.rows = True, None
            return
        self.failed = False
        pending = sum(1 for entry_id in due if entry_id not in self.applied)
        if pending and not self.pending:
            logger.warning(
                "%s erasure ledger entries are not applied to this database (restored from an "
                "older backup?): public pages are refused until `manage.py reapply_erasures`.",
                pending,
            )
        elif self.pending and not pending:
            logger.warning("Every erasure ledger entry is applied: public pages are served.")
        self.pending = pending

    def refresh_applied(self) -> None:
        rows = AppliedLedgerEntry.objects.aggregate(count=Count("pk"), latest=Max("applied_at"))
        if (rows["count"], rows["latest"]) != self.rows:
            entries = AppliedLedgerEntry.objects.values_list("entry", flat=True)
            self.applied = {str(entry) for entry in entries}
            self.rows = (rows["count"], rows["latest"])

    def refresh_records(self) -> None:
        path = ledger_path()
        try:
            stat = path.stat()
        except FileNotFoundError:
            self.signature, self.records = None, {}
            return
        signature = (str(path), stat.st_ino, stat.st_size, stat.st_mtime_ns)
        if signature != self.signature:
            self.records = read()
            self.signature = signature

    def forget(self) -> None:
        """Checks again at the next question, from scratch (after applying entries, in tests)."""
        self.checked_at = float("-inf")
        self.rows = None


watch = Watch()


def pending_count() -> int:
    """Entries this database lacks, as this process last saw them (a few seconds old)."""
    return watch.current()


def checked_ok() -> bool:
    """For the health check: nothing pending and the ledger readable."""
    return watch.current() == 0 and not watch.failed
