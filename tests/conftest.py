"""Shared fixtures: a site with a home page, and a user for each kind of visitor."""

import os
from collections.abc import Iterator

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from wagtail.models import Page, Site

from cms.page_cache import local as local_pages
from tests.encodings import encodings  # noqa: F401 (a fixture: image encodings)
from tests.factories.cms import HomePageFactory, UserFactory
from tests.live_servers import redis_url, varnish_proxy  # noqa: F401 (fixtures: proxy, redis)
from tests.purge_recorder import purged_urls  # noqa: F401 (a fixture)

IN_CI = os.environ.get("CI") == "true"


@pytest.fixture(autouse=True)
def _require_postgres_when_marked(request: pytest.FixtureRequest) -> None:
    """Tests marked `postgres` fail under CI=true on another database; locally they skip."""
    if request.node.get_closest_marker("postgres") is None:
        return
    from django.db import connection

    if connection.vendor != "postgresql":
        message = f"needs PostgreSQL, got {connection.vendor} (set DATABASE_URL)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(autouse=True)
def _clear_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    cache.clear()
    # Pages a worker keeps in memory (with Redis): none from an earlier test's site.
    monkeypatch.setattr(local_pages, "pages", local_pages.LocalPages())


@pytest.fixture(autouse=True)
def _erasure_ledger_of_its_own(settings, tmp_path_factory: pytest.TempPathFactory) -> None:
    """A ledger per test: the database's record of applied entries is rolled back after each
    test, the ledger's lines are not, and would make later tests look restored."""
    from narratives.erasure_ledger import watch

    settings.ERASURE_LEDGER_DIR = tmp_path_factory.mktemp("erasure-ledger")
    watch.forget()


@pytest.fixture(autouse=True)
def _german_outside_requests() -> Iterator[None]:
    """Each test starts in the source language; a request in another language (the URL sets
    it) must not leave that language active for the next test's messages."""
    from django.conf import settings
    from django.utils import translation

    with translation.override(settings.LANGUAGE_CODE):
        yield


def build_home() -> Page:
    """The German home page as the default site's root (Wagtail's welcome page goes)."""
    root = Page.objects.get(depth=1)
    home = HomePageFactory(parent=root, slug="startseite")
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Test"},
    )
    Page.objects.filter(depth=2).exclude(pk=home.pk).delete()
    return home


@pytest.fixture
def home(db: None) -> Page:
    return build_home()


@pytest.fixture
def practitioner(db: None):
    group, _ = Group.objects.get_or_create(name="Fachkräfte")
    group.permissions.add(Permission.objects.get(codename="view_internal_content"))
    user = UserFactory()
    user.groups.add(group)
    return user


@pytest.fixture
def admin_client(db: None, admin_user):
    """pytest-django's superuser client, signed in with the second factor the admin asks for."""
    from django.test import Client

    from tests.factories.second_factor import log_in_with_second_factor

    client = Client()
    log_in_with_second_factor(client, admin_user)
    return client


@pytest.fixture
def plain_user(db: None):
    """Logged in, but not a practitioner: must see what anonymous visitors see."""
    return UserFactory()


@pytest.fixture
def privacy_officer(db: None):
    group, _ = Group.objects.get_or_create(name="Datenschutz (Test)")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(
            content_type__app_label="narratives", codename__endswith="messengeridentity"
        ),
    )
    grant_page_editing(group)
    user = UserFactory()
    user.groups.add(group)
    return user


def grant_page_editing(group: Group) -> None:
    from wagtail.models import GroupPagePermission

    root = Page.objects.get(depth=1)
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.get_or_create(
            group=group, page=root, permission=Permission.objects.get(codename=codename)
        )


@pytest.fixture
def editor(db: None):
    """An admin user with page rights but none over private messenger records."""
    group, _ = Group.objects.get_or_create(name="Redaktion (Test)")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    grant_page_editing(group)
    user = UserFactory()
    user.groups.add(group)
    return user


@pytest.fixture
def role_users(db: None) -> dict:
    """One user per programme role, with groups and workflows set up as in production."""
    from cms.access import roles
    from cms.access.role_setup import setup_roles_and_workflows

    setup_roles_and_workflows()
    users = {}
    for name in roles.ROLES:
        user = UserFactory(username=f"role-{Group.objects.get(name=name).pk}")
        user.groups.add(Group.objects.get(name=name))
        users[name] = user
    return users
