"""The site as production runs it: gunicorn with cms/gunicorn.py and the production settings,
static files collected with hashed names. Static files are compressed and cached for a year;
the access log names no visitor's address and no query."""

import http.client
import json
import os
import socket
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import pytest

from tests.other_settings import ROOT, production_environment, run_python


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str, **headers: str) -> tuple[int, dict[str, str], bytes]:
    """One request, redirects not followed (http.client: urllib would follow them)."""
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        connection.request("GET", path, headers={"Host": "localhost", **headers})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
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
    log = (workdir / "gunicorn.log").open("w")
    server = subprocess.Popen(  # noqa: S603 (this interpreter, our configuration)
        [sys.executable, "-m", "gunicorn", "-c", "python:cms.gunicorn", "cms.wsgi"],
        cwd=ROOT,
        env={
            **os.environ,
            **environment,
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "GUNICORN_BIND": f"127.0.0.1:{port}",
            "GUNICORN_WORKERS": "2",
        },
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://localhost:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"gunicorn did not start: {(workdir / 'gunicorn.log').read_text()}")
            time.sleep(0.2)
    manifest = json.loads((workdir / "static" / "staticfiles.json").read_text())["paths"]
    yield base, manifest, workdir / "gunicorn.log"
    server.terminate()
    server.wait(timeout=30)
    log.close()


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
