"""The demo command builds the brief's content and can run twice without duplicates."""

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from cms.localisation.languages import CONTENT_LANGUAGES
from cms.models import HomePage, Topic
from media_library.models import Card, CardSet, CustomDocument, CustomImage, Material
from narratives.models import (
    CampaignPage,
    MessengerIdentity,
    MessengerPage,
    NarrativePage,
    ProgrammeSitePage,
)


def german(model: type) -> object:
    """The German originals; every language's tree holds a version of each page besides."""
    if issubclass(model, Page):
        return model.objects.filter(locale__language_code="de")
    return model.objects.all()


def counts() -> dict[str, int]:
    return {
        model.__name__: german(model).count()
        for model in (
            Page,
            Topic,
            NarrativePage,
            MessengerPage,
            MessengerIdentity,
            CampaignPage,
            ProgrammeSitePage,
            Material,
            CardSet,
            Card,
            CustomImage,
            CustomDocument,
        )
    }


@pytest.mark.django_db
def test_demo_content_matches_the_brief_and_is_idempotent(client):
    call_command("load_demo_content", verbosity=0)
    first = counts()
    assert first["ProgrammeSitePage"] == 7
    assert first["NarrativePage"] >= 12
    assert first["MessengerPage"] >= 6
    assert first["CampaignPage"] >= 3
    assert first["Material"] >= 20
    assert first["Card"] >= 12
    assert set(ProgrammeSitePage.objects.values_list("title", flat=True)) == {
        "Bochum",
        "Dortmund",
        "Duisburg",
        "Essen",
        "Gelsenkirchen",
        "Oberhausen",
        "Recklinghausen",
    }
    assert not NarrativePage.objects.filter(live=False).exists()
    # Every language has every page; the home page is translated into each.
    for code, _name in CONTENT_LANGUAGES:
        assert Page.objects.filter(locale__language_code=code, depth__gt=1).count() == (
            first["Page"] - 1
        ), code
    translated_homes = HomePage.objects.filter(alias_of__isnull=True)
    assert translated_homes.count() == len(CONTENT_LANGUAGES)
    all_pages = Page.objects.count()

    call_command("load_demo_content", verbosity=0)
    assert counts() == first
    assert Page.objects.count() == all_pages

    home = client.get("/", follow=True)
    assert home.status_code == 200
    for identity in MessengerIdentity.objects.all():
        assert identity.real_name not in home.content.decode()


@pytest.mark.django_db
def test_scale_adds_narratives_once():
    call_command("load_demo_content", verbosity=0)
    base = german(NarrativePage).count()
    call_command("load_demo_content", scale=25, verbosity=0)
    assert german(NarrativePage).count() == base + 25
    call_command("load_demo_content", scale=25, verbosity=0)
    assert german(NarrativePage).count() == base + 25


@pytest.mark.django_db
def test_negative_scale_is_refused():
    with pytest.raises(CommandError):
        call_command("load_demo_content", scale=-1, verbosity=0)


@pytest.mark.django_db
def test_demo_accounts_cover_every_role_and_keep_their_passwords():
    from io import StringIO

    from django.contrib.auth import get_user_model

    from cms.access import roles

    call_command("setup_roles_and_workflows", verbosity=0)
    first = StringIO()
    call_command("ensure_demo_admin", stdout=first)
    assert "password" in first.getvalue()
    second = StringIO()
    call_command("ensure_demo_admin", stdout=second)
    assert second.getvalue().count("exists already") == 6  # nobody's password was reset
    users = get_user_model().objects
    assert users.get(username="admin").is_superuser
    for group in (roles.COMMUNICATION, roles.SUBJECT_REVIEW, roles.PRIVACY_REVIEW, roles.SIGN_OFF):
        assert users.filter(groups__name=group).count() == 1
    assert users.get(username="fachkraft").has_perm("cms.view_internal_content")
