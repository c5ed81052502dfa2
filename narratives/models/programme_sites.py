"""The programme's sites (Standorte) with their local contact points."""

from django.db import models
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from cms.api.fields import LinkedItemsField
from cms.models import BasePage, ListingPage
from cms.models.blocks import BodyBlock
from cms.models.querysets import VisiblePageQuerySet
from cms.relations.widgets import MultipleChooser
from cms.security.bidi import strip_bidi_controls


class ProgrammeSiteIndexPage(ListingPage):
    per_page = 24
    search_content_type = "site"

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["narratives.ProgrammeSitePage"]
    is_creatable = True

    class Meta:
        verbose_name = _("site index")

    def get_listing_queryset(self) -> VisiblePageQuerySet:
        return ProgrammeSitePage.objects.child_of(self).visible().order_by("title")


class ProgrammeSitePage(BasePage):
    """One of the seven sites, e.g. Essen; the page title is the city."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    materials = ParentalManyToManyField(
        "media_library.Material",
        blank=True,
        related_name="programme_sites",
        verbose_name=_("local materials"),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    extra_tabs = [
        (_("Contact points"), [InlinePanel("contact_points", label=_("Contact points"))]),
        (_("Relations"), [FieldPanel("materials", widget=MultipleChooser)]),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    api_fields = [
        *BasePage.api_fields,
        APIField("body"),
        APIField("contact_points"),
        APIField("materials", serializer=LinkedItemsField("materials")),
        *(
            APIField(name, serializer=LinkedItemsField(name, reverse=True))
            for name in ("narratives", "messengers", "campaigns")
        ),
    ]

    parent_page_types = ["narratives.ProgrammeSiteIndexPage"]
    subpage_types: list[str] = []
    is_creatable = True

    class Meta:
        verbose_name = _("site")
        verbose_name_plural = _("sites")

    def get_context(self, request: HttpRequest, *args: object, **kwargs: object) -> dict:
        context = super().get_context(request, *args, **kwargs)
        # Built when the template reaches them: a part of the page kept from an earlier render
        # (cms/page_cache/parts.py) needs neither the queries nor the work of building them.
        context.update(
            contact_points=self.contact_points.all(),
            site_campaigns=SimpleLazyObject(
                lambda: self.reverse_related("campaigns").visible().order_by("-starts_on")
            ),
            related_materials=SimpleLazyObject(
                lambda: self.related_queryset("materials").visible()
            ),
        )
        return context


class ContactPoint(Orderable):
    """An office people can turn to: public information about an institution, not a person."""

    page = ParentalKey(ProgrammeSitePage, on_delete=models.CASCADE, related_name="contact_points")
    name = models.CharField(
        _("name"), max_length=200, help_text=_("E.g. 'Kurve kriegen – Polizeipräsidium Essen'.")
    )
    address = models.TextField(_("address"), blank=True, max_length=400)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    opening_hours = models.CharField(_("opening hours"), max_length=200, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("opening_hours"),
    ]
    api_fields = [APIField(name) for name in ("name", "address", "phone", "email", "opening_hours")]

    class Meta(Orderable.Meta):
        verbose_name = _("contact point")
        verbose_name_plural = _("contact points")

    def __str__(self) -> str:
        return self.name

    def save(self, *args: object, **kwargs: object) -> None:
        strip_bidi_controls(self, "name", "opening_hours")
        super().save(*args, **kwargs)
