"""In production the session and CSRF cookies are HTTPS-only, out of reach of scripts and not
sent along with cross-site requests."""

from django.test import override_settings
from django.urls import reverse

from tests.other_settings import production_environment, settings_values

COOKIE_SETTINGS = [
    f"{cookie}_COOKIE_{flag}"
    for cookie in ("SESSION", "CSRF")
    for flag in ("SECURE", "HTTPONLY", "SAMESITE")
] + ["SESSION_COOKIE_AGE"]


def production_cookie_settings() -> dict:
    return settings_values(
        "cms.settings.production",
        f"{{name: getattr(s, name) for name in {COOKIE_SETTINGS!r}}}",
        **production_environment(),
    )


def test_production_cookies_on_a_real_login(client, home, practitioner):
    production = production_cookie_settings()
    assert 60 * 60 <= production["SESSION_COOKIE_AGE"] <= 12 * 60 * 60  # a working day at most
    with override_settings(**production):
        client.get(reverse("login"))
        response = client.post(
            reverse("login"),
            {"username": practitioner.username, "password": "correct-horse-battery"},
            secure=True,
        )
    assert response.status_code == 302
    for name in ("sessionid", "csrftoken"):
        cookie = response.cookies[name]
        assert cookie["secure"] is True, name
        assert cookie["httponly"] is True, name
        assert cookie["samesite"] == "Lax", name
