from django.core.management.base import BaseCommand, CommandParser
from django.utils.translation import gettext as _

from cms.media.rendition_pregeneration import (
    create_renditions_for,
    published_objects,
    renditions_needed,
)


class Command(BaseCommand):
    help = (
        "Makes every rendition that published pages and materials show, as publishing does for "
        "each (cms/media/renditions.py): after a deploy that changed the places or their specs, "
        "or for content published before. Existing renditions are kept; photos without consent and "
        "withdrawn images get none."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count the objects and their images."
        )

    def handle(self, *args: object, dry_run: bool = False, **options: object) -> None:
        # No transaction around it: encoding takes long, and every rendition stands on its own.
        objects = images = 0
        for obj in published_objects():
            if dry_run:
                covered = len(renditions_needed(obj))
            else:
                covered = create_renditions_for(obj)
            if covered:
                objects += 1
                images += covered
                self.stdout.write(f"  {obj._meta.verbose_name} no. {obj.pk}, images: {covered}")
        message = _("Renditions made for %(images)s images on %(objects)s published objects.")
        if dry_run:
            message = _(
                "Would make renditions for %(images)s images on %(objects)s published objects."
            )
        self.stdout.write(self.style.SUCCESS(message % {"images": images, "objects": objects}))
