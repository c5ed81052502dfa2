"""Look after the engine's indices: `rebuild`, `check` (drift, `--repair`), `drain` the outbox
(`--loop` runs it as the worker service), `status`."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from cms.localisation.languages import LANGUAGE_CODES
from search.engine import EngineUnavailable, SearchEngine, configured_engine
from search.indexing import drain, find_drift, rebuild, repair
from search.models import IndexUpdate
from search.search_url import SearchUrlError, redact


class Command(BaseCommand):
    help = "Rebuild, check, repair and feed the search engine's indices (needs SEARCH_URL)."

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        actions.add_parser("rebuild", help="Fill new indices from the database and swap them in.")
        check = actions.add_parser("check", help="Report documents missing, stale or orphaned.")
        check.add_argument("--repair", action="store_true", help="Fix what the check finds.")
        worker = actions.add_parser("drain", help="Send queued changes to the engine.")
        worker.add_argument("--loop", action="store_true", help="Keep running (the worker).")
        worker.add_argument("--interval", type=float, default=2.0, help="Seconds between runs.")
        actions.add_parser("status", help="The engine, its indices and the queue.")

    def handle(self, *args: object, action: str, **options: object) -> None:
        try:
            engine = configured_engine()
        except SearchUrlError as error:
            raise CommandError(str(error)) from error
        if engine is None:
            raise CommandError(
                "SEARCH_URL is not set: the site searches the database, which needs no index "
                "(Wagtail's `update_index` rebuilds the database index)."
            )
        try:
            getattr(self, f"run_{action}")(engine, **options)
        except EngineUnavailable as error:
            raise CommandError(
                f"The search engine at {redact(settings.SEARCH_URL)} did not answer: "
                f"{redact(str(error))}"
            ) from error

    def run_rebuild(self, engine: SearchEngine, **options: object) -> None:
        def progress(language: str, done: int, total: int) -> None:
            self.stdout.write(f"\r  {language}: {done}/{total}", ending="")
            if done >= total:
                self.stdout.write("")

        self.stdout.write("Rebuilding the search indices…")
        started = time.monotonic()
        counts = rebuild(engine, progress)
        seconds = time.monotonic() - started
        total = sum(counts.values())
        self.stdout.write(
            self.style.SUCCESS(
                f"{total} documents in {seconds:.1f} s ({total / max(seconds, 0.001):.0f}/s)."
            )
        )

    def run_check(self, engine: SearchEngine, **options: object) -> None:
        unclean = 0
        for language in LANGUAGE_CODES:
            self.stdout.write(f"  {language}: checking…", ending="")
            drift = find_drift(engine, language)
            self.stdout.write(
                f"\r  {language}: {len(drift.missing)} missing, {len(drift.stale)} stale, "
                f"{len(drift.orphaned)} orphaned"
            )
            if not drift.clean:
                unclean += 1
                if options["repair"]:
                    repair(engine, drift)
                    self.stdout.write(f"  {language}: repaired")
        if unclean and not options["repair"]:
            raise CommandError(
                f"The index differs from the database in {unclean} languages; "
                "run `search_index check --repair`."
            )
        if unclean:
            self.stdout.write(self.style.SUCCESS(f"Repaired {unclean} languages."))
        else:
            self.stdout.write(self.style.SUCCESS("The index matches the database."))

    def run_drain(
        self, engine: SearchEngine, *, loop: bool, interval: float, **options: object
    ) -> None:
        while True:
            report = drain(engine)
            if report.eventful or not loop:
                self.stdout.write(str(report))
            if not loop:
                if report.engine_down:
                    raise CommandError("The search engine is unavailable; the changes wait.")
                return
            time.sleep(interval)

    def run_status(self, engine: SearchEngine, **options: object) -> None:
        self.stdout.write(f"Engine: {engine.product} at {redact(settings.SEARCH_URL)}")
        self.stdout.write(f"Reachable: {'yes' if engine.healthy() else 'no'}")
        self.stdout.write(f"Waiting changes: {IndexUpdate.objects.count()}")
