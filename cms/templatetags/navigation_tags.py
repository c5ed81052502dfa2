"""Header navigation, breadcrumbs and footer links of every page, computed here, not in templates.

The site and its root paths come from what Wagtail already caches on the request
(`Site.find_for_request`, the site root paths that `{% pageurl %}` uses), so nothing here loads
the home page itself. The sections below the home page cost one query per request and serve the
main menu and other look-ups (the library); breadcrumbs cost at most one query, usually none;
the footer reads the site settings Wagtail caches on the request.
"""

from dataclasses import dataclass

from django import template
from django.contrib.contenttypes.models import ContentType
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


def home_children(request: HttpRequest | None, page: Page | None) -> list[Page]:
    """Live, public children of the home page the visitor is in; one query, kept on the request.

    The main menu shows those marked for menus; other tags find sections here too (the
    library for material links) instead of asking the database again.
    """
    srp = site_root_for(request, page)
    if srp is None:
        return []
    cache = request.__dict__.setdefault("_cms_home_children", {})
    if srp.root_path not in cache:
        cache[srp.root_path] = list(
            public_pages(
                Page.objects.live().filter(
                    url_path__startswith=srp.root_path, depth=_depth(srp.root_path) + 1
                )
            ).order_by("path")
        )
    return cache[srp.root_path]


def home_section_of_type(
    request: HttpRequest | None, page: Page | None, model: type
) -> Page | None:
    """The first section below the home page of the given page type, as that type; no query."""
    content_type = ContentType.objects.get_for_model(model)
    for child in home_children(request, page):
        if child.content_type_id == content_type.pk:
            return child.specific_deferred
    return None


@register.simple_tag(takes_context=True)
def main_menu(context: Context) -> list[MenuItem]:
    """Live, public children of the home page that are shown in menus."""
    page = _page(context)
    current_path = page.path if page is not None else None
    return [
        MenuItem(
            page=child,
            is_current=bool(current_path and current_path.startswith(child.path)),
        )
        for child in home_children(_request(context), page)
        if child.show_in_menus
    ]


@dataclass(frozen=True)
class Breadcrumbs:
    home_url: str
    ancestors: list[Page]


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context: Context) -> Breadcrumbs | None:
    """The way from the home page to the current page, without either of them.

    None on the home page and wherever there is no page (search, errors, snippet previews).
    At most one query, and none for sections below the home page or pages whose parent
    Wagtail's routing already loaded (every listing's children).
    """
    request = _request(context)
    page = _page(context)
    if page is None or page.depth is None or not page.url_path:
        return None
    srp = site_root_for(request, page)
    if srp is None or not page.url_path.startswith(srp.root_path):
        return None
    root_depth = _depth(srp.root_path)
    if page.depth <= root_depth:
        return None
    home_url = site_home(context).url
    if page.depth == root_depth + 1:
        return Breadcrumbs(home_url=home_url, ancestors=[])
    parent = getattr(page, "_cached_parent_obj", None)
    if page.depth == root_depth + 2 and parent is not None:
        return Breadcrumbs(home_url=home_url, ancestors=[parent])
    ancestors = list(
        Page.objects.ancestor_of(page)
        .live()
        .filter(depth__gt=root_depth, url_path__startswith=srp.root_path)
        .order_by("depth")
    )
    return Breadcrumbs(home_url=home_url, ancestors=ancestors)


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
