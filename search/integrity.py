"""The index drift as an integrity check: what `search_index check` reports, minus the changes
still waiting in the outbox (those reach the engine on the worker's next run)."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from cms.integrity.registry import Findings, NotApplicable, register_integrity_check
from cms.localisation.languages import LANGUAGE_CODES

from .engine import configured_engine
from .indexing import find_drift
from .models import IndexUpdate


@register_integrity_check("search_index_drift", _("Search index drift"))
def search_index_drift() -> Findings:
    engine = configured_engine()
    if engine is None:
        raise NotApplicable  # the database answers searches from Wagtail's own index
    drifted: set[int] = set()
    for language in LANGUAGE_CODES:
        drift = find_drift(engine, language)
        waiting = IndexUpdate.objects.filter(language=language).values_list("page_id", flat=True)
        drifted |= {*drift.missing, *drift.stale, *drift.orphaned} - set(waiting)
    return Findings.of(Page, sorted(drifted))
