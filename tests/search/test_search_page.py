"""The public search, run against every backend (see conftest): what visitors find, how it is
narrowed, highlighted and paged, and what they never find."""

import datetime
import html
import re

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from tests.cms.localisation.test_language_versions import translate
from tests.factories.cms import AudienceFactory, ContentPageFactory, TopicFactory
from tests.factories.narratives import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    MessengerIdentityFactory,
    MessengerIndexPageFactory,
    MessengerPageFactory,
    NarrativeIndexPageFactory,
    NarrativePageFactory,
    ProgrammeSiteIndexPageFactory,
    ProgrammeSitePageFactory,
)

MARKED = re.compile(r"<mark>([^<]+)</mark>")
TITLES = re.compile(r'<h2 class="search-result__title"><a href="[^"]+">([^<]+)</a></h2>')


def titles(response: object) -> list[str]:
    return [html.unescape(title) for title in TITLES.findall(response.content.decode())]


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
        counter_narrative="Polizistinnen und Polizisten erklären, was sie tun.",
    )
    draft = NarrativePageFactory(parent=index, title="Schule Entwurf", live=False)
    return school, police, draft


@pytest.mark.smoke
def test_search_finds_published_narratives_only(client, narratives, search_backend):
    school, police, draft = narratives
    search_backend.refresh()
    found = titles(client.get("/de/suche/", {"q": "Schule"}))
    assert school.title in found
    assert police.title not in found
    assert draft.title not in found


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
        "Schule " * 2_000,
        "/.*/ {} [] \\ ||",
    ],
)
def test_hostile_queries_get_a_page_not_an_error(client, narratives, query, search_backend):
    search_backend.refresh()
    response = client.get("/de/suche/", {"q": query, "topic": "<b>", "page": "-3"})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_query_keeps_words_and_drops_syntax():
    from search.services import normalise_query

    assert normalise_query('"Kurve-kriegen" AND (Schule)*') == "Kurve-kriegen AND Schule"
    assert normalise_query("Essen'de") == "Essen'de"
    assert normalise_query("الشُّرطة؟") == "الشُّرطة"  # vowel signs stay with their letters
    assert len(normalise_query("x" * 10_000)) == 200


def test_matches_are_highlighted_in_the_snippet(client, narratives, search_backend):
    search_backend.refresh()
    html = client.get("/de/suche/", {"q": "Polizei"}).content.decode()
    marked = {word.casefold() for word in MARKED.findall(html)}
    assert "polizei" in marked
    # The highlight is markup of ours around escaped text, never the content's own markup.
    assert "<mark><" not in html


def test_content_markup_in_snippets_is_escaped(client, home, search_backend):
    index = NarrativeIndexPageFactory(parent=home)
    NarrativePageFactory(
        parent=index,
        title="Eine Falle",
        introduction='Polizei <img src=x onerror="alert(1)"> und mehr',
    )
    search_backend.refresh()
    html = client.get("/de/suche/", {"q": "Polizei"}).content.decode()
    # Escaped by the template (or, on PostgreSQL, dropped by ts_headline): never markup.
    assert "<img src=x" not in html and 'onerror="alert' not in html
    assert "<mark>Polizei</mark>" in html


def test_markup_in_titles_is_shown_as_text(client, home, search_backend):
    NarrativePageFactory(
        parent=NarrativeIndexPageFactory(parent=home), title="<script>alert(1)</script> Schule"
    )
    search_backend.refresh()
    html = client.get("/de/suche/", {"q": "Schule"}).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Schule" in html
    suggestions = client.get("/de/suche/vorschlaege/", {"q": "Schul"})
    assert suggestions["Content-Type"] == "application/json"
    assert suggestions.json()["suggestions"][0]["title"] == "<script>alert(1)</script> Schule"


@pytest.fixture
def classified(home):
    school_topic = TopicFactory(name="Schule und Bildung", slug="schule")
    family_topic = TopicFactory(name="Familie", slug="familie")
    mothers = AudienceFactory(name="Mütter", slug="muetter")
    essen = ProgrammeSitePageFactory(
        parent=ProgrammeSiteIndexPageFactory(parent=home), title="Essen", slug="essen"
    )
    index = NarrativeIndexPageFactory(parent=home)
    first = NarrativePageFactory(parent=index, title="Schulabschluss lohnt sich")
    first.topics.set([school_topic])
    first.sites.set([essen])
    first.save()
    second = NarrativePageFactory(parent=index, title="Familie und Schulweg")
    second.topics.set([family_topic])
    second.audiences.set([mothers])
    second.save()
    campaign = CampaignPageFactory(
        parent=CampaignIndexPageFactory(parent=home),
        title="Zurück in die Schule",
        goal="Jugendliche gehen wieder in die Schule.",
    )
    campaign.narratives.set([first])
    campaign.save()
    return first, second, campaign


def facet_counts(html: str, facet: str) -> dict[str, int]:
    section = html.split(f'id="facet-{facet}"', 1)[1].split("</section>", 1)[0]
    return {
        label.strip(): int(count)
        for label, count in re.findall(
            r'<a href="[^"]+"[^>]*>(?:<span class="visually-hidden">[^<]*</span>)?([^<]+)</a> '
            r'<span class="search-facet__count">\((\d+)\)</span>',
            section,
        )
    }


def test_facets_count_types_topics_audiences_and_sites(client, classified, search_backend):
    search_backend.refresh()
    html = client.get("/de/suche/", {"q": "Schule"}).content.decode()
    assert facet_counts(html, "content_type") == {"Narrative": 2, "Kampagnen": 1}
    # The campaign carries its narratives' topics.
    assert facet_counts(html, "topic") == {"Schule und Bildung": 2, "Familie": 1}
    assert facet_counts(html, "audience") == {"Mütter": 1}
    assert facet_counts(html, "site") == {"Essen": 1}


def test_a_facet_narrows_the_results_and_can_be_removed(client, classified, search_backend):
    first, second, campaign = classified
    search_backend.refresh()
    response = client.get("/de/suche/", {"q": "Schule", "topic": "schule"})
    assert sorted(titles(response)) == sorted([first.title, campaign.title])
    html = response.content.decode()
    assert 'aria-current="true"' in html  # the chosen option, whose link removes it
    narrowed = client.get(
        "/de/suche/", {"q": "Schule", "topic": "schule", "content_type": "campaign"}
    )
    assert titles(narrowed) == [campaign.title]
    unknown = client.get("/de/suche/", {"q": "Schule", "topic": "gibt-es-nicht"})
    assert unknown.status_code == 200 and titles(unknown) == []
    assert 'href="?q=Schule"' in unknown.content.decode()  # search again without the filters


def test_results_are_paged_and_an_old_page_number_shows_the_last_page(client, home, search_backend):
    index = NarrativeIndexPageFactory(parent=home)
    for number in range(13):
        NarrativePageFactory(parent=index, title=f"Ausbildung Nummer {number}")
    search_backend.refresh()
    first = client.get("/de/suche/", {"q": "Ausbildung"})
    second = client.get("/de/suche/", {"q": "Ausbildung", "page": "2"})
    assert len(titles(first)) == 10 and len(titles(second)) == 3
    assert not set(titles(first)) & set(titles(second))
    assert "13" in first.content.decode().split('class="result-count"', 1)[1][:80]
    beyond = client.get("/de/suche/", {"q": "Ausbildung", "page": "99"})
    assert titles(beyond) == titles(second)
    assert 'href="?q=Ausbildung&amp;page=1"' in second.content.decode()


def test_results_are_in_the_visitors_language_and_other_languages_are_counted(
    client, home, search_backend
):
    index = NarrativeIndexPageFactory(parent=home)
    school = NarrativePageFactory(parent=index, title="Schule ist wichtig")
    police = NarrativePageFactory(
        parent=index,
        title="Polizei im Viertel",
        negative_narrative="Die Polizei ist gegen uns.",
        key_messages__0__message__value="Kontakt auf Augenhöhe.",
    )
    call_command("sync_locale_trees")
    translate(school, "en", title="School matters")
    search_backend.refresh()
    english = client.get("/en/suche/", {"q": "School"})
    assert titles(english) == ["School matters"]
    # German pages standing in for untranslated ones are not found in English…
    assert titles(client.get("/en/suche/", {"q": "Polizei"})) == []
    # …and the German results say that an English version matches too.
    html = client.get("/de/suche/", {"q": "Schule"}).content.decode()
    assert titles(client.get("/de/suche/", {"q": "Schule"})) == [school.title]
    assert 'hreflang="en"' in html.split('id="facet-language"', 1)[1]
    assert police.title not in html


def test_drafts_and_internal_pages_are_never_found(client, home, search_backend):
    index = NarrativeIndexPageFactory(parent=home)
    NarrativePageFactory(parent=index, title="Geheimplan Entwurf", live=False)
    internal = ContentPageFactory(parent=home, title="Geheimplan intern")
    PageViewRestriction.objects.create(
        page=internal, restriction_type=PageViewRestriction.GROUPS
    ).groups.set([Group.objects.get_or_create(name="Fachkräfte")[0]])
    password = ContentPageFactory(parent=home, title="Geheimplan Passwort")
    PageViewRestriction.objects.create(
        page=password, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    search_backend.refresh()
    assert titles(client.get("/de/suche/", {"q": "Geheimplan"})) == []
    # Internal talking points of a public narrative are not searchable either.
    NarrativePageFactory(
        parent=index, title="Öffentlich", talking_points="<p>Sprechzettel Zauberwort</p>"
    )
    search_backend.refresh()
    assert titles(client.get("/de/suche/", {"q": "Zauberwort"})) == []


def test_messengers_private_identity_and_withdrawn_profiles_are_never_found(
    client, home, search_backend
):
    index = MessengerIndexPageFactory(parent=home)
    visible = MessengerIdentityFactory(
        messenger=MessengerPageFactory(parent=index, title="Coach Ali"),
        real_name="Ahmet Geheimname",
    )
    MessengerIdentityFactory(
        messenger=MessengerPageFactory(parent=index, title="Coach Withdrawn"),
        consent_web=False,
    )
    MessengerIdentityFactory(
        messenger=MessengerPageFactory(parent=index, title="Coach Expired"),
        consent_expires_on=timezone.localdate() - datetime.timedelta(days=1),
    )
    MessengerPageFactory(parent=index, title="Coach Without Record")
    search_backend.refresh()
    assert titles(client.get("/de/suche/", {"q": "Coach"})) == [visible.messenger.title]
    for private in ("Geheimname", visible.email.split("@")[0], "Wohnort", "DS-2026"):
        assert titles(client.get("/de/suche/", {"q": private})) == [], private
    if search_backend.engine is not None:
        stored = search_backend.engine.client.search(
            index=f"{search_backend.engine.prefix}-*", body={"query": {"match_all": {}}}
        )["hits"]["hits"]
        assert "Geheimname" not in str(stored) and "privat" not in str(stored)
        assert {hit["_source"]["title"] for hit in stored} == {
            "Coach Ali",
            "Botschafterinnen und Botschafter",
        }


def test_suggestions_never_offer_pages_that_are_no_longer_public(client, home, search_backend):
    index = NarrativeIndexPageFactory(parent=home)
    secret = NarrativePageFactory(parent=index, title="Schulgeheimnis")
    search_backend.refresh()
    assert [
        s["title"]
        for s in client.get("/de/suche/vorschlaege/", {"q": "Schul"}).json()["suggestions"]
    ] == ["Schulgeheimnis"]
    # Restricted before the index has caught up (no refresh): the engine still holds it.
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    response = client.get("/de/suche/vorschlaege/", {"q": "Schul"})
    assert response.json() == {"suggestions": []}
    assert titles(client.get("/de/suche/", {"q": "Schulgeheimnis"})) == []


def test_suggestions_complete_titles_as_json(client, narratives, search_backend):
    school, police, draft = narratives
    search_backend.refresh()
    response = client.get("/de/suche/vorschlaege/", {"q": "Schul"})
    assert response.status_code == 200
    suggestions = response.json()["suggestions"]
    assert [s["title"] for s in suggestions] == [school.title]
    assert suggestions[0]["url"] == school.url and suggestions[0]["type"] == "Narrative"
    assert client.get("/de/suche/vorschlaege/", {"q": "S"}).json() == {"suggestions": []}
    assert client.get("/de/suche/vorschlaege/", {"q": "\x00" * 5000}).status_code == 200


def test_listing_free_text_filter(client, classified, search_backend):
    first, second, campaign = classified
    search_backend.refresh()
    listing = Page.objects.get(pk=first.get_parent().pk).specific
    response = client.get(listing.url, {"q": "Familie"})
    html = response.content.decode()
    assert second.title in html and first.title not in html
    assert 'value="Familie"' in html  # the form keeps the words
    both = client.get(listing.url, {"q": "Schule", "topic": "familie"}).content.decode()
    assert second.title in both and first.title not in both
