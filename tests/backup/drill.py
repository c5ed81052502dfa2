"""The restore drill's machinery: a throw-away PostgreSQL cluster that archives its WAL with
pgBackRest, restic for the media roots, and the application run against them as in production
(`manage.py` and `python -m cms.server` in processes of their own)."""

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

from tests.live_servers import free_port

from .tools import POSTGRES_BIN, restic_repository

BASE_DIR = Path(__file__).resolve().parents[2]
STANZA = "drill"
# The configuration docs/deploy/ recommends, at the drill's paths (see docs/backups.md).
PGBACKREST_CONF = """\
[global]
repo1-path={root}/pgbackrest-repo
repo1-retention-full=2
lock-path={root}/pgbackrest-lock
log-level-console=warn
log-level-file=off
start-fast=y
compress-type=zst
delta=y

[{stanza}]
pg1-path={root}/pgdata
pg1-port={port}
pg1-socket-path={root}
"""
ARCHIVE_TIMEOUT = 60


def as_cluster_owner(command: list[str]) -> list[str]:
    """PostgreSQL and pgBackRest refuse to run as root: as root, run them as `postgres`."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess:
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)  # noqa: S603, PLW1510
    if result.returncode != 0:
        raise AssertionError(
            f"{' '.join(command)} exited {result.returncode}\n{result.stdout}\n{result.stderr}"
        )
    return result


class Cluster:
    """A PostgreSQL cluster of its own, on a free port, archiving every WAL segment."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.port = free_port()
        self.data = root / "pgdata"
        self.config = root / "pgbackrest.conf"
        self.pgbackrest = ["pgbackrest", f"--config={self.config}", f"--stanza={STANZA}"]

    def start_new(self) -> None:
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres", "postgres")
        self.config.write_text(
            PGBACKREST_CONF.format(root=self.root, stanza=STANZA, port=self.port)
        )
        initdb = [str(POSTGRES_BIN / "initdb"), "-D", str(self.data), "--auth=trust", "-U"]
        run(as_cluster_owner([*initdb, "postgres", "--encoding=UTF8", "--locale=C.UTF-8"]))
        # The settings docs/deploy/postgresql-backup.conf gives production.
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write(
                "wal_level = replica\narchive_mode = on\n"
                f"archive_command = '{' '.join(self.pgbackrest)} archive-push %p'\n"
                f"archive_timeout = {ARCHIVE_TIMEOUT}\n"
                f"port = {self.port}\nlisten_addresses = '127.0.0.1'\n"
                f"unix_socket_directories = '{self.root}'\nfsync = off\n"
            )
        self.start()
        self.backrest("stanza-create")
        self.sql("CREATE DATABASE drill")

    def start(self) -> None:
        pg_ctl = [str(POSTGRES_BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "log")]
        run(as_cluster_owner([*pg_ctl, "-w", "-t", "300", "start"]))
        # A restore replays WAL and then promotes; until then the cluster only reads.
        deadline = time.monotonic() + 300
        while self.sql("SELECT pg_is_in_recovery()") == "t":
            assert time.monotonic() < deadline, "recovery did not finish"
            time.sleep(0.2)

    def stop(self) -> None:
        pg_ctl = [str(POSTGRES_BIN / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w"]
        run(as_cluster_owner([*pg_ctl, "stop"]))

    def running(self) -> bool:
        status = [str(POSTGRES_BIN / "pg_ctl"), "-D", str(self.data), "status"]
        return subprocess.run(as_cluster_owner(status), capture_output=True).returncode == 0

    def sql(self, query: str, database: str = "postgres") -> str:
        psql = [str(POSTGRES_BIN / "psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U"]
        return run([*psql, "postgres", "-d", database, "-AtXqc", query]).stdout.strip()

    def backrest(self, *args: str) -> str:
        return run(as_cluster_owner([*self.pgbackrest, *args])).stdout

    def restore(self, *target: str) -> None:
        """Stops the cluster and restores it from the repository to `target` (pgBackRest's
        --type/--target options); the cluster promotes itself when it gets there."""
        self.stop()
        self.backrest("restore", *target, "--target-action=promote")
        self.start()

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/drill"


class Media:
    """The two media roots and their restic repository."""

    def __init__(self, root: Path) -> None:
        self.public = root / "media"
        self.private = root / "private_media"
        for directory in (self.public, self.private):
            directory.mkdir()
        self.env = restic_repository(root)

    def snapshot(self) -> str:
        command = ["restic", "backup", "--json", "--quiet", str(self.public), str(self.private)]
        summary = json.loads(run(command, env=self.env).stdout.splitlines()[-1])
        return summary["snapshot_id"]

    def restore(self, snapshot: str) -> None:
        """As docs/backups.md says: the roots as they are now move aside, the snapshot comes
        back in their place."""
        for directory in (self.public, self.private):
            shutil.rmtree(directory)
        run(["restic", "restore", snapshot, "--target", "/"], env=self.env)

    def checksums(self) -> dict[str, str]:
        sums = {}
        for directory in (self.public, self.private):
            for path in sorted(directory.rglob("*")):
                if path.is_file():
                    sums[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
        return sums


class App:
    """The application against the drill's cluster, media roots and shared cache."""

    def __init__(self, root: Path, cluster: Cluster, media: Media) -> None:
        cache = root / "cache"
        cache.mkdir()
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.backup.drill_settings",
            "DATABASE_URL": cluster.url,
            "MEDIA_ROOT": str(media.public),
            "PRIVATE_MEDIA_ROOT": str(media.private),
            "STATIC_ROOT": str(root / "static"),
            "DRILL_CACHE_DIR": str(cache),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            # Outside the database and the media roots, as in production: a restore leaves it.
            "ERASURE_LEDGER_DIR": str(root / "erasure-ledger"),
            "ERASURE_LEDGER_CHECK_SECONDS": "1",
        }
        self.env.pop("PYTEST_XDIST_WORKER", None)
        self.search_url = os.environ.get("SEARCH_TEST_URL", "")
        if self.search_url:
            self.env["SEARCH_URL"] = self.search_url
            self.env["SEARCH_INDEX_PREFIX"] = f"drill-{uuid.uuid4().hex[:8]}"
        self.server: subprocess.Popen | None = None
        self.log = root / "server.log"

    def manage(self, *args: str) -> str:
        return run([sys.executable, "manage.py", *args], cwd=BASE_DIR, env=self.env).stdout

    def has_command(self, name: str) -> bool:
        return name in self.manage("help", "--commands").split()

    def step(self, name: str, **arguments: object) -> dict:
        """Runs a step of tests/backup/drill_app.py in the application; its JSON answer."""
        code = f"from tests.backup.drill_app import main; main({name!r}, {json.dumps(arguments)!r})"
        output = self.manage("shell", "-c", code)
        line = next(line for line in output.splitlines() if line.startswith("DRILL "))
        return json.loads(line.removeprefix("DRILL "))

    def start(self, health: int = 200) -> None:
        """Starts the site and waits until /health/ answers `health` (503 while a restored
        database lacks erasures of the ledger)."""
        self.port = free_port()
        env = {**self.env, "GRANIAN_PORT": str(self.port), "GRANIAN_WORKERS": "1"}
        with self.log.open("a") as log:
            self.server = subprocess.Popen(  # noqa: S603
                [sys.executable, "-m", "cms.server"], cwd=BASE_DIR, env=env, stdout=log, stderr=log
            )
        deadline = time.monotonic() + 120
        while self.get("/health/")[0] != health:
            assert self.server.poll() is None, self.log.read_text()[-3000:]
            assert time.monotonic() < deadline, "the site did not start"
            time.sleep(0.2)

    def stop(self) -> None:
        if self.server is not None:
            self.server.terminate()
            self.server.wait(timeout=30)
            self.server = None

    def get(self, path: str) -> tuple[int, str]:
        request = urllib.request.Request(  # noqa: S310 (our own server)
            f"http://127.0.0.1:{self.port}{path}", headers={"Host": "localhost"}
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()
        except OSError:
            return 0, ""
