"""After a purge, concurrent first requests for one page cause one render: the others wait for
its copy, or get the copy from before a deploy purge at once; a failed or lost render never
leaves them hanging or erring."""

import threading
import time
from collections.abc import Callable

import pytest
from django.core.management import call_command
from django.db import connection
from django.http import Http404

from cms.page_cache import store
from tests.production_client import ProductionClient

# Threads reach the database through connections of their own: the data must be committed.
pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("shared_cache"),
]

RENDER_SECONDS = 0.3


@pytest.fixture
def renders(monkeypatch, tree) -> Callable[..., list[float]]:
    """Counts the narrative's renders, each taking RENDER_SECONDS (a page of a busy server);
    `fail_first=True` makes the first one raise."""
    page_class = type(tree.pages["narrative"].specific)
    serve = page_class.serve
    started: list[float] = []
    lock = threading.Lock()
    failing = {"first": False}

    def counted(page, request, *args, **kwargs):
        with lock:
            started.append(time.monotonic())
            fail = failing["first"] and len(started) == 1
        time.sleep(RENDER_SECONDS)
        if fail:
            raise RuntimeError("the render holding the lock failed")
        return serve(page, request, *args, **kwargs)

    def arm(*, fail_first: bool = False) -> list[float]:
        failing["first"] = fail_first
        started.clear()
        monkeypatch.setattr(page_class, "serve", counted)
        return started

    return arm


def visit_together(url: str, visitors: int) -> list[tuple[int, str | None, bytes]]:
    """`visitors` anonymous visitors asking for `url` at the same moment: status, the page
    cache's header and content of each answer."""
    barrier = threading.Barrier(visitors)
    answers: list[tuple[int, str | None, bytes]] = []

    def visit() -> None:
        client = ProductionClient(raise_request_exception=False)
        try:
            barrier.wait()
            response = client.get(url)
            answers.append((response.status_code, response.get("X-Page-Cache"), response.content))
        finally:
            connection.close()

    threads = [threading.Thread(target=visit) for _ in range(visitors)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(answers) == visitors
    return answers


def address(url: str) -> store.Address:
    return store.Address("http", "testserver", url, "")


def lock_is_free(url: str) -> bool:
    """Nobody holds the render lock of `url` under its current tokens (claimed and let go)."""
    where = address(url)
    tokens = store.lookup(where, parts=False).tokens
    owner = store.claim_render(where, tokens, 1)
    if owner is not None:
        store.release_render(where, tokens, owner)
    return owner is not None


def hold_lock(url: str, seconds: int) -> None:
    """What a request rendering `url` holds; a lost one holds it until it expires."""
    where = address(url)
    assert store.claim_render(where, store.lookup(where, parts=False).tokens, seconds)


def test_concurrent_first_requests_after_a_purge_cause_one_render(client, tree, renders):
    url = tree.pages["narrative"].url
    assert client.get(url).status_code == 200
    call_command("purge_page_caches")
    started = renders()

    answers = visit_together(url, 32)

    assert len(started) == 1
    assert {status for status, _cache, _content in answers} == {200}
    assert sorted(cache for _status, cache, _content in answers) == ["hit"] * 31 + ["miss"]
    assert len({content for _status, _cache, content in answers}) == 1
    assert lock_is_free(url)


def test_when_the_render_holding_the_lock_fails_one_waiting_request_renders(tree, renders):
    url = tree.pages["narrative"].url
    started = renders(fail_first=True)

    answers = visit_together(url, 8)

    assert len(started) == 2  # the failed render, and one of those that waited
    assert sorted(status for status, _cache, _content in answers) == [200] * 7 + [500]
    assert sorted(str(cache) for status, cache, _content in answers if status == 200) == (
        ["hit"] * 6 + ["miss"]
    )
    assert lock_is_free(url)


def test_a_lost_render_lock_expires_and_a_waiting_request_renders(client, tree, renders, settings):
    settings.PAGE_CACHE_SINGLE_FLIGHT = 5
    url = tree.pages["narrative"].url
    hold_lock(url, seconds=1)  # a request that died while rendering
    started = renders()

    began = time.monotonic()
    response = client.get(url)

    assert response.status_code == 200 and response["X-Page-Cache"] == "miss"
    assert 0.9 <= time.monotonic() - began < 1 + RENDER_SECONDS + 2
    assert len(started) == 1


def test_nobody_waits_longer_than_the_single_flight_time(client, tree, renders, settings):
    settings.PAGE_CACHE_SINGLE_FLIGHT = 1
    url = tree.pages["narrative"].url
    hold_lock(url, seconds=60)  # a render far slower than a visitor should wait for
    started = renders()

    began = time.monotonic()
    response = client.get(url)

    assert response.status_code == 200
    assert 0.9 <= time.monotonic() - began < 1 + RENDER_SECONDS + 2
    assert len(started) == 1


def test_after_a_deploy_purge_the_last_copy_is_served_stale_while_one_request_renders(
    client, tree, renders
):
    url = tree.pages["narrative"].url
    kept = client.get(url).content
    call_command("purge_page_caches", "--keep-stale")
    hold_lock(url, seconds=60)  # another request is rendering the page anew
    started = renders()

    began = time.monotonic()
    stale = client.get(url)

    assert time.monotonic() - began < RENDER_SECONDS
    assert stale["X-Page-Cache"] == "stale" and stale.content == kept
    assert "s-maxage=0" in stale["Cache-Control"]  # the proxy keeps no stale copy
    assert started == []


def test_after_a_content_purge_no_stale_copy_is_served(client, tree, renders, settings):
    settings.PAGE_CACHE_SINGLE_FLIGHT = 5
    url = tree.pages["narrative"].url
    client.get(url)
    call_command("purge_page_caches")  # as after a restore or a change of every page
    hold_lock(url, seconds=1)
    started = renders()

    response = client.get(url)

    assert response["X-Page-Cache"] == "miss"
    assert len(started) == 1


def test_a_stale_copy_goes_when_the_new_code_answers_otherwise(client, tree, monkeypatch):
    url = tree.pages["narrative"].url
    client.get(url)
    call_command("purge_page_caches", "--keep-stale")

    def not_found(page, request, *args, **kwargs):
        raise Http404

    # The deployed code no longer shows the page.
    monkeypatch.setattr(type(tree.pages["narrative"].specific), "serve", not_found)

    assert client.get(url).status_code == 404  # the first request renders it
    assert not lock_is_free(url)  # marked for a while: the others render at once, no waiting
    assert client.get(url).status_code == 404  # not the stale copy


def test_requests_the_cache_does_not_share_never_wait(client, tree, practitioner, renders):
    url = tree.pages["narrative"].url
    hold_lock(url, seconds=60)
    renders()
    client.force_login(practitioner)

    began = time.monotonic()
    response = client.get(url)

    assert response.status_code == 200 and "X-Page-Cache" not in response
    assert time.monotonic() - began < RENDER_SECONDS + 2
