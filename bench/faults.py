"""Fault benchmark: the site's real services under load, one fault at a time.

    .venv/bin/python bench/faults.py [--smoke] [--outage 30]

It starts services of its own: a PostgreSQL cluster in a temporary directory on a free port
(tests/backup/drill.py's cluster, without the archiving), a redis-server, cms.server with the
production settings, varnishd with docs/deploy/varnish.vcl and the task worker; media on a
small tmpfs (as root) so that the disk can be filled. For each fault in turn, wrk at 32
connections asks for a few public pages through the proxy in one-second runs, a probe samples
the answers' statuses and bodies, and an editor saves a new revision of a narrative and
publishes it in a loop (Wagtail's actions, as bench/publishing.py does), recording every
attempt. Afterwards: the error rate during the fault and after it, the time to recover (from
the end of the fault until 99 % of requests succeed for 2 s) and what was lost (acknowledged
revisions or publishes missing from the database, a publish visitors never see, a task left
running by a killed worker, an upload half-written).

Exit code 1 with one line per missed target: nothing lost, no answer 5xx other than a 503 with
Retry-After (and never a traceback), at most 1 % errors after recovery, recovered in time.
"""

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.fault_report import (  # noqa: E402
    Row,
    error_rate,
    format_table,
    missed_targets,
    recovery_seconds,
    split,
)
from bench.fault_traffic import Editor, Load, Probe, lost_edits  # noqa: E402
from bench.stack import (  # noqa: E402
    Server,
    Stack,
    fetch,
    missing_tools,
    run_benchmark,
    visit_as,
)

MEDIA_DISK = "16m"


# --- The services' own faults ----------------------------------------------------------------


def start_cluster(root: Path) -> "object":
    """tests/backup/drill.py's cluster, without pgBackRest's archiving: the faults need a
    PostgreSQL of their own, not its backups."""
    from tests.backup.drill import Cluster, as_cluster_owner, run
    from tests.backup.tools import POSTGRES_BIN

    cluster = Cluster(root)
    if os.geteuid() == 0:
        os.chown(root, *_postgres_ids())
    initdb = [str(POSTGRES_BIN / "initdb"), "-D", str(cluster.data), "--auth=trust", "-U"]
    run(as_cluster_owner([*initdb, "postgres", "--encoding=UTF8", "--locale=C.UTF-8"]))
    with (cluster.data / "postgresql.conf").open("a") as conf:
        conf.write(
            f"port = {cluster.port}\nlisten_addresses = '127.0.0.1'\n"
            f"unix_socket_directories = '{root}'\nfsync = off\nmax_connections = 200\n"
        )
    cluster.start()
    cluster.sql("CREATE DATABASE drill")
    return cluster


def _postgres_ids() -> tuple[int, int]:
    import pwd

    entry = pwd.getpwnam("postgres")
    return entry.pw_uid, entry.pw_gid


def mount_small_disk(path: Path) -> bool:
    """A tmpfs of MEDIA_DISK at `path` (as root); False where it cannot be mounted."""
    path.mkdir(parents=True, exist_ok=True)
    command = ["mount", "-t", "tmpfs", "-o", f"size={MEDIA_DISK},mode=0777", "tmpfs", str(path)]
    return os.geteuid() == 0 and subprocess.run(command, capture_output=True).returncode == 0  # noqa: S603


def fill(disk: Path) -> Path:
    """Fills `disk` to the last byte with one file; returns it."""
    filler = disk / "filler"
    with filler.open("wb") as output:
        try:
            while True:
                output.write(b"\0" * 65536)
                output.flush()
        except OSError:
            pass
    return filler


def noise_png(size: int = 256) -> bytes:
    """An image that does not compress: some hundred kB."""
    import io

    from PIL import Image as PillowImage

    picture = PillowImage.frombytes("RGB", (size, size), os.urandom(size * size * 3))
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return buffer.getvalue()


def upload(title: str) -> str:
    """An image upload as the library's model takes it; '' when it worked, else the message."""
    import io

    from django.core.files.images import ImageFile
    from django.db import transaction
    from wagtail.images import get_image_model

    try:
        with transaction.atomic():
            get_image_model().objects.create(
                title=title, file=ImageFile(io.BytesIO(noise_png()), name=f"{title}.png")
            )
    except OSError as error:
        return f"{type(error).__name__}: {error}"
    return ""


def files_under(root: Path) -> set[str]:
    return {str(path) for path in root.rglob("*") if path.is_file()}


# --- The run ---------------------------------------------------------------------------------


@dataclass
class Bench:
    args: argparse.Namespace
    stack: Stack
    services: dict[str, Server]
    cluster: object
    urls: list[str]
    proxy_narrative: str
    page_id: int
    media_disk: Path | None

    def phase(self, name: str, fault: Callable[[], tuple[float, float, list[str]]]) -> Row:
        """Load, probe and editor around `fault`, which returns when it started and ended
        (the service back) and notes; then what was lost."""
        print(f"{name} …", flush=True)
        load, probe, editor = Load(self.urls), Probe(self.urls), Editor(self.page_id)
        for thread in (load, probe, editor):
            thread.start()
        time.sleep(self.args.before)
        start, end, notes = fault()
        time.sleep(self.args.after)
        for thread in (load, probe, editor):
            thread.stopping.set()
        for thread in (load, probe, editor):
            thread.join()
        from django.db import connection

        connection.close()  # this thread's connection may be one the fault broke
        during, after = split(load.slices, start, end)
        row = Row(name, error_rate(during), error_rate(after), recovery_seconds(load.slices, end))
        row.notes = notes
        row.bad_answers = [a for a in probe.answers if a.unacceptable]
        failures = [a for a in editor.attempts if a.error]
        row.notes.append(
            f"editor: {len(editor.attempts)} attempts, {len(failures)} failed"
            + (f" (first: {failures[0].error})" if failures else "")
        )
        row.lost = lost_edits(editor.attempts, self.page_id, self.proxy_narrative)
        return row

    def restart(self, name: str, pause: float = 0.0) -> tuple[float, float, list[str]]:
        start = time.monotonic()
        self.stack.restart(self.services[name], pause)
        return start, time.monotonic(), []

    def database(self, pause: float) -> tuple[float, float, list[str]]:
        start = time.monotonic()
        self.cluster.stop()
        time.sleep(pause)
        self.cluster.start()
        return start, time.monotonic(), []

    def kill_worker(self) -> tuple[float, float, list[str]]:
        from django_tasks_db.models import DBTaskResult

        worker = self.services["task worker"]
        deadline = time.monotonic() + 5
        while not DBTaskResult.objects.running().exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        running = list(DBTaskResult.objects.running().values_list("pk", flat=True))
        start = time.monotonic()
        worker.process.send_signal(signal.SIGKILL)
        worker.process.wait()
        self.stack.restart(worker)
        self.killed_tasks = running
        notes = [f"killed with {len(running)} task(s) running" if running else "no task running"]
        return start, time.monotonic(), notes

    def stuck_tasks(self) -> list[str]:
        from django_tasks_db.models import DBTaskResult

        stuck = DBTaskResult.objects.running().filter(pk__in=getattr(self, "killed_tasks", []))
        return [f"task {task.task_path} ({task.pk}) left running" for task in stuck]

    def disk_full(self) -> tuple[float, float, list[str]]:
        assert self.media_disk
        before = files_under(self.media_disk)
        start = time.monotonic()
        filler = fill(self.media_disk)
        message = upload("Fehlerprobe volle Platte")
        half_written = files_under(self.media_disk) - before - {str(filler)}
        time.sleep(max(0.0, self.args.outage - (time.monotonic() - start)))
        filler.unlink()
        end = time.monotonic()
        notes = [f"upload on the full disk: {message or 'succeeded?'}"]
        self.upload_problems = []
        if not message:
            self.upload_problems.append("an upload on a full disk reported success")
        self.upload_problems += [f"half-written file {path}" for path in sorted(half_written)]
        from wagtail.images import get_image_model

        if get_image_model().objects.filter(title="Fehlerprobe volle Platte").exists():
            self.upload_problems.append("an image row without its file")
        if message := upload("Fehlerprobe nach voller Platte"):
            self.upload_problems.append(f"upload after the disk was freed failed: {message}")
        return start, end, notes


def parse_arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="Short phases (5 s).")
    parser.add_argument("--outage", type=float, help="Seconds the database is away (30; smoke 3).")
    parser.add_argument("--before", type=float, help="Load before each fault (5; smoke 2).")
    parser.add_argument("--after", type=float, help="Load after each fault (20; smoke 5).")
    parser.add_argument("--scale", type=int, default=20, help="Generated narratives (20).")
    parser.add_argument("--workdir", type=Path, help="Logs, the cluster and the media disk.")
    args = parser.parse_args()
    for name, smoke, full in (("outage", 3, 30), ("before", 2, 5), ("after", 5, 20)):
        if getattr(args, name) is None:
            setattr(args, name, smoke if args.smoke else full)
    return args


def main() -> int:
    args = parse_arguments()
    if missing := missing_tools():
        print(f"Missing {', '.join(missing)}: install Debian's packages wrk, varnish and nginx.")
        return 2
    from tests.backup.drill import free_port

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="narrative-bench-faults-"))
    workdir.mkdir(parents=True, exist_ok=True)
    workdir.chmod(0o755)  # the cluster's owner, postgres, must reach its directory
    disk = workdir / "media-disk"
    mounted = mount_small_disk(disk)
    stack = Stack(workdir)
    cluster = None
    rows: list[Row] = []
    try:
        (workdir / "postgres").mkdir(exist_ok=True)
        cluster = start_cluster(workdir / "postgres")
        redis = stack.start_redis(free_port())
        proxy_port, app_port = free_port(), free_port()
        os.environ.update(DATABASE_URL=cluster.url, REDIS_URL=f"redis://127.0.0.1:{redis.port}/0")
        from bench.site import build_site, site_environment

        args.port_base = proxy_port
        environment = site_environment(args, workdir)
        environment.update(
            MEDIA_ROOT=str(disk / "media"), PRIVATE_MEDIA_ROOT=str(disk / "private_media")
        )
        environment.pop("SEARCH_INDEX_PREFIX")
        os.environ.update(environment, DJANGO_SETTINGS_MODULE="cms.settings.production")
        import django

        django.setup()
        print(f"Fault benchmark: files in {workdir}; media disk {'tmpfs' if mounted else 'none'}")
        build_site(args.scale)
        from wagtail.models import Site

        from bench.pages import by_name, detail_narrative, measured_pages

        visit_as(Site.objects.get(is_default_site=True).hostname)
        services = {
            "redis": redis,
            "app": stack.start_application("server", app_port, environment),
            "varnish": stack.start_varnish(proxy_port, backend_port=app_port),
        }
        stack.start_task_worker(environment)
        services["task worker"] = stack.servers[-1]
        pages = measured_pages()
        proxy = services["varnish"].base_url
        urls = [proxy + by_name(pages, name).path for name in ("home", "narrative", "campaign")]
        narrative = detail_narrative()
        bench = Bench(
            args, stack, services, cluster, urls, proxy + narrative.url, narrative.pk,
            disk if mounted else None,
        )  # fmt: skip
        for url in urls:
            fetch(url)  # cached before the first fault
        rows.append(bench.phase("PostgreSQL restarted", lambda: bench.database(0)))
        rows.append(
            bench.phase(f"PostgreSQL away {args.outage:.0f} s", lambda: bench.database(args.outage))
        )
        rows.append(bench.phase("Redis restarted", lambda: bench.restart("redis", 1)))
        rows.append(bench.phase("Varnish restarted", lambda: bench.restart("varnish", 1)))
        row = bench.phase("task worker killed", bench.kill_worker)
        row.lost += bench.stuck_tasks()
        rows.append(row)
        if mounted:
            row = bench.phase("media disk full", bench.disk_full)
            row.lost += bench.upload_problems
            rows.append(row)
        else:
            rows.append(Row("media disk full", skipped="no tmpfs could be mounted (not root?)"))
        rows.append(Row("OpenSearch killed", skipped="the benchmark starts no OpenSearch node yet"))
    finally:
        stack.stop()
        if cluster is not None and cluster.running():
            cluster.stop()
        if mounted:
            subprocess.run(["umount", "--lazy", str(disk)], check=False)  # noqa: S603, S607

    print()
    print(format_table(rows))
    for row in rows:
        for note in [*row.notes, *([row.skipped] if row.skipped else [])]:
            print(f"note: {row.fault}: {note}")
    missed = missed_targets(rows)
    for reason in missed:
        print(f"missed: {reason}")
    print("Targets missed." if missed else "Targets met.")
    return 1 if missed else 0


if __name__ == "__main__":
    run_benchmark(main)
