"""Every public page type renders for anonymous and for logged-in visitors, with its content."""

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
    response = client.get("/gibt-es-nicht/")
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
