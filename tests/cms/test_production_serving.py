"""The site as production runs it: `python -m cms.server` (cms/server.py) with the production
settings, static files collected with hashed names. Static files are compressed and cached for
a year; the access log names no visitor's address and no query."""

import http.client
import json
import os
import time
import urllib.parse
from pathlib import Path

import pytest

from tests.live_servers import free_port, start_application, stop, wait_for_port
from tests.other_settings import production_environment, run_python


def fetch(url: str, **headers: str) -> tuple[int, http.client.HTTPMessage, bytes]:
    """One request, redirects not followed (http.client: urllib would follow them)."""
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        connection.request("GET", path, headers={"Host": "localhost", **headers})
        response = connection.getresponse()
        # Header names are case-insensitive (Granian sends them in lower case).
        return response.status, response.headers, response.read()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def production_server(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("production")
    environment = production_environment(
        DATABASE_URL=f"sqlite:///{workdir / 'site.sqlite3'}",
        DJANGO_ALLOWED_HOSTS="localhost",
        STATIC_ROOT=str(workdir / "static"),
        MEDIA_ROOT=str(workdir / "media"),
        PRIVATE_MEDIA_ROOT=str(workdir / "private"),
    )
    collected = run_python(
        "cms.settings.production", "manage.py collectstatic --noinput -v0", **environment
    )
    assert collected.returncode == 0, collected.stderr
    port = free_port()
    log = workdir / "server.log"
    server = start_application(port, {**os.environ, **environment, "GRANIAN_WORKERS": "2"}, log)
    wait_for_port(port, server, log)
    base = f"http://localhost:{port}"
    manifest = json.loads((workdir / "static" / "staticfiles.json").read_text())["paths"]
    yield base, manifest, log
    stop(server)


def test_hashed_static_files_are_compressed_and_cached_for_a_year(production_server):
    base, manifest, _log = production_server
    hashed = manifest["cms/css/site.css"]
    status, headers, body = fetch(
        f"{base}/static/{hashed}", **{"Accept-Encoding": "br, gzip", "X-Forwarded-Proto": "https"}
    )
    assert status == 200
    assert headers["Content-Encoding"] == "br"
    assert "immutable" in headers["Cache-Control"]
    assert "max-age=315360000" in headers["Cache-Control"]
    _status, _headers, plain = fetch(f"{base}/static/{hashed}", **{"X-Forwarded-Proto": "https"})
    assert len(body) < len(plain) / 2  # the stylesheet compresses well


def test_unhashed_names_are_not_cached_for_long(production_server):
    base, _manifest, _log = production_server
    status, headers, _body = fetch(
        f"{base}/static/cms/css/site.css", **{"X-Forwarded-Proto": "https"}
    )
    assert status == 200
    assert "immutable" not in headers.get("Cache-Control", "")


def test_the_application_answers_behind_the_proxy_and_logs_no_addresses(production_server):
    base, _manifest, log = production_server
    # Plain HTTP is sent to HTTPS; what the proxy says was HTTPS is served.
    assert fetch(f"{base}/health/")[0] == 301
    status, _headers, body = fetch(f"{base}/health/?secret=query", **{"X-Forwarded-Proto": "https"})
    assert status == 200, body
    assert json.loads(body)["checks"]["database"]["status"] == "ok"
    time.sleep(0.5)  # the access log is written after the response
    access = [line for line in Path(log).read_text().splitlines() if "/health/" in line]
    assert access, "the request is in the access log"
    assert not [line for line in access if "127.0.0.1" in line or "secret=query" in line]
