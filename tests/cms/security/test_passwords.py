"""Weak passwords are refused wherever a password is set in the admin."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.factories.cms import UserFactory
from tests.factories.second_factor import log_in_with_second_factor

WEAK = ["password123", "12345678901234", "kurz", "neue-kollegin1"]


@pytest.fixture
def superuser(db):
    return UserFactory(is_superuser=True, username="administrator")


def add_user(client, password: str):
    return client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "neue-kollegin",
            "email": "neue-kollegin@example.org",
            "first_name": "Neue",
            "last_name": "Kollegin",
            "password1": password,
            "password2": password,
        },
    )


@pytest.mark.parametrize("weak", WEAK)
def test_the_user_form_refuses_a_weak_password(client, home, superuser, weak):
    log_in_with_second_factor(client, superuser)
    response = add_user(client, weak)
    assert response.status_code == 200
    assert 'class="error-message"' in response.content.decode()
    assert not get_user_model().objects.filter(username="neue-kollegin").exists()


def test_the_user_form_accepts_a_strong_password(client, home, superuser):
    log_in_with_second_factor(client, superuser)
    strong = "Drei Kraniche über der Ruhr"
    assert add_user(client, strong).status_code == 302
    assert get_user_model().objects.get(username="neue-kollegin").check_password(strong)


@pytest.mark.parametrize("weak", WEAK)
def test_changing_ones_own_password_refuses_a_weak_one(client, home, superuser, weak):
    log_in_with_second_factor(client, superuser)
    response = client.post(
        reverse("wagtailadmin_account"),
        {
            "password-old_password": "correct-horse-battery",
            "password-new_password1": weak,
            "password-new_password2": weak,
        },
    )
    assert response.status_code == 200
    assert 'class="error-message"' in response.content.decode()
    superuser.refresh_from_db()
    assert superuser.check_password("correct-horse-battery")
