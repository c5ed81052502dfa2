"""Links to materials and card sets, which live under the library page of the current language."""

from django import template
from django.http import HttpRequest
from django.template import Context
from django.utils import translation
from django.utils.translation import get_language_info
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from cms.templatetags.navigation_tags import home_section_of_type
from cms.upstream.routing import share_site_root_paths
from media_library.models import CardSet, LibraryPage, Material

register = template.Library()

_CACHE_ATTR = "_media_library_pages"
_MISSING = object()


def _locale_key(context: Context) -> tuple[str, object]:
    """The current page's locale if there is a page, otherwise the active content language."""
    page = context.get("page")
    locale_id = getattr(page, "locale_id", None)
    if locale_id is not None:
        return ("id", locale_id)
    try:
        return ("lang", get_supported_content_language_variant(translation.get_language()))
    except LookupError:
        return ("lang", None)


def library_page_for(context: Context) -> LibraryPage | None:
    """The live library page of the current locale, looked up once per request.

    On the library's own pages that is the page itself; elsewhere it is found among the
    sections below the home page, which the main menu has loaded already (no query); only a
    library placed elsewhere costs one query.
    """
    page = context.get("page")
    if isinstance(page, LibraryPage) and page.live:
        return page
    request: HttpRequest | None = context.get("request")
    key = _locale_key(context)
    cache = getattr(request, _CACHE_ATTR, None) if request is not None else None
    if cache is not None and key in cache:
        return cache[key]
    library = home_section_of_type(request, page if isinstance(page, Page) else None, LibraryPage)
    if library is None:
        queryset = LibraryPage.objects.visible().order_by("path")
        if key[0] == "id":
            queryset = queryset.filter(locale_id=key[1])
        elif key[1]:
            queryset = queryset.filter(locale__language_code=key[1])
        library = queryset.first()
    if library is not None and request is not None:
        share_site_root_paths(request, library)  # for `library.url`
    if request is not None:
        if cache is None:
            cache = {}
            setattr(request, _CACHE_ATTR, cache)
        cache[key] = library
    return library


@register.simple_tag(takes_context=True)
def material_url(context: Context, material: Material) -> str:
    """`{% material_url material %}`: the public page of a material, or "" without a library."""
    library = library_page_for(context)
    if library is None or material is None:
        return ""
    return library.material_url(material)


@register.simple_tag(takes_context=True)
def card_set_url(context: Context, card_set: CardSet) -> str:
    """`{% card_set_url card_set %}`: the printable page of a card set, or ""."""
    library = library_page_for(context)
    if library is None or card_set is None:
        return ""
    return library.card_set_url(card_set)


@register.filter
def language_name(code: str) -> str:
    """The name of a language code in the visitor's language; the code itself if unknown."""
    if not code:
        return ""
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return code
