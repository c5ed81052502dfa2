"""The home page and plain content pages."""

from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from cms.blocks import BodyBlock

from .base import BasePage

# Sections that can sit directly below the home page; the apps own these page types.
HOME_SECTIONS = [
    "cms.ContentPage",
    "cms.LegalPage",
    "cms.AccessibilityStatementPage",
    "cms.EasyReadIndexPage",
    "narratives.NarrativeIndexPage",
    "narratives.MessengerIndexPage",
    "narratives.CampaignIndexPage",
    "narratives.ProgrammeSiteIndexPage",
    "media_library.LibraryPage",
]


class HomePage(BasePage):
    hero_heading = models.CharField(
        _("hero heading"),
        max_length=160,
        help_text=_("The main message visitors read first, e.g. 'Kurve kriegen – gemeinsam'."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    featured_count = models.PositiveSmallIntegerField(
        _("number of latest narratives"),
        default=3,
        help_text=_("How many of the latest narratives the home page shows (0 to hide them)."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("hero_heading"),
        FieldPanel("body"),
        FieldPanel("featured_count"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = HOME_SECTIONS
    is_creatable = True

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request: object, *args: object, **kwargs: object) -> dict:
        # Imports point from the apps to cms, so the narrative model is looked up by name.
        narrative_model = apps.get_model("narratives", "NarrativePage")
        context = super().get_context(request, *args, **kwargs)
        context["latest_narratives"] = (
            narrative_model.objects.live()
            .public()
            .descendant_of(self)
            .select_related("image")
            .order_by("-first_published_at")[: self.featured_count]
            if self.featured_count
            else []
        )
        return context


class ContentPage(BasePage):
    """A plain page: about the programme, the approach, contact."""

    body = StreamField(BodyBlock(), verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["cms.HomePage", "cms.ContentPage"]
    subpage_types = ["cms.ContentPage"]
    is_creatable = True

    class Meta:
        verbose_name = _("content page")
