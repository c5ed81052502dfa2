"""Campaigns: goal, audiences, channels, period, sites and what they carry."""

from django.core.exceptions import ValidationError
from django.db import models
from django.forms import CheckboxSelectMultiple
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from cms.api.fields import LinkedItemsField, RenditionField, TermsField
from cms.media.renditions import ImagesShown
from cms.models import BasePage, ListingFilter, ListingPage, taxonomy_options
from cms.models.blocks import BodyBlock, IndicatorBlock
from cms.models.querysets import VisiblePageQuerySet
from cms.relations.widgets import MultipleChooser

from .messengers import portraits
from .narratives import site_options


class CampaignIndexPage(ListingPage):
    search_content_type = "campaign"
    listing_filters = (
        ListingFilter(
            "topic", _("Topic"), "narratives__topics__slug", taxonomy_options("cms.Topic")
        ),
        ListingFilter(
            "audience", _("Audience"), "audiences__slug", taxonomy_options("cms.Audience")
        ),
        ListingFilter("site", _("Site"), "sites__slug", site_options),
    )

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["narratives.CampaignPage"]
    is_creatable = True

    class Meta:
        verbose_name = _("campaign index")

    def get_listing_queryset(self) -> VisiblePageQuerySet:
        return (
            CampaignPage.objects.child_of(self)
            .visible()
            .select_related("image")
            .order_by("-starts_on", "pk")
        )


class CampaignPage(BasePage):
    goal = models.TextField(_("goal"), max_length=800, help_text=_("What should change, for whom."))
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    image = models.ForeignKey(
        "media_library.CustomImage",
        verbose_name=_("teaser image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    indicators = StreamField(
        [("indicator", IndicatorBlock())], blank=True, verbose_name=_("evaluation indicators")
    )
    audiences = ParentalManyToManyField("cms.Audience", blank=True, verbose_name=_("audiences"))
    channels = ParentalManyToManyField("cms.Channel", blank=True, verbose_name=_("channels"))
    sites = ParentalManyToManyField(
        "narratives.ProgrammeSitePage",
        blank=True,
        related_name="campaigns",
        verbose_name=_("sites"),
    )
    narratives = ParentalManyToManyField(
        "narratives.NarrativePage",
        blank=True,
        related_name="campaigns",
        verbose_name=_("narratives"),
    )
    messengers = ParentalManyToManyField(
        "narratives.MessengerPage",
        blank=True,
        related_name="campaigns",
        verbose_name=_("messengers"),
    )
    materials = ParentalManyToManyField(
        "media_library.Material", blank=True, related_name="campaigns", verbose_name=_("materials")
    )

    serve_select_related = ("image",)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("goal"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")], heading=_("Period")),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    extra_tabs = [
        (
            _("Reach"),
            [
                FieldPanel(name, widget=CheckboxSelectMultiple)
                for name in ("audiences", "channels", "sites")
            ],
        ),
        (
            _("Relations"),
            [
                FieldPanel(name, widget=MultipleChooser)
                for name in ("narratives", "messengers", "materials")
            ],
        ),
        (_("Evaluation"), [FieldPanel("indicators")]),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("goal", boost=2),
        index.SearchField("body"),
        index.FilterField("starts_on"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("goal"),
        APIField("starts_on"),
        APIField("ends_on"),
        APIField("teaser_image", serializer=RenditionField("fill-800x450", source="image")),
        APIField("body"),
        APIField("indicators"),
        *(APIField(name, serializer=TermsField(name)) for name in ("audiences", "channels")),
        *(
            APIField(name, serializer=LinkedItemsField(name))
            for name in ("sites", "narratives", "messengers", "materials")
        ),
    ]

    parent_page_types = ["narratives.CampaignIndexPage"]
    subpage_types: list[str] = []
    is_creatable = True

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def listing_card(self) -> dict:
        return {
            "title": self.title,
            "text": self.introduction or self.goal,
            "starts_on": self.starts_on,
            "ends_on": self.ends_on,
            "image": self.image,
        }

    def clean(self) -> None:
        super().clean()
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The campaign cannot end before it starts.")})

    def images_shown(self) -> ImagesShown:
        yield from super().images_shown()
        if self.image:
            yield self.image, "card"  # on the campaign listing
        yield from portraits(self.related_queryset("messengers"))

    def get_context(self, request: HttpRequest, *args: object, **kwargs: object) -> dict:
        context = super().get_context(request, *args, **kwargs)
        # Built when the template reaches them: a part of the page kept from an earlier render
        # (cms/page_cache/parts.py) needs neither the queries nor the work of building them.
        context.update(
            taxonomy_terms=SimpleLazyObject(
                lambda: self.grouped_terms(
                    request,
                    [
                        ("audiences", _("Audiences")),
                        ("channels", _("Channels")),
                        ("sites", _("Sites")),
                    ],
                )
            ),
            related_narratives=SimpleLazyObject(
                lambda: self.related_queryset("narratives").visible()
            ),
            related_messengers=SimpleLazyObject(
                lambda: self.related_queryset("messengers").on_cards()
            ),
            related_materials=SimpleLazyObject(
                lambda: self.related_queryset("materials").visible()
            ),
        )
        return context
