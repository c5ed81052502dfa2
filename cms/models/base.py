"""The abstract base every page type builds on: shared fields, panels, card and search data."""

from dataclasses import dataclass

from django.db import models
from django.db.models import QuerySet
from django.db.models.functions import Cast
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.search import index
from wagtail.utils.decorators import cached_classmethod

from cms.media.renditions import ImagesShown, images_in_stream_fields
from cms.media.rights import MediaRightsPanel
from cms.review.go_live import BasePageForm
from cms.security.bidi import strip_bidi_controls
from cms.security.rich_text_sanitiser import sanitise_stored_rich_text

from .querysets import VisiblePageQuerySet, in_locale
from .review import KeepReviewedRevisionsMixin

# The editor's preview of how a page appears as a card in listings, teaser image included.
CARD_PREVIEW = "card"


@dataclass(frozen=True)
class Term:
    name: str
    url: str = ""
    # Where the name comes from (German where no translation exists): see content_language.
    locale_id: int | None = None
    alias_of_id: int | None = None

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class TermGroup:
    label: str
    terms: list[Term]


class BasePage(KeepReviewedRevisionsMixin, Page):
    """Every public page: a short introduction that doubles as the teaser text."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=600,
        help_text=_("One or two sentences shown below the title and in listings."),
    )

    objects = PageManager.from_queryset(VisiblePageQuerySet)()
    # Relation fields offer the page's own language only; go-live dates are in the future.
    base_form_class = BasePageForm

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]
    # What the public API shows (cms/api): opt-in, subclasses add their public fields.
    api_fields: list = [APIField("introduction")]

    # Relations the page's own template shows, joined when the page is loaded for serving.
    serve_select_related: tuple[str, ...] = ()

    # Subclasses list extra tabs here, e.g. [(_("Relations"), relation_panels)].
    extra_tabs: list = []

    is_creatable = False

    class Meta:
        abstract = True

    def full_clean(self, *args: object, **kwargs: object) -> None:
        # Runs before every revision is stored: rich text from translations, imports and the
        # demo gets the editor's format before anyone can render it.
        sanitise_stored_rich_text(self)
        super().full_clean(*args, **kwargs)

    def save(self, *args: object, **kwargs: object) -> None:
        strip_bidi_controls(self, "title", "draft_title", "seo_title")
        if kwargs.get("clean") is False:
            sanitise_stored_rich_text(self)  # otherwise full_clean() does it
        super().save(*args, **kwargs)

    @property
    def preview_modes(self) -> list[tuple[str, str]]:
        return [*super().preview_modes, (CARD_PREVIEW, _("Card in listings"))]

    def serve_preview(self, request: HttpRequest, mode_name: str) -> HttpResponse:
        # wagtail-localize previews an unsaved translation with its overrides applied.
        sanitise_stored_rich_text(self)
        if mode_name == CARD_PREVIEW:
            context = {"page": self, "card": self.listing_card(), "request": request}
            return TemplateResponse(request, "components/card_preview.html", context)
        return super().serve_preview(request, mode_name)

    def listing_card(self) -> dict:
        """What this page's card in a listing shows (components/card.html's parameters);
        the card preview shows it, subclasses with a teaser image or more add theirs."""
        return {"title": self.title, "text": self.introduction}

    def get_view_restrictions(self) -> QuerySet:
        """Restrictions on this page or an ancestor, in one query instead of Wagtail's two.

        Aliases take their source's restrictions (as in Wagtail); those rare pages keep
        Wagtail's own lookup.
        """
        if self.alias_of_id:
            return super().get_view_restrictions()
        if getattr(self, "view_restricted", None) is False:
            # Routing already checked the page and its ancestors (see HomePage.route).
            return PageViewRestriction.objects.none()
        ancestor_paths = [
            self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)
        ]
        aliased_sources = Page.objects.filter(
            path__in=ancestor_paths, alias_of__isnull=False
        ).values("alias_of_id")
        return PageViewRestriction.objects.filter(
            models.Q(page__path__in=ancestor_paths, page__alias_of__isnull=True)
            | models.Q(page_id__in=aliased_sources)
        )

    def images_shown(self) -> ImagesShown:
        """The images public templates show for this page, on it and in listings, each with
        its place (cms.media.renditions): their renditions are made when the page is published.
        Subclasses add their image fields and related items."""
        yield from images_in_stream_fields(self)

    def related_queryset(self, field_name: str) -> QuerySet:
        """The objects a many-to-many field selects, as one database query.

        In previews the field holds unsaved in-memory selections that cannot be filtered with
        `.live()` and friends; going through the target model works in both cases.
        """
        field = self._meta.get_field(field_name)
        selected = getattr(self, field_name).all()
        if not isinstance(selected, QuerySet):
            selected = [obj.pk for obj in selected]
        return in_locale(
            field.related_model._default_manager.filter(pk__in=selected), self.locale_id
        )

    def reverse_related(self, accessor: str) -> QuerySet:
        """Objects that point at this page (e.g. the campaigns of a narrative); none for a
        page that is previewed before its first save."""
        relation = self._meta.get_field(accessor)
        model = relation.related_model
        if self.pk is None:
            return model._default_manager.none()
        # Pointing at this page or at any of its translations (relations are stored between
        # German pages), read in this page's language.
        pointing = model._default_manager.filter(
            **{f"{relation.field.name}__translation_key": self.translation_key}
        ).distinct()
        return in_locale(pointing, self.locale_id)

    def grouped_terms(self, request: HttpRequest, groups: list[tuple[str, str]]) -> list[TermGroup]:
        """The terms of several many-to-many fields, each group labelled, read in one query.

        Taxonomy terms are shown by name; related pages (e.g. a campaign's sites) by title and
        linked, their URL derived from the url_path in the row (no query for the pages).
        """
        parts = []
        for position, (field_name, _label) in enumerate(groups):
            related = self.related_queryset(field_name).order_by()  # no ORDER BY inside a UNION
            if issubclass(related.model, Page):
                related = related.visible().annotate(
                    term=models.F("title"), link=models.F("url_path"), alias=models.F("alias_of_id")
                )
            else:
                related = related.annotate(
                    term=models.F("name"),
                    link=models.Value("", output_field=models.CharField()),
                    # Typed: PostgreSQL reads a bare NULL in a UNION as text.
                    alias=Cast(models.Value(None), output_field=models.IntegerField()),
                )
            parts.append(
                related.annotate(group=models.Value(position)).values_list(
                    "group", "term", "link", "locale_id", "alias"
                )
            )
        terms: dict[int, list[Term]] = {}
        rows = parts[0].union(*parts[1:], all=True).order_by("group", "term")
        for group, name, url_path, locale_id, alias_of_id in rows:
            url = (
                Page(url_path=url_path, locale_id=self.locale_id).get_url(request)
                if url_path
                else ""
            )
            terms.setdefault(group, []).append(Term(name, url, locale_id, alias_of_id))
        return [
            TermGroup(label, terms[i]) for i, (_field, label) in enumerate(groups) if i in terms
        ]

    @cached_classmethod
    def get_edit_handler(cls) -> TabbedInterface:  # noqa: N805 (Wagtail's cached classmethod)
        """Content first, then each extra tab (relations, internal notes...), the images and
        documents shown with their rights, then promote."""
        tabs = [ObjectList(cls.content_panels, heading=_("Content"))]
        tabs += [ObjectList(panels, heading=heading) for heading, panels in cls.extra_tabs]
        # Reviewers check licences and consents here (they cannot open the media library).
        tabs += [ObjectList([MediaRightsPanel()], heading=_("Images and rights"))]
        tabs += [
            ObjectList(cls.promote_panels, heading=_("Promote")),
            ObjectList(cls.settings_panels, heading=_("Settings")),
        ]
        return TabbedInterface(tabs, base_form_class=cls.base_form_class).bind_to_model(cls)
