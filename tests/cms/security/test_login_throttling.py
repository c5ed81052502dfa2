"""Guessing passwords, spraying one password over many names and probing the password reset
for known addresses all run into the throttle, which tells nobody which accounts exist."""

import re
import statistics
import time

import pytest
from django.core import mail
from django.test import Client, override_settings
from django.urls import reverse
from django.utils.html import escape

from cms.security.password_reset import RESPONSE_SECONDS
from cms.security.throttling import LOCKED_OUT_MESSAGE
from tests.factories.cms import UserFactory

PASSWORD = "correct-horse-battery"  # UserFactory's
CSRF_TOKEN = re.compile(r'"(CSRF_TOKEN": "|csrfmiddlewaretoken" value=")\w+"')


def locked(response: object) -> bool:
    """The lock-out message, as the page shows it in its language."""
    return escape(str(LOCKED_OUT_MESSAGE)) in response.content.decode()


def admin_login(client: Client, username: str, password: str, **extra: str) -> object:
    return client.post(
        reverse("wagtailadmin_login"), {"username": username, "password": password}, **extra
    )


def practitioner_login(client: Client, username: str, password: str) -> object:
    return client.post(reverse("login"), {"username": username, "password": password})


def error_messages(response: object) -> str:
    """The messages area of the admin's login page (the rest repeats the submitted name)."""
    html = response.content.decode()
    return html.split('class="messages"')[1].split("</div>")[0]


def test_guessing_one_accounts_password_is_stopped(client, home, editor):
    for _ in range(5):
        response = admin_login(client, editor.username, "guess")
        assert not locked(response)
    # Now even the right password is refused: the guesser cannot tell when they hit it.
    response = admin_login(client, editor.username, PASSWORD)
    assert response.status_code == 200 and locked(response)
    assert "_auth_user_id" not in client.session
    # The count is the account's: from another address it is locked as well.
    other = Client(REMOTE_ADDR="198.51.100.7")
    assert locked(admin_login(other, editor.username, PASSWORD))


def test_a_lock_out_reads_the_same_for_unknown_names(home, editor):
    known, unknown = Client(), Client(REMOTE_ADDR="198.51.100.8")
    for _ in range(6):
        known_response = admin_login(known, editor.username, "guess")
        unknown_response = admin_login(unknown, "nobody-here", "guess")
    assert escape(str(LOCKED_OUT_MESSAGE)) in error_messages(known_response)
    assert error_messages(known_response) == error_messages(unknown_response)


def test_the_admin_and_the_public_login_share_the_count(client, home, practitioner):
    for _ in range(3):
        admin_login(client, practitioner.username, "guess")
    for _ in range(2):
        practitioner_login(client, practitioner.username, "guess")
    response = practitioner_login(client, practitioner.username, PASSWORD)
    assert response.status_code == 200
    assert locked(response)
    assert 'role="alert"' in response.content.decode()


def test_spraying_one_password_over_many_names_is_stopped_by_address(client, home, editor):
    for n in range(20):
        response = practitioner_login(client, f"sprayed-{n}", "Sommer2026!")
        assert not locked(response)
    assert locked(admin_login(client, editor.username, PASSWORD))
    # Colleagues elsewhere are not affected.
    assert admin_login(
        Client(REMOTE_ADDR="203.0.113.9"), editor.username, PASSWORD
    ).status_code == (302)


def test_a_forged_forwarded_for_header_does_not_change_the_address(client, home, editor):
    for n in range(20):
        admin_login(client, f"sprayed-{n}", "x", HTTP_X_FORWARDED_FOR=f"10.0.0.{n}")
    response = admin_login(client, editor.username, PASSWORD, HTTP_X_FORWARDED_FOR="10.9.9.9")
    assert locked(response)


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_the_proxy_its_entry_counts_not_what_the_client_wrote(client, home, editor):
    # The proxy (REMOTE_ADDR 127.0.0.1 for all) appends the address it saw; the client forges
    # the entries before it.
    for n in range(20):
        admin_login(client, f"sprayed-{n}", "x", HTTP_X_FORWARDED_FOR=f"10.0.0.{n}, 192.0.2.50")
    forged = admin_login(
        client, editor.username, PASSWORD, HTTP_X_FORWARDED_FOR="10.9.9.9, 192.0.2.50"
    )
    assert locked(forged)
    elsewhere = admin_login(Client(), editor.username, PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.51")
    assert elsewhere.status_code == 302


def request_reset(client: Client, email: str) -> tuple[object, float]:
    started = time.perf_counter()
    response = client.post(reverse("wagtailadmin_password_reset"), {"email": email})
    return response, time.perf_counter() - started


@pytest.fixture
def known_user(db):
    return UserFactory(email="known@example.org")


def test_password_reset_answers_alike_for_known_and_unknown_addresses(client, home, known_user):
    known, known_time = request_reset(client, "known@example.org")
    unknown, unknown_time = request_reset(client, "unknown@example.org")
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["known@example.org"]
    assert "/admin/password_reset/confirm/" in mail.outbox[0].body
    # The same page, but for the CSRF token every page gets afresh.
    done_known, done_unknown = (
        CSRF_TOKEN.sub("", client.get(response["Location"]).content.decode())
        for response in (known, unknown)
    )
    assert done_known == done_unknown


def test_password_reset_takes_as_long_for_known_and_unknown_addresses(home, known_user):
    known_times, unknown_times = [], []
    for n in range(3):
        # A fresh address each round, so the throttle stays out of the measurement.
        UserFactory(email=f"known{n}@example.org")
        known_times.append(request_reset(Client(), f"known{n}@example.org")[1])
        unknown_times.append(request_reset(Client(), f"unknown{n}@example.org")[1])
    assert len(mail.outbox) == 3
    assert min(known_times + unknown_times) >= RESPONSE_SECONDS
    # Tolerant: the floor is 0.4 s; what is left over is scheduling noise on a shared machine.
    difference = abs(statistics.median(known_times) - statistics.median(unknown_times))
    assert difference < 0.1, (known_times, unknown_times)


def test_password_reset_mails_are_throttled_per_address_and_per_ip(client, home, known_user):
    first = [request_reset(client, "known@example.org")[0] for _ in range(5)]
    assert len(mail.outbox) == 3
    assert {response["Location"] for response in first} == {
        reverse("wagtailadmin_password_reset_done")
    }
    for n in range(10):
        request_reset(client, f"other{n}@example.org")
    UserFactory(email="late@example.org")
    request_reset(client, "late@example.org")
    assert len(mail.outbox) == 3  # this IP has used up its 10 requests per hour
    request_reset(Client(REMOTE_ADDR="203.0.113.10"), "late@example.org")
    assert len(mail.outbox) == 4


def test_in_production_the_counts_are_shared_through_redis():
    """Several instances behind one address must not each grant their own attempts."""
    from tests.other_settings import production_environment, settings_values

    values = settings_values(
        "cms.settings.production",
        "[s.CACHES['default']['BACKEND'], s.CACHES['default']['LOCATION'], s.TRUSTED_PROXY_COUNT]",
        **production_environment(REDIS_URL="redis://cache.internal:6379/0"),
    )
    assert values == [
        "cms.page_cache.redis_cache.RedisCache",
        "redis://cache.internal:6379/0",
        1,
    ]
