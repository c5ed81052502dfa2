"""Demo accounts: a superuser for the admin and a practitioner for the public site."""

import secrets
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser, Group, Permission
from django.db import transaction

from cms.permissions import VIEW_INTERNAL_CONTENT
from cms.roles import PRACTITIONERS

ADMIN_USERNAME = "admin"
PRACTITIONER_USERNAME = "fachkraft"


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


def practitioners_group() -> Group:
    """The practitioners' group, carrying the permission to read internal material."""
    app_label, codename = VIEW_INTERNAL_CONTENT.split(".")
    permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
    group, _ = Group.objects.get_or_create(name=PRACTITIONERS)
    group.permissions.add(permission)
    return group


@transaction.atomic
def ensure_practitioner() -> Account:
    """The non-staff user "fachkraft" in the practitioners' group, for the public site login."""
    group = practitioners_group()
    user_model = get_user_model()
    user = user_model.objects.filter(username=PRACTITIONER_USERNAME).first()
    password = None
    if user is None:
        password = _new_password()
        user = user_model.objects.create_user(
            PRACTITIONER_USERNAME,
            email="fachkraft@example.org",
            password=password,
            first_name="Demo",
            last_name="Fachkraft",
        )
    user.groups.add(group)
    return Account(user, password)
