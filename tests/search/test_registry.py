"""Search knows no content app: each app registers what of its pages is findable."""

import re
from pathlib import Path

import pytest
from django.utils.translation import override

from cms.models import ContentPage, Topic
from narratives.models import CampaignPage, MessengerPage, NarrativePage
from search.registry import (
    DocumentType,
    content_type_labels,
    document_type_of,
    document_types,
    indexed_models,
    register_document_types,
    register_facet_labels,
)

SEARCH_APP = Path(__file__).resolve().parents[2] / "search"


def test_each_page_type_is_findable_as_the_app_that_defines_it_registered():
    assert document_type_of(NarrativePage).name == "narrative"
    assert document_type_of(MessengerPage).withheld is not None
    assert document_type_of(ContentPage).name == "information"
    # A narrative's topics are carried by its campaigns' documents: they change with it.
    assert document_type_of(NarrativePage).carried_by == ("campaigns",)
    assert CampaignPage in indexed_models()
    with override("de"):
        assert content_type_labels()["messenger"] == "Glaubhafte Botschafter*innen"


def test_a_page_type_cannot_be_indexed_twice_and_a_refused_registration_changes_nothing():
    before = document_types()
    twice = DocumentType("other", "Andere", (CampaignPage,))
    with pytest.raises(ValueError, match="indexed as campaign already"):
        register_document_types(DocumentType("fine", "Gut", ()), twice)
    with pytest.raises(ValueError, match="unknown facets"):
        register_document_types(DocumentType("x", "X", (), facets={"colour": "colour__slug"}))
    with pytest.raises(ValueError, match="unknown facet"):
        register_facet_labels("colour", Topic, "name")
    assert document_types() == before
    assert document_type_of(CampaignPage).name == "campaign"


def test_the_search_app_names_no_content_app():
    named = {
        f"{path.name}:{number}"
        for path in SEARCH_APP.rglob("*.py")
        if "migrations" not in path.parts
        for number, line in enumerate(path.read_text().splitlines(), 1)
        # A module path or an app label, not the English word.
        if re.search(r"\bnarratives\.[A-Za-z]|[\"']narratives[\"']|\bmedia_library\b", line)
    }
    assert named == set()
