"""The restore drill: back up with pgBackRest and restic, change content as editors do, restore
to the moment before, and the site comes back exactly as backed up; and a point-in-time restore
to between two publishes. Real tools and a PostgreSQL cluster of its own (docs/backups.md).

Run alone: `pytest tests/backup/test_restore_drill.py -s` prints each phase's duration.
"""

import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from .drill import ARCHIVE_TIMEOUT, App, Cluster, Media
from .tools import require

FIRST, SECOND = "Drill: erste Veröffentlichung", "Drill: zweite Veröffentlichung"
RESTORE_POINT = "drill-before-changes"


class Clock:
    def __init__(self) -> None:
        self.phases: dict[str, float] = {}

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        started = time.monotonic()
        yield
        self.phases[name] = time.monotonic() - started

    def report(self) -> str:
        lines = [f"  {name:<44} {seconds:6.1f} s" for name, seconds in self.phases.items()]
        return "Restore drill (archive_timeout {} s):\n{}".format(ARCHIVE_TIMEOUT, "\n".join(lines))


@pytest.fixture
def drill() -> Iterator[tuple[Cluster, Media, App]]:
    require("initdb", "pg_ctl", "psql", "pgbackrest", "restic")
    # Not under pytest's temporary directory: PostgreSQL's user must reach it.
    root = Path(tempfile.mkdtemp(prefix="restore-drill-"))
    root.chmod(0o755)
    cluster = Cluster(root)
    media = Media(root)
    app = App(root, cluster, media)
    try:
        yield cluster, media, app
    finally:
        app.stop()
        if cluster.running():
            cluster.stop()
        shutil.rmtree(root, ignore_errors=True)


def test_restore_drill(drill):
    cluster, media, app = drill
    clock = Clock()
    with clock.phase("start a cluster with WAL archiving"):
        cluster.start_new()
    with clock.phase("migrate and load content"):
        app.manage("migrate", "--no-input")
        seeded = app.step("seed")
        if app.search_url:
            app.manage("search_index", "rebuild")
        else:
            app.manage("update_index")

    # The backup, and the state it must bring back.
    with clock.phase("backup: database (pgBackRest, full)"):
        cluster.backrest("backup", "--type=full")
    with clock.phase("backup: media roots (restic)"):
        snapshot = media.snapshot()
    backed_up, files = app.step("state"), media.checksums()
    assert files, "the content has image files"
    cluster.sql(f"SELECT pg_create_restore_point('{RESTORE_POINT}')")

    # The site as visitors saw it, cached in the shared cache.
    app.start()
    status, _page = app.get(seeded["narrative_url"])
    assert status == 200

    # Editors change things: two publishes a moment apart, an upload, a translation, an erasure.
    with clock.phase("changes through the application"):
        first = app.step("publish", title=FIRST)
        time.sleep(1.5)
        between = cluster.sql("SELECT clock_timestamp()")
        time.sleep(1.5)
        second = app.step("publish", title=SECOND)
        uploaded = app.step("upload")
        translated = app.step("translate")
        # Written to the erasure ledger, which no restore takes back.
        erased = app.step("erase", messenger=seeded["messenger"])
        if app.search_url:
            app.manage("search_index", "drain")
    assert first["live"] and second["live"] and erased["erased"]
    assert translated["alias"] is None
    assert app.get(second["url"])[0] == 200  # now cached as well
    changed = app.step("state")
    assert changed != backed_up and media.checksums() != files
    # Every WAL segment up to now in the archive (what archive_timeout does within a minute).
    cluster.backrest("check")
    app.stop()

    # Restore to the moment before the changes: database, then media.
    with clock.phase("restore: database to the restore point"):
        cluster.restore("--type=name", f"--target={RESTORE_POINT}", "--target-timeline=current")
    with clock.phase("restore: media roots"):
        media.restore(snapshot)
    with clock.phase("compare with the backup"):
        restored = app.step("state")
    assert restored["counts"] == backed_up["counts"]
    assert restored["revisions"] == backed_up["revisions"]
    assert restored["pages"] == backed_up["pages"]
    assert media.checksums() == files
    assert uploaded["file"] not in str(media.checksums())

    # After any restore (docs/backups.md, "After a restore"); each step is timed.
    with clock.phase("after the restore: search index"):
        if app.search_url:
            # The engine still holds the changes the restore undid.
            with pytest.raises(AssertionError, match="differs from the database"):
                app.manage("search_index", "check")
            app.manage("search_index", "rebuild")
            assert " 0 missing, 0 stale, 0 orphaned" in app.manage("search_index", "check")
        else:
            app.manage("update_index")
    # The database is older than the ledger's last erasure: the restored messenger must not be
    # seen, so public pages are refused and the load balancer takes the instance out.
    with clock.phase("after the restore: start the site"):
        app.start(health=503)
    assert app.get(seeded["narrative_url"])[0] == 503
    with clock.phase("after the restore: reapply erasures"):
        app.manage("reapply_erasures")
    assert seeded["messenger"] not in [page[0] for page in app.step("state")["pages"]]
    with clock.phase("after the restore: purge page caches"):
        app.manage("purge_page_caches")
    deadline = time.monotonic() + 10  # each process looks at the ledger again within a second
    while app.get("/health/")[0] != 200 and time.monotonic() < deadline:
        time.sleep(0.2)
    # Pages the restore took back are gone from the shared cache as well.
    assert app.get(second["url"])[0] == 404
    assert app.get(first["url"])[0] == 404
    assert app.get(seeded["narrative_url"])[0] == 200
    assert app.get("/health/")[0] == 200
    app.stop()

    # Point in time: between the two publishes, the first is there and the second is not.
    with clock.phase("restore: database to a point in time"):
        cluster.restore("--type=time", f"--target={between}", "--target-timeline=current")
    assert app.step("pages_titled", titles=[FIRST, SECOND]) == {FIRST: True}

    rto = sum(
        seconds
        for name, seconds in clock.phases.items()
        if name.startswith("restore: database to the")
        or name.startswith("after the restore")
        or name == "restore: media roots"
    )
    print(
        "\n"
        + clock.report()
        + f"\n  {'time to recover (restore to site serving)':<44} {rto:6.1f} s"
    )  # noqa: T201
