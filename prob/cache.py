"""Django's Redis cache, its client made once per connection pool rather than on every call.

Django's `RedisCacheClient.get_client` makes a new `redis.Redis` for every get and set, and
making one sets up its table of some two hundred response callbacks: a tenth of a millisecond
or more, two or three times a page. A `redis.Redis` is safe to share between threads (each
command takes a connection from the pool), so one per pool serves. Selected in CACHES."""

from __future__ import annotations

from typing import Any

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient as DjangoRedisCacheClient


class RedisCacheClient(DjangoRedisCacheClient):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, Any] = {}

    def get_client(self, key: Any = None, *, write: bool = False) -> Any:
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server: Any, params: dict) -> None:
        super().__init__(server, params)
        self._class = RedisCacheClient
