from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Who runs the site and where the legal pages are, for the header and footer of every page."""

    organisation = models.CharField(
        _("organisation"),
        max_length=200,
        default="Ministerium des Innern des Landes Nordrhein-Westfalen",
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    imprint_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Impressum"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy policy"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    easy_read_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("easy-read section"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    select_related = ["imprint_page", "privacy_page", "accessibility_page", "easy_read_page"]

    panels = [
        FieldPanel("organisation"),
        FieldPanel("contact_email"),
        MultiFieldPanel(
            [
                FieldPanel("imprint_page"),
                FieldPanel("privacy_page"),
                FieldPanel("accessibility_page"),
                FieldPanel("easy_read_page"),
            ],
            heading=_("Pages linked from every page"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")
