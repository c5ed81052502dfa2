"""Every public page type renders for anonymous and for logged-in visitors, with its content."""

import re

import pytest

from tests.factories.site import build_site, library_urls

PAGE_KEYS = [
    "home",
    "content",
    "imprint",
    "privacy",
    "accessibility",
    "easy_read_index",
    "easy_read",
    "sign_language",
    "library",
    "site_index",
    "site",
    "messenger_index",
    "messenger",
    "narrative_index",
    "narrative",
    "campaign_index",
    "campaign",
]


@pytest.fixture
def tree(home):
    return build_site(home)


@pytest.mark.smoke
@pytest.mark.parametrize("key", PAGE_KEYS)
@pytest.mark.parametrize("visitor", ["anonymous", "practitioner"])
def test_page_renders_with_title_and_landmarks(client, tree, practitioner, key, visitor):
    if visitor == "practitioner":
        client.force_login(practitioner)
    page = tree.pages[key]
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert page.title in html
    assert '<main id="main"' in html
    assert 'href="#main"' in html  # skip link
    assert '<html lang="de" dir="ltr"' in html


@pytest.mark.parametrize("route", ["material", "card_set"])
def test_library_detail_pages_render(client, tree, route):
    response = client.get(library_urls(tree)[route])
    assert response.status_code == 200
    expected = tree.materials[0].title if route == "material" else tree.card_set.title
    assert expected in response.content.decode()


def test_narrative_page_sets_both_narratives_side_by_side(client, tree):
    narrative = tree.pages["narrative"]
    html = client.get(narrative.url).content.decode()
    negative = html.index(narrative.negative_narrative)
    counter = html.index(narrative.counter_narrative)
    assert negative < counter
    assert "Bildung öffnet Türen." in html  # key message
    assert tree.messengers[0].title in html
    assert tree.materials[0].title in html
    assert tree.pages["campaign"].title in html


def test_card_set_prints_as_cards(client, tree):
    html = client.get(library_urls(tree)["card_set"]).content.decode()
    assert html.count('class="card-print') == tree.card_set.cards.count()
    assert 'media="print"' in html
    assert "Was bedeutet Respekt für dich?" in html


def test_material_download_states_type_and_size(client, tree):
    html = client.get(library_urls(tree)["material"]).content.decode()
    assert "PDF" in html
    assert " Bytes" in html or " KB" in html


def test_unpublished_page_is_not_found(client, tree):
    narrative = tree.pages["narrative"]
    narrative.unpublish()
    assert client.get(narrative.url).status_code == 404


def test_unknown_library_item_is_not_found(client, tree):
    library = tree.pages["library"]
    assert client.get(library.url + "material/gibt-es-nicht/").status_code == 404


def test_not_found_page_matches_the_site(client, tree):
    response = client.get("/de/gibt-es-nicht/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<main id="main"' in html
    assert "site.css" in html


def test_expired_material_disappears(client, tree):
    import datetime

    material = tree.materials[0]
    url = library_urls(tree)["material"]
    material.expires_at = datetime.date(2020, 1, 1)
    material.save()
    assert client.get(url).status_code == 404
    assert material.title not in client.get(tree.pages["library"].url).content.decode()


def test_public_site_speaks_german_whatever_the_browser_prefers(client, tree):
    html = client.get(tree.pages["narrative"].url, HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content
    html = html.decode()
    assert '<html lang="de"' in html
    assert "Zum Hauptinhalt springen" in html
    assert "Skip to main content" not in html


HEADING = re.compile(r"<h([1-6])\b")
FORM_CONTROL = re.compile(r"<(?:input|select|textarea)\b[^>]*\bid=\"([^\"]+)\"[^>]*>")
IMAGE = re.compile(r"<img\b[^>]*>")


@pytest.mark.parametrize("key", PAGE_KEYS)
def test_structure_is_accessible(client, tree, key):
    """One h1, no skipped heading levels, every form control labelled, every image with alt."""
    html = client.get(tree.pages[key].url).content.decode()
    levels = [int(level) for level in HEADING.findall(html.split("<main", 1)[1])]
    assert levels[0] == 1 and levels.count(1) == 1, levels
    for previous, current in zip(levels, levels[1:], strict=False):
        assert current <= previous + 1, levels
    for control_id in FORM_CONTROL.findall(html):
        if 'type="hidden"' not in html.split(f'id="{control_id}"', 1)[0].rsplit("<", 1)[1]:
            assert f'for="{control_id}"' in html, control_id
    for image in IMAGE.findall(html):
        assert " alt=" in image, image


def test_server_error_page_renders_without_database_or_request():
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert "site.css" in html
    assert '<html lang="de"' in html
