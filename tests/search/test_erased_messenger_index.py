"""The search engine holds no document of an erased or taken-down messenger: both leave it
through the outbox, sent as soon as the change is committed."""

import json

from narratives.erasure import erase_messenger
from narratives.takedown import take_down_messenger
from search.engine import SearchEngine
from search.indexing import drain
from tests.narratives.canary import new_canary, plant_canary


def documents_holding(engine: SearchEngine, word: str) -> list[str]:
    engine.refresh()
    hits = engine.client.search(
        index=f"{engine.prefix}-*", body={"query": {"match_all": {}}, "size": 1000}
    )["hits"]["hits"]
    return [hit["_id"] for hit in hits if word in json.dumps(hit["_source"]).lower()]


def test_erasure_leaves_no_engine_document(engine, home, django_capture_on_commit_callbacks):
    canary = new_canary()
    planted = plant_canary(home, canary)
    drain(engine)
    assert documents_holding(engine, canary)

    with django_capture_on_commit_callbacks(execute=True):
        erase_messenger(planted.messenger)

    assert documents_holding(engine, canary) == []


def test_takedown_leaves_no_engine_document(engine, home, django_capture_on_commit_callbacks):
    canary = new_canary()
    planted = plant_canary(home, canary)
    drain(engine)
    assert documents_holding(engine, canary)

    with django_capture_on_commit_callbacks(execute=True):
        take_down_messenger(planted.english)

    assert documents_holding(engine, canary) == []
