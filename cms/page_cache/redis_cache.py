"""Django's Redis cache backend, keeping one Redis client per connection pool.

Django's own backend builds a new `redis.Redis` for every cache operation, and building one
(its table of response callbacks) costs more than the round trip of a page-cache hit. A client
is safe to share between threads: it takes a connection from its pool for each command, and the
pool starts afresh in a forked worker.
"""

import time
from collections.abc import Callable
from typing import Any

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient
from redis import Redis
from redis.client import PubSub
from redis.connection import AbstractConnection, ConnectionPool
from redis.exceptions import RedisError


class ReusedClients(RedisCacheClient):
    # Set by Django's client, which django-stubs leaves undeclared (they are private to it).
    _servers: list[str]
    _pools: dict[int, ConnectionPool]
    _pool_class: type[ConnectionPool]
    _pool_options: dict[str, Any]
    _client: type[Redis]
    _get_connection_pool_index: Callable[[bool], int]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, Redis] = {}

    def get_client(self, key: object = None, *, write: bool = False) -> Redis:
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            if index not in self._pools:
                self._pools[index] = self._pool_class.from_url(
                    self._servers[index], **self._pool_options
                )
            client = self._clients[index] = self._client(connection_pool=self._pools[index])
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server: str | list[str], params: dict) -> None:
        super().__init__(server, params)
        self._class = ReusedClients

    # Publish and subscribe, which Django's cache API lacks (cms/page_cache/local.py). Channels
    # are named like keys, so sites sharing a Redis do not hear each other.

    def publish(self, channel: str, message: bytes) -> None:
        self._cache.get_client(write=True).publish(self.make_key(channel), message)

    def subscribe(self, channel: str) -> "Subscription":
        """A subscription that Redis has confirmed: every message published from now on
        reaches it."""
        subscription = Subscription(self._cache.get_client(write=True).connection_pool)
        subscription.subscribe(self.make_key(channel))
        deadline = time.monotonic() + 1
        while (message := subscription.get_message(timeout=0.1)) is None or (
            message["type"] != "subscribe"
        ):
            if time.monotonic() > deadline:
                subscription.close()
                raise RedisError(f"Redis did not confirm the subscription to {channel}")
        return subscription

    def validate_key(self, key: str) -> None:
        # Django warns here of keys memcached would refuse; Redis takes them all, and the
        # check runs for every key of every page-cache hit.
        return None


class Subscription(PubSub):
    """Remembers that redis-py connected again (and subscribed again) after losing Redis:
    messages published meanwhile did not arrive."""

    reconnected = False

    def on_connect(self, connection: AbstractConnection) -> None:
        self.reconnected = True
        super().on_connect(connection)
