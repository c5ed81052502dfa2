"""The integrity checks' runs (cms.integrity): what each check found, by model and id only."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class IntegrityRunQuerySet(models.QuerySet):
    def finished(self) -> "IntegrityRunQuerySet":
        return self.filter(finished_at__isnull=False)


class IntegrityRun(models.Model):
    started_at = models.DateTimeField(_("started at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    # check name -> {"status": ok|found|skipped|failed, "count": n, "ids": ["app.model:pk", …]};
    # ids are capped, and never anything but model labels and primary keys.
    results = models.JSONField(_("results"), default=dict)

    objects = IntegrityRunQuerySet.as_manager()

    class Meta:
        verbose_name = _("integrity check run")
        verbose_name_plural = _("integrity check runs")
        ordering = ["-started_at", "-pk"]
        get_latest_by = "started_at"
        # Viewing the report and starting a run: Administration (cms.roles).
        default_permissions = ("view",)
        permissions = [("run_integrityrun", _("Can run the integrity checks"))]

    def __str__(self) -> str:
        return str(_("Integrity check run no. %(number)s") % {"number": self.pk or "–"})

    @property
    def findings(self) -> int:
        return sum(result.get("count", 0) for result in self.results.values())

    @property
    def failures(self) -> int:
        return sum(1 for result in self.results.values() if result.get("status") == "failed")

    @property
    def clean(self) -> bool:
        return self.finished_at is not None and not self.findings and not self.failures
