"""One encoder per rendition, however many requests ask for it first.

Wagtail finds or creates a rendition, and its unique constraint keeps one row; but N requests
that miss at once each decode the original and encode it (AVIF is the slow part) before N-1 of
them lose the insert and throw their file away. Here the first takes a lock in the default
cache (Redis in production, so shared by every instance; local memory on a fresh machine) and
creates the rendition; the others wait for its row and read it. A holder that died leaves a
lock that expires; a waiter that waited too long makes the rendition itself rather than keep
a visitor waiting.
"""

import time
import uuid
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from wagtail.images.models import AbstractRendition, Filter

# Longer than the slowest encoding takes; a crashed holder blocks nobody beyond this.
LOCK_SECONDS = 60
# How long a visitor waits for another process's rendition before making it itself.
WAIT_SECONDS = 15.0
POLL_SECONDS = 0.05

Renditions = dict[Filter, AbstractRendition]


def lock_key(image: Any, filter: Filter) -> str:
    return f"rendition-lock:{image.pk}:{filter.spec}:{filter.get_cache_key(image)}"


def stored_renditions(image: Any, filters: Sequence[Filter]) -> Renditions:
    """The renditions already in the database (never a prefetched or cached list, which
    cannot know what another process just created)."""
    if not filters:
        return {}
    by_key = {(f.spec, f.get_cache_key(image)): f for f in filters}
    lookup = Q()
    for spec, focal_point_key in by_key:
        lookup |= Q(filter_spec=spec, focal_point_key=focal_point_key)
    found = {}
    for rendition in image.renditions.filter(lookup):
        rendition.image = image
        found[by_key[(rendition.filter_spec, rendition.focal_point_key)]] = rendition
    return found


def _release(key: str, token: str) -> None:
    # Only our own lock: after LOCK_SECONDS it may belong to someone else.
    if cache.get(key) == token:
        cache.delete(key)


def create_once(
    image: Any, filters: Sequence[Filter], create: Callable[[list[Filter]], Renditions]
) -> Renditions:
    """The renditions for `filters` (none of them found before), each encoded by one caller.

    `create` is Wagtail's own creation, called only for the filters this caller holds the
    lock of (or, after WAIT_SECONDS, for those still missing).
    """
    token = uuid.uuid4().hex
    result: Renditions = {}
    pending = list(filters)
    deadline = time.monotonic() + WAIT_SECONDS
    while pending:
        mine = [f for f in pending if cache.add(lock_key(image, f), token, LOCK_SECONDS)]
        if mine:
            keys = [lock_key(image, f) for f in mine]
            try:
                # A holder before us may have finished between our lookup and our lock.
                found = stored_renditions(image, mine)
                missing = [f for f in mine if f not in found]
                result.update(found)
                if missing:
                    created = create(missing)
                    # Wagtail's bulk insert (ignore_conflicts) returns rows without their ids.
                    unsaved = [f for f, rendition in created.items() if rendition.pk is None]
                    created.update(stored_renditions(image, unsaved))
                    result.update(created)
            except BaseException:
                for key in keys:
                    _release(key, token)  # a waiter takes over at once
                raise
            for key in keys:
                # After the commit, so that waiters find the row when the lock is gone.
                transaction.on_commit(partial(_release, key, token))
        waiting = [f for f in pending if f not in mine]
        found = stored_renditions(image, waiting)
        result.update(found)
        pending = [f for f in waiting if f not in found]
        if pending and time.monotonic() > deadline:
            result.update(create(pending))
            break
        if pending:
            time.sleep(POLL_SECONDS)
    return result
