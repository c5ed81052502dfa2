"""/health/ with a real engine: ok while it answers, degraded (still 200) once it is gone."""

import pytest

from search.models import IndexUpdate


@pytest.mark.django_db
def test_health_follows_the_engine_down_and_never_names_it(client, relay):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json()["checks"]["search_engine"] == {"status": "ok", "required": False}
    assert response.json()["checks"]["index_queue"]["oldest_pending_seconds"] == 0
    assert response.json()["status"] == "ok"

    relay.stop()
    IndexUpdate.objects.create(page_id=1, language="de")
    response = client.get("/health/")
    assert response.status_code == 200
    data = response.json()
    assert data["status"] == "degraded"
    assert data["checks"]["search_engine"]["status"] == "degraded"
    body = response.content.decode()
    for secret in ("127.0.0.1", str(relay.port), "opensearch", "Connection"):
        assert secret not in body
