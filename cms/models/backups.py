"""What the periodic job last read from the backup tools, per target (the database, the media)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class BackupTarget(models.Model):
    DATABASE = "database"
    MEDIA = "media"
    NAMES = {DATABASE: _("Database (pgBackRest)"), MEDIA: _("Media files (restic)")}

    name = models.CharField(_("target"), max_length=20, unique=True, choices=list(NAMES.items()))
    last_backup_at = models.DateTimeField(_("last backup"), null=True)
    size_bytes = models.BigIntegerField(_("size of the last backup"), null=True)
    backup_count = models.PositiveIntegerField(_("backups kept"), default=0)
    # The tool could not be read, or it marks its repository or last backup as failed.
    failed = models.BooleanField(_("failed"), default=False)
    checked_at = models.DateTimeField(_("checked"), null=True)
    # When the administrators were told of the current incident; cleared once it is over, so
    # that each incident mails once.
    alerted_at = models.DateTimeField(_("administrators alerted"), null=True)

    class Meta:
        verbose_name = _("backup")
        verbose_name_plural = _("backups")
        ordering = ["name"]

    def __str__(self) -> str:
        return str(self.NAMES.get(self.name, self.name))
