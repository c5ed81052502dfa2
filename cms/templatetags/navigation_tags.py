"""Header navigation, breadcrumbs and footer links of every page, computed here, not in templates.

Each costs at most one query: the site and its root paths come from what Wagtail already caches
on the request (`Site.find_for_request`, the site root paths that `{% pageurl %}` uses), so the
navigation never has to load the home page itself.
"""

from dataclasses import dataclass

from django import template
from django.db.models import Exists, OuterRef, QuerySet
from django.db.models.functions import Length, Substr
from django.http import HttpRequest
from django.template import Context
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.models.sites import SiteRootPath

from cms.models import SiteSettings

register = template.Library()


@dataclass(frozen=True)
class MenuItem:
    page: Page
    is_current: bool


@dataclass(frozen=True)
class SiteHome:
    name: str
    url: str


def _request(context: Context) -> HttpRequest | None:
    return context.get("request")


def _page(context: Context) -> Page | None:
    page = context.get("page")
    return page if isinstance(page, Page) else None


def _site_root_paths(request: HttpRequest) -> list[SiteRootPath]:
    """Wagtail's own per-request copy, the one `{% pageurl %}` fills and reads."""
    try:
        return request._wagtail_cached_site_root_paths
    except AttributeError:
        request._wagtail_cached_site_root_paths = Site.get_site_root_paths()
        return request._wagtail_cached_site_root_paths


def _active_content_language() -> str | None:
    try:
        return get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return None


def site_root_for(request: HttpRequest | None, page: Page | None) -> SiteRootPath | None:
    """The home page (as a root path) of the current site in the language being shown."""
    if request is None:
        return None
    site = Site.find_for_request(request)
    if site is None:
        return None
    candidates = [srp for srp in _site_root_paths(request) if srp.site_id == site.pk]
    if not candidates:
        return None
    if page is not None and page.url_path:
        # Most specific first: the first root the page lives under is its (translated) home.
        for srp in candidates:
            if page.url_path.startswith(srp.root_path):
                return srp
    language = _active_content_language()
    for srp in candidates:
        if srp.language_code == language:
            return srp
    return candidates[0]


def _depth(url_path: str) -> int:
    # url_path is "/" for the tree root (depth 1), "/home/" at depth 2, "/home/a/" at depth 3...
    return url_path.count("/")


def _public_q() -> Exists:
    """No view restriction on the page or an ancestor, as a subquery instead of a second query."""
    # A restriction applies when its page's tree path is a prefix of the outer page's path.
    return Exists(
        PageViewRestriction.objects.filter(
            page__path=Substr(OuterRef("path"), 1, Length("page__path"))
        )
    )


def public_pages(queryset: QuerySet) -> QuerySet:
    return queryset.exclude(_public_q())


@register.simple_tag(takes_context=True)
def site_home(context: Context) -> SiteHome:
    """Name and URL of the home page, without loading it."""
    request = _request(context)
    srp = site_root_for(request, _page(context))
    site = Site.find_for_request(request) if request is not None else None
    name = site.site_name if site is not None and site.site_name else ""
    if not name:
        from django.conf import settings  # noqa: PLC0415

        name = str(getattr(settings, "WAGTAIL_SITE_NAME", ""))
    url = "/"
    if srp is not None:
        try:
            with translation.override(srp.language_code):
                url = reverse("wagtail_serve", args=("",))
        except NoReverseMatch:
            url = "/"
    return SiteHome(name=name, url=url)


@register.simple_tag(takes_context=True)
def main_menu(context: Context) -> list[MenuItem]:
    """Live, public children of the home page that are shown in menus; one query."""
    request = _request(context)
    page = _page(context)
    srp = site_root_for(request, page)
    if srp is None:
        return []
    children = public_pages(
        Page.objects.live()
        .in_menu()
        .filter(url_path__startswith=srp.root_path, depth=_depth(srp.root_path) + 1)
        .order_by("path")
    )
    current_path = page.path if page is not None else None
    return [
        MenuItem(
            page=child,
            is_current=bool(current_path and current_path.startswith(child.path)),
        )
        for child in children
    ]


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context: Context) -> list[Page]:
    """Home and the live ancestors of the page, without the page itself; one query.

    Empty on the home page and wherever there is no page (search, errors, previews).
    """
    request = _request(context)
    page = _page(context)
    if page is None or page.depth is None:
        return []
    srp = site_root_for(request, page)
    if srp is None:
        return []
    root_depth = _depth(srp.root_path)
    if page.depth <= root_depth:
        return []
    return list(
        Page.objects.ancestor_of(page)
        .live()
        .filter(depth__gte=root_depth, url_path__startswith=srp.root_path)
        .order_by("depth")
    )


@register.simple_tag(takes_context=True)
def footer_links(context: Context) -> list[Page]:
    """The legal pages the site settings name, in the language of the current page.

    Reads the settings Wagtail caches on the request; one more query only when the current page
    is a translation and the settings point at pages of another language.
    """
    request = _request(context)
    if request is None:
        return []
    if Site.find_for_request(request) is None:
        return []
    site_settings = SiteSettings.for_request(request)
    pages = [
        site_settings.imprint_page,
        site_settings.privacy_page,
        site_settings.accessibility_page,
        site_settings.easy_read_page,
    ]
    pages = [p for p in pages if p is not None and p.live]
    page = _page(context)
    if page is None or all(p.locale_id == page.locale_id for p in pages):
        return pages
    translated = {
        p.translation_key: p
        for p in Page.objects.live().filter(
            translation_key__in=[p.translation_key for p in pages], locale_id=page.locale_id
        )
    }
    return [translated.get(p.translation_key, p) for p in pages]
