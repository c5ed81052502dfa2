"""Translating in a real browser: a communication officer translates a narrative with an image
into Arabic in wagtail-localize's editor, previews the Arabic draft right to left and submits
it for review from the editor itself."""

import re

import pytest
from playwright.sync_api import expect

from cms.access import roles

from .admin_ui import (
    log_in,
    submit_translation_in_editor,
    translate_segment,
    translation_editor_main_action,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

TITLE = "Schule"
COUNTER = "Ein Abschluss gibt dir die Freiheit, selbst zu entscheiden."
COUNTER_AR = "الشهادة المدرسية تمنحك حرية أن تقرر بنفسك."


@pytest.fixture
def arabic_translation(site_tree) -> dict:
    """A live narrative with a teaser image, whose Arabic translation has been requested."""
    from wagtail.models import Locale
    from wagtail_localize.operations import TranslationCreator
    from wagtail_localize.synctree import synchronize_tree

    from tests.factories.media_library import ImageFactory
    from tests.factories.narratives import NarrativePageFactory

    image = ImageFactory(title="Jugendliche im Gespräch")
    narrative = NarrativePageFactory(
        parent=site_tree["narrative_index"], title=TITLE, counter_narrative=COUNTER, image=image
    )
    german, arabic = Locale.objects.get(language_code="de"), Locale.objects.get(language_code="ar")
    synchronize_tree(german, arabic)
    officer = site_tree["users"][roles.COMMUNICATION]
    TranslationCreator(officer, [arabic]).create_translations(narrative)
    return {"officer": officer, "image": image}


def test_officer_translates_previews_and_submits_an_arabic_narrative_in_the_editor(
    arabic_translation, new_context
):
    page = log_in(new_context(), arabic_translation["officer"])

    # From the one translation report, filtered to Arabic pages in translation.
    page.goto("/admin/translations/status/")
    expect(page.get_by_role("heading", name="Übersetzungsstand")).to_be_visible()
    page.get_by_label("Sprache").select_option("ar")
    page.get_by_label("Stand").select_option(label="in Übersetzung")
    page.get_by_role("button", name="Filtern").click()
    rows = page.locator("table.translation-status tbody tr")
    expect(rows).to_have_count(1)
    rows.get_by_role("link", name="in Übersetzung").click()

    # wagtail-localize's editor, with the teaser image shown (its API answered 500 before).
    expect(page.get_by_role("link", name="Dieses Bild bearbeiten")).to_be_visible()
    expect(page.locator(".image-chooser img")).to_have_attribute("alt", "Jugendliche im Gespräch")

    # Translate the counter-narrative.
    translate_segment(page, COUNTER, COUNTER_AR)

    # The main action is submitting for review; locking is no more than a menu entry.
    footer = page.locator("footer.footer")
    expect(translation_editor_main_action(page)).to_have_text(re.compile("Zur Prüfung einreichen"))
    expect(footer.get_by_role("button", name="Sperren")).to_be_hidden()

    # The preview shows the Arabic draft, right to left, not the German stand-in.
    with page.context.expect_page() as opened:
        footer.get_by_role("link", name="Vorschau").click()
    preview = opened.value
    preview.wait_for_load_state()
    expect(preview.locator("html")).to_have_attribute("dir", "rtl")
    expect(preview.locator("html")).to_have_attribute("lang", "ar")
    arabic = preview.get_by_text(COUNTER_AR)
    expect(arabic).to_be_visible()
    assert arabic.evaluate("node => getComputedStyle(node).direction") == "rtl"
    expect(preview.locator(".notice--untranslated")).to_have_count(0)
    preview.close()

    # Submitted from the editor itself.
    submit_translation_in_editor(page)
