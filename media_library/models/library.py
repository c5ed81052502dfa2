"""The public library: one routable page that lists materials and card sets and shows each one."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from cms.models import ListingFilter, ListingPage, page_options, taxonomy_options

from .card_sets import CardSet
from .materials import Material


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

    @path("material/<slug:slug>/", name="material")
    def material_route(self, request: HttpRequest, slug: str) -> HttpResponse:
        material = get_object_or_404(
            Material.objects.visible()
            .filter(locale_id=self.locale_id)
            .select_related("image", "file")
            .prefetch_related("topics", "audiences"),
            slug=slug,
        )
        return self.render_detail(
            request,
            "media_library/material_detail.html",
            material=material,
            detail_title=material.title,
        )

    @path("karten/<slug:slug>/", name="card_set")
    def card_set_route(self, request: HttpRequest, slug: str) -> HttpResponse:
        card_set = get_object_or_404(
            CardSet.objects.visible().filter(locale_id=self.locale_id), slug=slug
        )
        cards = card_set.cards.select_related("value")
        if not cards:
            raise Http404
        return self.render_detail(
            request,
            "media_library/card_set_detail.html",
            card_set=card_set,
            cards=cards,
            detail_title=card_set.title,
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
