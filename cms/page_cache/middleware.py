"""Serves anonymous visitors whole pages from the cache (or renders them from kept parts, see
parts.py) and tells the proxy what it may keep.

Only responses a view declared the same for every anonymous visitor (`share_with_everyone`:
public pages without view restrictions, the search) are stored, and only when nothing in them
belongs to one visitor: no session, no cookie set, no CSRF token used. Everything else gets
`private, no-cache`, so neither the proxy nor a CDN keeps what it was not told it may keep.
"""

import functools
import re
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from datetime import time as dt_time
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.dispatch import Signal
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control

from . import flight, store
from .parts import PageParts, restore_route

# Headers that are the visitor's own or are added again on every answer.
UNSHARED_HEADERS = {"set-cookie", "date", "x-page-cache", "x-page-parts"}
UNCACHEABLE_DIRECTIVES = ("private", "no-cache", "no-store")
PROXY_SECONDS = re.compile(r"s-maxage=[1-9][0-9]*")

# Sent with `request` for every answer from the application's cache of a page shared with
# `proxy=False`. Other hits never reach Django (wsgi.py), so they send nothing.
served_from_cache = Signal()


def share_with_everyone(request: HttpRequest, *, proxy: bool = True) -> None:
    """Declares this request's answer the same for every anonymous visitor of its URL.

    With `proxy=False` only the application keeps it: its hits still run `served_from_cache`
    receivers (the search counts its terms), which a proxy's hits never reach.
    """
    # The cache's own attributes on the request, which HttpRequest's type does not declare.
    request.page_cache_shared = True  # type: ignore[attr-defined]
    request.page_cache_proxy = proxy  # type: ignore[attr-defined]


def seconds_to_keep(limit: int) -> int:
    """At most `limit`, and never past midnight: pages change with the date alone (consents
    and campaign periods end at the end of a day)."""
    now = time.time()
    return max(1, min(limit, int(_next_midnight(int(now // 60)) - now)))


@functools.lru_cache(maxsize=1)
def _next_midnight(minute: int) -> float:
    # Asked on every cache hit; worked out once a minute (the argument) instead.
    zone = timezone.get_default_timezone()
    today = datetime.fromtimestamp(minute * 60, tz=zone).date()
    return datetime.combine(today + timedelta(days=1), dt_time.min, tzinfo=zone).timestamp()


def is_anonymous(request: HttpRequest) -> bool:
    # Read from the cookie, not request.user: the session is not loaded for a cache hit.
    return settings.SESSION_COOKIE_NAME not in request.COOKIES and not request.META.get(
        "HTTP_AUTHORIZATION"
    )


def is_shareable(request: HttpRequest, response: HttpResponse) -> bool:
    cache_control = response.get("Cache-Control", "")
    return (
        getattr(request, "page_cache_shared", False)
        and request.method in ("GET", "HEAD")
        and is_anonymous(request)
        and response.status_code == 200
        and not response.streaming
        # A CSRF token used on the page shows here too: the CSRF cookie is set (again).
        and not response.cookies
        and not any(directive in cache_control for directive in UNCACHEABLE_DIRECTIVES)
    )


def address(request: HttpRequest) -> store.Address | None:
    """Where an anonymous visitor's GET finds its cached page, or None for a request the
    cache does not serve."""
    if request.method != "GET" or not is_anonymous(request):
        return None
    if not settings.PAGE_CACHE_SECONDS and not settings.PAGE_PARTS_SECONDS:
        return None
    if request.path.startswith(_file_prefixes()):
        return None
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    # The scheme too: over http the same URL answers with a redirect to https.
    return store.Address(request.scheme, host, request.path, request.META.get("QUERY_STRING", ""))


@functools.cache
def _file_prefixes() -> tuple[str, ...]:
    # Static files and media are answered inside (WhiteNoise, the media views), never cached here.
    return tuple(
        urlsplit(url).path or "/static/" for url in (settings.STATIC_URL, settings.MEDIA_URL)
    )


def hit_headers(page: store.CachedPage, *, stale: bool = False) -> list[tuple[str, str]]:
    """The headers of a cached page as served now: the proxy may keep it until midnight from
    now, not from when it was rendered; a stale copy not at all."""
    proxy_seconds = (
        "s-maxage=0" if stale else f"s-maxage={seconds_to_keep(settings.PROXY_CACHE_SECONDS)}"
    )
    headers = [
        (name, PROXY_SECONDS.sub(proxy_seconds, value) if name == "Cache-Control" else value)
        for name, value in page.headers
    ]
    headers.append(("X-Page-Cache", "stale" if stale else "hit"))
    return headers


# Where the WSGI application (cms/page_cache/wsgi.py) leaves what it looked up.
FOUND_ENVIRON_KEY = "cms.page_cache.found"


class PageCacheMiddleware:
    """Outermost but for the restore guard: a hit costs one cache round trip and no query, and
    a page is kept with every header the other middleware gave it. Most hits never get here:
    the WSGI application in front of Django serves them (wsgi.py)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        where = address(request)
        if where is None:
            response = self.get_response(request)
            return self._mark(request, response, is_shareable(request, response))
        found = request.META.pop(FOUND_ENVIRON_KEY, None) or store.lookup(
            where, page=bool(settings.PAGE_CACHE_SECONDS), parts=bool(settings.PAGE_PARTS_SECONDS)
        )
        if found.page is not None:
            return self._hit(request, found.page)
        if not flight.enabled():
            return self._render(request, where, found)
        owner = flight.claim(where, found.tokens)
        if owner is None:
            if found.stale is not None:
                return self._hit(request, found.stale, stale=True)
            turn = flight.wait(where, found.tokens)
            if turn.page is not None:
                return self._hit(request, turn.page)
            if turn.owner is None:  # waited out, or the page is not shared: render alongside
                return self._render(request, where, found)
            owner = turn.owner
        # A failed render (an exception, a server error) leaves the page to another request;
        # an answer that could not be kept, to every request at once.
        try:
            response = self._render(request, where, found)
        except BaseException:
            flight.release(where, found.tokens, owner, unshared=False)
            raise
        unshared = response.status_code < 500 and response.get("X-Page-Cache") != "miss"
        flight.release(where, found.tokens, owner, unshared=unshared)
        return response

    def _hit(
        self, request: HttpRequest, page: store.CachedPage, *, stale: bool = False
    ) -> HttpResponse:
        served_from_cache.send(sender=type(self), request=request)
        return HttpResponse(
            page.content, status=page.status, headers=hit_headers(page, stale=stale)
        )

    def _render(
        self, request: HttpRequest, where: store.Address, found: store.Found
    ) -> HttpResponse:
        if settings.PAGE_PARTS_SECONDS:
            kept = found.parts
            if kept is None:  # the WSGI application looked for the whole page only
                kept = store.kept_parts(where, found.tokens)
            request.page_parts = PageParts(kept=kept)  # type: ignore[attr-defined]
            restore_route(request, kept)
        response = self.get_response(request)
        # Decided before the headers are set: a proxy-less share sets private below.
        shareable = is_shareable(request, response)
        self._mark(request, response, shareable)
        if shareable and settings.PAGE_CACHE_SECONDS:
            response["X-Page-Cache"] = "miss"
            page = store.CachedPage(
                status=response.status_code,
                headers=[
                    (name, value)
                    for name, value in response.items()
                    if name.lower() not in UNSHARED_HEADERS
                ],
                content=response.content,
                served_before_django=getattr(request, "page_cache_proxy", True),
            )
            store.store(
                where,
                page,
                tokens=found.tokens,
                seconds=seconds_to_keep(settings.PAGE_CACHE_SECONDS),
            )
        if shareable and settings.PAGE_PARTS_SECONDS:
            parts = request.page_parts  # type: ignore[attr-defined]  # set above
            self._keep_parts(where, found.tokens, parts, response)
        return response

    def _keep_parts(
        self,
        where: store.Address,
        tokens: store.Tokens,
        parts: PageParts,
        response: HttpResponse,
    ) -> None:
        if not parts.plain_page:
            return
        if parts.fresh:
            store.store_parts(
                where,
                tokens=tokens,
                parts=parts.all(),
                seconds=seconds_to_keep(settings.PAGE_PARTS_SECONDS),
            )
        response["X-Page-Parts"] = "hit" if parts.kept and not parts.fresh else "miss"

    def _mark(self, request: HttpRequest, response: HttpResponse, shareable: bool) -> HttpResponse:
        if shareable and settings.PROXY_CACHE_SECONDS:
            # Browsers ask again every time (a publish shows at once); the proxy and a CDN
            # keep the page until they are purged.
            proxy_seconds = seconds_to_keep(settings.PROXY_CACHE_SECONDS)
            patch_cache_control(
                response,
                public=True,
                max_age=0,
                s_maxage=proxy_seconds if getattr(request, "page_cache_proxy", True) else 0,
            )
        elif shareable or not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True, no_cache=True)
        return response
