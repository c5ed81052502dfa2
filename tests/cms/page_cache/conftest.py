"""Shared by the page cache's tests: visits through production's WSGI application (which answers
cached pages before Django's handler), the caches on, and a small site."""

import pytest

from tests.factories.site import build_site
from tests.production_client import ProductionClient


@pytest.fixture
def client() -> ProductionClient:
    return ProductionClient()


@pytest.fixture(autouse=True)
def page_cache_on(settings) -> None:
    settings.PAGE_CACHE_SECONDS = 3600
    settings.PAGE_PARTS_SECONDS = 3600


@pytest.fixture(params=["local memory", pytest.param("Redis", marks=pytest.mark.redis)])
def shared_cache(request, settings) -> None:
    """The cache of a fresh machine, and the Redis that production instances share."""
    if request.param == "Redis":
        settings.CACHES = {
            "default": {
                "BACKEND": "cms.page_cache.redis_cache.RedisCache",
                "LOCATION": request.getfixturevalue("redis_url"),
            }
        }


@pytest.fixture
def tree(home):
    return build_site(home, related=2)
