"""Cached pages kept in each worker's own memory for a minute, dropped whenever anything is
purged anywhere.

The shared cache (Redis) costs a network round trip per hit, which on two cores caps a worker
at a few thousand pages a second whatever the page; a page in the worker's memory costs none.
Exactness comes from Redis: every purge (store.py) is announced on a channel, and before a
worker answers from its memory it reads whatever was announced (a non-blocking look at its
subscription, no round trip) and forgets everything if anything was. A purge is announced
before the publish that caused it returns, so a visitor who comes after it, to any instance,
gets the new page. What the worker cannot be sure of (no subscription yet, the connection to
Redis lost) it does not keep; a copy read from Redis while a purge was announced is not kept
either.

Only with Redis as the cache: local memory is the cache itself on a fresh machine.
"""

import logging
import os
import threading
import time
from collections import OrderedDict
from typing import TYPE_CHECKING, cast

from django.conf import settings
from django.core.cache import cache

from .middleware import seconds_to_keep
from .store import PURGED_CHANNEL, Address, CachedPage

try:
    from redis.exceptions import RedisError
except ImportError:  # without Redis (the `redis` extra) nothing here is used
    RedisError = OSError  # type: ignore[misc, assignment]  # the optional package's stand-in

if TYPE_CHECKING:
    from cms.page_cache.redis_cache import RedisCache, Subscription

logger = logging.getLogger(__name__)

# After losing Redis, how long a worker waits before it subscribes again.
RETRY_SECONDS = 5.0


class LocalPages:
    """One worker's pages, least recently used out first past PAGE_CACHE_LOCAL_BYTES."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pages: OrderedDict[Address, tuple[float, CachedPage]] = OrderedDict()
        self._bytes = 0
        self._subscription: Subscription | None = None
        self._pid = 0
        self._retry_after = 0.0
        # Counts the times this worker forgot everything: a copy read from Redis is kept only
        # if none happened since it was read.
        self._forgotten = 0

    def get(self, address: Address) -> CachedPage | None:
        if not self._enabled():
            return None
        with self._lock:
            if not self._listening():
                return None
            kept = self._pages.get(address)
            if kept is None:
                return None
            expires, page = kept
            if time.monotonic() >= expires:
                self._drop(address)
                return None
            self._pages.move_to_end(address)
            return page

    def moment(self) -> int | None:
        """To be read before the shared cache; None when nothing read now may be kept."""
        if not self._enabled():
            return None
        with self._lock:
            return self._forgotten if self._listening() else None

    def keep(self, address: Address, page: CachedPage, moment: int | None) -> None:
        """Keeps a page read from the shared cache after `moment()` returned `moment`."""
        if moment is None or not self._enabled():
            return
        with self._lock:
            if not self._listening() or moment != self._forgotten:
                return
            self._drop(address)
            # Never past midnight, as in the shared cache.
            expires = time.monotonic() + seconds_to_keep(settings.PAGE_CACHE_LOCAL_SECONDS)
            self._pages[address] = (expires, page)
            self._bytes += len(page.content)
            while self._bytes > settings.PAGE_CACHE_LOCAL_BYTES and self._pages:
                self._drop(next(iter(self._pages)))

    def _enabled(self) -> bool:
        return bool(settings.PAGE_CACHE_LOCAL_SECONDS) and hasattr(cache, "subscribe")

    def _drop(self, address: Address) -> None:
        _expires, page = self._pages.pop(address, (0.0, None))
        if page is not None:
            self._bytes -= len(page.content)

    def _forget_everything(self) -> None:
        self._pages.clear()
        self._bytes = 0
        self._forgotten += 1

    def _listening(self) -> bool:
        """Subscribed to purges, with every purge announced so far taken into account. Called
        with the lock held."""
        if self._pid != os.getpid():  # a forked worker: its parent's connection is not its own
            self._subscription, self._pid = None, os.getpid()
            self._forget_everything()
        try:
            subscription = self._subscription
            if subscription is None:
                if time.monotonic() < self._retry_after:
                    return False
                subscription = self._subscribe()
            while message := subscription.get_message(timeout=0):
                if message["type"] == "message":
                    self._forget_everything()
            if subscription.reconnected:
                subscription.reconnected = False
                self._forget_everything()
        except (RedisError, OSError) as error:
            logger.warning("Pages kept in memory are off until Redis answers: %s", error)
            self._lost()
            return False
        return True

    def _subscribe(self) -> "Subscription":
        # From here on every purge announced reaches this worker; before, it kept nothing.
        # Only Redis caches subscribe (`_enabled`).
        self._subscription = cast("RedisCache", cache).subscribe(PURGED_CHANNEL)
        self._forget_everything()
        return self._subscription

    def _lost(self) -> None:
        if self._subscription is not None:
            try:
                self._subscription.close()
            except (RedisError, OSError):
                pass
        self._subscription = None
        self._retry_after = time.monotonic() + RETRY_SECONDS
        self._forget_everything()


pages = LocalPages()
