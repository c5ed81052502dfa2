"""The home page and plain content pages."""

from django.apps import apps
from django.db import models
from django.http import Http404, HttpRequest
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.url_routing import RouteResult

from cms.models.blocks import BodyBlock
from cms.upstream.pages import remember_parent

from .base import BasePage
from .querysets import load_for_serving, view_restricted

# Sections that can sit directly below the home page; the apps own these page types.
HOME_SECTIONS = [
    "cms.ContentPage",
    "cms.LegalPage",
    "cms.AccessibilityStatementPage",
    "cms.EasyReadIndexPage",
    "cms.SignLanguagePage",
    "narratives.NarrativeIndexPage",
    "narratives.MessengerIndexPage",
    "narratives.CampaignIndexPage",
    "narratives.ProgrammeSiteIndexPage",
    "media_library.LibraryPage",
]


class HomePage(BasePage):
    site_name = models.CharField(
        _("site name"),
        max_length=120,
        blank=True,
        help_text=_(
            "The name of the site in this language, shown in the header and in every page "
            "title. Empty: the name set for the site under Settings → Sites."
        ),
    )
    hero_heading = models.CharField(
        _("hero heading"),
        max_length=160,
        help_text=_("The main message visitors read first, e.g. 'Kurve kriegen – gemeinsam'."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    organisation = models.CharField(
        _("organisation"),
        max_length=200,
        blank=True,
        help_text=_("Who runs the site; shown in the footer of every page."),
    )
    contact_email = models.EmailField(
        _("contact e-mail"), blank=True, help_text=_("Shown in the footer of every page.")
    )
    featured_count = models.PositiveSmallIntegerField(
        _("number of latest narratives"),
        default=3,
        help_text=_("How many of the latest narratives the home page shows (0 to hide them)."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("site_name"),
        FieldPanel("hero_heading"),
        FieldPanel("body"),
        FieldPanel("featured_count"),
    ]
    extra_tabs = [(_("Footer"), [FieldPanel("organisation"), FieldPanel("contact_email")])]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = HOME_SECTIONS
    is_creatable = True

    class Meta:
        verbose_name = _("home page")

    def route(self, request: HttpRequest, path_components: list[str]) -> RouteResult:
        """Find the page for a path in one query, not Wagtail's two per level.

        Every page along the path is loaded by its url_path; the deepest one that continues an
        unbroken chain from here routes the rest (e.g. a library's material/<slug>/ route).
        """
        # Header, footer and breadcrumbs read the home page and its sections from here.
        request.cms_home_page = self
        if not path_components:
            return super().route(request, path_components)
        prefixes = [
            self.url_path + "/".join(path_components[:length]) + "/"
            for length in range(1, len(path_components) + 1)
        ]
        # The same query brings the home page's sections, which the menu and footer need.
        rows = (
            Page.objects.filter(path__startswith=self.path)
            .filter(models.Q(url_path__in=prefixes) | models.Q(depth=self.depth + 1))
            .annotate(view_restricted=view_restricted())
            .order_by("depth", "path")
        )
        request.cms_home_sections = (self, [])
        parent: Page = self
        matched = 0
        for page in rows:
            if page.depth == self.depth + 1 and page.live and not page.view_restricted:
                request.cms_home_sections[1].append(page)
            if page.url_path not in prefixes:
                continue
            if page.depth != parent.depth + 1 or not page.path.startswith(parent.path):
                break
            remember_parent(page, parent)
            parent, matched = page, matched + 1
        if not matched:
            raise Http404
        return load_for_serving(parent).route(request, path_components[matched:])

    def get_context(self, request: HttpRequest, *args: object, **kwargs: object) -> dict:
        # Imports point from the apps to cms, so the narrative model is looked up by name.
        narrative_model = apps.get_model("narratives", "NarrativePage")
        context = super().get_context(request, *args, **kwargs)
        # Built when the template reaches it (not when the part is kept: cms/page_cache/parts.py).
        context["latest_narratives"] = SimpleLazyObject(
            lambda: (
                narrative_model.objects.visible()
                .descendant_of(self)
                .select_related("image")
                .order_by("-first_published_at")[: self.featured_count]
                if self.featured_count
                else []
            )
        )
        return context


class ContentPage(BasePage):
    """A plain page: about the programme, the approach, contact."""

    body = StreamField(BodyBlock(), verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    api_fields = [*BasePage.api_fields, APIField("body")]

    parent_page_types = ["cms.HomePage", "cms.ContentPage"]
    subpage_types = ["cms.ContentPage"]
    is_creatable = True

    class Meta:
        verbose_name = _("content page")
