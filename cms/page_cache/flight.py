"""One render per page after a purge or an emptied cache: the first request for a page that is
not kept renders it under a short-lived lock in the shared cache, the others for the same page
wait for its copy, or are served the copy from before a deploy purge at once (marked stale).

The lock expires after PAGE_CACHE_SINGLE_FLIGHT seconds, and nobody waits longer than that in
all: a holder that dies or is slow costs the others that wait, then one of them renders (or
each, once the time is up), never an error. A render that fails releases its lock at once.
"""

import time
from dataclasses import dataclass

from django.conf import settings

from . import store

# Polling the shared cache: a first look soon (a page renders in tens of milliseconds), then
# less often, so 32 waiters cost Redis a few hundred reads a second at most.
FIRST_PAUSE = 0.005
LONGEST_PAUSE = 0.05


@dataclass(frozen=True)
class Turn:
    """What a request for a page that is not kept does: serve `page`, kept meanwhile by
    another request's render, or render it (holding the lock as `owner`, or without it)."""

    page: store.CachedPage | None = None
    owner: str | None = None


def enabled() -> bool:
    return bool(settings.PAGE_CACHE_SINGLE_FLIGHT and settings.PAGE_CACHE_SECONDS)


def claim(where: store.Address, tokens: store.Tokens) -> str | None:
    """The lock for rendering this page, or None when another request holds it."""
    return store.claim_render(where, tokens, settings.PAGE_CACHE_SINGLE_FLIGHT)


def wait(where: store.Address, tokens: store.Tokens) -> Turn:
    """Waits for the request that renders this page; takes the lock over when it is gone
    without a copy (its render failed or its lock expired)."""
    seconds = settings.PAGE_CACHE_SINGLE_FLIGHT
    deadline = time.monotonic() + seconds
    pause = FIRST_PAUSE
    while (left := deadline - time.monotonic()) > 0:
        time.sleep(min(pause, left))
        pause = min(pause * 2, LONGEST_PAUSE)
        page, holder = store.rendered(where, tokens)
        if page is not None:
            return Turn(page=page)
        if holder == store.UNSHARED:
            return Turn()
        if holder is None and (owner := claim(where, tokens)) is not None:
            return Turn(owner=owner)
    return Turn()


def release(where: store.Address, tokens: store.Tokens, owner: str, *, unshared: bool) -> None:
    """Ends a render: the others read its copy, or one of them renders (it failed), or every
    one renders at once (`unshared`: its answer could not be kept, no copy will come)."""
    if unshared:
        store.release_unshared(where, tokens, owner, settings.PAGE_CACHE_SINGLE_FLIGHT)
    else:
        store.release_render(where, tokens, owner)
