"""The search tests run once per backend: the database (SQLite or PostgreSQL, whichever the
suite runs on) and the engine (a real OpenSearch node; SEARCH_TEST_URL, which .ci/run sets).
Under CI=true a missing node fails the engine tests; elsewhere they skip."""

import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest

from cms.localisation.languages import LANGUAGE_CODES
from search.engine import SearchEngine
from search.search_url import parse_search_url
from tests.conftest import IN_CI
from tests.search.proxy import EngineRelay

SEARCH_TEST_URL = os.environ.get("SEARCH_TEST_URL", "opensearch+http://127.0.0.1:9201")


@pytest.fixture(scope="session")
def test_engine() -> Iterator[SearchEngine]:
    product, node_url = parse_search_url(SEARCH_TEST_URL)
    engine = SearchEngine(product, node_url, prefix=f"test-{uuid.uuid4().hex[:8]}")
    if not engine.healthy():
        message = f"no search engine at {node_url} (start one: make opensearch)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    yield engine
    engine.drop_all()


@dataclass
class Backend:
    name: str
    refresh: Callable[[], None]
    engine: SearchEngine | None = None


def clear(engine: SearchEngine) -> None:
    engine.ensure_indices()
    engine.client.delete_by_query(
        index=f"{engine.prefix}-*", body={"query": {"match_all": {}}}, refresh=True
    )


@pytest.fixture(params=["database", "engine"])
def search_backend(request: pytest.FixtureRequest, settings: object) -> Iterator[Backend]:
    """`refresh()` brings the backend up to date with the database: the engine's index from
    the pages as they are (the drift repair), the database backend needs nothing."""
    if request.param == "database":
        yield Backend("database", refresh=lambda: None)
        return
    from search.indexing import find_drift, repair

    engine: SearchEngine = request.getfixturevalue("test_engine")
    settings.SEARCH_URL = SEARCH_TEST_URL
    settings.SEARCH_INDEX_PREFIX = engine.prefix
    clear(engine)

    def refresh() -> None:
        for language in LANGUAGE_CODES:
            repair(engine, find_drift(engine, language))
        engine.refresh()

    yield Backend("engine", refresh=refresh, engine=engine)


@pytest.fixture
def engine(test_engine: SearchEngine, settings: object) -> SearchEngine:
    """The engine configured for the site, with empty indices."""
    settings.SEARCH_URL = SEARCH_TEST_URL
    settings.SEARCH_INDEX_PREFIX = test_engine.prefix
    clear(test_engine)
    return test_engine


@pytest.fixture
def relay(test_engine: SearchEngine, settings: object) -> Iterator[EngineRelay]:
    """The site talks to the engine through a relay the test can switch off."""
    node = urlsplit(parse_search_url(SEARCH_TEST_URL)[1])
    relay = EngineRelay(node.hostname, node.port)
    relay.start()
    settings.SEARCH_URL = f"{parse_search_url(SEARCH_TEST_URL)[0]}+http://127.0.0.1:{relay.port}"
    settings.SEARCH_INDEX_PREFIX = test_engine.prefix
    clear(test_engine)
    yield relay
    relay.close()
