"""Cold-start benchmark: the site benchmark's stack (cms.server with the production settings,
Redis as cache; bench/site.py builds the content), purged with `purge_page_caches` while warm,
then 32 visitors at once on one page and the hot pages in a loop.

    DATABASE_URL=postgres://…/bench_site REDIS_URL=redis://127.0.0.1:6379/3 \\
        .venv/bin/python bench/cold_start.py [--smoke]

Run twice, single flight on and off (DJANGO_PAGE_CACHE_SINGLE_FLIGHT=0), it reports for each:
the renders the 32 first requests caused (answers marked `X-Page-Cache: miss`; target 1), the
warm rate of the hot pages, and the time from the purge until a quarter second's rate is back
at 90 % of it. The load comes from threads of this process, kept-alive connections, the same in
both runs: the ratios compare, the absolute rates are the load generator's.
"""

import argparse
import http.client
import os
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.site import build_site, check_environment, site_environment  # noqa: E402
from bench.stack import VISITOR_HEADERS, Stack, run_benchmark, visit_as  # noqa: E402

VISITORS = 32
HOT_PAGES = ("home", "listing p1", "narrative", "messenger", "campaign", "material library")
WINDOW = 0.25
RECOVERED = 0.9


@dataclass
class Run:
    first_renders: int
    first_answers: Counter
    warm_rate: float
    recovery_seconds: float | None
    renders_after_purge: int


def load(port: int, paths: list[str], seconds: float, start_together: str = "") -> list:
    """VISITORS threads asking for `paths` in turn for `seconds` (each first for
    `start_together`, all at one moment); returns (finish time, path, X-Page-Cache) per
    answer."""
    answers: list = []
    barrier = threading.Barrier(VISITORS)
    deadline = time.monotonic() + seconds

    def visitor(offset: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        queue = ([start_together] if start_together else []) + paths[offset:] + paths[:offset]
        barrier.wait()
        index = 0
        while time.monotonic() < deadline or (start_together and index == 0):
            path = queue[index] if index < len(queue) else paths[(index + offset) % len(paths)]
            connection.request("GET", path, headers=VISITOR_HEADERS)
            response = connection.getresponse()
            response.read()
            cache = response.getheader("X-Page-Cache")
            answers.append((time.monotonic(), path, cache, index == 0))
            index += 1
        connection.close()

    threads = [threading.Thread(target=visitor, args=(n % len(paths),)) for n in range(VISITORS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers


def measure(port: int, paths: list[str], one_page: str, args: argparse.Namespace) -> Run:
    from django.core.management import call_command

    load(port, paths, 2)  # warm
    warm = load(port, paths, args.seconds)
    warm_rate = len(warm) / args.seconds
    call_command("purge_page_caches", *(["--keep-stale"] if args.keep_stale else []))
    purged = time.monotonic()
    answers = load(port, paths, args.seconds, start_together=one_page)
    # Each visitor's first answer, for one_page; rendered when missed (or not kept at all).
    first_answers = Counter(cache for _t, _p, cache, first in answers if first)
    renders_of_page = first_answers["miss"] + first_answers[None]
    recovery = None
    windows = Counter(int((t - purged) / WINDOW) for t, _p, _c, _f in answers)
    for window in sorted(windows):
        if windows[window] / WINDOW >= RECOVERED * warm_rate:
            recovery = (window + 1) * WINDOW
            break
    return Run(
        first_renders=renders_of_page,
        first_answers=first_answers,
        warm_rate=warm_rate,
        recovery_seconds=recovery,
        renders_after_purge=sum(1 for _t, _p, cache, _f in answers if cache in ("miss", None)),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="SQLite, 100 narratives.")
    parser.add_argument("--scale", type=int, help="Generated narratives (10000; smoke 100).")
    parser.add_argument("--seconds", type=float, default=5.0, help="Load after the purge (5).")
    parser.add_argument("--keep-stale", action="store_true", help="Purge as after a deploy.")
    parser.add_argument("--port-base", type=int, default=8350)
    args = parser.parse_args()
    args.scale = args.scale or (100 if args.smoke else 10_000)
    if reason := check_environment(args):
        print(reason)
        return 2
    workdir = Path(tempfile.gettempdir()) / "narrative-bench-cold-start"
    workdir.mkdir(parents=True, exist_ok=True)
    environment = site_environment(args, workdir)
    os.environ.update(environment, DJANGO_SETTINGS_MODULE="cms.settings.production")

    import django

    django.setup()
    build_site(args.scale)
    from wagtail.models import Site

    from bench.pages import measured_pages

    visit_as(Site.objects.get(is_default_site=True).hostname)
    pages = {page.name: page.path for page in measured_pages()}
    paths = [pages[name] for name in HOT_PAGES]
    runs = {}
    for label, single_flight in (("single flight off", "0"), ("single flight on", "5")):
        stack = Stack(workdir)
        try:
            port = args.port_base + (1 if single_flight == "0" else 2)
            stack.start_application(
                f"server-{single_flight}",
                port,
                {**environment, "DJANGO_PAGE_CACHE_SINGLE_FLIGHT": single_flight},
            )
            runs[label] = measure(port, paths, pages["narrative"], args)
        finally:
            stack.stop()
        run = runs[label]
        recovery = f"{run.recovery_seconds:.2f} s" if run.recovery_seconds else "not within run"
        print(
            f"{label}: {VISITORS} first requests for the narrative caused {run.first_renders}"
            f" render(s) ({dict(run.first_answers)}); renders of the hot pages after the purge"
            f" {run.renders_after_purge}; warm {run.warm_rate:.0f} req/s; back at"
            f" {RECOVERED:.0%} of it after {recovery}",
            flush=True,
        )
    off, on = runs["single flight off"], runs["single flight on"]
    if off.recovery_seconds and on.recovery_seconds:
        print(f"recovery time on/off: {on.recovery_seconds / off.recovery_seconds:.2f}")
    print(f"renders on/off: {on.renders_after_purge}/{off.renders_after_purge}")
    return 0 if on.first_renders == 1 else 1


if __name__ == "__main__":
    run_benchmark(main)
