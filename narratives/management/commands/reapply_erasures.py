import logging

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from narratives import erasure_ledger
from narratives.reapply import reapply

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "After a restore: applies every erasure and takedown of the erasure ledger that the "
        "database lacks again (profiles, private records, images, documents, files, search "
        "engine documents, cached pages), so that nothing erased comes back; public pages are "
        "refused until then. Safe to run any time: what is applied already is left alone."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--all",
            action="store_true",
            dest="every",
            help="Also the erasures the database has applied (after restoring media alone).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="List the entries, change nothing."
        )

    def handle(self, *args: object, every: bool, dry_run: bool, **options: object) -> None:
        try:
            entries = erasure_ledger.all_entries() if every else erasure_ledger.pending_entries()
        except erasure_ledger.LedgerUnavailable as error:
            raise CommandError(str(error)) from None
        if dry_run:
            for entry in entries:
                self.stdout.write(f"{entry.kind} {entry.id} ({entry.at})")
            return
        try:
            report = reapply(entries, progress=self.stdout.write)
        except Exception as error:
            # One line without the error's text (it may quote a row); the log has the rest.
            logger.exception("Reapplying the erasure ledger failed")
            raise CommandError(
                _(
                    "Reapplying the erasure ledger failed (%(error)s, details in the log); "
                    "what was done stays done: run it again once the cause is fixed."
                )
                % {"error": type(error).__name__}
            ) from None
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "Erasure ledger applied: %(entries)s entries, %(erased)s profiles erased "
                    "and %(taken_down)s taken down again, %(files)s files deleted."
                )
                % {
                    "entries": report.entries,
                    "erased": report.profiles_erased,
                    "taken_down": report.profiles_taken_down,
                    "files": report.files_deleted,
                }
            )
        )
