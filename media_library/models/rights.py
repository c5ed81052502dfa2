"""Rights metadata shared by images, documents and materials."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class RightsMixin(models.Model):
    licence = models.CharField(
        _("licence"),
        max_length=100,
        blank=True,
        help_text=_("E.g. 'CC BY 4.0' or 'all rights reserved, use in the programme only'."),
    )
    rights_holder = models.CharField(_("rights holder"), max_length=200, blank=True)
    consent_reference = models.CharField(
        _("consent reference"),
        max_length=100,
        blank=True,
        help_text=_(
            "File number of the written consent when people can be recognised. "
            "Never the person's name."
        ),
    )

    class Meta:
        abstract = True
