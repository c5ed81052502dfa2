from django.db import models
from django.utils.translation import gettext_lazy as _


class InternalContentAccess(models.Model):
    """Carries the permission to read internal material (talking points, trainings).

    It has no table: it only anchors the permission that groups such as the practitioners get.
    """

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("view_internal_content", _("Can read internal material on the site"))]
        verbose_name = _("internal content access")

    def __str__(self) -> str:
        return str(self._meta.verbose_name)
