"""Cached pages served in front of Django's request handler.

A hit needs none of what Django's handler and middleware do for a request (signals, URL
prefixes, sessions, headers): the page was kept with every header it left Django with. Serving
it here roughly doubles what one application instance answers from its cache, and a page the
worker keeps in its own memory (local.py) needs no round trip to the cache at all. The middleware
(middleware.py) decides what is kept and serves the hits that must reach Django (the search's);
it is handed the tokens looked up here. A hit reads no parts: a miss fetches them separately.
"""

from collections.abc import Callable, Iterable
from http import HTTPStatus
from typing import Any

from django.conf import settings
from django.core.handlers.wsgi import WSGIRequest

from . import local, store
from .middleware import FOUND_ENVIRON_KEY, address, hit_headers

StartResponse = Callable[..., Any]
WSGIApplication = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


class CachedPages:
    """Wraps Django's WSGI application (cms/wsgi.py). While `passing()` answers True, every
    request goes to Django (which refuses public pages after a restore until the erasure ledger
    is applied again)."""

    def __init__(
        self, application: WSGIApplication, passing: Callable[[], bool] = lambda: False
    ) -> None:
        self.application = application
        self.passing = passing

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if (
            environ.get("REQUEST_METHOD") == "GET"
            and settings.PAGE_CACHE_SECONDS
            and not self.passing()
        ):
            # Django's own request object: the same host validation, scheme and path as the
            # middleware that stored the page.
            where = address(WSGIRequest(environ))
            if where is not None:
                page = local.pages.get(where)
                if page is None:
                    moment = local.pages.moment()
                    found = store.lookup(where, parts=False)
                    page = found.page
                    if page is None or not page.served_before_django:
                        environ[FOUND_ENVIRON_KEY] = found
                        return self.application(environ, start_response)
                    local.pages.keep(where, page, moment)
                status = HTTPStatus(page.status)
                start_response(f"{status.value} {status.phrase}", hit_headers(page))
                return [page.content]
        return self.application(environ, start_response)
