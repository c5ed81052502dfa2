"""Publishing latency: an editor changes a narrative's title and publishes it (a new revision
and Wagtail's publish action, as the editor's "Publish" does); the clock stops when a visitor
going through the proxy gets the new title, cache invalidation included. With SEARCH_URL the
search index outbox is drained once as well, as the worker would (needs Django set up)."""

import html
import time
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.actions.publish_page_revision import PublishPageRevisionAction

from bench.stack import fetch
from narratives.models import NarrativePage
from search.indexing import drain

EDITOR = "bench-editor"
POLL_SECONDS = 0.005


@dataclass(frozen=True)
class PublishResult:
    publish_ms: float  # the publish action itself
    visible_ms: float | None  # until the proxy serves the new title; None: not within timeout
    indexed_ms: float | None  # until the index outbox is drained; None without SEARCH_URL


def publish_new_title(page_id: int, proxy_url: str, run: int, timeout: float) -> PublishResult:
    editor, _created = get_user_model().objects.get_or_create(
        username=EDITOR, defaults={"is_superuser": True, "is_staff": True}
    )
    page = NarrativePage.objects.get(pk=page_id)
    title = f"{page.title.split(' · ')[0]} · Fassung {time.strftime('%H%M%S')}-{run}"
    # The old version is in both caches before the edit, as it would be on a busy site.
    for _ in range(2):
        fetch(proxy_url)

    started = time.perf_counter()
    page.title = page.draft_title = title
    revision = page.save_revision(user=editor, log_action=True)
    PublishPageRevisionAction(revision, user=editor).execute()
    published = time.perf_counter()
    visible = None
    expected = html.escape(title).encode()
    while time.perf_counter() - published < timeout:
        status, _headers, body = fetch(proxy_url)
        if status == 200 and expected in body:
            visible = time.perf_counter()
            break
        time.sleep(POLL_SECONDS)
    indexed = None
    if settings.SEARCH_URL:
        drain()
        indexed = time.perf_counter()
    return PublishResult(
        publish_ms=(published - started) * 1000,
        visible_ms=(visible - started) * 1000 if visible else None,
        indexed_ms=(indexed - started) * 1000 if indexed else None,
    )
