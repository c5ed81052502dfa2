"""While the database cannot be reached (a restart, a failover), visitors get the
technical-problem page as 503 with Retry-After: an outage that passes, which the proxy covers
with its stale copy. Any other error stays a 500. The fault benchmark (bench/faults.py) shows
it against a real PostgreSQL that goes away."""

from django.db import IntegrityError, OperationalError
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import get_resolver
from django.utils import translation

from cms.views import OUTAGE_RETRY_AFTER, server_error


def answer_to(error: Exception, rf: RequestFactory) -> HttpResponse:
    request = rf.get("/de/")
    try:
        raise error
    except Exception:  # noqa: BLE001 (Django calls the handler inside its except block)
        with translation.override("de"):
            return server_error(request)


def test_django_answers_errors_with_our_handler():
    assert get_resolver().resolve_error_handler(500) is server_error


def test_a_database_that_cannot_be_reached_is_a_503_to_come_back_to(rf):
    response = answer_to(OperationalError("connection failed: Connection refused"), rf)
    assert response.status_code == 503
    assert response["Retry-After"] == str(OUTAGE_RETRY_AFTER)
    html = response.content.decode()
    assert "Technisches Problem" in html
    assert "Connection refused" not in html and "Traceback" not in html


def test_any_other_error_stays_a_500(rf):
    response = answer_to(IntegrityError("duplicate key value"), rf)
    assert response.status_code == 500
    assert not response.has_header("Retry-After")
    assert "duplicate key" not in response.content.decode()
