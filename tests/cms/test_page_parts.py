"""Parts of pages kept between renders (cms/page_cache/parts.py): a page rendered from them is
the page rendered afresh, costs next to no queries, and nothing of one visitor is kept.

That parts go when what they show changes is proved by tests/cms/page_cache/test_purge.py, whose
change-and-visit tests run once with the whole-page cache and once with parts only.
"""

from io import StringIO

import pytest
from django.core.management import call_command
from django.http import HttpRequest
from django.template import engines
from django.urls import reverse
from wagtail.models import Site

from cms.page_cache.parts import PageParts
from tests.factories.site import build_site

pytestmark = pytest.mark.django_db

PAGE_TYPES = ["home", "content", "narrative", "messenger", "campaign", "site", "narrative_index"]


@pytest.fixture(autouse=True)
def parts_only(settings) -> None:
    """The whole-page cache off, as for a URL it does not hold yet."""
    settings.PAGE_CACHE_SECONDS = 0
    settings.PAGE_PARTS_SECONDS = 3600


@pytest.fixture
def tree(home):
    return build_site(home, related=2)


@pytest.mark.parametrize("key", PAGE_TYPES)
def test_a_page_rendered_from_its_parts_is_the_page_rendered_afresh(client, settings, tree, key):
    url = tree.pages[key].url
    first = client.get(url)
    second = client.get(url)
    assert (first["X-Page-Parts"], second["X-Page-Parts"]) == ("miss", "hit")
    settings.PAGE_PARTS_SECONDS = 0
    afresh = client.get(url)
    assert "X-Page-Parts" not in afresh
    assert second.content.decode() == afresh.content.decode() == first.content.decode()


@pytest.mark.parametrize(("key", "queries"), [("narrative", 0), ("messenger", 0), ("campaign", 0)])
def test_a_detail_page_from_its_parts_needs_no_query(
    client, tree, key, queries, django_assert_max_num_queries
):
    """Routing, the site, menus, terms and related lists all come from the kept parts; the
    page's own fields are rendered again from the kept page."""
    url = tree.pages[key].url
    client.get(url)
    with django_assert_max_num_queries(queries):
        response = client.get(url)
    assert response["X-Page-Parts"] == "hit"
    assert tree.pages[key].title in response.content.decode()


def test_a_practitioner_neither_uses_nor_leaves_parts(client, tree, practitioner):
    narrative = tree.pages["narrative"].specific
    talking_points = "Interner Gesprächsleitfaden"
    client.force_login(practitioner)
    as_practitioner = client.get(narrative.url)
    assert talking_points in as_practitioner.content.decode()
    assert "X-Page-Parts" not in as_practitioner

    client.logout()
    client.cookies.clear()
    anonymous = client.get(narrative.url)
    assert anonymous["X-Page-Parts"] == "miss"  # the practitioner's visit kept nothing
    assert talking_points not in anonymous.content.decode()
    assert client.get(narrative.url)["X-Page-Parts"] == "hit"

    client.force_login(practitioner)
    again = client.get(narrative.url)
    assert talking_points in again.content.decode()
    assert "Abmelden" in again.content.decode() or "Log out" in again.content.decode()
    assert "X-Page-Parts" not in again


def test_a_part_that_used_the_visitors_csrf_token_is_not_kept(rf):
    request: HttpRequest = rf.get("/de/")
    request.page_parts = PageParts(kept={}, plain_page=True)
    request.page_cache_shared = True
    template = engines["django"].from_string(
        '{% load page_parts %}{% pagepart "plain" %}<p>Hallo</p>{% endpagepart %}'
        '{% pagepart "form" %}<form>{% csrf_token %}</form>{% endpagepart %}'
    )
    html = template.render({}, request)
    assert "csrfmiddlewaretoken" in html
    assert list(request.page_parts.fresh) == ["html:plain"]


def test_renaming_the_site_shows_on_every_page(client, tree, django_capture_on_commit_callbacks):
    urls = [tree.pages[key].url for key in ("narrative", "home")]
    for url in urls:
        client.get(url)
        assert client.get(url)["X-Page-Parts"] == "hit"
    site = Site.objects.get(is_default_site=True)
    with django_capture_on_commit_callbacks(execute=True):
        site.site_name = "Prävention NRW"
        site.save()
    for url in urls:
        response = client.get(url)
        assert response["X-Page-Parts"] == "miss"
        assert "Prävention NRW" in response.content.decode()


def test_every_query_string_of_a_path_renders_from_its_parts(client, tree):
    """The whole-page cache keeps each query string apart; the parts of a path serve all of
    them, and what the query selects is rendered for each."""
    index = tree.pages["narrative_index"]
    topic = tree.pages["narrative"].specific.topics.first()
    assert client.get(index.url)["X-Page-Parts"] == "miss"
    filtered = client.get(f"{index.url}?topic={topic.slug}")
    shared_link = client.get(f"{tree.pages['narrative'].url}?utm_source=newsletter&fbclid=x1")
    assert filtered["X-Page-Parts"] == "hit"
    matching = index.specific.get_listing_queryset().filter(topics=topic)
    assert {item.pk for item in filtered.context["items"]} == set(
        matching.values_list("pk", flat=True)
    )
    assert shared_link["X-Page-Parts"] == "miss"  # the narrative's first visit
    assert client.get(f"{tree.pages['narrative'].url}?fbclid=x2")["X-Page-Parts"] == "hit"


def test_views_whose_links_carry_the_query_keep_no_parts(client, tree):
    search = client.get(reverse("search") + "?q=Familie")
    assert search.status_code == 200 and "X-Page-Parts" not in search
    library = client.get(tree.pages["library"].url)
    assert library.status_code == 200 and "X-Page-Parts" not in library


def test_after_a_deploy_one_command_clears_pages_and_parts_everywhere(
    client, settings, tree, purged_urls, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 3600
    url = tree.pages["narrative"].url
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    output = StringIO()
    with django_capture_on_commit_callbacks(execute=True):  # the test's transaction
        call_command("purge_page_caches", stdout=output)
    again = client.get(url)
    assert again["X-Page-Cache"] == "miss" and again["X-Page-Parts"] == "miss"
    assert "/de/*" in purged_urls and "/ar/*" in purged_urls
    assert "de" in output.getvalue()
