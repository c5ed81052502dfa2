"""Serves anonymous visitors whole pages from the cache (or renders them from kept parts, see
parts.py) and tells the proxy what it may keep.

Only responses a view declared the same for every anonymous visitor (`share_with_everyone`:
public pages without view restrictions, the search) are stored, and only when nothing in them
belongs to one visitor: no session, no cookie set, no CSRF token used. Everything else gets
`private, no-cache`, so neither the proxy nor a CDN keeps what it was not told it may keep.
"""

from collections.abc import Callable
from datetime import datetime, time, timedelta

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.dispatch import Signal
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control

from . import store
from .parts import PageParts, restore_route

# Headers that are the visitor's own or are added again on every answer.
UNSHARED_HEADERS = {"set-cookie", "date", "x-page-cache", "x-page-parts"}
UNCACHEABLE_DIRECTIVES = ("private", "no-cache", "no-store")

# Sent with `request` for every answer from the application's cache.
served_from_cache = Signal()


def share_with_everyone(request: HttpRequest, *, proxy: bool = True) -> None:
    """Declares this request's answer the same for every anonymous visitor of its URL.

    With `proxy=False` only the application keeps it: its hits still run `served_from_cache`
    receivers (the search counts its terms), which a proxy's hits never reach.
    """
    request.page_cache_shared = True
    request.page_cache_proxy = proxy


def seconds_to_keep(limit: int) -> int:
    """At most `limit`, and never past midnight: pages change with the date alone (consents
    and campaign periods end at the end of a day)."""
    now = timezone.localtime()
    midnight = timezone.make_aware(datetime.combine(now.date() + timedelta(days=1), time.min))
    return max(1, min(limit, int((midnight - now).total_seconds())))


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


class PageCacheMiddleware:
    """Sits outside the session, language and authentication middleware, so a hit costs one
    cache round trip and no database query."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        key = self._key(request)
        if key is None:
            response = self.get_response(request)
            return self._mark(request, response, is_shareable(request, response))
        found = store.lookup(*key)
        if found.response is not None and settings.PAGE_CACHE_SECONDS:
            found.response["X-Page-Cache"] = "hit"
            served_from_cache.send(sender=type(self), request=request)
            return found.response
        if settings.PAGE_PARTS_SECONDS:
            request.page_parts = PageParts(kept=found.parts)
            restore_route(request, found.parts)
        response = self.get_response(request)
        # Decided before the headers are set: a proxy-less share sets private below.
        shareable = is_shareable(request, response)
        self._mark(request, response, shareable)
        if shareable and settings.PAGE_CACHE_SECONDS:
            store.store(
                *key,
                tokens=found.tokens,
                status=response.status_code,
                headers=[
                    (name, value)
                    for name, value in response.items()
                    if name.lower() not in UNSHARED_HEADERS
                ],
                content=response.content,
                seconds=seconds_to_keep(settings.PAGE_CACHE_SECONDS),
            )
            response["X-Page-Cache"] = "miss"
        if shareable and settings.PAGE_PARTS_SECONDS:
            self._keep_parts(key, found.tokens, request.page_parts, response)
        return response

    def _keep_parts(
        self,
        key: tuple[str, str, str],
        tokens: store.Tokens,
        parts: PageParts,
        response: HttpResponse,
    ) -> None:
        if not parts.plain_page:
            return
        if parts.fresh:
            host, path, _query = key
            store.store_parts(
                host,
                path,
                tokens=tokens,
                parts=parts.all(),
                seconds=seconds_to_keep(settings.PAGE_PARTS_SECONDS),
            )
        response["X-Page-Parts"] = "hit" if parts.kept and not parts.fresh else "miss"

    def _key(self, request: HttpRequest) -> tuple[str, str, str] | None:
        if request.method != "GET":
            return None
        if not settings.PAGE_CACHE_SECONDS and not settings.PAGE_PARTS_SECONDS:
            return None
        if not is_anonymous(request):
            return None
        try:
            host = request.get_host()
        except DisallowedHost:
            return None
        return host, request.path, request.META.get("QUERY_STRING", "")

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
