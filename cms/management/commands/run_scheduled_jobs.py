from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from cms.integrity.runs import run_due, run_integrity_checks
from cms.security.server_logs import delete_old_server_logs


class Command(BaseCommand):
    help = (
        "The periodic job (cron or a systemd timer, e.g. every 5 minutes): publishes and "
        "expires scheduled content, takes messenger profiles without valid consent offline, "
        "erases messengers whose consent ended long ago, deletes identity-view logs, "
        "unfinished uploads, search term counts and rotated server logs past their retention, "
        "sends waiting changes to the search engine (if one is configured), reads the state "
        "of the backups (if configured) and, once a day, runs the integrity checks."
    )

    def check_backups(self) -> None:
        """Reads the backup tools' state; mails the administrators once per incident."""
        from cms.backups.alerts import alert_administrators  # noqa: PLC0415
        from cms.backups.status import refresh  # noqa: PLC0415

        targets = refresh()
        if not targets:
            return
        self.stdout.write("Backups…")
        for item in alert_administrators():
            self.stdout.write(f"  administrators alerted: {item.name} ({item.problem})")

    def handle(self, *args: object, **options: object) -> None:
        from media_library.pending_uploads import delete_abandoned_uploads  # noqa: PLC0415
        from narratives.retention import apply_retention  # noqa: PLC0415
        from narratives.services import withdraw_profiles_without_consent  # noqa: PLC0415
        from search.indexing import drain  # noqa: PLC0415
        from search.models import SearchTermCount  # noqa: PLC0415

        self.stdout.write("Scheduled publishing and expiry…")
        call_command("publish_scheduled", verbosity=options["verbosity"])
        self.stdout.write("Messenger consent…")
        withdrawn = withdraw_profiles_without_consent()
        for profile in withdrawn:
            self.stdout.write(f"  withdrawn: no. {profile.page_id}")
        self.stdout.write("Retention of personal data…")
        retention = apply_retention()
        for page_id in retention.erased_profiles:
            self.stdout.write(f"  erased (consent ended long ago): no. {page_id}")
        self.stdout.write(f"  {retention.deleted_view_logs} identity-view log entries deleted")
        if settings.SERVER_LOG_DIR:
            removed = delete_old_server_logs(
                Path(settings.SERVER_LOG_DIR), settings.SERVER_LOG_RETENTION_DAYS
            )
            self.stdout.write(f"  {removed} server log files deleted")
        abandoned = delete_abandoned_uploads()
        self.stdout.write(f"  {abandoned} uploads left unfinished for a day deleted")
        self.stdout.write("Search term counts…")
        forgotten = SearchTermCount.forget_old()
        self.stdout.write(f"  {forgotten} counts older than the retention period deleted")
        # After the consent step, so that withdrawn profiles leave the index in this run.
        report = drain()
        if report.eventful:
            self.stdout.write(f"Search index: {report}")
        self.check_backups()
        # Once a day (cms.integrity.runs): last, so publishing never waits for the storage
        # listings, and after the drain, so the drift check sees the outbox sent.
        if run_due():
            self.stdout.write("Integrity checks…")
            run = run_integrity_checks()
            self.stdout.write(f"  {run.findings} found, {run.failures} checks failed")
        self.stdout.write(
            self.style.SUCCESS(
                _("Scheduled jobs done; %(count)s profiles withdrawn.") % {"count": len(withdrawn)}
            )
        )
