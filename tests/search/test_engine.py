"""The engine side: language analysis on a real node, the outbox surviving an outage, retries,
drift repair, falling back to the database, and the Elasticsearch adapter's requests."""

import io
import time

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from search.engine import SearchEngine
from search.indexing import drain, find_drift
from search.models import IndexUpdate
from search.search_url import SearchUrlError, parse_search_url, redact
from search.services import search_pages
from tests.cms.localisation.test_language_versions import in_language, translate
from tests.factories.narratives import (
    NarrativeIndexPageFactory,
    NarrativePageFactory,
)
from tests.search.conftest import SEARCH_TEST_URL
from tests.search.test_search_page import titles


def found(client: object, query: str, language: str = "de") -> list[str]:
    return titles(client.get(f"/{language}/suche/", {"q": query}))


@pytest.fixture
def german(home, engine):
    index = NarrativeIndexPageFactory(parent=home)
    pages = {
        "crime": NarrativePageFactory(
            parent=index,
            title="Kriminalität hat Gründe",
            negative_narrative="Wer einmal drin ist, kommt nicht mehr raus.",
        ),
        "prevention": NarrativePageFactory(
            parent=index,
            title="Kriminalitätsprävention beginnt früh",
            negative_narrative="Vorbeugen bringt nichts.",
        ),
        "mothers": NarrativePageFactory(
            parent=index,
            title="Mütter stärken",
            negative_narrative="Mütter haben da nichts zu sagen.",
        ),
        "street": NarrativePageFactory(
            parent=index, title="Auf der Straße gilt das Recht des Stärkeren"
        ),
        "police": NarrativePageFactory(
            parent=index,
            title="Die Polizei ist gegen uns",
            negative_narrative="Die Polizei kontrolliert nur uns.",
        ),
    }
    for page in pages.values():
        page.save_revision().publish()
    drain()
    engine.refresh()
    return {key: page.title for key, page in pages.items()}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Clankriminalität", {"crime", "prevention"}),  # compound split at query time
        ("Kriminalität", {"crime", "prevention"}),  # …and at index time
        ("Prävention", {"prevention"}),
        ("Muetter", {"mothers"}),  # umlaut written out
        ("Mutter", {"mothers"}),  # singular finds plural
        ("Strasse", {"street"}),  # ß written out
        ("Polzei", {"police"}),  # a typo
    ],
)
def test_german_analysis(client, german, query, expected):
    hits = set(found(client, query))
    assert {german[key] for key in expected} <= hits, hits


def test_turkish_apostrophe_suffixes_and_arabic_normalisation(client, home, engine):
    index = NarrativeIndexPageFactory(parent=home)
    essen = NarrativePageFactory(parent=index, title="Essen")
    cairo = NarrativePageFactory(parent=index, title="Kairo")
    call_command("sync_locale_trees")
    translate(essen, "tr", title="Gençler Essen'de buluşuyor", introduction="İstanbul'dan geldi.")
    translate(cairo, "ar", title="الأمل في المدرسة", introduction="إلى الأمام")
    drain()
    engine.refresh()
    assert found(client, "Essen", "tr") == ["Gençler Essen'de buluşuyor"]
    assert found(client, "istanbul", "tr") == ["Gençler Essen'de buluşuyor"]
    # Alef with hamza written plainly; the definite article left off.
    assert found(client, "امل", "ar") == ["الأمل في المدرسة"]
    assert found(client, "الامل", "ar") == ["الأمل في المدرسة"]


def test_no_change_is_lost_while_the_engine_is_down(client, home, relay, test_engine):
    index = NarrativeIndexPageFactory(parent=home)
    stays = NarrativePageFactory(parent=index, title="Ausbildung bleibt")
    leaves = NarrativePageFactory(parent=index, title="Ausbildung geht offline")
    deleted = NarrativePageFactory(parent=index, title="Ausbildung wird gelöscht")
    for page in (index, stays, leaves, deleted):
        page.save_revision().publish()
    assert drain().remaining == 0
    test_engine.refresh()
    assert len(found(client, "Ausbildung")) == 3

    relay.stop()
    edited = Page.objects.get(pk=stays.pk).specific
    edited.title = "Ausbildung bleibt, neu betitelt"
    edited.save_revision().publish()
    leaves.unpublish()
    deleted.delete()
    new = NarrativePageFactory(parent=index, title="Ausbildung neu")
    new.save_revision().publish()
    # Nothing waited for the engine: the four changes never asked it, they wait in the outbox.
    assert relay.attempts_while_down == 0
    assert IndexUpdate.objects.count() >= 4

    report = drain()
    assert report.engine_down and report.indexed == report.deleted == 0
    assert report.remaining >= 4  # nothing was marked done
    # Visitors still get results, from the database, with a notice.
    response = client.get("/de/suche/", {"q": "Ausbildung"})
    assert response.status_code == 200
    assert sorted(titles(response)) == ["Ausbildung bleibt, neu betitelt", "Ausbildung neu"]
    assert 'role="status">Die Suche arbeitet gerade eingeschränkt' in response.content.decode()

    relay.start()
    report = drain()
    assert not report.engine_down and report.remaining == 0
    assert report.indexed >= 2 and report.deleted >= 2
    test_engine.refresh()
    assert all(find_drift(test_engine, code).clean for code in ("de", "en"))
    response = client.get("/de/suche/", {"q": "Ausbildung"})
    assert sorted(titles(response)) == ["Ausbildung bleibt, neu betitelt", "Ausbildung neu"]
    assert "eingeschränkt" not in response.content.decode()


def test_a_refused_document_is_retried_not_marked_done(home, engine):
    page = NarrativePageFactory(parent=NarrativeIndexPageFactory(parent=home), title="Zu")
    engine.client.indices.close(index=engine.alias("de"))
    try:
        page.save_revision().publish()
        report = drain()
        row = IndexUpdate.objects.get(page_id=page.pk)
        assert report.failed == 1 and row.attempts == 1 and row.last_error
        assert row.next_attempt_at > row.created_at  # retried later, with a growing delay
    finally:
        engine.client.indices.open(index=engine.alias("de"))
    IndexUpdate.objects.update(next_attempt_at=row.created_at)
    assert drain().remaining == 0
    engine.refresh()
    assert [pk for pk, _fp in engine.fingerprints("de")] == [page.pk]


def test_drift_is_reported_and_repaired(home, engine, capsys):
    index = NarrativeIndexPageFactory(parent=home)
    pages = [NarrativePageFactory(parent=index, title=f"Seite {n}") for n in range(3)]
    call_command("search_index", "check", "--repair")
    engine.refresh()
    engine.client.delete(index=engine.alias("de"), id=pages[0].pk, refresh=True)  # missing
    Page.objects.filter(pk=pages[1].pk).update(title="Umbenannt")  # stale (no signal)
    Page.objects.filter(pk=pages[2].pk).update(live=False)  # orphaned
    capsys.readouterr()
    with pytest.raises(CommandError, match="check --repair"):
        call_command("search_index", "check")
    assert "de: 1 missing, 1 stale, 1 orphaned" in capsys.readouterr().out
    call_command("search_index", "check", "--repair")
    engine.refresh()
    call_command("search_index", "check")
    assert "The index matches the database." in capsys.readouterr().out


def test_rebuild_swaps_in_a_complete_index_and_reports_progress(home, engine, capsys):
    index = NarrativeIndexPageFactory(parent=home)
    for n in range(3):
        NarrativePageFactory(parent=index, title=f"Seite {n}")
    before = set(engine.client.indices.get_alias(name=engine.alias("de")))
    call_command("search_index", "rebuild")
    output = capsys.readouterr().out
    assert "de: 4/4" in output and "documents in" in output
    after = set(engine.client.indices.get_alias(name=engine.alias("de")))
    assert before != after and not engine.client.indices.exists(index=list(before))
    assert len(list(engine.fingerprints("de"))) == 4


def test_without_an_engine_the_command_says_so(settings):
    settings.SEARCH_URL = ""
    with pytest.raises(CommandError, match="SEARCH_URL is not set"):
        call_command("search_index", "rebuild")
    settings.SEARCH_URL = "solr://example.org"
    with pytest.raises(CommandError, match="SEARCH_URL must look like"):
        call_command("search_index", "status")


def test_an_unreachable_engine_is_one_readable_line(settings, db):
    settings.SEARCH_URL = "opensearch+http://127.0.0.1:9"
    with pytest.raises(CommandError, match="did not answer"):
        call_command("search_index", "check")


def test_search_falls_back_when_the_engine_is_unreachable(client, home, settings):
    settings.SEARCH_URL = "opensearch+https://user:secret@127.0.0.1:9"
    NarrativePageFactory(parent=NarrativeIndexPageFactory(parent=home), title="Schule")
    locale = Page.objects.get(pk=home.pk).locale
    results = search_pages("Schule", locale)
    assert results.degraded and [hit.title for hit in results.page] == ["Schule"]
    suggestions = client.get("/de/suche/vorschlaege/", {"q": "Schu"}).json()["suggestions"]
    assert [s["title"] for s in suggestions] == ["Schule"]


def test_search_urls_are_checked_and_passwords_never_shown():
    assert parse_search_url("opensearch+https://u:p@h:9200") == ("opensearch", "https://u:p@h:9200")
    for malformed in (
        "https://u:secret@h:9200",
        "opensearch+https//u:secret@h",
        "opensearch+https://u:secret@h:port",
        "solr+http://u:secret@h",
        "opensearch+ftp://u:secret@h",
    ):
        with pytest.raises(SearchUrlError) as error:
            parse_search_url(malformed)
        assert "secret" not in str(error.value), malformed
    assert redact("elasticsearch+https://u:se#cr/et@h:9200/") == "elasticsearch+https://***@h:9200/"
    assert redact("opensearch+http://h:9200") == "opensearch+http://h:9200"


def test_a_malformed_search_url_is_reported_at_start_and_breaks_nothing(client, home, settings):
    from django.core.checks import run_checks

    settings.SEARCH_URL = "opensearch://u:secret@h"
    errors = [e for e in run_checks() if e.id == "search.E001"]
    assert errors and "secret" not in errors[0].msg
    page = NarrativePageFactory(parent=NarrativeIndexPageFactory(parent=home), title="Schule")
    page.save_revision().publish()  # publishing goes on; the change waits in the outbox
    assert IndexUpdate.objects.filter(page_id=page.pk).exists()
    response = client.get("/de/suche/", {"q": "Schule"})
    assert response.status_code == 200 and titles(response) == ["Schule"]


def test_after_a_failure_the_engine_is_left_alone_for_a_while(client, home, settings):
    from django.core.cache import cache

    from search.engine import ENGINE_PAUSED_KEY

    settings.SEARCH_URL = "opensearch+http://127.0.0.1:9"
    NarrativePageFactory(parent=NarrativeIndexPageFactory(parent=home), title="Schule")
    client.get("/de/suche/", {"q": "Schule"})
    assert cache.get(ENGINE_PAUSED_KEY)
    # Not even asked now: an engine URL that would hang is never contacted.
    settings.SEARCH_URL = "opensearch+http://10.255.255.1:9200"
    settings.SEARCH_TIMEOUT = 30
    started = time.monotonic()
    response = client.get("/de/suche/", {"q": "Schule"})
    # Far under the 30 s a contacted engine would take, with room for a loaded machine.
    assert time.monotonic() - started < 10 and titles(response) == ["Schule"]


def test_draining_into_a_new_cluster_creates_the_indices_first(home, settings, test_engine):
    from search.engine import configured_engine

    settings.SEARCH_URL = SEARCH_TEST_URL
    settings.SEARCH_INDEX_PREFIX = f"{test_engine.prefix}-fresh"
    engine = configured_engine()
    try:
        page = NarrativePageFactory(parent=NarrativeIndexPageFactory(parent=home))
        page.save_revision().publish()
        assert drain().remaining == 0
        mapping = engine.client.indices.get_mapping(index=engine.alias("de"))
        (index_mapping,) = mapping.values()
        assert index_mapping["mappings"]["dynamic"] == "strict"
        call_command("search_index", "rebuild", stdout=io.StringIO())  # and a rebuild works
    finally:
        engine.drop_all()


def test_the_elasticsearch_adapter_builds_the_same_requests():
    """No Elasticsearch server is available here: the adapter is held to the requests the
    OpenSearch one sends (which the tests above run against a real node)."""
    opensearch = SearchEngine("opensearch", "http://127.0.0.1:9", "same")
    elasticsearch = SearchEngine("elasticsearch", "http://127.0.0.1:9", "same")
    for method, args in [
        ("build_search", ("Schule", "de", {"topic": "schule"}, 10, 10)),
        ("build_suggest", ("Schu", "ar", 8)),
    ]:
        # ("from": 0 is the default, which one DSL writes out and the other leaves off.)
        expected = {"from": 0, **getattr(opensearch, method)(*args).to_dict()}
        assert {"from": 0, **getattr(elasticsearch, method)(*args).to_dict()} == expected
    for language in ("de", "tr", "ar"):
        expected = opensearch.index_definition("x", language).to_dict()
        built = elasticsearch.index_definition("x", language).to_dict()
        assert built == expected
        assert built["mappings"]["dynamic"] == "strict"
    german = elasticsearch.index_definition("x", "de").to_dict()["settings"]["analysis"]
    assert "clan" in german["filter"]["de_compound_parts"]["word_list"]
    assert german["analyzer"]["text_de"]["filter"] == [
        "lowercase",
        "de_stop",
        "german_normalization",  # before the split: the word list is normalised the same way
        "asciifolding",
        "de_compound_parts",
        "de_stemmer",
    ]
    request = elasticsearch.build_search("Schule", "de", {}, 0, 10).to_dict()
    assert request["post_filter"] == {"term": {"language": "de"}}
    assert set(request["aggs"]["in_language"]["aggs"]) == {
        "content_type",
        "topic",
        "audience",
        "site",
    }


def test_translations_replace_their_stand_in_in_the_index(client, home, engine):
    page = NarrativePageFactory(parent=NarrativeIndexPageFactory(parent=home), title="Schule")
    page.save_revision().publish()
    call_command("sync_locale_trees")
    drain()
    assert list(engine.fingerprints("en")) == []  # the alias is not indexed
    translate(page, "en", title="School")
    drain()
    engine.refresh()
    assert [pk for pk, _fp in engine.fingerprints("en")] == [in_language(page, "en").pk]


def test_consent_withdrawal_and_new_restrictions_take_pages_out_of_the_index(home, engine):
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    from tests.factories.narratives import (
        MessengerIdentityFactory,
        MessengerIndexPageFactory,
        MessengerPageFactory,
    )

    messengers = MessengerIndexPageFactory(parent=home)
    record = MessengerIdentityFactory(messenger=MessengerPageFactory(parent=messengers))
    narratives = NarrativeIndexPageFactory(parent=home)
    narrative = NarrativePageFactory(parent=narratives)
    for page in (messengers, record.messenger, narratives, narrative):
        page.save_revision().publish()
    drain()
    engine.refresh()
    indexed = {pk for pk, _fp in engine.fingerprints("de")}
    assert {record.messenger.pk, narrative.pk} <= indexed

    record.consent_web = False
    record.save()  # the privacy officer's change, no publishing involved
    restriction = PageViewRestriction.objects.create(
        page=narratives, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get_or_create(name="Fachkräfte")[0]])
    drain()
    engine.refresh()
    indexed = {pk for pk, _fp in engine.fingerprints("de")}
    assert record.messenger.pk not in indexed
    assert narrative.pk not in indexed and narratives.pk not in indexed
    assert messengers.pk in indexed


def test_the_periodic_job_drains_the_outbox(home, engine):
    page = NarrativePageFactory(parent=NarrativeIndexPageFactory(parent=home))
    page.save_revision().publish()
    assert IndexUpdate.objects.exists()
    call_command("run_scheduled_jobs", verbosity=0)
    assert not IndexUpdate.objects.exists()
    engine.refresh()
    assert page.pk in {pk for pk, _fp in engine.fingerprints("de")}


def test_a_cached_search_page_finds_a_new_page_once_the_engine_has_it(
    client, home, engine, django_capture_on_commit_callbacks, settings
):
    settings.PAGE_CACHE_SECONDS = 3600
    index = NarrativeIndexPageFactory(parent=home)
    url = "/de/suche/?q=Kurvenlage"
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"

    page = NarrativePageFactory(parent=index, title="Kurvenlage", live=False)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    # A visitor before the engine has the page keeps the old answer in the cache again …
    assert "Kurvenlage" not in titles(client.get(url))
    assert client.get(url)["X-Page-Cache"] == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        drain()
    engine.refresh()
    # … which the engine's confirmation purges.
    assert "Kurvenlage" in titles(client.get(url))
