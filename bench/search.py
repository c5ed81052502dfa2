"""Search benchmark: 10,000 generated narratives, a full reindex, and a fixed query mix timed
on the engine directly and through the whole stack (the search page with facets and
highlights), plus the database backend for comparison. Figures are reported as ratios from
the same run, so that they carry over between machines.

    DATABASE_URL=postgres://…/empty_db SEARCH_URL=opensearch+http://127.0.0.1:9201 \
        .venv/bin/python bench/search.py [--scale 10000] [--rounds 10]

Without DATABASE_URL a fresh SQLite file in a temporary directory is used. Targets (exit code
1 when missed): the page's p95 within 4x the engine's p95; a reindex at >= 500 documents/s.
"""

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# A fixed mix: single words, compounds, word forms, typos, multi-word questions.
QUERIES = [
    "Schule",
    "Familie",
    "Polizei",
    "Clankriminalität",
    "Mütter",
    "Muetter",
    "Ehre",
    "Respekt",
    "Ausstieg",
    "Gewalt",
    "Polzei",
    "schnelles Geld",
    "Familie über dem Gesetz",
    "Schule bringt nichts",
    "Hilfe für Mütter",
    "Abschluss",
    "Loyalität",
    "Essen",
    "Zukunft Beruf",
    "wer redet verrät die Familie",
]
PAGE_P95_RATIO = 4.0
REINDEX_RATE = 500


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def timed(run: Callable[[str], object], rounds: int) -> list[float]:
    for query in QUERIES:  # warm caches and connections first
        run(query)
    samples = []
    for _ in range(rounds):
        for query in QUERIES:
            started = time.perf_counter()
            run(query)
            samples.append((time.perf_counter() - started) * 1000)
    return samples


def report(name: str, samples: list[float]) -> float:
    p50, p95 = percentile(samples, 0.5), percentile(samples, 0.95)
    print(f"  {name:<44} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   ({len(samples)} queries)")
    return p95


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="narrative-bench-"))
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}")
    os.environ.setdefault("SEARCH_URL", "opensearch+http://127.0.0.1:9201")
    os.environ["SEARCH_INDEX_PREFIX"] = f"bench-{os.getpid()}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    os.environ["DJANGO_DEBUG"] = "false"  # no query logging in the measurements
    os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver")
    os.environ.setdefault("MEDIA_ROOT", str(workdir / "media"))
    os.environ.setdefault("PRIVATE_MEDIA_ROOT", str(workdir / "private_media"))

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import override_settings, setup_test_environment

    from search.backends import DatabaseSearch
    from search.engine import configured_engine
    from search.indexing import rebuild
    from search.search_url import redact

    setup_test_environment()
    settings.ALLOWED_HOSTS = ["testserver"]
    vendor = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    print(f"Database: {vendor}; engine: {redact(settings.SEARCH_URL)}; {os.cpu_count()} cores")

    print(f"Setting up: migrate, demo content with --scale {args.scale} …", flush=True)
    call_command("migrate", verbosity=0)
    call_command("load_demo_content", scale=args.scale, verbosity=0)

    engine = configured_engine()
    if not engine.healthy():
        print(f"No engine at {redact(settings.SEARCH_URL)} (start one: make opensearch)")
        return 2
    print("Reindexing everything …", flush=True)
    started = time.perf_counter()
    counts = rebuild(engine)
    seconds = time.perf_counter() - started
    documents = sum(counts.values())
    rate = documents / seconds
    print(f"  {documents} documents in {seconds:.1f} s: {rate:.0f} documents/s")

    client = Client()

    def page(query: str) -> None:
        response = client.get("/de/suche/", {"q": query})
        assert response.status_code == 200

    print("Query mix, German, first results page (facets and highlights included):")
    engine_p95 = report(
        "engine, queried directly (opensearch-py)",
        timed(lambda q: engine.search(q, "de", {}, 0, 10), args.rounds),
    )
    page_p95 = report("search page through the stack, engine", timed(page, args.rounds))
    database = DatabaseSearch()
    db_p95 = report(
        f"database backend, queried directly ({vendor})",
        timed(lambda q: database.search(q, "de", {}, 0, 10), args.rounds),
    )
    with override_settings(SEARCH_URL=""):
        db_page_p95 = report(f"search page through the stack, {vendor}", timed(page, args.rounds))
    engine.drop_all()

    ratio = page_p95 / engine_p95
    print("Ratios from this run:")
    print(f"  search page p95 / engine p95: {ratio:.2f} (target <= {PAGE_P95_RATIO})")
    print(f"  database page p95 / engine page p95: {db_page_p95 / page_p95:.2f}")
    print(f"  database backend p95 / engine p95: {db_p95 / engine_p95:.2f}")
    print(f"  reindex: {rate:.0f} documents/s (target >= {REINDEX_RATE})")
    missed = ratio > PAGE_P95_RATIO or rate < REINDEX_RATE
    print("Targets missed." if missed else "Targets met.")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
