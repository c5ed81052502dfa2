"""Narratives: the negative narrative, the counter-narrative that answers it, and how to use it."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.forms import CheckboxSelectMultiple
from django.http import HttpRequest
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import PageManager
from wagtail.search import index

from cms.access.permissions import can_view_internal_content
from cms.api.fields import LinkedItemsField, RenditionField, TermsField
from cms.media.renditions import ImagesShown
from cms.models import BasePage, ListingFilter, ListingPage, page_options, taxonomy_options
from cms.models.blocks import RICH_TEXT_FEATURES, BodyBlock, KeyMessagesBlock, SourceBlock
from cms.models.querysets import VisiblePageQuerySet
from cms.relations.widgets import MultipleChooser
from cms.review.go_live import BasePageForm


def default_review_by() -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=365)


class NarrativeQuerySet(VisiblePageQuerySet):
    def due_for_review(self, on: datetime.date | None = None) -> "NarrativeQuerySet":
        """Narratives whose review-by date has passed: editors must check them again."""
        return self.filter(review_by__lte=on or timezone.localdate())


site_options = page_options("narratives.ProgrammeSitePage")
TAXONOMIES = ("topics", "audiences", "values", "approaches")
RELATIONS = ("sites", "messengers", "materials")


class NarrativeIndexPage(ListingPage):
    search_content_type = "narrative"
    listing_filters = (
        ListingFilter("topic", _("Topic"), "topics__slug", taxonomy_options("cms.Topic")),
        ListingFilter(
            "audience", _("Audience"), "audiences__slug", taxonomy_options("cms.Audience")
        ),
        ListingFilter("site", _("Site"), "sites__slug", site_options),
    )

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["narratives.NarrativePage"]
    is_creatable = True

    class Meta:
        verbose_name = _("narrative index")

    def get_listing_queryset(self) -> NarrativeQuerySet:
        return (
            NarrativePage.objects.child_of(self)
            .visible()
            .select_related("image")
            .order_by("-first_published_at", "pk")
        )


class NarrativePageForm(BasePageForm):
    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk is None and not self.initial.get("review_by"):
            self.initial["review_by"] = default_review_by()


class NarrativePage(BasePage):
    negative_narrative = models.TextField(
        _("negative narrative"),
        max_length=500,
        help_text=_(
            "The narrative this page answers, as people say it: 'School is useless for us.'"
        ),
    )
    counter_narrative = models.TextField(
        _("counter-narrative"),
        max_length=1000,
        help_text=_("The credible alternative, in one or two sentences."),
    )
    key_messages = StreamField(
        KeyMessagesBlock(),
        verbose_name=_("key messages"),
        help_text=_("Between one and seven short messages."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    image = models.ForeignKey(
        "media_library.CustomImage",
        verbose_name=_("teaser image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    talking_points = RichTextField(
        _("talking points for practitioners"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Internal: only logged-in practitioners see this on the site."),
    )
    sources = StreamField([("source", SourceBlock())], blank=True, verbose_name=_("sources"))
    # No model default: a callable default makes Django's form report the field as changed on
    # every submit, so each review action in the editor would save a revision in the
    # reviewer's name. New narratives get the date as the form's initial value instead.
    review_by = models.DateField(
        _("review by"),
        help_text=_("When the narrative must be checked again; editors see overdue ones."),
    )
    audiences = ParentalManyToManyField("cms.Audience", blank=True, verbose_name=_("audiences"))
    topics = ParentalManyToManyField("cms.Topic", blank=True, verbose_name=_("topics"))
    values = ParentalManyToManyField("cms.Value", blank=True, verbose_name=_("values"))
    approaches = ParentalManyToManyField("cms.Approach", blank=True, verbose_name=_("approaches"))
    sites = ParentalManyToManyField(
        "narratives.ProgrammeSitePage",
        blank=True,
        related_name="narratives",
        verbose_name=_("sites"),
        help_text=_("Sites where this narrative is heard."),
    )
    messengers = ParentalManyToManyField(
        "narratives.MessengerPage",
        blank=True,
        related_name="narratives",
        verbose_name=_("messengers"),
    )
    materials = ParentalManyToManyField(
        "media_library.Material", blank=True, related_name="narratives", verbose_name=_("materials")
    )

    objects = PageManager.from_queryset(NarrativeQuerySet)()
    base_form_class = NarrativePageForm
    serve_select_related = ("image",)
    # The explorer listing of a narrative index can show only those due for review.
    admin_filterset = "narratives.admin_filters.NarrativeFilterSet"

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("negative_narrative"), FieldPanel("counter_narrative")],
            heading=_("Narrative and counter-narrative"),
        ),
        FieldPanel("key_messages"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("sources"),
    ]
    extra_tabs = [
        (
            _("Classification"),
            [FieldPanel(name, widget=CheckboxSelectMultiple) for name in (*TAXONOMIES, "sites")],
        ),
        (
            _("Relations"),
            [FieldPanel(name, widget=MultipleChooser) for name in ("messengers", "materials")],
        ),
        (_("Internal"), [FieldPanel("talking_points"), FieldPanel("review_by")]),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("negative_narrative", boost=2),
        index.SearchField("counter_narrative", boost=2),
        index.SearchField("key_messages"),
        index.SearchField("body"),
        index.FilterField("review_by"),
    ]
    # Never the talking points or the review date: those are for practitioners and editors.
    api_fields = [
        *BasePage.api_fields,
        APIField("negative_narrative"),
        APIField("counter_narrative"),
        APIField("key_messages"),
        APIField("teaser_image", serializer=RenditionField("fill-800x450", source="image")),
        APIField("body"),
        APIField("sources"),
        *(APIField(name, serializer=TermsField(name)) for name in TAXONOMIES),
        *(APIField(name, serializer=LinkedItemsField(name)) for name in RELATIONS),
        APIField("campaigns", serializer=LinkedItemsField("campaigns", reverse=True)),
    ]

    parent_page_types = ["narratives.NarrativeIndexPage"]
    subpage_types: list[str] = []
    is_creatable = True

    class Meta:
        verbose_name = _("narrative")
        verbose_name_plural = _("narratives")

    def listing_card(self) -> dict:
        return {
            "title": self.title,
            "text": self.introduction or self.counter_narrative,
            "image": self.image,
        }

    def clean(self) -> None:
        super().clean()
        if self.negative_narrative.strip() == self.counter_narrative.strip():
            raise ValidationError(
                {"counter_narrative": _("The counter-narrative must differ from the narrative.")}
            )

    def images_shown(self) -> ImagesShown:
        from .messengers import portraits  # noqa: PLC0415 (messengers import this module)

        yield from super().images_shown()
        if self.image:
            yield self.image, "card"  # on the home page and the narrative listing
        yield from portraits(self.related_queryset("messengers"))

    def get_context(self, request: HttpRequest, *args: object, **kwargs: object) -> dict:
        context = super().get_context(request, *args, **kwargs)
        # Built when the template reaches them: a part of the page kept from an earlier render
        # (cms/page_cache/parts.py) needs neither the queries nor the work of building them.
        context.update(
            show_internal=can_view_internal_content(request.user),
            taxonomy_terms=SimpleLazyObject(
                lambda: self.grouped_terms(
                    request,
                    [
                        ("topics", _("Topics")),
                        ("audiences", _("Audiences")),
                        ("values", _("Values")),
                        ("approaches", _("Approaches")),
                    ],
                )
            ),
            related_messengers=SimpleLazyObject(
                lambda: self.related_queryset("messengers").on_cards()
            ),
            related_campaigns=SimpleLazyObject(lambda: self.reverse_related("campaigns").visible()),
            related_materials=SimpleLazyObject(
                lambda: self.related_queryset("materials").visible()
            ),
        )
        return context
