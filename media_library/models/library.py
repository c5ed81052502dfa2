"""The public library: one routable page that lists materials and card sets and shows each one."""

from dataclasses import dataclass

from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from cms.localisation.languages import SOURCE_LANGUAGE
from cms.models import ListingFilter, ListingPage, page_options, taxonomy_options

from .card_sets import CardSet
from .materials import Material


@dataclass(frozen=True)
class Found:
    """A material or card set to show, or where it is found under its other slug."""

    item: Material | CardSet | None
    translated: bool = True  # False: the German original stands in for a translation
    moved_to: str = ""


class LibraryPage(RoutablePageMixin, ListingPage):
    """Materials and card sets are snippets; this page gives each a public URL of its own."""

    listing_filters = (
        ListingFilter("topic", _("Topic"), "topics__slug", taxonomy_options("cms.Topic")),
        ListingFilter(
            "audience", _("Audience"), "audiences__slug", taxonomy_options("cms.Audience")
        ),
        ListingFilter(
            "site", _("Site"), "programme_sites__slug", page_options("narratives.ProgrammeSitePage")
        ),
        ListingFilter("kind", _("Kind of file"), "kind", lambda page: Material.Kind.choices),
    )

    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    is_creatable = True
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("library")

    def get_listing_queryset(self):  # noqa: ANN201 (a QuerySet of materials)
        return (
            Material.objects.visible()
            .filter(locale_id=self.locale_id)
            .select_related("image", "file")
            .order_by("title")
        )

    def get_context(self, request: HttpRequest, *args: object, **kwargs: object) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context["card_sets"] = CardSet.objects.visible().filter(locale_id=self.locale_id)
        return context

    @path("")
    def index_route(self, request: HttpRequest) -> HttpResponse:
        return self.render(request)

    def find_item(self, visible: QuerySet, route: str, slug: str) -> Found:
        """The material or card set at `slug` in this library's language, and whether it is
        translated into it.

        As with pages, an item nobody has translated yet is shown here in German (a stand-in),
        so that every language's pages can link to it and the language switcher never leads
        nowhere. A slug of another language's version (the switcher keeps the slug) redirects
        to this language's version or stand-in.
        """
        item = visible.filter(locale_id=self.locale_id, slug=slug).first()
        if item is not None:
            return Found(item)
        versions = list(
            visible.filter(
                translation_key__in=visible.filter(slug=slug).values("translation_key")
            ).select_related("locale")
        )
        own = [v for v in versions if v.locale_id == self.locale_id]
        original = [v for v in versions if v.locale.language_code == SOURCE_LANGUAGE]
        shown = (own or original or [None])[0]
        if shown is None:
            raise Http404
        if shown.slug != slug:
            url = self.url + self.reverse_subpage(route, kwargs={"slug": shown.slug})
            return Found(None, moved_to=url)
        return Found(shown, translated=bool(own))

    @path("material/<slug:slug>/", name="material")
    def material_route(self, request: HttpRequest, slug: str) -> HttpResponse:
        visible = (
            Material.objects.visible()
            .select_related("image", "file")
            .prefetch_related("topics", "audiences")
        )
        found = self.find_item(visible, "material", slug)
        if found.moved_to:
            return HttpResponseRedirect(found.moved_to)
        return self.render_detail(
            request,
            "media_library/material_detail.html",
            material=found.item,
            detail_item=found.item,
            detail_title=found.item.title,
            detail_translated=found.translated,
        )

    @path("karten/<slug:slug>/", name="card_set")
    def card_set_route(self, request: HttpRequest, slug: str) -> HttpResponse:
        found = self.find_item(CardSet.objects.visible(), "card_set", slug)
        if found.moved_to:
            return HttpResponseRedirect(found.moved_to)
        card_set = found.item
        cards = card_set.cards.select_related("value")
        if not cards:
            raise Http404
        return self.render_detail(
            request,
            "media_library/card_set_detail.html",
            card_set=card_set,
            cards=cards,
            detail_item=card_set,
            detail_title=card_set.title,
            detail_translated=found.translated,
        )

    def render_detail(self, request: HttpRequest, template: str, **extra: object) -> HttpResponse:
        """A material or card set page: the page context without the listing it does not show."""
        context = super(ListingPage, self).get_context(request)
        context.update(extra)
        return TemplateResponse(request, template, context)

    @classmethod
    def showing(cls, item: Material | CardSet, route: str) -> list:
        """The libraries that list an item and its page in each (for the page caches)."""
        shown: list = []
        for library in cls.objects.filter(locale_id=item.locale_id):
            shown.append(library)
            base = library.get_full_url()
            if base is not None:
                shown.append(base + library.reverse_subpage(route, kwargs={"slug": item.slug}))
        return shown

    def material_url(self, material: Material) -> str:
        return self.url + self.reverse_subpage("material", kwargs={"slug": material.slug})

    def card_set_url(self, card_set: CardSet) -> str:
        return self.url + self.reverse_subpage("card_set", kwargs={"slug": card_set.slug})

    def get_sitemap_urls(self, request: HttpRequest | None = None) -> list[dict]:
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        public_materials = Material.objects.visible().filter(locale_id=self.locale_id)
        for material in public_materials.only("slug", "last_published_at"):
            urls.append(
                {
                    "location": base
                    + self.reverse_subpage("material", kwargs={"slug": material.slug}),
                    "lastmod": material.last_published_at,
                }
            )
        for card_set in CardSet.objects.visible().filter(locale_id=self.locale_id).only("slug"):
            urls.append(
                {
                    "location": base
                    + self.reverse_subpage("card_set", kwargs={"slug": card_set.slug})
                }
            )
        return urls
