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
from django.http import HttpRequest
from django.template import Context
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site
from wagtail.models.sites import SiteRootPath

from cms.localisation.language_versions import content_language
from cms.localisation.languages import SOURCE_LANGUAGE
from cms.models.querysets import view_restricted
from cms.page_cache import parts
from cms.upstream.pages import known_parent
from cms.upstream.routing import site_root_paths

register = template.Library()


@dataclass(frozen=True)
class MenuItem:
    page: Page
    is_current: bool


@dataclass(frozen=True)
class SiteHome:
    name: str
    url: str
    # The name's language where it may differ from the page's (see content_language).
    text_language: str = ""


def _request(context: Context) -> HttpRequest | None:
    return context.get("request")


def _page(context: Context) -> Page | None:
    page = context.get("page")
    return page if isinstance(page, Page) else None


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
    candidates = [srp for srp in site_root_paths(request) if srp.site_id == site.pk]
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


@register.simple_tag(takes_context=True)
def site_home(context: Context) -> SiteHome:
    """Name and URL of the home page, without loading it."""
    request = _request(context)
    return parts.value(request, "site_home", lambda: _site_home(context, request))


def _site_home(context: Context, request: HttpRequest | None) -> SiteHome:
    srp = site_root_for(request, _page(context))
    site = Site.find_for_request(request) if request is not None else None
    # The home page of the language shown names the site in that language; the menu reads
    # the same home page, so this costs no query of its own.
    home = home_and_sections(request, _page(context))[0] if srp is not None else None
    name, language = getattr(home, "site_name", ""), content_language(home)
    if not name and site is not None and site.site_name:
        name, language = site.site_name, SOURCE_LANGUAGE  # the editors' German name
    if not name:
        from django.conf import settings  # noqa: PLC0415

        name, language = str(getattr(settings, "WAGTAIL_SITE_NAME", "")), ""
    url = "/"
    if srp is not None:
        try:
            with translation.override(srp.language_code):
                url = reverse("wagtail_serve", args=("",))
        except NoReverseMatch:
            url = "/"
    return SiteHome(name=name, url=url, text_language=language)


def home_and_sections(
    request: HttpRequest | None, page: Page | None
) -> tuple[Page | None, list[Page]]:
    """The home page being shown (specific) and its live, public sections, once per request.

    HomePage.route leaves both on the request (its routing query brings the sections along);
    only pages it did not route (the home page itself, search, errors) cost a query or two.
    """
    if request is None:
        return None, []
    found = getattr(request, "cms_home_sections", None)
    if found is not None:
        return found
    srp = site_root_for(request, page)
    if srp is None:
        return None, []
    home = getattr(request, "cms_home_page", None)
    if home is None or home.url_path != srp.root_path:
        home = Page.objects.filter(url_path=srp.root_path).specific().first()
    sections = list(
        Page.objects.live()
        .filter(url_path__startswith=srp.root_path, depth=_depth(srp.root_path) + 1)
        .exclude(view_restricted())
        .order_by("path")
    )
    request.cms_home_sections = (home, sections)
    return request.cms_home_sections


def home_children(request: HttpRequest | None, page: Page | None) -> list[Page]:
    """Live, public sections below the home page; the menu, footer and library links use them."""
    return home_and_sections(request, page)[1]


def home_section_of_type(
    request: HttpRequest | None, page: Page | None, model: type
) -> Page | None:
    """The first section below the home page of the given page type, as that type; no query."""
    content_type = ContentType.objects.get_for_model(model)
    for child in home_children(request, page):
        if child.content_type_id == content_type.pk:
            return child.specific_deferred
    return None


@dataclass(frozen=True)
class AccessibilityLink:
    label: str
    page: Page
    css_modifier: str


@register.simple_tag(takes_context=True)
def accessibility_links(context: Context) -> list[AccessibilityLink]:
    """The explanations in easy-read German and in German Sign Language that BITV 2.0 asks
    every page to lead to; from the home page's sections, so no query."""
    from cms.models import EasyReadIndexPage, SignLanguagePage  # noqa: PLC0415

    request, page = _request(context), _page(context)
    links = []
    for model, label, modifier in (
        (EasyReadIndexPage, _("Easy-read German"), "easy-read"),
        (SignLanguagePage, _("German Sign Language"), "sign-language"),
    ):
        section = home_section_of_type(request, page, model)
        if section is not None:
            links.append(AccessibilityLink(str(label), section, modifier))
    return links


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
    ancestors = []
    parent = known_parent(page)
    while parent is not None and parent.depth > root_depth:
        ancestors.insert(0, parent)
        parent = known_parent(parent)
    if ancestors and ancestors[0].depth == root_depth + 1:
        return Breadcrumbs(home_url=home_url, ancestors=ancestors)
    ancestors = list(
        Page.objects.ancestor_of(page)
        .live()
        .filter(depth__gt=root_depth, url_path__startswith=srp.root_path)
        .order_by("depth")
    )
    return Breadcrumbs(home_url=home_url, ancestors=ancestors)


@dataclass(frozen=True)
class Footer:
    organisation: str
    contact_email: str
    links: list[Page]


# Sections linked from every footer, in this order: Impressum and privacy policy (legal pages),
# the accessibility statement, the easy-read section.
FOOTER_SECTION_TYPES = ("legalpage", "accessibilitystatementpage", "easyreadindexpage")


@register.simple_tag(takes_context=True)
def site_footer(context: Context) -> Footer:
    """Organisation, contact and legal links of the home page the visitor is under; no query."""
    home, sections = home_and_sections(_request(context), _page(context))
    by_type = {model: [] for model in FOOTER_SECTION_TYPES}
    for section in sections:
        model = ContentType.objects.get_for_id(section.content_type_id).model
        if model in by_type:
            by_type[model].append(section)
    return Footer(
        organisation=getattr(home, "organisation", ""),
        contact_email=getattr(home, "contact_email", ""),
        links=[section for model in FOOTER_SECTION_TYPES for section in by_type[model]],
    )
