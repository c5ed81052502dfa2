"""What visitors look for, as aggregate counts only.

People type names into search boxes. Nothing here identifies a visitor: no IP address, session,
user, time of day or order of searches; one row per normalised query, language and day, with a
count. Rows older than RETENTION_DAYS are deleted by the periodic job.
"""

import datetime

from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

RETENTION_DAYS = 90


class SearchTermCount(models.Model):
    query = models.CharField(_("search term"), max_length=200)
    language = models.CharField(_("language"), max_length=10)
    day = models.DateField(_("day"))
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        verbose_name = _("search term count")
        verbose_name_plural = _("search term counts")
        constraints = [
            models.UniqueConstraint(
                fields=["query", "language", "day"], name="one_count_per_term_language_day"
            )
        ]

    def __str__(self) -> str:
        return f"{self.query} ({self.language}, {self.day}): {self.count}"

    @classmethod
    def record(cls, query: str, language: str) -> None:
        """Adds one to today's count of this normalised query, case-folded."""
        key = {"query": query.casefold()[:200], "language": language, "day": timezone.localdate()}
        updated = cls.objects.filter(**key).update(count=F("count") + 1)
        if not updated:
            _row, created = cls.objects.get_or_create(**key, defaults={"count": 1})
            if not created:
                cls.objects.filter(**key).update(count=F("count") + 1)

    @classmethod
    def forget_old(cls, today: datetime.date | None = None) -> int:
        cutoff = (today or timezone.localdate()) - datetime.timedelta(days=RETENTION_DAYS)
        deleted, _details = cls.objects.filter(day__lt=cutoff).delete()
        return deleted


class IndexUpdate(models.Model):
    """The search outbox: "page N in language L changed", written in the transaction that
    changed it (for moves and new slugs, which Wagtail announces after its commit: right after
    it), deleted only once the engine has taken the change.

    A row says nothing about what changed; the worker looks at the page as it is when the row is
    drained (index it if findable, else delete its document), so rows may repeat and arrive in
    any order without harm, and an engine outage only delays them.
    """

    page_id = models.PositiveIntegerField(_("page id"))
    language = models.CharField(_("language"), max_length=10)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt at"), default=timezone.now)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        verbose_name = _("search index update")
        verbose_name_plural = _("search index updates")
        indexes = [models.Index(fields=["next_attempt_at", "id"], name="index_update_due")]

    def __str__(self) -> str:
        return f"page {self.page_id} ({self.language})"


class IndexLock(models.Model):
    """A single row whoever writes to the engine holds (SELECT … FOR UPDATE): one drainer at a
    time, so an older version of a page can never overwrite a newer one, and no draining while
    a rebuild fills new indices (changes wait and then land in the new index). SQLite has no
    row locks; there the development server is the only writer anyway."""

    name = models.CharField(_("name"), max_length=40, primary_key=True)

    class Meta:
        verbose_name = _("search index lock")
        verbose_name_plural = _("search index locks")

    def __str__(self) -> str:
        return self.name
