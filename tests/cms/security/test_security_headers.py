"""Every response carries the security headers: a Content-Security-Policy that lets no other host
in (strict on public pages, looser for Wagtail's admin), Permissions-Policy, nosniff and the
Referrer-Policy; HSTS comes from the production settings, behind the TLS-terminating proxy."""

import json

import pytest
from django.urls import reverse

from cms.media.video_providers import EMBED_ORIGINS
from tests.factories.media_library import DocumentFactory
from tests.other_settings import production_environment, run_python

SOURCE_KEYWORDS = {"'self'", "'none'"}
BROWSER_FEATURES_OFF = ("camera", "microphone", "geolocation", "payment", "usb", "browsing-topics")


def policy(response) -> dict[str, list[str]]:
    directives = [part.strip().split() for part in response["Content-Security-Policy"].split(";")]
    return {name: sources for name, *sources in directives if name}


def foreign_sources(directives: dict[str, list[str]]) -> list[str]:
    """Sources that name another host (or any host): everything but our own keywords, the
    schemes that stay in the page (data:, blob:) and the video players."""
    allowed = SOURCE_KEYWORDS | {"'unsafe-inline'", "data:", "blob:", *EMBED_ORIGINS}
    return [
        source
        for name, sources in directives.items()
        if name != "report-uri"
        for source in sources
        if source not in allowed
    ]


@pytest.fixture
def responses(client, home, editor):
    anonymous = {
        "page": client.get(home.url),
        "not found": client.get("/de/gibt-es-nicht/"),
        "suggestions": client.get(reverse("search_suggestions") + "?q=Schule"),
        "robots.txt": client.get("/robots.txt"),
        "admin login": client.get(reverse("wagtailadmin_login")),
        "violation report": client.get(reverse("csp_report")),
    }
    client.force_login(editor)
    return {
        **anonymous,
        "page for an editor": client.get(home.url),
        "admin dashboard": client.get(reverse("wagtailadmin_home")),
        "page editor": client.get(reverse("wagtailadmin_pages:edit", args=[home.pk])),
    }


def test_every_response_carries_the_headers(responses):
    for kind, response in responses.items():
        assert response.status_code < 500, kind
        assert response["X-Content-Type-Options"] == "nosniff", kind
        assert response["Referrer-Policy"] == "same-origin", kind
        features = response["Permissions-Policy"].split(", ")
        for feature in BROWSER_FEATURES_OFF:
            assert f"{feature}=()" in features, (kind, feature)
        directives = policy(response)
        assert directives["default-src"] == ["'self'"], kind
        assert directives["object-src"] == ["'none'"], kind
        assert directives["base-uri"] == ["'self'"], kind
        assert directives["form-action"] == ["'self'"], kind
        assert directives["report-uri"] == [reverse("csp_report")], kind
        assert not foreign_sources(directives), kind
        assert "'unsafe-eval'" not in response["Content-Security-Policy"], kind


def test_public_responses_allow_no_inline_code_and_no_framing(responses):
    for kind in ("page", "not found", "suggestions", "robots.txt", "page for an editor"):
        directives = policy(responses[kind])
        assert "'unsafe-inline'" not in responses[kind]["Content-Security-Policy"], kind
        for directive in ("script-src", "style-src", "img-src", "font-src", "connect-src"):
            assert directives[directive] == ["'self'"], (kind, directive)
        assert directives["frame-ancestors"] == ["'none'"], kind
        # Frames only for the players a visitor asks for (two-click embeds).
        assert sorted(directives["frame-src"]) == sorted(EMBED_ORIGINS), kind


def test_the_admin_may_run_its_inline_code_and_frame_its_previews(responses):
    for kind in ("admin login", "admin dashboard", "page editor"):
        directives = policy(responses[kind])
        assert directives["script-src"] == ["'self'", "'unsafe-inline'"], kind
        assert directives["frame-ancestors"] == ["'self'"], kind
        assert directives["frame-src"] == ["'self'", *EMBED_ORIGINS], kind


def test_a_downloaded_document_keeps_wagtails_stricter_policy(client, home):
    """An uploaded file opened in the browser may load and run nothing at all."""
    response = client.get(DocumentFactory().url)
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "camera=()" in response["Permissions-Policy"]


def test_hsts_is_not_announced_outside_production(client, home):
    response = client.get(home.url, secure=True)
    assert "Strict-Transport-Security" not in response


PRODUCTION_REQUESTS = """
import json
import django
django.setup()
from django.test import Client

client = Client(HTTP_HOST="kurve-kriegen.example.org")
answers = {
    "plain": client.get("/csp-report/"),
    "through the proxy": client.get("/csp-report/", HTTP_X_FORWARDED_PROTO="https"),
}
print(json.dumps({kind: {"status": r.status_code, **r.headers} for kind, r in answers.items()}))
"""


def test_production_announces_hsts_and_trusts_the_proxys_protocol(tmp_path):
    result = run_python(
        "cms.settings.production",
        PRODUCTION_REQUESTS,
        **production_environment(DATABASE_URL=f"sqlite:///{tmp_path / 'headers.sqlite3'}"),
    )
    assert result.returncode == 0, result.stderr
    answers = json.loads(result.stdout.strip().splitlines()[-1])

    # Plain HTTP is sent to HTTPS; what the proxy says was HTTPS is served, with HSTS.
    assert answers["plain"]["status"] == 301
    assert answers["plain"]["Location"].startswith("https://kurve-kriegen.example.org/")
    secure = answers["through the proxy"]
    assert secure["status"] == 405  # the report endpoint takes POST only: no database needed
    assert secure["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert "frame-ancestors 'none'" in secure["Content-Security-Policy"]
    assert "camera=()" in secure["Permissions-Policy"]
