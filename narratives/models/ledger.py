"""Which entries of the erasure ledger (narratives/erasure_ledger.py) this database holds.

An erasure or takedown adds its row in its own transaction, so a database restored from a
backup taken before it lacks the row while the ledger, kept outside the backups, still has the
entry: that difference is how a restore is noticed.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AppliedLedgerEntry(models.Model):
    entry = models.UUIDField(_("ledger entry"), primary_key=True)
    applied_at = models.DateTimeField(_("applied at"), auto_now_add=True)

    class Meta:
        verbose_name = _("applied erasure ledger entry")
        verbose_name_plural = _("applied erasure ledger entries")

    def __str__(self) -> str:
        return str(self.entry)
