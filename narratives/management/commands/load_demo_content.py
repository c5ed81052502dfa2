import time

from django.core.management.base import BaseCommand, CommandError, CommandParser

from narratives.demo.builder import build_demo_content
from narratives.demo.pages import DemoContentError

# Kinds reported in the final line, in this order.
SUMMARY = [
    "pages",
    "taxonomy terms",
    "sites",
    "narratives",
    "scaled narratives",
    "messengers",
    "campaigns",
    "materials",
    "card sets",
    "cards",
    "images",
    "documents",
    "translations",
]


class Command(BaseCommand):
    help = (
        "Load German demo content with fictional people: home page, taxonomies, the seven "
        "sites, narratives, messengers, campaigns, materials, the card set and legal pages. "
        "Safe to run again: existing content is kept and nothing is duplicated."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--scale",
            type=int,
            default=0,
            metavar="N",
            help="Also create N generated narratives (scaled-narrative-0001…) for load tests.",
        )

    def handle(self, *args: object, scale: int, verbosity: int, **options: object) -> None:
        if scale < 0:
            raise CommandError(f"--scale must be zero or a positive number, not {scale}.")
        started = time.monotonic()
        progress = self.stdout.write if verbosity > 0 else (lambda message: None)
        try:
            tally = build_demo_content(progress, scale=scale)
        except DemoContentError as error:
            raise CommandError(str(error)) from error
        counts = ", ".join(
            f"{tally.total[kind]} {kind} ({tally.created[kind]} new)"
            for kind in SUMMARY
            if tally.total[kind]
        )
        seconds = time.monotonic() - started
        if verbosity > 0:
            self.stdout.write(
                self.style.SUCCESS(f"Demo content ready in {seconds:.1f} s: {counts}.")
            )
