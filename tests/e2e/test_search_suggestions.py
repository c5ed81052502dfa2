"""As-you-type suggestions in a real browser: typing in the header's search field lists
matching titles as an accessible combobox; the arrow keys and Enter open one; without the
script the field is a plain search form."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_typing_suggests_titles_and_the_keyboard_opens_one(site_tree, new_context):
    from tests.factories.narratives import NarrativePageFactory

    NarrativePageFactory(parent=site_tree["narrative_index"], slug="schule", title="Schule lohnt")
    NarrativePageFactory(parent=site_tree["narrative_index"], slug="polizei", title="Polizei")
    page = new_context().new_page()
    page.goto("/de/")
    field = page.locator("#site-search-query")
    field.press_sequentially("Schu", delay=30)
    option = page.get_by_role("option")
    option.first.wait_for()
    assert option.all_inner_texts() == ["Schule lohnt\nNarrative"]
    assert field.get_attribute("aria-expanded") == "true"
    field.press("ArrowDown")
    assert field.get_attribute("aria-activedescendant") == option.first.get_attribute("id")
    field.press("Enter")
    page.wait_for_url("**/de/narrative/schule/")
    assert page.locator("h1").inner_text().startswith("Schule lohnt")


def test_without_javascript_the_search_form_still_works(site_tree, new_context):
    from tests.factories.narratives import NarrativePageFactory

    NarrativePageFactory(parent=site_tree["narrative_index"], slug="schule", title="Schule lohnt")
    page = new_context(java_script_enabled=False).new_page()
    page.goto("/de/")
    page.locator("#site-search-query").fill("Schule")
    page.locator("#site-search-query").press("Enter")
    page.wait_for_url("**/de/suche/?q=Schule")
    assert page.get_by_role("link", name="Schule lohnt").count() == 1
