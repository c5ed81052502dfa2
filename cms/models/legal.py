"""Pages a German public body must publish: Impressum, privacy policy, accessibility statement."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from cms.models.blocks import RICH_TEXT_FEATURES, BodyBlock

from .base import BasePage


class LegalPage(BasePage):
    """Impressum or privacy policy (Datenschutzerklärung): text with a date of last revision."""

    body = StreamField(BodyBlock(), verbose_name=_("body"))
    last_reviewed = models.DateField(
        _("last reviewed"), help_text=_("Shown on the page as the date of this version.")
    )

    content_panels = [*BasePage.content_panels, FieldPanel("body"), FieldPanel("last_reviewed")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    api_fields = [*BasePage.api_fields, APIField("body"), APIField("last_reviewed")]

    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    is_creatable = True

    class Meta:
        verbose_name = _("legal page")
        verbose_name_plural = _("legal pages")


class AccessibilityStatementPage(BasePage):
    """Erklärung zur Barrierefreiheit with the elements BITV 2.0 requires."""

    class Conformance(models.TextChoices):
        FULL = "full", _("fully compliant")
        PARTIAL = "partial", _("partially compliant")
        NONE = "none", _("not compliant")

    conformance = models.CharField(
        _("conformance status"),
        max_length=10,
        choices=Conformance.choices,
        default=Conformance.PARTIAL,
        help_text=_("How far the site meets BITV 2.0 / WCAG 2.1 AA, as last evaluated."),
    )
    non_accessible_content = RichTextField(
        _("content that is not accessible"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What is not yet accessible, why, and which alternatives exist."),
    )
    evaluation_method = models.CharField(
        _("how the statement was prepared"),
        max_length=250,
        help_text=_("E.g. 'self-evaluation', 'BITV test by an external body'."),
    )
    prepared_on = models.DateField(_("statement prepared on"))
    feedback_email = models.EmailField(
        _("feedback e-mail"),
        help_text=_("Where visitors report barriers; they must get an answer."),
    )
    feedback_phone = models.CharField(_("feedback phone"), max_length=40, blank=True)
    enforcement_url = models.URLField(
        _("enforcement procedure"),
        help_text=_("Link to the enforcement body (Ombudsstelle) visitors can turn to."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("further information"))

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("conformance"),
                FieldPanel("non_accessible_content"),
                FieldPanel("evaluation_method"),
                FieldPanel("prepared_on"),
            ],
            heading=_("Status"),
        ),
        MultiFieldPanel(
            [FieldPanel("feedback_email"), FieldPanel("feedback_phone")],
            heading=_("Feedback mechanism"),
        ),
        FieldPanel("enforcement_url"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("non_accessible_content")]
    # The feedback contacts are the office's, which the law requires to be public.
    api_fields = [
        *BasePage.api_fields,
        *(
            APIField(name)
            for name in (
                "conformance",
                "non_accessible_content",
                "evaluation_method",
                "prepared_on",
                "feedback_email",
                "feedback_phone",
                "enforcement_url",
                "body",
            )
        ),
    ]

    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    is_creatable = True
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("accessibility statement")
