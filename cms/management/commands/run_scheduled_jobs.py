from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _


class Command(BaseCommand):
    help = (
        "The periodic job (cron or a systemd timer, e.g. every 5 minutes): publishes and "
        "expires scheduled content, takes messenger profiles without valid consent offline, "
        "deletes search term counts past their retention and sends waiting changes to the "
        "search engine (if one is configured)."
    )

    def handle(self, *args: object, **options: object) -> None:
        from narratives.services import withdraw_profiles_without_consent  # noqa: PLC0415
        from search.indexing import drain  # noqa: PLC0415
        from search.models import SearchTermCount  # noqa: PLC0415

        self.stdout.write("Scheduled publishing and expiry…")
        call_command("publish_scheduled", verbosity=options["verbosity"])
        self.stdout.write("Messenger consent…")
        withdrawn = withdraw_profiles_without_consent()
        for profile in withdrawn:
            self.stdout.write(f"  withdrawn: no. {profile.page_id}")
        self.stdout.write("Search term counts…")
        forgotten = SearchTermCount.forget_old()
        self.stdout.write(f"  {forgotten} counts older than the retention period deleted")
        # After the consent step, so that withdrawn profiles leave the index in this run.
        report = drain()
        if report.eventful:
            self.stdout.write(f"Search index: {report}")
        self.stdout.write(
            self.style.SUCCESS(
                _("Scheduled jobs done; %(count)s profiles withdrawn.") % {"count": len(withdrawn)}
            )
        )
