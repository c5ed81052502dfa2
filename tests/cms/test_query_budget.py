"""Public pages stay within a fixed query budget that does not grow with related items."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.cms.test_public_pages import PAGE_KEYS
from tests.factories.site import build_site, library_urls

# 12 before the language versions (hreflang links and the switcher) added their one query.
BUDGET = 13
# A logged-in visitor adds the session, the user and the user's and groups' permissions.
AUTHENTICATION_QUERIES = 4
FEW, MANY = 2, 10


def count_queries(client, url: str) -> int:
    """Queries of a page view with every cache cleared (image renditions already exist)."""
    assert client.get(url).status_code == 200, url
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def page_urls(tree) -> dict[str, str]:
    urls = {key: tree.pages[key].url for key in PAGE_KEYS}
    urls.update(library_urls(tree))
    urls["search"] = "/de/suche/?q=Schule"
    return urls


@pytest.mark.parametrize("visitor", ["anonymous", "practitioner"])
def test_every_public_page_stays_within_budget_independent_of_related_items(
    client, home, practitioner, visitor
):
    if visitor == "practitioner":
        client.force_login(practitioner)
    few = page_urls(build_site(home, related=FEW))
    counts_few = {key: count_queries(client, url) for key, url in few.items()}

    # Five times as many related items on freshly built pages of every type.
    from wagtail.models import Page

    Page.objects.filter(depth=3).delete()
    many = page_urls(build_site(home, related=MANY))
    counts_many = {key: count_queries(client, url) for key, url in many.items()}

    budget = BUDGET + (AUTHENTICATION_QUERIES if visitor == "practitioner" else 0)
    over_budget = {key: count for key, count in counts_many.items() if count > budget}
    assert not over_budget, f"over {budget} queries: {over_budget}"
    growing = {
        key: (counts_few[key], counts_many[key])
        for key in counts_few
        if counts_many[key] > counts_few[key]
    }
    assert not growing, f"queries grow with related items: {growing}"


# Issue 8: a narrative rendered again without the page cache, in at most 12 queries. Object
# caches stay (Wagtail keeps the site root paths in the cache, as in production).
NARRATIVE_BUDGET = 12


@pytest.mark.parametrize("visitor", ["anonymous", "practitioner"])
def test_an_uncached_narrative_stays_within_its_own_budget(
    client, home, practitioner, settings, visitor
):
    settings.PAGE_CACHE_SECONDS = 0
    if visitor == "practitioner":
        client.force_login(practitioner)
    url = build_site(home, related=MANY).url("narrative")
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert "X-Page-Cache" not in response  # rendered, not served from the page cache
    budget = NARRATIVE_BUDGET + (AUTHENTICATION_QUERIES if visitor == "practitioner" else 0)
    assert len(queries) <= budget, [query["sql"][:120] for query in queries]
