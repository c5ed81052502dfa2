import pytest

from tests.factories.narratives import NarrativeIndexPageFactory, NarrativePageFactory


@pytest.fixture
def narratives(home):
    index = NarrativeIndexPageFactory(parent=home)
    school = NarrativePageFactory(
        parent=index,
        title="Schule bringt nichts",
        negative_narrative="Schule bringt Leuten wie uns nichts.",
    )
    police = NarrativePageFactory(
        parent=index,
        title="Die Polizei ist gegen uns",
        negative_narrative="Die Polizei ist gegen uns.",
    )
    draft = NarrativePageFactory(parent=index, title="Schule Entwurf", live=False)
    return school, police, draft


@pytest.mark.smoke
def test_search_finds_published_narratives_only(client, narratives):
    school, police, draft = narratives
    html = client.get("/de/suche/", {"q": "Schule"}).content.decode()
    assert school.title in html
    assert police.title not in html
    assert draft.title not in html


def test_search_without_query_shows_the_form(client, home):
    response = client.get("/de/suche/")
    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        '"unbalanced',
        "AND OR NOT",
        "x" * 10_000,
        "\x00\x1f\u202e",
        "<script>alert(1)</script>",
        "*?~^",
        "it's 'quoted",
        "Schule -",
        "NEAR(a b)",
        "title:Schule",
    ],
)
def test_hostile_queries_get_a_page_not_an_error(client, narratives, query):
    response = client.get("/de/suche/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_query_keeps_words_and_drops_syntax():
    from search.services import normalise_query

    assert normalise_query('  "Kurve-kriegen"  (Ankara\'da) AND *Schule* ') == (
        "Kurve-kriegen Ankara'da AND Schule"
    )
    assert len(normalise_query("ä" * 10_000)) == 200
