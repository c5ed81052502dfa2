"""Pages each worker keeps in its own memory (cms/page_cache/local.py): served with no round trip
to Redis, and forgotten at once when a purge is announced anywhere, so a visitor never gets a
page older than the last publish."""

import pytest
import redis
from django.core.cache import cache

from cms.page_cache import local, store
from tests.factories.site import build_site
from tests.production_client import ProductionClient

pytestmark = [pytest.mark.django_db, pytest.mark.redis]

ADDRESS = store.Address("https", "localhost", "/de/narrative/", "")
PAGE = store.CachedPage(200, [("Content-Type", "text/html")], b"<p>Seite</p>", True)


@pytest.fixture
def redis_cache(settings, redis_url) -> str:
    settings.CACHES = {
        "default": {"BACKEND": "cms.page_cache.redis_cache.RedisCache", "LOCATION": redis_url}
    }
    settings.PAGE_CACHE_SECONDS = 3600
    settings.PAGE_PARTS_SECONDS = 3600
    settings.PAGE_CACHE_LOCAL_SECONDS = 60
    return redis_url


@pytest.fixture
def pages(redis_cache, monkeypatch) -> local.LocalPages:
    """This worker's memory, empty, as the WSGI application uses it."""
    fresh = local.LocalPages()
    monkeypatch.setattr(local, "pages", fresh)
    return fresh


def test_a_page_read_from_redis_is_then_served_from_memory(pages):
    moment = pages.moment()
    assert moment is not None
    pages.keep(ADDRESS, PAGE, moment)
    assert pages.get(ADDRESS) == PAGE
    assert pages.get(store.Address("https", "localhost", "/en/narrative/", "")) is None


def test_a_purge_announced_by_another_process_is_seen_before_the_next_answer(pages, redis_url):
    pages.keep(ADDRESS, PAGE, pages.moment())
    # Another instance or the task worker purges some other page: everything is forgotten.
    other = redis.Redis.from_url(redis_url)
    other.publish(cache.make_key(store.PURGED_CHANNEL), b"1")
    assert pages.get(ADDRESS) is None


def test_a_copy_read_while_a_purge_was_announced_is_not_kept(pages):
    moment = pages.moment()
    store.invalidate_paths({"/de/narrative/"})  # the purge lands between read and keep
    pages.keep(ADDRESS, PAGE, moment)
    assert pages.get(ADDRESS) is None
    pages.keep(ADDRESS, PAGE, pages.moment())
    assert pages.get(ADDRESS) == PAGE


def test_after_losing_redis_a_worker_forgets_and_keeps_only_what_it_reads_afterwards(
    pages, redis_url, monkeypatch
):
    monkeypatch.setattr(local, "RETRY_SECONDS", 0)  # it subscribes again at its next answer
    pages.keep(ADDRESS, PAGE, pages.moment())
    moment = pages.moment()
    # Redis drops the subscription (a restart, a network cut): purges may have been missed.
    redis.Redis.from_url(redis_url).client_kill_filter(_type="pubsub")
    assert pages.get(ADDRESS) is None
    pages.keep(ADDRESS, PAGE, moment)  # read before the loss: not kept
    assert pages.get(ADDRESS) is None
    pages.keep(ADDRESS, PAGE, pages.moment())
    assert pages.get(ADDRESS) == PAGE


def test_memory_is_bounded_and_the_least_recently_used_page_goes_first(pages, settings):
    settings.PAGE_CACHE_LOCAL_BYTES = 2 * len(PAGE.content)
    first, second, third = (
        store.Address("https", "localhost", f"/de/{name}/", "") for name in "abc"
    )
    pages.keep(first, PAGE, pages.moment())
    pages.keep(second, PAGE, pages.moment())
    assert pages.get(first) == PAGE  # used: the second is now the oldest
    pages.keep(third, PAGE, pages.moment())
    assert pages.get(second) is None
    assert pages.get(first) == PAGE and pages.get(third) == PAGE


def test_nothing_is_kept_in_memory_without_redis(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    settings.PAGE_CACHE_LOCAL_SECONDS = 60  # the cache is local memory already
    fresh = local.LocalPages()
    assert fresh.moment() is None
    fresh.keep(ADDRESS, PAGE, 0)
    assert fresh.get(ADDRESS) is None


def test_a_publish_shows_at_once_on_a_page_served_from_memory(
    pages, home, monkeypatch, django_capture_on_commit_callbacks
):
    narrative = build_site(home, related=2).pages["narrative"]
    client = ProductionClient()
    for _ in range(2):  # rendered, then read from Redis and kept in memory
        client.get(narrative.url)

    def redis_is_not_asked(*args, **kwargs):
        raise AssertionError("a page kept in memory was looked up in Redis")

    with monkeypatch.context() as patched:
        patched.setattr(store, "lookup", redis_is_not_asked)
        cached = client.get(narrative.url)
    assert (cached["X-Page-Cache"], cached.reached_django) == ("hit", False)

    with django_capture_on_commit_callbacks(execute=True):  # the purge runs after the commit
        narrative.title = "Neuer Titel nach der Freigabe"
        narrative.save_revision().publish()
    fresh = client.get(narrative.url)
    assert fresh["X-Page-Cache"] == "miss"
    assert "Neuer Titel nach der Freigabe" in fresh.content.decode()
