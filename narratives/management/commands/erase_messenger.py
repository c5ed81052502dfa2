from django.core.management.base import BaseCommand, CommandError, CommandParser

from narratives.erasure import erase_messenger
from narratives.takedown import messenger_by_number, profile_copies


class Command(BaseCommand):
    help = (
        "Erases a messenger everywhere (right to erasure; cannot be undone): the private "
        "record, every language version with revisions and translations, images and documents "
        "only they used, search index entries and search terms with their name. Log entries "
        "are redacted, not deleted. Give the page number of any language version."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("page_id", help="Page number of the messenger profile.")
        parser.add_argument(
            "--dry-run", action="store_true", help="List the versions that would go, erase nothing."
        )

    def handle(self, *args: object, page_id: str, dry_run: bool, **options: object) -> None:
        try:
            messenger = messenger_by_number(page_id)
        except LookupError as error:
            raise CommandError(str(error)) from None
        if dry_run:
            for copy in profile_copies(messenger):
                self.stdout.write(f"profile: no. {copy.pk} ({copy.locale.language_code})")
            return
        self.stdout.write(self.style.SUCCESS(str(erase_messenger(messenger))))
