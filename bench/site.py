"""Site benchmark: the demo content plus 10,000 narratives on PostgreSQL, served with
the production settings by cms.server (Granian; Redis as cache) behind varnishd with
docs/deploy/varnish.vcl, and the same HTML files served by nginx, measured with wrk.

    DATABASE_URL=postgres://…/bench_site REDIS_URL=redis://127.0.0.1:6379/3 \
        .venv/bin/python bench/site.py [--scale 10000] [--duration 5] [--smoke]

Every measured page (home, narrative listing at page 1, page 200 and filtered, a narrative,
a messenger, a campaign, the material library, search) runs at each concurrency in five modes:
nginx (the saved HTML file), proxy (cached in varnishd), app (the application's page cache, proxy
bypassed), uncached (as the issue defines it: page caches off, fragment and object caches on; a
second server with DJANGO_PAGE_CACHE_SECONDS=0, so pages are rendered from their kept parts,
cms/page_cache/parts.py) and scratch (a third with the parts off too: every page rendered from
scratch; reported, not a target). Also measured: the memory of the servers' workers once warm
(after the measured runs) and after 20,000 further requests each, the in-process render time
and queries of a narrative with the page caches off (with its parts kept, and from scratch),
and the time from an editor's publish to a visitor seeing it through the proxy. The database
keeps the content between runs (only what is missing is built); REDIS_URL names a Redis
database the benchmark empties.

Exit code 1 with one line per missed target (bench/targets.py); with --smoke (short runs,
--scale 100) only errors count.
"""

import argparse
import os
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import memory  # noqa: E402 (after the path is set)
from bench.load import run_wrk  # noqa: E402
from bench.stack import (  # noqa: E402
    Server,
    Stack,
    StackError,
    fetch,
    missing_tools,
    run_benchmark,
    visit_as,
)
from bench.targets import MODES, Results, missed_targets, print_table  # noqa: E402

if TYPE_CHECKING:  # needs Django set up, which happens in main()
    from bench.pages import MeasuredPage

# Servers measured for memory; each gets --memory-requests more after the measured runs.
SERVERS = ("app", "uncached", "scratch")
PUBLISH_TIMEOUT = 30.0


def positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"a whole number of at least 1, not {text!r}")
    return int(text)


def parse_arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="Short runs; only errors count.")
    parser.add_argument("--scale", type=positive, help="Generated narratives (10000; smoke 100).")
    parser.add_argument("--duration", type=positive, help="Seconds per wrk run (5; smoke: 1).")
    parser.add_argument("--concurrency", type=positive, nargs="+", default=[8, 32])
    parser.add_argument("--renders", type=positive, help="In-process renders (200; smoke: 10).")
    parser.add_argument(
        "--memory-requests",
        type=positive,
        default=20_000,
        help="Requests per server after the measured runs (20000).",
    )
    parser.add_argument(
        "--memory-seconds", type=positive, help="At most this long per server (240; smoke: 5)."
    )
    parser.add_argument("--publishes", type=positive, help="Edits to publish (3; smoke: 1).")
    parser.add_argument("--port-base", type=positive, default=8300, help="Five ports from here.")
    parser.add_argument("--workdir", type=Path, help="Logs, static and media files.")
    args = parser.parse_args()
    defaults = {
        "scale": (100, 10_000),
        "duration": (1, 5),
        "renders": (10, 200),
        "memory_seconds": (5, 240),
        "publishes": (1, 3),
    }
    for name, (smoke, full) in defaults.items():
        if getattr(args, name) is None:
            setattr(args, name, smoke if args.smoke else full)
    return args


def check_environment(args: argparse.Namespace) -> str | None:
    """The reason the benchmark cannot run here, in one line; None when it can."""
    database = os.environ.get("DATABASE_URL", "")
    if not database.startswith(("postgres://", "postgresql://")) and not args.smoke:
        return (
            "DATABASE_URL must name a PostgreSQL database for the full run (e.g. "
            "postgres://narrative:narrative@127.0.0.1:5433/bench_site); --smoke runs without it."
        )
    if not os.environ.get("REDIS_URL"):
        return "REDIS_URL must name a Redis database the benchmark may empty (redis://…/3)."
    if missing := missing_tools():
        return f"Missing {', '.join(missing)}: install Debian's packages wrk, varnish and nginx."
    return None


def site_environment(args: argparse.Namespace, workdir: Path) -> dict[str, str]:
    """What production needs, for the servers and for this process alike."""
    database = os.environ.get("DATABASE_URL") or f"sqlite:///{workdir / 'site.sqlite3'}"
    return {
        "DATABASE_URL": database,
        "REDIS_URL": os.environ["REDIS_URL"],
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(48),
        "DJANGO_ALLOWED_HOSTS": "localhost,127.0.0.1",
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "PRIVATE_MEDIA_ROOT": str(workdir / "private_media"),
        "FRONTEND_CACHE_PURGE_URL": f"http://127.0.0.1:{args.port_base}",
        "SEARCH_INDEX_PREFIX": os.environ.get("SEARCH_INDEX_PREFIX", "narrative-bench-site"),
    }


def build_site(scale: int) -> None:
    from django.conf import settings
    from django.core.cache import cache
    from django.core.management import call_command

    started = time.monotonic()
    print("Migrating …", flush=True)
    call_command("migrate", verbosity=0)
    print(f"Demo content with {scale} generated narratives (only what is missing) …", flush=True)
    call_command("load_demo_content", scale=scale)
    if settings.SEARCH_URL:
        call_command("search_index", "rebuild")
    print("Collecting static files …", flush=True)
    call_command("collectstatic", interactive=False, verbosity=0)
    cache.clear()  # nothing cached by an earlier run on other content
    print(f"  ready in {time.monotonic() - started:.0f} s", flush=True)


def check_pages(
    pages: list["MeasuredPage"], servers: dict[str, Server], html: Path
) -> tuple[dict[str, str], list[str], set[str]]:
    """Every page answers 200 in every mode (wrk counts only 4xx and 5xx as errors); the proxy's
    copy of each is saved for nginx. Returns nginx's paths, notes on what was not cached, and
    the pages the application keeps from the proxy on purpose (`s-maxage=0`: the search counts
    the searches its cache answers, which a proxy would hide)."""
    files, notes, app_only = {}, [], set()
    for page in pages:
        for name in ("scratch", "uncached", "app", "proxy"):
            status, _headers, body = fetch(servers[name].base_url + page.path)
            if status != 200:
                raise StackError(f"{page.name} ({page.path}) answered {status} in mode {name}")
        files[page.name] = f"/{page.name.replace(' ', '-')}.html"
        (html / files[page.name].lstrip("/")).write_bytes(body)
        if fetch(servers["app"].base_url + page.path)[1].get("x-page-cache") != "hit":
            notes.append(f"not kept by the application's page cache: {page.name}")
        _status, headers, _body = fetch(servers["proxy"].base_url + page.path)
        if "s-maxage=0" in headers.get("cache-control", ""):
            app_only.add(page.name)
            notes.append(f"kept from the proxy by the application (s-maxage=0): {page.name}")
        elif headers.get("x-cache") != "HIT":
            notes.append(f"not kept by the proxy: {page.name}")
    return files, notes, app_only


def measure(
    urls: dict[str, dict[str, str]], pages: list["MeasuredPage"], args: argparse.Namespace
) -> Results:
    results: Results = {}
    for connections in args.concurrency:
        for page in pages:
            for mode in MODES:
                results[page.name, mode, connections] = run_wrk(
                    urls[mode][page.name], connections, args.duration
                )
            rates = ", ".join(
                f"{mode} {results[page.name, mode, connections].rate:.0f}" for mode in MODES
            )
            print(f"  {connections:>3} connections, {page.name}: {rates} req/s", flush=True)
    return results


def main() -> int:
    args = parse_arguments()
    if reason := check_environment(args):
        print(reason)
        return 2
    database_name = Path(urlsplit(os.environ.get("DATABASE_URL", "")).path).name or "sqlite"
    workdir = args.workdir or Path(tempfile.gettempdir()) / f"narrative-bench-site-{database_name}"
    workdir.mkdir(parents=True, exist_ok=True)
    environment = site_environment(args, workdir)
    os.environ.update(environment, DJANGO_SETTINGS_MODULE="cms.settings.production")

    import django

    django.setup()
    from django.conf import settings

    vendor = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    print(f"Site benchmark: {vendor}, Redis cache, {os.cpu_count()} cores; files in {workdir}")
    build_site(args.scale)

    from wagtail.models import Site

    visit_as(Site.objects.get(is_default_site=True).hostname)

    from bench.pages import by_name, detail_narrative, measured_pages
    from bench.publishing import publish_new_title
    from bench.rendering import render_uncached

    pages = measured_pages()
    stack = Stack(workdir)
    port = args.port_base
    try:
        print(
            "Starting servers (page cache on; parts only; neither), varnishd, task worker, nginx …"
        )
        servers = {
            "app": stack.start_application("server-cached", port + 1, environment),
            "uncached": stack.start_application(
                "server-uncached", port + 4, {**environment, "DJANGO_PAGE_CACHE_SECONDS": "0"}
            ),
            "scratch": stack.start_application(
                "server-scratch",
                port + 2,
                {**environment, "DJANGO_PAGE_CACHE_SECONDS": "0", "DJANGO_PAGE_PARTS_SECONDS": "0"},
            ),
            "proxy": stack.start_varnish(port, backend_port=port + 1),
        }
        stack.start_task_worker(environment)
        html = workdir / "html"
        html.mkdir(exist_ok=True)
        files, notes, app_only = check_pages(pages, servers, html)
        servers["nginx"] = stack.start_nginx(port + 3, html)
        urls = {
            mode: {
                page.name: server.base_url + (files[page.name] if mode == "nginx" else page.path)
                for page in pages
            }
            for mode, server in servers.items()
        }

        print("Warming up the servers …", flush=True)
        for name in SERVERS:
            for page in pages:
                run_wrk(urls[name][page.name], 8, 1)
        memory_cold = {name: memory.snapshot(servers[name].process.pid) for name in SERVERS}

        print(f"wrk, {args.duration} s per run and mode:", flush=True)
        results = measure(urls, pages, args)
        # Memory is compared from here: the measured runs have warmed every cache and every
        # page's largest allocations in each worker (RSS rises over the first few thousand
        # requests, then stays; a leak would go on growing).
        memory_before = {name: memory.snapshot(servers[name].process.pid) for name in SERVERS}
        served, memory_errors = {}, 0
        for name in SERVERS:
            served[name], errors = top_up(urls[name], pages, name, args)
            memory_errors += errors
        memory_after = {name: memory.snapshot(servers[name].process.pid) for name in SERVERS}

        print(f"In-process render of a narrative, page caches off ({args.renders} renders) …")
        render = render_uncached(by_name(pages, "narrative").path, args.renders)
        scratch = render_uncached(by_name(pages, "narrative").path, args.renders, parts=False)
        print(f"Publishing {args.publishes} edit(s) of a narrative …", flush=True)
        narrative = detail_narrative()
        proxy_url = servers["proxy"].base_url + narrative.url
        published = [
            publish_new_title(narrative.pk, proxy_url, run, PUBLISH_TIMEOUT)
            for run in range(args.publishes)
        ]
    finally:
        stack.stop()

    print()
    print_table(results, pages, args.concurrency)
    print(
        f"narrative render in-process: median {render.median_ms:.2f} ms, {render.queries} queries"
        f" (its parts kept); from scratch {scratch.median_ms:.2f} ms, {scratch.queries} queries"
    )
    visible = [p.visible_ms for p in published if p.visible_ms is not None]
    action = statistics.median(p.publish_ms for p in published)
    if visible:
        print(
            f"publish to visible through the proxy: median {statistics.median(visible):.0f} ms,"
            f" max {max(visible):.0f} ms (the publish action itself: median {action:.0f} ms)"
        )
    indexed = [p.indexed_ms for p in published if p.indexed_ms is not None]
    if indexed:
        print(f"publish to search index drained: median {statistics.median(indexed):.0f} ms")
    growths = {}
    for name in SERVERS:
        print(
            f"worker memory, server for mode {name}, {served[name]:,} requests after the"
            f" measured runs: {memory.describe(memory_before[name], memory_after[name])};"
            f" since the warm-up {memory.growth(memory_cold[name], memory_after[name]):+.1%}"
        )
        if served[name] < args.memory_requests:
            notes.append(
                f"mode {name} served {served[name]:,} of {args.memory_requests:,} requests in"
                f" {args.memory_seconds} s: its memory is not held to the target"
            )
        else:
            growths[name] = memory.growth(memory_before[name], memory_after[name])
    for note in notes:
        print(f"note: {note}")

    missed = [
        f"{result.errors} errors: {name}, {mode}, concurrency {connections}"
        for (name, mode, connections), result in results.items()
        if result.errors
    ]
    if memory_errors:
        missed.append(f"{memory_errors} errors in the memory runs")
    if len(visible) < len(published):
        missed.append(f"a publish was not visible through the proxy within {PUBLISH_TIMEOUT} s")
    if not args.smoke:
        missed += missed_targets(results, pages, render, growths, notes, app_only)
    for reason in missed:
        print(f"missed: {reason}")
    print("Targets missed." if missed else "Smoke run passed." if args.smoke else "Targets met.")
    return 1 if missed else 0


def top_up(
    urls: dict[str, str], pages: list["MeasuredPage"], name: str, args: argparse.Namespace
) -> tuple[int, int]:
    """The page mix for one server until it has served --memory-requests more or
    --memory-seconds are over (pages from scratch are slow); returns requests and errors."""
    served = errors = 0
    deadline = time.monotonic() + args.memory_seconds
    while served < args.memory_requests and time.monotonic() < deadline:
        print(f"  {served:,} more requests to the {name} workers …", flush=True)
        for page in pages:
            extra = run_wrk(urls[page.name], 8, 1)
            served += extra.requests
            errors += extra.errors
    return served, errors


if __name__ == "__main__":
    run_benchmark(main)
