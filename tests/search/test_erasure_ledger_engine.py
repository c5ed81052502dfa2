"""After a restore the engine is filled from the restored database again (the restore
procedure repairs the index), which brings an erased messenger back into it:
reapply_erasures takes them out again."""

import io

import pytest
from django.core.management import call_command

from cms.localisation.languages import LANGUAGE_CODES
from narratives.erasure import erase_messenger
from search.indexing import drain, find_drift, repair
from tests.narratives.canary import new_canary, plant_canary
from tests.search.test_erased_messenger_index import documents_holding
from tests.snapshots import restore, take


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_reapplying_the_ledger_empties_the_engine_of_the_erased(engine, home, tmp_path):
    canary = new_canary()
    planted = plant_canary(home, canary)
    drain(engine)
    assert documents_holding(engine, canary)
    backup = take(tmp_path / "backup")
    erase_messenger(planted.messenger)
    assert documents_holding(engine, canary) == []

    restore(backup)
    for language in LANGUAGE_CODES:
        repair(engine, find_drift(engine, language))
    assert documents_holding(engine, canary), "the repair from the restored database"

    call_command("reapply_erasures", stdout=io.StringIO())
    assert documents_holding(engine, canary) == []
