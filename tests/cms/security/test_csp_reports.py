"""Browsers report Content-Security-Policy violations to our own endpoint, which logs where the
policy bit and nothing that identifies a person, and which no one can use to flood the log."""

import json
import logging

import pytest
from django.test import Client
from django.urls import reverse

LOGGER = "cms.security.content_security"


def report(**fields: object) -> dict:
    """A violation report as Chromium sends it for report-uri."""
    return {
        "csp-report": {
            "document-uri": "https://kurve-kriegen.example.org/de/suche/?q=Ahmed+Familie+Essen",
            "referrer": "https://kurve-kriegen.example.org/de/?token=geheim",
            "violated-directive": "script-src-elem",
            "effective-directive": "script-src-elem",
            "original-policy": "default-src 'self'",
            "disposition": "enforce",
            "blocked-uri": "https://tracker.example.net/collect.js?visitor=Ahmed",
            "line-number": 12,
            "column-number": 4,
            "source-file": "https://kurve-kriegen.example.org/de/suche/?q=Ahmed",
            "status-code": 200,
            "script-sample": "fetch('https://tracker.example.net/?name=Ahmed')",
            **fields,
        }
    }


def post(client: Client, body: object, content_type: str = "application/csp-report"):
    data = body if isinstance(body, bytes | str) else json.dumps(body)
    return client.post(
        reverse("csp_report"),
        data=data,
        content_type=content_type,
        REMOTE_ADDR="203.0.113.7",
        HTTP_USER_AGENT="Mozilla/5.0 (Ahmeds Laptop)",
    )


def violations(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == LOGGER]


def test_a_report_is_logged_without_personal_data(caplog):
    # Browsers send no CSRF token; the endpoint must take the report all the same.
    client = Client(enforce_csrf_checks=True)
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        response = post(client, report())
    assert response.status_code == 204
    [logged] = violations(caplog)
    assert "script-src-elem" in logged
    assert "https://tracker.example.net" in logged  # which host the page tried to reach
    assert "/de/suche/" in logged  # on which page
    # What a visitor typed, who they are, and what the blocked code said stay out of the log.
    for private in ("Ahmed", "Essen", "token", "geheim", "203.0.113.7", "Laptop", "fetch("):
        assert private not in logged, private


def test_inline_code_is_logged_by_its_keyword(caplog):
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        post(Client(), report(**{"blocked-uri": "inline", "effective-directive": "style-src"}))
    [logged] = violations(caplog)
    assert '"blocked": "inline"' in logged
    assert '"directive": "style-src"' in logged


@pytest.mark.parametrize(
    ("body", "content_type", "status"),
    [
        (report(), "text/html", 415),
        ("not json", "application/csp-report", 400),
        ({"something": "else"}, "application/csp-report", 400),
        ([1, 2, 3], "application/csp-report", 400),
        ({"csp-report": "inline"}, "application/csp-report", 400),
    ],
)
def test_anything_but_a_report_is_refused_with_a_reason(caplog, body, content_type, status):
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        response = post(Client(), body, content_type)
    assert response.status_code == status
    assert not violations(caplog)


def test_an_oversized_report_is_refused_unread(caplog, settings):
    padded = report(**{"script-sample": "x" * settings.CSP_REPORT_MAX_BYTES})
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        response = post(Client(), padded)
    assert response.status_code == 413
    assert str(settings.CSP_REPORT_MAX_BYTES) in response.content.decode()
    assert not violations(caplog)


def test_only_posts_are_taken(client):
    assert client.get(reverse("csp_report")).status_code == 405


def test_a_flood_of_reports_fills_only_the_minutes_budget(caplog, settings):
    settings.CSP_REPORTS_PER_MINUTE = 3
    client = Client()
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        statuses = [post(client, report()).status_code for _ in range(10)]
    assert statuses == [204] * 3 + [429] * 7
    assert len(violations(caplog)) == 3
