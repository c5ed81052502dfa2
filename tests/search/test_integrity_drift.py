"""The integrity checks report the engine's drift as `search_index check` finds it, but not the
changes still waiting in the outbox."""

from django.core.management import call_command
from wagtail.models import Page

from cms.integrity.runs import run_integrity_checks
from search.models import IndexUpdate
from tests.factories.narratives import NarrativeIndexPageFactory, NarrativePageFactory


def test_drift_is_found_and_waiting_changes_are_not(home, engine):
    index = NarrativeIndexPageFactory(parent=home)
    pages = [NarrativePageFactory(parent=index, title=f"Seite {n}") for n in range(3)]
    call_command("search_index", "check", "--repair")
    engine.refresh()
    assert run_integrity_checks().results["search_index_drift"]["status"] == "ok"
    engine.client.delete(index=engine.alias("de"), id=pages[0].pk, refresh=True)  # missing
    Page.objects.filter(pk=pages[1].pk).update(title="Umbenannt")  # stale (no signal)
    result = run_integrity_checks().results["search_index_drift"]
    assert result["status"] == "found"
    assert result["ids"] == [f"wagtailcore.page:{pages[0].pk}", f"wagtailcore.page:{pages[1].pk}"]
    IndexUpdate.objects.create(page_id=pages[1].pk, language="de")  # on its way to the engine
    assert run_integrity_checks().results["search_index_drift"]["ids"] == [
        f"wagtailcore.page:{pages[0].pk}"
    ]
