"""The site benchmark (bench/site.py) refuses to measure the wrong thing and never lets a
failing page or a missed target pass: wrk's errors are counted, every target (bench/targets.py)
has its own line. (The whole benchmark runs in CI as
`make bench-site BENCH_ARGS="--scale 100 --smoke"`.)
"""

import math
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bench import memory
from bench.load import LoadResult, run_wrk
from bench.pages import MeasuredPage
from bench.rendering import RenderResult
from bench.targets import missed_targets
from tests.live_servers import unavailable
from tests.other_settings import ROOT


def run_benchmark(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 (this interpreter, our script)
        [sys.executable, "bench/site.py", *args],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin:/usr/sbin", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_full_run_needs_postgresql_and_says_so_in_one_line():
    for env in ({}, {"DATABASE_URL": "sqlite:////tmp/bench.sqlite3"}):
        finished = run_benchmark(**env)
        assert finished.returncode == 2
        assert finished.stdout.strip().splitlines() == [
            "DATABASE_URL must name a PostgreSQL database for the full run (e.g. "
            "postgres://narrative:narrative@127.0.0.1:5433/bench_site); --smoke runs without it."
        ]


def test_a_negative_scale_or_a_word_for_a_duration_is_refused_before_anything_runs():
    finished = run_benchmark("--scale", "-3", DATABASE_URL="postgres://u:p@localhost/x")
    assert finished.returncode == 2
    assert "argument --scale: a whole number of at least 1, not '-3'" in finished.stderr
    finished = run_benchmark("--duration", "long")
    assert "argument --duration: a whole number of at least 1, not 'long'" in finished.stderr


def test_without_redis_it_does_not_start_because_purges_would_miss_the_workers_caches():
    finished = run_benchmark("--smoke")
    assert finished.returncode == 2
    assert "REDIS_URL must name a Redis database" in finished.stdout


class HalfBroken(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        status = 200 if self.path == "/fine/" else 500
        self.send_response(status)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


@pytest.fixture
def half_broken_site():
    if not shutil.which("wrk"):
        unavailable("wrk not found (Debian package `wrk`)")
    server = ThreadingHTTPServer(("127.0.0.1", 0), HalfBroken)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_server_errors_under_load_are_counted(half_broken_site):
    fine = run_wrk(f"{half_broken_site}/fine/", 2, 1)
    broken = run_wrk(f"{half_broken_site}/broken/", 2, 1)
    assert fine.requests > 0 and fine.errors == 0
    assert fine.p50_ms > 0 and fine.p99_ms >= fine.p50_ms
    assert broken.requests > 0 and broken.errors == broken.requests


def test_nothing_refused_by_a_closed_port_passes_as_a_measurement():
    with pytest.raises(RuntimeError, match="wrk failed"):
        run_wrk("http://127.0.0.1:1/", 2, 1)


def load(rate: float) -> LoadResult:
    return LoadResult(requests=int(rate * 5), seconds=5.0, p50_ms=1.0, p99_ms=2.0, errors=0)


PAGES = [
    MeasuredPage("listing p1", "/de/narrative/"),
    MeasuredPage("listing p200", "/de/narrative/?page=200", "listing p1"),
]


def results(proxy: float, app: float, uncached_first: float, uncached_far: float) -> dict:
    # Pages from scratch (parts off too) hold no target of their own: they are reported beside.
    rates = {
        "listing p1": {
            "nginx": 10_000,
            "proxy": proxy,
            "app": app,
            "uncached": uncached_first,
            "scratch": 40,
        },
        "listing p200": {
            "nginx": 10_000,
            "proxy": 9_000,
            "app": 2_000,
            "uncached": uncached_far,
            "scratch": 40,
        },
    }
    return {
        (page, mode, 8): load(rate) for page, modes in rates.items() for mode, rate in modes.items()
    }


def test_a_run_that_meets_the_targets_misses_none():
    measured = results(proxy=6_000, app=2_000, uncached_first=100, uncached_far=90)
    growths = {"app": 0.01, "uncached": 0.02}
    assert missed_targets(measured, PAGES, RenderResult(6.0, 11), growths, [], set()) == []


def test_a_page_the_application_keeps_from_the_proxy_has_no_proxy_target():
    measured = results(proxy=150, app=2_000, uncached_first=100, uncached_far=90)
    growths = {"app": 0.01, "uncached": 0.02}
    render = RenderResult(6.0, 11)
    assert missed_targets(measured, PAGES, render, growths, [], {"listing p1"}) == []
    assert missed_targets(measured, PAGES, render, growths, [], set()) == [
        "listing p1 through the proxy at 8: 2% of nginx's req/s (target >= 50%)"
    ]


def test_every_missed_target_has_its_own_line():
    measured = results(proxy=4_000, app=500, uncached_first=100, uncached_far=50)
    missed = missed_targets(
        measured,
        PAGES,
        RenderResult(9.5, 14),
        {"app": math.inf, "uncached": 0.15},
        ["not kept by the proxy: search"],
        set(),
    )
    assert missed == [
        "caching: not kept by the proxy: search",
        "listing p1 through the proxy at 8: 40% of nginx's req/s (target >= 50%)",
        "listing p1 application cache hit at 8: 5.0x the uncached req/s (target >= 10x)",
        "listing p200 uncached at 8: 2.00x slower than listing p1 (target <= 1.5x)",
        "narrative render 9.50 ms (target <= 8.0 ms)",
        "narrative render 14 queries (target <= 12)",
        "the server for mode app replaced workers during the run",
        "worker memory of the server for mode uncached grew 15.0% (target <= 10%)",
    ]


def test_worker_memory_is_read_per_child_and_a_replaced_worker_is_not_compared():
    master = subprocess.Popen(  # noqa: S603 (this interpreter, fixed code)
        [
            sys.executable,
            "-c",
            "import subprocess, time; "
            "children = [subprocess.Popen(['sleep', '30']) for _ in range(2)]; time.sleep(30)",
        ]
    )
    try:
        deadline = time.monotonic() + 10
        while len(before := memory.snapshot(master.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(before) == 2
        assert all(values["VmRSS"] > 0 and values["VmHWM"] > 0 for values in before.values())
        assert memory.growth(before, before) == 0
        replaced = {pid + 100_000: values for pid, values in before.items()}
        assert memory.growth(before, replaced) == math.inf
        assert "workers replaced" in memory.describe(before, replaced)
    finally:
        master.kill()
        master.wait()
        for pid in before:
            os.kill(pid, signal.SIGTERM)
