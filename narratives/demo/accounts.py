"""Demo accounts: a superuser for the admin and one user per role."""

import secrets
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser, Group
from django.db import transaction

from cms.access import roles

ADMIN_USERNAME = "admin"


@dataclass(frozen=True)
class Account:
    user: AbstractUser
    password: str | None  # set only when this run created the user


def _new_password() -> str:
    return secrets.token_urlsafe(12)


def ensure_admin() -> Account:
    """The superuser "admin"; a new one gets a random password, an existing one is kept."""
    user_model = get_user_model()
    user = user_model.objects.filter(username=ADMIN_USERNAME).first()
    if user is not None:
        return Account(user, None)
    password = _new_password()
    user = user_model.objects.create_superuser(
        ADMIN_USERNAME, email="admin@example.org", password=password
    )
    return Account(user, password)


# One demo user per role, so the review workflows can be tried end to end.
ROLE_USERS = {
    "redaktion": roles.COMMUNICATION,
    "fachpruefung": roles.SUBJECT_REVIEW,
    "datenschutz": roles.PRIVACY_REVIEW,
    "freigabe": roles.SIGN_OFF,
    "fachkraft": roles.PRACTITIONERS,
}


@transaction.atomic
def ensure_role_user(username: str, group_name: str) -> Account:
    """A demo user in the role's group (created by setup_roles_and_workflows if missing)."""
    group, _ = Group.objects.get_or_create(name=group_name)
    user_model = get_user_model()
    user = user_model.objects.filter(username=username).first()
    password = None
    if user is None:
        password = _new_password()
        user = user_model.objects.create_user(
            username,
            email=f"{username}@example.org",
            password=password,
            first_name="Demo",
            last_name=group_name,
        )
    user.groups.add(group)
    return Account(user, password)
