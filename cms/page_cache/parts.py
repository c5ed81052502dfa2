"""Parts of an anonymous page kept between its renders: the routed page, the header, footer,
language versions and related lists. They spare the work the whole-page cache cannot: each
query string of a path is a page of its own there (a listing's pages and filters, a shared link
with tracking parameters when no proxy strips them), while the parts of a path serve all of
them; and they keep pages quick where the whole-page cache is off or has dropped an entry.

Parts are kept per path under the page cache's tokens (store.py), read before rendering, so they
go exactly when the whole page would: every purge that names the page's path or its language
(cms/page_cache/dependants.py works out which) leaves them unreadable; the first render after
a purge starts from scratch. The page's own fields and body are rendered every time; parts are
what it shows of other objects, and routing.

Only plain Wagtail pages take part (not a routable page's sub-views, nor other views: their
language links carry the query string), and only requests whose whole answer the page cache
could keep: an anonymous visitor (no session, so no practitioner's internal content and no
passed password) on a page with no view restriction. A part whose rendering used the visitor's
CSRF token is never kept.
"""

import pickle
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from django.http import HttpRequest

from cms.upstream.routing import preset_route, routed_site

T = TypeVar("T")

ROUTE = "route"


@dataclass
class PageParts:
    """The parts found for one request's URL, and those rendered afresh to be kept."""

    kept: dict[str, object]
    fresh: dict[str, object] = field(default_factory=dict)
    # Set once routing found a plain page (no sub-view): the parts depend on its path alone.
    plain_page: bool = False

    def all(self) -> dict[str, object]:
        return {**self.kept, **self.fresh}


def parts_of(request: HttpRequest | None) -> PageParts | None:
    """The request's parts when its answer may be shared; None renders everything afresh."""
    parts = getattr(request, "page_parts", None)
    if parts is None or not parts.plain_page or not getattr(request, "page_cache_shared", False):
        return None
    return parts


def value(request: HttpRequest | None, name: str, compute: Callable[[], T]) -> T:
    """An object the page shows (e.g. its language versions), computed once per page version.
    It must pickle and depend on nothing but the URL (the language is part of it)."""
    parts = parts_of(request)
    if parts is None or request is None:
        return compute()
    if name in parts.kept:
        # What `compute` returned when the page was rendered before: a T, though kept as object.
        return parts.kept[name]  # type: ignore[return-value]
    result = compute()
    # Whatever used the CSRF token is the visitor's own (the page is then not shared either).
    if not request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        parts.fresh[name] = result
    return result


def keep_route(request: HttpRequest) -> None:
    """Lets a plain page's parts be kept and keeps what routing found for its path (site,
    page, the home page and its sections), pickled now, before rendering attaches anything
    else to the page."""
    parts = getattr(request, "page_parts", None)
    route = getattr(request, "_wagtail_route_for_request", None)
    if parts is None or route is None:
        return
    page, args, kwargs = route
    if args or kwargs:
        return  # a routable page's sub-view (a material, a card set) takes no part
    parts.plain_page = True
    if ROUTE in parts.kept or parts_of(request) is None:
        return
    parts.fresh[ROUTE] = pickle.dumps(
        (
            routed_site(request),
            page,
            getattr(request, "cms_home_page", None),
            getattr(request, "cms_home_sections", None),
        ),
        protocol=pickle.HIGHEST_PROTOCOL,
    )


def restore_route(request: HttpRequest, kept: dict[str, object]) -> None:
    """Gives Wagtail's serve view the route kept for this URL: no query to find the site or
    the page. The hooks and the page's restrictions are checked on it as on a routed page."""
    pickled = kept.get(ROUTE)
    if not isinstance(pickled, bytes):
        return
    site, page, home_page, home_sections = pickle.loads(pickled)  # noqa: S301 (our own cache)
    if site is None:
        return
    # Kept only from an answer shared with anonymous visitors: no restriction applied to the
    # page then, and a new one purges it; so Wagtail's check needs no query on this copy.
    # Attributes Wagtail's routing and the home page's menu keep on the request: HttpRequest's
    # type knows none of them.
    page.view_restricted = False
    preset_route(request, site, page)
    if home_page is not None:
        request.cms_home_page = home_page  # type: ignore[attr-defined]
    if home_sections is not None:
        request.cms_home_sections = home_sections  # type: ignore[attr-defined]
