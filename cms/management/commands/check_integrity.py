import json

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from cms.integrity.registry import IntegrityCheck
from cms.integrity.runs import FAILED, FOUND, SKIPPED, run_integrity_checks


class Command(BaseCommand):
    help = (
        "Look for what dangles after a crash or a partial restore (revisions, renditions, "
        "files, the search index, private records; docs/integrity.md). Stores the result for "
        "the admin's report and the health check; exits with 1 when something is found."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help="The results as JSON."
        )

    def handle(self, *args: object, as_json: bool = False, **options: object) -> None:
        run = run_integrity_checks(None if as_json else self.progress)
        if as_json:
            self.stdout.write(json.dumps(run.results, indent=2, sort_keys=True))
        if run.findings or run.failures:
            raise CommandError(
                _("Integrity checks: %(findings)s found, %(failures)s checks failed.")
                % {"findings": run.findings, "failures": run.failures}
            )
        if not as_json:
            self.stdout.write(self.style.SUCCESS(_("Integrity checks: nothing found.")))

    def progress(self, check: IntegrityCheck, result: dict | None) -> None:
        if result is None:
            self.stdout.write(f"  {check.label}…", ending="")
            self.stdout.flush()
            return
        if result["status"] == FOUND:
            verdict = self.style.WARNING(
                _("%(count)s found: %(ids)s")
                % {"count": result["count"], "ids": ", ".join(result["ids"])}
            )
        elif result["status"] == FAILED:
            verdict = self.style.ERROR(_("could not be checked (see the log)"))
        elif result["status"] == SKIPPED:
            verdict = _("not applicable")
        else:
            verdict = self.style.SUCCESS(_("ok"))
        self.stdout.write(f" {verdict} ({result['seconds']:.2f} s)")
