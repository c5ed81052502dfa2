"""What Wagtail keeps on a request while it serves a page: the site, the route, the site root
paths. Its public calls fill these attributes; we read and set them to spare queries."""

from typing import TYPE_CHECKING

from django.http import HttpRequest
from wagtail.url_routing import RouteResult

if TYPE_CHECKING:
    # Not at import: the page cache's WSGI layer (cms/page_cache/wsgi.py) imports this module
    # before Django's apps are loaded.
    from wagtail.models import Page, Site

# Site.find_for_request() caches the site here, Page.route_for_request() the route, and
# Page._get_site_root_paths() (used by {% pageurl %} and Page.url) the site root paths.
SITE_ATTRIBUTE = "_wagtail_site"
ROUTE_ATTRIBUTE = "_wagtail_route_for_request"
ROOT_PATHS_ATTRIBUTE = "_wagtail_cached_site_root_paths"


def site_root_paths(request: HttpRequest) -> list:
    """Wagtail's own per-request copy of the site root paths, the one `{% pageurl %}` fills
    and reads."""
    try:
        return getattr(request, ROOT_PATHS_ATTRIBUTE)
    except AttributeError:
        from wagtail.models import Site  # noqa: PLC0415 (see the imports above)

        setattr(request, ROOT_PATHS_ATTRIBUTE, Site.get_site_root_paths())
        return getattr(request, ROOT_PATHS_ATTRIBUTE)


def share_site_root_paths(request: HttpRequest, page: "Page") -> None:
    """Lets `page.url` (which takes no request) reuse the request's site root paths, if it has
    them; Page.url caches them on the page otherwise, with a query."""
    root_paths = getattr(request, ROOT_PATHS_ATTRIBUTE, None)
    if root_paths is not None:
        setattr(page, ROOT_PATHS_ATTRIBUTE, root_paths)


def routed_site(request: HttpRequest) -> "Site | None":
    """The site Wagtail found for this request, if it looked already."""
    return getattr(request, SITE_ATTRIBUTE, None)


def preset_route(request: HttpRequest, site: "Site", page: "Page") -> None:
    """Wagtail's serve view will take `site` and `page` as found for this request, without the
    queries of finding them."""
    setattr(request, SITE_ATTRIBUTE, site)
    setattr(request, ROUTE_ATTRIBUTE, RouteResult(page))
