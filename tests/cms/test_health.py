"""/health/ says per component whether this instance can serve, answers 503 only when a required
one is down, and never says why: no versions, hosts, URLs, credentials or error texts."""

import datetime
import socket

import pytest
from django.db import OperationalError, connection
from django.utils import timezone

from search.models import IndexUpdate

SECRETS = ("127.0.0.1", "geheim", "opensearch", "db.internal", "5432", "refused", "Traceback")


def assert_discreet(response, *also: str) -> None:
    body = response.content.decode()
    for secret in (*SECRETS, *also):
        assert secret not in body, secret
    assert "Server" not in response


def unused_port() -> int:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there: connections are refused, as by a crashed node
    return port


@pytest.mark.smoke
def test_a_healthy_instance_answers_200_cheaply_and_uncached(
    client, db, django_assert_max_num_queries
):
    with django_assert_max_num_queries(2):  # the database probe, the last integrity run
        response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {
            "database": {"status": "ok", "required": True},
            "cache": {"status": "ok", "required": True},
            "search_engine": {"status": "off", "required": False},
            "index_queue": {"status": "off", "required": False},
            "backups": {"status": "off", "required": False},
            "erasures": {"status": "ok", "required": True},
            "integrity": {"status": "off", "required": False},
        },
    }
    assert "no-store" in response["Cache-Control"] and "max-age=0" in response["Cache-Control"]
    assert not response.cookies
    assert client.post("/health/").status_code == 405


def test_an_unreachable_engine_degrades_but_keeps_the_instance_in_service(client, db, settings):
    port = unused_port()
    settings.SEARCH_URL = f"opensearch+http://admin:geheim@127.0.0.1:{port}"
    settings.SEARCH_TIMEOUT = 1.0
    IndexUpdate.objects.create(page_id=1, language="de")
    IndexUpdate.objects.update(created_at=timezone.now() - datetime.timedelta(hours=1))
    response = client.get("/health/")
    assert response.status_code == 200
    data = response.json()
    assert data["status"] == "degraded"
    assert data["checks"]["search_engine"] == {"status": "degraded", "required": False}
    queue = data["checks"]["index_queue"]
    assert queue["status"] == "degraded"
    assert 3590 <= queue["oldest_pending_seconds"] <= 3700
    assert_discreet(response, str(port), "admin")


def test_a_broken_cache_answers_503_without_saying_where(client, db, settings, tmp_path):
    not_a_directory = tmp_path / "cache-is-a-file"
    not_a_directory.write_text("")
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(not_a_directory),
        }
    }
    response = client.get("/health/")
    assert response.status_code == 503
    data = response.json()
    assert data["status"] == "down"
    assert data["checks"]["cache"] == {"status": "down", "required": True}
    assert data["checks"]["database"]["status"] == "ok"
    assert_discreet(response, "cache-is-a-file", str(tmp_path))


def test_a_failing_database_answers_503_without_the_drivers_message(client, db):
    """The database fails every statement as an unreachable server would (Django's own hook
    for wrapping query execution; the test database itself cannot be taken away mid-test)."""

    def unreachable(execute, sql, params, many, context):
        raise OperationalError(
            "could not connect to server: Connection refused. Is the server running on host "
            '"db.internal" (10.0.0.5) and accepting TCP/IP connections on port 5432?'
        )

    with connection.execute_wrapper(unreachable):
        response = client.get("/health/")
    assert response.status_code == 503
    data = response.json()
    assert data["status"] == "down"
    assert data["checks"]["database"] == {"status": "down", "required": True}
    assert data["checks"]["cache"]["status"] == "ok"
    assert_discreet(response, "10.0.0.5", "server")
