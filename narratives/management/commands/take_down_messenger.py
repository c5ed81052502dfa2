from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from narratives.takedown import (
    images_shown,
    messenger_by_number,
    profile_copies,
    referring_pages,
    take_down_messenger,
)


class Command(BaseCommand):
    help = (
        "Takes a messenger profile off the website at once, in every language (threat "
        "situation): unpublishes every version, withdraws its photos, purges page caches and "
        "mails the privacy officers the pages that showed it. Give the page number of any "
        "language version."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("page_id", help="Page number of the messenger profile.")
        parser.add_argument(
            "--dry-run", action="store_true", help="List what would be taken down, change nothing."
        )

    def handle(self, *args: object, page_id: str, dry_run: bool, **options: object) -> None:
        try:
            messenger = messenger_by_number(page_id)
        except LookupError as error:
            raise CommandError(str(error)) from None
        if dry_run:
            copies = list(profile_copies(messenger))
            images = set().union(*(images_shown(copy) for copy in copies))
            for copy in copies:
                self.stdout.write(f"profile: no. {copy.pk} ({copy.locale.language_code})")
            for page in referring_pages(copies, images):
                self.stdout.write(f"shows it: no. {page.pk} ({page.locale.language_code})")
            self.stdout.write(f"photos: {len(images)}")
            return
        result = take_down_messenger(messenger)
        for page_id_ in result.unpublished:
            self.stdout.write(f"  unpublished: no. {page_id_}")
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "Profile no. %(number)s taken down: %(pages)s versions unpublished, "
                    "%(images)s images withdrawn, %(affected)s pages to review."
                )
                % {
                    "number": messenger.pk,
                    "pages": len(result.unpublished),
                    "images": len(result.withdrawn_images),
                    "affected": len(result.affected_pages),
                }
            )
        )
