"""The anonymous page cache never keeps a page that belongs to one visitor, keeps languages,
hosts and schemes apart, tells the proxy how long to keep a page, and answers a cached page
before Django as it left Django."""

import re
import time
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils.cache import get_max_age
from wagtail.models import Page, PageViewRestriction

from cms.page_cache import middleware as page_cache_middleware
from cms.page_cache import store
from cms.page_cache.middleware import seconds_to_keep
from search.models import SearchTermCount
from tests.cms.page_cache.visits import search_url, text

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("kind", ["practitioner", "password", "preview"])
def test_pages_of_one_visitor_are_never_kept(client, tree, practitioner, kind):
    narrative = tree.pages["narrative"].specific
    if kind == "practitioner":
        client.force_login(practitioner)
        url = narrative.url
    elif kind == "password":
        PageViewRestriction.objects.create(
            page=narrative, restriction_type=PageViewRestriction.PASSWORD, password="geheim123"
        )
        url = narrative.url
    else:
        client.force_login(practitioner)
        url = reverse("wagtailadmin_pages:view_draft", args=[narrative.pk])

    for _ in range(2):
        response = client.get(url)
        assert "X-Page-Cache" not in response
        assert "private" in response["Cache-Control"]

    # And an anonymous visitor after them renders the page afresh (nothing was stored).
    client.logout()
    client.cookies.clear()
    anonymous = client.get(narrative.url)
    assert anonymous.get("X-Page-Cache") in (None, "miss")


def test_anonymous_pages_are_kept_by_the_proxy_until_midnight_at_most(client, tree):
    response = client.get(tree.pages["narrative"].url)
    cache_control = response["Cache-Control"]
    assert "public" in cache_control and "max-age=0" in cache_control
    s_maxage = int(re.search(r"s-maxage=(\d+)", cache_control).group(1))
    assert 0 < s_maxage <= seconds_to_keep(86400)
    assert get_max_age(response) == 0
    assert not response.cookies


def test_a_cached_page_is_kept_by_the_proxy_until_midnight_from_when_it_is_served(
    client, tree, monkeypatch
):
    url = tree.pages["narrative"].url
    rendered = client.get(url)
    later = time.time() + 1800
    # The page cache's clock only: the cache's own expiry stays in the present.
    monkeypatch.setattr(page_cache_middleware, "time", SimpleNamespace(time=lambda: later))
    cached = client.get(url)
    assert cached["X-Page-Cache"] == "hit"
    s_maxage = int(re.search(r"s-maxage=(\d+)", cached["Cache-Control"]).group(1))
    assert s_maxage == seconds_to_keep(86400)  # from now, half an hour after it was rendered
    assert s_maxage != int(re.search(r"s-maxage=(\d+)", rendered["Cache-Control"]).group(1))


def test_languages_and_hosts_are_kept_apart(client, tree):
    call_command("sync_locale_trees")
    index = tree.pages["narrative_index"]
    english = Page.objects.get(translation_key=index.translation_key, locale__language_code="en")
    german_html = text(client, index.url)
    english_html = text(client, english.url)
    assert 'lang="de"' in german_html and 'lang="en"' in english_html
    assert client.get(index.url, HTTP_HOST="127.0.0.1")["X-Page-Cache"] == "miss"


def test_a_cached_page_is_answered_before_django_as_it_left_django(client, tree, shared_cache):
    url = tree.pages["narrative"].url
    rendered = client.get(url, HTTP_X_FORWARDED_PROTO="https")
    cached = client.get(url, HTTP_X_FORWARDED_PROTO="https")
    assert (rendered["X-Page-Cache"], rendered.reached_django) == ("miss", True)
    assert (cached["X-Page-Cache"], cached.reached_django) == ("hit", False)
    assert cached.content == rendered.content
    # Every header the middleware gave the page is kept: security headers, the policy, caching.
    for name in ("Content-Security-Policy", "X-Content-Type-Options", "Content-Type"):
        assert cached[name] == rendered[name], name
    assert "s-maxage=" in cached["Cache-Control"] and "public" in cached["Cache-Control"]
    assert not cached.cookies


def test_http_and_https_copies_are_kept_apart(client, tree, settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_SSL_REDIRECT = True
    url = tree.pages["narrative"].url
    for _ in range(2):
        over_https = client.get(url, HTTP_X_FORWARDED_PROTO="https")
    assert over_https["X-Page-Cache"] == "hit"
    over_http = client.get(url)
    assert over_http.status_code == 301 and over_http.reached_django
    assert over_http["Location"].startswith("https://")


def test_a_practitioner_gets_the_internal_page_past_a_cached_public_copy(
    client, tree, practitioner
):
    narrative = tree.pages["narrative"]
    for _ in range(2):
        anonymous = client.get(narrative.url)
    assert anonymous["X-Page-Cache"] == "hit"
    client.force_login(practitioner)
    response = client.get(narrative.url)
    assert response.reached_django and "X-Page-Cache" not in response
    assert "Interner Gesprächsleitfaden" in response.content.decode()
    assert "Interner Gesprächsleitfaden" not in anonymous.content.decode()


def test_searches_answered_from_the_cache_are_counted_and_not_kept_by_the_proxy(client, tree):
    url = search_url("Schule")
    responses = [client.get(url) for _ in range(3)]
    assert [r["X-Page-Cache"] for r in responses] == ["miss", "hit", "hit"]
    assert all(r.reached_django for r in responses)  # its hits count the search terms
    assert "s-maxage=0" in responses[0]["Cache-Control"]
    client.get(f"{url}&page=2")  # a further result page is not a new search
    assert SearchTermCount.objects.get(query="schule", language="de").count == 3


def test_a_page_rendered_while_it_was_purged_is_not_kept(shared_cache):
    """A slow render that read the old content must not outlive the publish that purged it,
    neither as a whole page nor as its parts."""
    address = store.Address("https", "localhost", "/de/narrative/", "")
    found = store.lookup(address)
    assert found.page is None and found.parts == {}
    store.invalidate_paths({"/de/narrative/"})  # the publish commits during the render
    old = store.CachedPage(200, [("Content-Type", "text/html")], b"old", True)
    store.store(address, old, tokens=found.tokens, seconds=60)
    store.store_parts(address, tokens=found.tokens, parts={"html:x": "old"}, seconds=60)
    again = store.lookup(address)
    assert again.page is None and again.parts == {}
    assert store.kept_parts(address, again.tokens) == {}
