"""Practitioners log in on the public site; internal pages stay out of search and the sitemap."""

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction

from tests.factories.cms import ContentPageFactory
from tests.factories.narratives import NarrativeIndexPageFactory, NarrativePageFactory

TALKING_POINTS = "Interner Gesprächsleitfaden: zuerst zuhören."


@pytest.fixture
def narrative(home):
    return NarrativePageFactory(parent=NarrativeIndexPageFactory(parent=home))


@pytest.fixture
def internal_page(home):
    page = ContentPageFactory(parent=home, title="Training Bedrohungsmanagement")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    return page


@pytest.mark.smoke
def test_login_page_has_a_labelled_form(client, home):
    html = client.get(reverse("login")).content.decode()
    assert 'for="id_username"' in html and 'for="id_password"' in html
    assert 'autocomplete="current-password"' in html


def test_practitioner_logs_in_and_sees_the_talking_points(client, narrative, practitioner):
    anonymous = client.get(narrative.url).content.decode()
    assert TALKING_POINTS not in anonymous
    assert reverse("login") in anonymous
    response = client.post(
        reverse("login"),
        {
            "username": practitioner.username,
            "password": "correct-horse-battery",
            "next": narrative.url,
        },
    )
    assert response.status_code == 302 and response["Location"] == narrative.url
    assert TALKING_POINTS in client.get(narrative.url).content.decode()


def test_wrong_password_rerenders_with_an_error_and_keeps_the_name(client, home, practitioner):
    response = client.post(reverse("login"), {"username": practitioner.username, "password": "x"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html
    assert f'value="{practitioner.username}"' in html


def test_login_does_not_redirect_to_another_host(client, home, practitioner):
    response = client.post(
        reverse("login"),
        {
            "username": practitioner.username,
            "password": "correct-horse-battery",
            "next": "https://evil.example/",
        },
    )
    assert response["Location"] == "/"


def test_internal_page_sends_anonymous_visitors_to_the_login(client, internal_page, practitioner):
    response = client.get(internal_page.url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login") + "?next=")
    client.force_login(practitioner)
    assert client.get(internal_page.url).status_code == 200


def test_internal_pages_stay_out_of_search_and_sitemap(client, internal_page):
    assert internal_page.url not in client.get("/sitemap.xml").content.decode()
    html = client.get("/de/suche/", {"q": "Bedrohungsmanagement"}).content.decode()
    assert internal_page.url not in html
