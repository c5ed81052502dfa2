"""The admin works for editors: every editor view opens, previews render, overdue work shows."""

import datetime

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from tests.cms.test_public_pages import PAGE_KEYS
from tests.factories.narratives import NarrativePageFactory
from tests.factories.site import build_site
from tests.html import foreign_fetches


@pytest.fixture
def tree(home):
    return build_site(home)


@pytest.mark.parametrize("key", PAGE_KEYS)
def test_page_editor_opens_for_every_page_type(admin_client, tree, key):
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[tree.pages[key].pk]))
    assert response.status_code == 200
    assert not foreign_fetches(response.content.decode())


@pytest.mark.parametrize(
    "url_name",
    [
        "wagtailsnippets_media_library_material:list",
        "wagtailsnippets_media_library_cardset:list",
        "wagtailsnippets_cms_topic:list",
        "wagtailsnippets_cms_channel:list",
        "wagtailimages:index",
        "wagtaildocs:index",
        "wagtailadmin_home",
    ],
)
def test_admin_listings_open_without_third_party_requests(admin_client, tree, url_name):
    response = admin_client.get(reverse(url_name))
    assert response.status_code == 200
    assert not foreign_fetches(response.content.decode())


def test_material_and_card_set_editors_open(admin_client, tree):
    for model, obj in (("material", tree.materials[0]), ("cardset", tree.card_set)):
        url = reverse(f"wagtailsnippets_media_library_{model}:edit", args=[obj.pk])
        assert admin_client.get(url).status_code == 200


def test_dashboard_lists_narratives_due_for_review(admin_client, tree):
    overdue = tree.pages["narrative"]
    overdue.review_by = datetime.date(2025, 1, 1)
    overdue.save()
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "narratives-due-for-review" in html
    assert reverse("wagtailadmin_pages:edit", args=[overdue.pk]) in html


def test_dashboard_hides_the_panel_when_nothing_is_overdue(admin_client, tree):
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "narratives-due-for-review" not in html


def test_preview_of_a_new_narrative_shows_its_unsaved_relations(admin_client, tree):
    index = tree.pages["narrative_index"]
    messenger = tree.messengers[0]
    url = reverse(
        "wagtailadmin_pages:preview_on_add", args=["narratives", "narrativepage", index.pk]
    )
    data = nested_form_data(
        {
            "title": "Respekt bekommt man nur durch Angst",
            "slug": "respekt-durch-angst",
            "negative_narrative": "Respekt bekommt man nur durch Angst.",
            "counter_narrative": "Echten Respekt bekommt, wer andere respektiert.",
            "key_messages": streamfield([("message", "Respekt ist gegenseitig.")]),
            "body": streamfield([]),
            "sources": streamfield([]),
            "talking_points": rich_text("<p>Intern</p>"),
            "review_by": "2027-06-01",
        }
    )
    # Multiple choices are repeated keys, which nested_form_data would number instead.
    data.update(messengers=[messenger.pk], materials=[tree.materials[0].pk])
    response = admin_client.post(url, data)
    assert response.json()["is_valid"] is True, response.json()
    html = admin_client.get(url).content.decode()
    assert "Echten Respekt bekommt, wer andere respektiert." in html
    assert messenger.title in html
    assert tree.materials[0].title in html


def test_narrative_listing_filters_those_due_for_review(admin_client, tree):
    overdue = tree.pages["narrative"]
    overdue.review_by = datetime.date(2025, 1, 1)
    overdue.save()
    index = tree.pages["narrative_index"]
    fresh = NarrativePageFactory(parent=index, title="Noch aktuell")
    url = reverse("wagtailadmin_explore", args=[index.pk])
    html = admin_client.get(url, {"due_for_review": "due"}).content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[overdue.pk]) in html
    assert reverse("wagtailadmin_pages:edit", args=[fresh.pk]) not in html
    dashboard = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert f"{url}?due_for_review=due" in dashboard
