"""Credible messengers: the public, pseudonymous profile. The private record is in identity.py."""

from django.db import models
from django.db.models import Exists, OuterRef
from django.forms import CheckboxSelectMultiple
from django.http import Http404, HttpRequest
from django.utils import timezone
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, TitleFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import PageManager, Workflow
from wagtail.search import index

from cms.access import roles
from cms.api.fields import LinkedItemsField, RenditionField, TermsField
from cms.media.renditions import ImagesShown
from cms.models import ListingFilter, ListingPage, taxonomy_options
from cms.models.base import BasePage
from cms.models.blocks import BodyBlock
from cms.models.querysets import VisiblePageQuerySet

from .narratives import site_options


class MessengerQuerySet(VisiblePageQuerySet):
    def on_cards(self) -> "MessengerQuerySet":
        """The profiles a page may show as cards (live, public, consent covering the web), with
        their photos."""
        return self.visible().consent_valid().select_related("photo")

    def consent_valid(self) -> "MessengerQuerySet":
        """Profiles whose recorded consent covers the web today; all others stay off the site.

        The record belongs to the person, not to one language: every translation of a profile
        (same translation key) is covered by it. Each profile is annotated with
        `photo_consented`, so listings show photos without reading the records one by one.
        """
        web = web_consents()
        return self.filter(
            Exists(web.filter(messenger__translation_key=OuterRef("translation_key")))
        ).annotate(
            photo_consented=Exists(
                web.filter(
                    messenger__translation_key=OuterRef("translation_key"), consent_photo=True
                )
            )
        )


def portraits(messengers: MessengerQuerySet) -> ImagesShown:
    """The photos on the cards of the related messengers a page lists (consent permitting)."""
    for messenger in messengers.on_cards():
        if photo := messenger.public_photo:
            yield photo, "portrait"


def web_consents() -> models.QuerySet:
    from .identity import MessengerIdentity

    return MessengerIdentity.objects.filter(
        consent_given_on__isnull=False,
        consent_web=True,
        consent_expires_on__gte=timezone.localdate(),
    )


class MessengerIndexPage(ListingPage):
    search_content_type = "messenger"
    listing_filters = (
        ListingFilter("site", _("Site"), "sites__slug", site_options),
        ListingFilter(
            "approach", _("Approach"), "approaches__slug", taxonomy_options("cms.Approach")
        ),
    )

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["narratives.MessengerPage"]
    is_creatable = True

    class Meta:
        verbose_name = _("messenger index")

    def get_listing_queryset(self) -> MessengerQuerySet:
        return (
            MessengerPage.objects.child_of(self)
            .visible()
            .consent_valid()
            .select_related("photo")
            .order_by("title", "pk")
        )


class MessengerPage(BasePage):
    """The public side: an alias, never a real name."""

    role = models.CharField(
        _("role"),
        max_length=120,
        help_text=_("How the messenger is introduced, e.g. 'mother of three', 'boxing coach'."),
    )
    languages_spoken = models.CharField(
        _("languages"),
        max_length=200,
        blank=True,
        help_text=_("Languages the messenger talks in, e.g. 'Deutsch, Arabisch'."),
    )
    quote = models.TextField(_("quote"), max_length=400, blank=True)
    story = StreamField(BodyBlock(), blank=True, verbose_name=_("story"))
    photo = models.ForeignKey(
        "media_library.CustomImage",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown only while the recorded consent covers photos on the web."),
    )
    sites = ParentalManyToManyField(
        "narratives.ProgrammeSitePage",
        blank=True,
        related_name="messengers",
        verbose_name=_("sites"),
    )
    approaches = ParentalManyToManyField("cms.Approach", blank=True, verbose_name=_("approaches"))

    objects = PageManager.from_queryset(MessengerQuerySet)()
    serve_select_related = ("identity", "photo")
    # Never published past the privacy officers, not even in an emergency (cms.review.emergency).
    requires_privacy_review = True

    content_panels = [
        # The title is the public name: the form says so where it is typed.
        TitleFieldPanel(
            "title",
            placeholder=_("Alias*"),
            help_text=_("Alias only — never the real name. Visitors see this name."),
        ),
        *BasePage.content_panels[1:],
        FieldPanel("role"),
        FieldPanel("languages_spoken"),
        FieldPanel("quote"),
        FieldPanel("photo"),
        FieldPanel("story"),
    ]
    extra_tabs = [
        (
            _("Classification"),
            [FieldPanel(name, widget=CheckboxSelectMultiple) for name in ("sites", "approaches")],
        )
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("role"),
        index.SearchField("quote"),
        index.SearchField("story"),
    ]
    # The public profile only; the photo as a rendition and only while consent covers it. The
    # private record (identity.py) is another model and has no API field anywhere.
    api_fields = [
        *BasePage.api_fields,
        APIField("role"),
        APIField("languages_spoken"),
        APIField("quote"),
        APIField("story"),
        APIField("public_photo", serializer=RenditionField("fill-400x400")),
        APIField("approaches", serializer=TermsField("approaches")),
        APIField("sites", serializer=LinkedItemsField("sites")),
        *(
            APIField(name, serializer=LinkedItemsField(name, reverse=True))
            for name in ("narratives", "campaigns")
        ),
    ]

    parent_page_types = ["narratives.MessengerIndexPage"]
    subpage_types: list[str] = []
    is_creatable = True

    class Meta:
        verbose_name = _("messenger")
        verbose_name_plural = _("messengers")

    def listing_card(self) -> dict:
        return {
            "title": self.title,
            "meta": self.role,
            "text": self.quote or self.introduction,
            "image": self.public_photo,
            "portrait": True,
        }

    @cached_property
    def consent_record(self) -> object | None:
        """The person's private record, which also covers every translation of the profile."""
        identity = getattr(self, "identity", None)  # the original profile's, if loaded
        if identity is None and self.translation_key:
            from .identity import MessengerIdentity

            identity = MessengerIdentity.objects.filter(
                messenger__translation_key=self.translation_key
            ).first()
        return identity

    @property
    def public_photo(self) -> object | None:
        """The photo, or None when consent does not (or no longer) cover it, or when it was
        withdrawn in a takedown."""
        if not self.photo_id or self.photo.withdrawn_at is not None:
            return None
        allowed = getattr(self, "photo_consented", None)
        if allowed is None:
            allowed = self.consent_record is not None and self.consent_record.photo_allowed
        return self.photo if allowed else None

    def has_valid_consent(self) -> bool:
        return self.consent_record is not None and self.consent_record.covers_web

    def serve(self, request: HttpRequest, *args: object, **kwargs: object) -> object:
        # Without valid consent the profile is gone for visitors, even if still published.
        if not self.has_valid_consent():
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_workflow(self) -> Workflow | None:
        """Profiles show people: always the privacy review first, wherever the page lives."""
        workflow = Workflow.objects.active().filter(name=roles.MESSENGER_WORKFLOW).first()
        return workflow or super().get_workflow()

    def get_sitemap_urls(self, request: HttpRequest | None = None) -> list[dict]:
        return super().get_sitemap_urls(request) if self.has_valid_consent() else []

    def images_shown(self) -> ImagesShown:
        yield from super().images_shown()
        if photo := self.public_photo:  # none without consent: nothing to make then
            yield photo, "messenger_photo"
            yield photo, "portrait"  # the listing and related-messenger cards

    def get_context(self, request: HttpRequest, *args: object, **kwargs: object) -> dict:
        context = super().get_context(request, *args, **kwargs)
        # Built when the template reaches them: a part of the page kept from an earlier render
        # (cms/page_cache/parts.py) needs neither the queries nor the work of building them.
        context.update(
            related_narratives=SimpleLazyObject(
                lambda: self.reverse_related("narratives").visible()
            ),
            related_campaigns=SimpleLazyObject(lambda: self.reverse_related("campaigns").visible()),
            messenger_sites=SimpleLazyObject(lambda: self.related_queryset("sites").visible()),
        )
        return context
