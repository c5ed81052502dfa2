"""The caching proxy (docs/deploy/varnish.vcl) in a real varnishd, in front of a small backend
whose answers each test chooses: what is kept, what passes, what a purge clears and who may
purge. The application's own headers are covered where the page cache is tested; here the
proxy must keep its side of the contract whatever the backend says."""

import http.client
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

from tests.live_servers import Varnish

pytestmark = pytest.mark.proxy

PUBLIC = "public, max-age=0, s-maxage=60"


class Application(ThreadingHTTPServer):
    """Answers every path with its own version number, counting what reaches it."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), ApplicationHandler)
        self.versions: Counter[str] = Counter()
        self.cookies: dict[str, str | None] = {}
        self.healthy = True

    @property
    def port(self) -> int:
        return self.server_address[1]


class ApplicationHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: Application

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if self.path == "/health/":
            self.answer(200 if self.server.healthy else 503, "no-cache", b"{}")
            return
        self.server.versions[self.path] += 1
        self.server.cookies[self.path] = self.headers.get("Cookie")
        headers = {}
        cache_control = PUBLIC
        if self.path.startswith("/de/private/"):
            cache_control = "private, no-cache"
        elif self.path.startswith("/de/no-store/"):
            cache_control = "no-store"
        elif self.path.startswith("/de/unmarked/"):
            cache_control = ""
        elif self.path.startswith("/de/short/"):
            cache_control = "public, max-age=0, s-maxage=1"
        elif self.path.startswith("/de/cookie/"):
            headers["Set-Cookie"] = "csrftoken=abc; Path=/"
        body = f"{self.path} version {self.server.versions[self.path]}".encode()
        self.answer(200, cache_control, body, headers)

    do_POST = do_GET  # noqa: N815

    def answer(
        self, status: int, cache_control: str, body: bytes, headers: dict | None = None
    ) -> None:
        self.send_response(status)
        if cache_control:
            self.send_header("Cache-Control", cache_control)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture
def application() -> Iterator[Application]:
    server = Application()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def proxy(varnish_proxy, application: Application) -> Varnish:
    return varnish_proxy([application.port])


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: str

    @property
    def cache(self) -> str | None:
        return self.headers.get("X-Cache")


def visit(
    proxy: Varnish,
    path: str,
    *,
    method: str = "GET",
    host: str = "localhost",
    source: str = "127.0.0.1",
    **headers: str,
) -> Answer:
    connection = http.client.HTTPConnection(
        *proxy.address(), timeout=10, source_address=(source, 0)
    )
    try:
        connection.request(method, path, headers={"Host": host, **headers})
        response = connection.getresponse()
        return Answer(response.status, response.headers, response.read().decode())
    finally:
        connection.close()


def test_anonymous_page_is_kept_and_shared_without_the_visitors_cookies(proxy, application):
    first = visit(proxy, "/de/narrative/", Cookie="csrftoken=abc; django_language=en")
    second = visit(proxy, "/de/narrative/")

    assert (first.cache, second.cache) == ("MISS", "HIT")
    assert second.body == first.body == "/de/narrative/ version 1"
    assert application.versions["/de/narrative/"] == 1
    # The cookies of one visitor never reach the copy everyone shares.
    assert application.cookies["/de/narrative/"] is None
    assert "Set-Cookie" not in second.headers
    assert not [name for name in second.headers if name.lower().startswith("x-cache-")]


def test_signed_in_visitors_pass_and_their_pages_are_not_kept(proxy, application):
    for _ in range(2):
        signed_in = visit(proxy, "/de/intern/", Cookie="csrftoken=abc; sessionid=s3cret")
        assert signed_in.cache == "MISS"
    assert application.cookies["/de/intern/"] == "csrftoken=abc; sessionid=s3cret"
    assert visit(proxy, "/de/intern/", Authorization="Basic dXNlcjpwdw==").cache == "MISS"

    anonymous = visit(proxy, "/de/intern/")

    # Nothing a signed-in visitor got was kept for the anonymous one.
    assert anonymous.cache == "MISS"
    assert anonymous.body == "/de/intern/ version 4"


@pytest.mark.parametrize("path", ["/de/private/", "/de/no-store/", "/de/unmarked/", "/de/cookie/"])
def test_responses_the_application_does_not_release_are_never_kept(proxy, application, path):
    answers = [visit(proxy, path) for _ in range(3)]

    assert [answer.cache for answer in answers] == ["MISS"] * 3
    assert application.versions[path] == 3
    if path == "/de/cookie/":
        assert all("csrftoken=abc" in answer.headers["Set-Cookie"] for answer in answers)


@pytest.mark.parametrize("path", ["/admin/pages/", "/documents/3/bericht.pdf", "/", "/?x=1"])
def test_admin_documents_and_the_language_redirect_always_reach_the_application(
    proxy, application, path
):
    # Even when the backend calls them public: these answers depend on who asks.
    answers = [visit(proxy, path) for _ in range(2)]

    assert [answer.cache for answer in answers] == ["MISS", "MISS"]
    assert application.versions[path] == 2


def test_posts_always_reach_the_application(proxy, application):
    for _ in range(2):
        assert visit(proxy, "/de/suche/", method="POST").cache == "MISS"
    assert application.versions["/de/suche/"] == 2


def test_tracking_parameters_are_dropped_but_filters_keep_their_order(proxy, application):
    visit(proxy, "/de/narrative/?utm_source=schule&seite=2&fbclid=abc&utm_medium=flyer")
    shared = visit(proxy, "/de/narrative/?seite=2&gclid=x")

    assert shared.cache == "HIT"
    assert list(application.versions) == ["/de/narrative/?seite=2"]

    visit(proxy, "/de/narrative/?thema=schule&seite=2")
    other_order = visit(proxy, "/de/narrative/?seite=2&thema=schule")

    # Filters are meaningful: reordering them is another request, not a normalised one.
    assert other_order.cache == "MISS"


def test_purge_of_a_path_clears_it_with_every_query_string(proxy, application, settings):
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": proxy.purge_location,
        }
    }
    cleared = ["/de/narrative/", "/de/narrative/?seite=2", "/de/narrative/?seite=200&thema=x"]
    kept = [
        "/de/narrative/unterseite/",
        "/de/narrativ/",
        "/de/kampagnen/?seite=2",
        "/en/narrative/",
    ]
    before = {path: visit(proxy, path).body for path in cleared}
    for path in kept:
        visit(proxy, path)
    visit(proxy, "/de/narrative/", host="andere-seite.example.org")

    purge_urls_from_cache(["http://localhost/de/narrative/"])

    for path in cleared:
        again = visit(proxy, path)
        assert again.cache == "MISS"
        assert again.body != before[path]
    # Another language's page of the same path is another page (its own purge names it).
    for path in kept:
        assert visit(proxy, path).cache == "HIT"
    assert visit(proxy, "/de/narrative/", host="andere-seite.example.org").cache == "HIT"


def test_purge_with_a_query_string_clears_only_that_url(proxy, application, settings):
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": proxy.purge_location,
        }
    }
    for path in ["/de/narrative/", "/de/narrative/?seite=2", "/de/narrative/?seite=3"]:
        visit(proxy, path)

    purge_urls_from_cache(["http://localhost/de/narrative/?seite=2"])

    assert visit(proxy, "/de/narrative/?seite=2").cache == "MISS"
    assert visit(proxy, "/de/narrative/?seite=3").cache == "HIT"
    assert visit(proxy, "/de/narrative/").cache == "HIT"


def test_purge_of_a_language_clears_everything_below_it_and_nothing_else(
    proxy, application, settings
):
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": proxy.purge_location,
        }
    }
    cleared = ["/de/", "/de/narrative/", "/de/narrative/?seite=2", "/de/kampagnen/k.1/"]
    kept = ["/en/", "/en/narrative/", "/de-x-ls/narrative/", "/dev/"]
    for path in [*cleared, *kept]:
        visit(proxy, path)

    purge_urls_from_cache(["http://localhost/de/*"])

    assert [visit(proxy, path).cache for path in cleared] == ["MISS"] * len(cleared)
    assert [visit(proxy, path).cache for path in kept] == ["HIT"] * len(kept)


def test_purge_from_an_address_outside_the_acl_is_refused(proxy, application):
    visit(proxy, "/de/narrative/")

    refused = visit(proxy, "/de/narrative/", method="PURGE", source="127.0.0.2")

    assert refused.status == 405
    assert visit(proxy, "/de/narrative/", source="127.0.0.2").cache == "HIT"
    assert application.versions["/de/narrative/"] == 1
    assert visit(proxy, "/de/narrative/", method="PURGE").status == 200
    assert visit(proxy, "/de/narrative/").cache == "MISS"


def test_expired_page_is_fetched_again_not_served_stale_while_the_application_is_up(
    proxy, application
):
    visit(proxy, "/de/short/")
    time.sleep(2.2)

    again = visit(proxy, "/de/short/")

    assert (again.cache, again.body) == ("MISS", "/de/short/ version 2")


def test_stale_pages_only_while_the_application_is_down_and_never_after_a_purge(
    varnish_proxy, application
):
    proxy = varnish_proxy([application.port], probe_interval="0.5s")
    visit(proxy, "/de/short/")
    visit(proxy, "/de/narrative/")
    application.healthy = False

    # Sick once the probe says so: an uncached page then has nowhere to come from.
    deadline = time.monotonic() + 15
    attempt = 0
    while visit(proxy, f"/de/neu-{attempt}/").status != 503:
        assert time.monotonic() < deadline, "the probe never marked the application sick"
        attempt += 1
        time.sleep(0.5)
    time.sleep(1.2)  # past the page's s-maxage

    stale = visit(proxy, "/de/short/")

    assert stale.body == "/de/short/ version 1"
    assert (stale.status, stale.cache) == (200, "HIT")
    assert visit(proxy, "/de/narrative/", method="PURGE").status == 200
    # The purged page is gone even though the application cannot give a new one.
    assert visit(proxy, "/de/narrative/").status == 503


def test_https_and_plain_http_requests_never_share_a_copy(proxy, application):
    https, http = {"X-Forwarded-Proto": "https"}, {"X-Forwarded-Proto": "http"}
    visit(proxy, "/de/narrative/", **https)

    assert visit(proxy, "/de/narrative/", **https).cache == "HIT"
    # Production answers plain HTTP with a redirect; it must not get the HTTPS page instead.
    assert visit(proxy, "/de/narrative/", **http).cache == "MISS"
    assert visit(proxy, "/de/narrative/", method="PURGE").status == 200
    assert visit(proxy, "/de/narrative/", **https).cache == "MISS"
    assert visit(proxy, "/de/narrative/", **http).cache == "MISS"
