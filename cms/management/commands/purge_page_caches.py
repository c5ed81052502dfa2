from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from django.utils.translation import gettext as _

from cms.page_cache.purge import purge_everything


class Command(BaseCommand):
    help = (
        "Clears every kept page and part of a page in every language, in the application's "
        "cache and the proxy or CDN: after a deploy that changed templates or code, whose "
        "output the exact purges cannot know about. Running instances are reached through a "
        "shared cache (REDIS_URL); a local-memory cache is cleared by restarting its process."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--keep-stale",
            action="store_true",
            help=(
                "Serve each page's last copy, marked stale, while one request renders it anew: "
                "after a deploy that left the content as it was (never after a restore)."
            ),
        )

    def handle(self, *args: object, **options: object) -> None:
        # Outside a transaction the purge runs at once (it waits for a commit otherwise).
        purge_everything(stale=bool(options["keep_stale"]))
        languages = ", ".join(code for code, _name in settings.LANGUAGES)
        self.stdout.write(_("Page caches cleared for every language: %s.") % languages)
