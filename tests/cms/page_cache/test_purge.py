"""The anonymous page cache shows a change right after it is published, on every page that
shows it.

Each test fills the application's cache by visiting the pages twice (the second answer must be
a hit), changes one thing the way editors do (a revision published, a snippet published, a
term or image saved, a page moved or deleted) and visits again.
"""

from collections.abc import Iterable

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction

from cms.page_cache import purge as page_cache_purge
from narratives.models import NarrativeIndexPage
from tests.cms.page_cache.visits import search_url, text
from tests.factories.cms import ContentPageFactory
from tests.factories.narratives import NarrativeIndexPageFactory, NarrativePageFactory
from tests.factories.site import library_urls

pytestmark = pytest.mark.django_db


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Changes an object as editors do and runs what happens after the commit."""

    def run(obj: object, **fields: object) -> object:
        with django_capture_on_commit_callbacks(execute=True):
            for name, value in fields.items():
                setattr(obj, name, value)
            if hasattr(obj, "save_revision"):
                obj.save_revision().publish()
            else:
                obj.save()
        return obj

    return run


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Runs a change and what happens after its commit."""

    def run(change, *args: object, **kwargs: object) -> object:
        with django_capture_on_commit_callbacks(execute=True):
            return change(*args, **kwargs)

    return run


@pytest.fixture(params=["whole pages", "parts only"])
def warm(request, settings):
    """Visits every URL until it comes from the application's cache: the whole page, or with
    the page cache off (as after a purge, or for a new query string) the parts of the page kept
    between renders. Either must show the change right after it is published."""
    header = "X-Page-Cache"
    if request.param == "parts only":
        settings.PAGE_CACHE_SECONDS = 0
        header = "X-Page-Parts"

    def run(client, urls: Iterable[str]) -> None:
        for url in urls:
            first = client.get(url)
            assert first.status_code == 200, url
            if header == "X-Page-Parts" and not is_plain_page(first):
                assert header not in first, url  # the search, a library: their links vary
                continue
            # Parts serve every query string of a path: a listing's second variant finds them.
            assert first[header] == "miss" or header == "X-Page-Parts", url
            assert client.get(url)[header] == "hit", url

    return run


def is_plain_page(response) -> bool:
    page = (response.context or {}).get("page")
    return isinstance(page, Page) and not isinstance(page, RoutablePageMixin)


def assert_shown_everywhere(client, urls: Iterable[str], new: str, old: str = "") -> None:
    for url in urls:
        html = text(client, url)
        assert new in html, f"{url} does not show {new!r}"
        assert not old or old not in html, f"{url} still shows {old!r}"


def listing_variants(page: Page, **filters: str) -> list[str]:
    """A listing as visitors reach it: plain, paginated and filtered."""
    return [page.url, f"{page.url}?page=1", *(f"{page.url}?{k}={v}" for k, v in filters.items())]


def test_a_narrative_publish_shows_on_its_page_listings_home_relations_and_search(
    client, shared_cache, tree, publish, warm
):
    narrative = tree.pages["narrative"]
    old = narrative.title
    topic = narrative.topics.first()
    urls = [
        narrative.url,
        *listing_variants(tree.pages["narrative_index"], topic=topic.slug),
        tree.home.url,
        tree.pages["messenger"].url,  # lists the narratives that select the messenger
        tree.pages["campaign"].url,  # lists its narratives
        search_url("Zukunftsplan"),
    ]
    warm(client, urls)

    publish(narrative.specific, title="Zukunftsplan statt Clan")

    assert_shown_everywhere(client, urls, "Zukunftsplan statt Clan", old)


def test_unpublishing_and_deleting_take_a_page_off_every_page_that_listed_it(
    client, tree, committed, warm
):
    narratives = [tree.pages["narrative"]] + list(
        NarrativePageFactory._meta.model.objects.exclude(pk=tree.pages["narrative"].pk)
    )
    first, second = narratives[0].specific, narratives[1].specific
    listing = listing_variants(tree.pages["narrative_index"])
    others = [tree.home.url, tree.pages["messenger"].url, tree.pages["campaign"].url]
    warm(client, [first.url, second.url, *listing, *others])

    committed(first.unpublish)
    second_url = second.url
    committed(second.delete)

    for url in (first.url, second_url):
        assert client.get(url).status_code == 404, url
    for url in (*listing, *others):
        html = text(client, url)
        assert first.title not in html and second.title not in html, url


def test_a_move_serves_the_new_url_and_clears_the_old_one_and_both_listings(
    client, tree, committed, warm
):
    narrative = tree.pages["narrative"].specific
    old_url = narrative.url
    old_listing = tree.pages["narrative_index"]
    new_listing = NarrativeIndexPageFactory(parent=tree.pages["content"], title="Archiv")
    warm(client, [old_url, old_listing.url, new_listing.url])

    committed(narrative.move, new_listing, pos="last-child")
    narrative.refresh_from_db()

    # Wagtail leaves a redirect behind, which the cached copy must not hide.
    moved = client.get(old_url)
    assert moved.status_code == 301 and moved["Location"] == narrative.url
    assert narrative.title in text(client, narrative.url)
    assert narrative.title not in text(client, old_listing.url)
    assert narrative.title in text(client, new_listing.url)


def test_a_changed_selection_clears_the_pages_listed_before_and_after(client, tree, publish, warm):
    narrative = tree.pages["narrative"].specific
    before, after = tree.messengers
    publish(narrative, messengers=[before])
    warm(client, [before.url, after.url])
    assert narrative.title in text(client, before.url)

    narrative.messengers.set([after])
    publish(narrative)

    assert narrative.title not in text(client, before.url)
    assert narrative.title in text(client, after.url)


@pytest.mark.parametrize(
    ("key", "shown_on"),
    [
        # A messenger's name: on the narratives and campaigns that select them.
        ("messenger", ("narrative", "campaign", "messenger_index")),
        # A site's name: on its messengers and in the filters of every listing.
        ("site", ("messenger", "narrative_index", "library", "site_index")),
        # A campaign: in its listing and on the narratives it selects.
        ("campaign", ("campaign_index", "narrative")),
    ],
)
def test_a_related_page_publish_shows_where_it_is_named(client, tree, publish, key, shown_on, warm):
    page = tree.pages[key].specific
    old = page.title
    urls = [page.url, *(tree.pages[other].url for other in shown_on)]
    warm(client, urls)

    publish(page, title=f"Neu: {old}")

    assert_shown_everywhere(client, urls, f"Neu: {old}")


def test_a_menu_section_renamed_shows_in_the_menu_of_every_page(client, tree, publish, warm):
    call_command("sync_locale_trees")
    section = tree.pages["content"].specific
    old = f">{section.title}<"
    english_narrative = Page.objects.get(
        translation_key=tree.pages["narrative"].translation_key, locale__language_code="en"
    )
    # The English menu shows the German section until it is translated.
    deep = [tree.pages["narrative"].url, tree.pages["easy_read"].url, tree.home.url]
    deep.append(english_narrative.url)
    warm(client, deep)

    publish(section, title="Wer wir sind")

    assert_shown_everywhere(client, deep, ">Wer wir sind<", old)


def test_a_renamed_term_shows_on_pages_listings_filters_and_materials(client, tree, publish, warm):
    topic = tree.pages["narrative"].specific.topics.first()
    library = tree.pages["library"]
    urls = [
        tree.pages["narrative"].url,
        *listing_variants(tree.pages["narrative_index"], topic=topic.slug),
        library.url,
        library_urls(tree)["material"],
    ]
    warm(client, urls)

    publish(topic, name="Bildung und Schule")

    assert_shown_everywhere(client, urls, "Bildung und Schule")


def test_a_published_material_shows_in_the_library_its_page_and_the_pages_using_it(
    client, tree, publish, warm
):
    material = tree.materials[0]
    urls = [
        tree.pages["library"].url,
        f"{tree.pages['library'].url}?kind={material.kind}",
        library_urls(tree)["material"],
        tree.pages["narrative"].url,
        tree.pages["campaign"].url,
        tree.pages["site"].url,
    ]
    warm(client, urls)

    publish(material, title="Gesprächsleitfaden für Mütter")

    assert_shown_everywhere(client, urls, "Gesprächsleitfaden für Mütter")


def test_a_published_card_set_shows_in_the_library_and_on_its_page(client, tree, publish, warm):
    urls = [tree.pages["library"].url, library_urls(tree)["card_set"]]
    warm(client, urls)

    publish(tree.card_set, title="Stärkenkarten")

    assert_shown_everywhere(client, urls, "Stärkenkarten")


def test_a_changed_image_shows_on_every_page_that_uses_it(client, tree, publish, warm):
    image = tree.pages["narrative"].specific.image
    # Its teaser picture: in the listing and among the latest narratives on the home page.
    urls = [tree.pages["narrative_index"].url, tree.home.url]
    warm(client, urls)

    publish(image, alt_text="Zwei Jugendliche vor der Schule")

    assert_shown_everywhere(client, urls, "Zwei Jugendliche vor der Schule")


def test_every_language_version_follows_its_german_source_and_a_new_translation(
    client, tree, publish, warm
):
    call_command("sync_locale_trees")
    narrative = tree.pages["narrative"].specific
    english = Page.objects.get(
        translation_key=narrative.translation_key, locale__language_code="en"
    )
    english_index = english.get_parent()
    urls = [narrative.url, english.url, english_index.url]
    warm(client, urls)

    # German stands in for the untranslated English page: its change shows there too.
    publish(narrative, title="Ehre heißt Verantwortung")
    assert_shown_everywhere(client, urls, "Ehre heißt Verantwortung")

    # A translation of its own: the German page's language links now lead to it.
    Page.objects.filter(pk=english.pk).update(alias_of=None)
    english = english.specific
    english.refresh_from_db()
    publish(english, title="Honour means responsibility")
    assert f'hreflang="en" href="http://testserver{english.url}"' in text(client, narrative.url)
    assert "Honour means responsibility" in text(client, english_index.url)


def test_a_new_restriction_stops_serving_the_page_from_the_cache(client, tree, committed, warm):
    narrative = tree.pages["narrative"]
    warm(client, [narrative.url])

    committed(
        PageViewRestriction.objects.create,
        page=narrative,
        restriction_type=PageViewRestriction.LOGIN,
    )

    response = client.get(narrative.url)
    assert response.status_code == 302 and "X-Page-Cache" not in response


def test_the_proxy_is_told_the_same_pages_and_whole_languages_past_a_limit(
    client, tree, publish, purged_urls, monkeypatch
):
    narrative = tree.pages["narrative"].specific
    publish(narrative, title="Neuer Titel")
    for page in (narrative, tree.pages["narrative_index"], tree.home, tree.pages["messenger"]):
        assert page.url in purged_urls, page.url
    assert reverse("search") in purged_urls
    assert not any(url.endswith("/*") for url in purged_urls)

    purged_urls.clear()
    monkeypatch.setattr(page_cache_purge, "WHOLE_LANGUAGE_FROM", 3)
    publish(narrative.topics.first(), name="Familie")
    assert "/de/*" in purged_urls
    assert not any(url.startswith("/de/") and url != "/de/*" for url in purged_urls)


def test_a_new_section_is_added_to_the_menu_of_every_page(client, tree, publish, warm):
    narrative_url = tree.pages["narrative"].url
    warm(client, [narrative_url])
    section = ContentPageFactory(parent=tree.home, title="Presse", show_in_menus=True, live=False)

    publish(section)

    assert ">Presse<" in text(client, narrative_url)
    assert NarrativeIndexPage.objects.exists()
