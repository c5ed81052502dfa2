"""A pytest fixture that records what wagtail.contrib.frontend_cache asks a proxy or CDN to purge.

The behaviour of the real proxy with these requests (bans, query strings) is tested against
Varnish itself in tests/cms/test_proxy_cache.py; here only the list of URLs matters.
"""

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@pytest.fixture
def purged_urls(settings) -> Iterator[list[str]]:
    """Paths (with the Host they were sent for) of every PURGE the application sends."""
    purged: list[str] = []

    class PurgeListener(BaseHTTPRequestHandler):
        def do_PURGE(self) -> None:  # noqa: N802 (the HTTP method)
            purged.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    listener = ThreadingHTTPServer(("127.0.0.1", 0), PurgeListener)
    threading.Thread(target=listener.serve_forever, daemon=True).start()
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{listener.server_port}",
        }
    }
    try:
        yield purged
    finally:
        listener.shutdown()
        listener.server_close()
