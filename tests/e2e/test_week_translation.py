"""The translation week in a real browser: a communication officer requests the Arabic
translation of a live narrative, translates it in wagtail-localize's editor and submits it for
review from there; the subject reviewer requests a change in the translation editor, the
officer fixes it and submits again, the subject reviewer approves from the dashboard and the
sign-off in the translation editor, and a visitor reads the Arabic page right to left."""

import time

import pytest
from playwright.sync_api import expect

from cms.access import roles

from .admin_ui import (
    RETURNED,
    log_in,
    request_translation,
    review_from_dashboard,
    review_in_translation_editor,
    submit_translation_in_editor,
    translate_segment,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

TITLE = "Schule"
TITLE_AR = "المدرسة"
TITLE_AR_REVISED = "المدرسة والمستقبل"
REQUEST = "Bitte den Titel an die Kampagne angleichen."
COUNTER = "Ein Abschluss gibt dir die Freiheit, selbst zu entscheiden."
COUNTER_AR = "الشهادة المدرسية تمنحك حرية أن تقرر بنفسك."
URL_AR = "/ar/narrative/schule/"


@pytest.fixture
def live_narrative(site_tree) -> dict:
    """A live German narrative with a teaser image; the Arabic tree stands in with the German
    pages (aliases), as the site's language trees do until a page is translated."""
    from wagtail.models import Locale
    from wagtail_localize.synctree import synchronize_tree

    from tests.factories.media_library import ImageFactory
    from tests.factories.narratives import NarrativePageFactory

    NarrativePageFactory(
        parent=site_tree["narrative_index"],
        title=TITLE,
        slug="schule",
        counter_narrative=COUNTER,
        image=ImageFactory(title="Jugendliche im Gespräch"),
    )
    synchronize_tree(Locale.objects.get(language_code="de"), Locale.objects.get(language_code="ar"))
    return site_tree


def test_arabic_translation_is_requested_translated_reviewed_and_read_right_to_left(
    live_narrative, new_context
):
    users = live_narrative["users"]
    started = time.monotonic()

    # Before: the Arabic address shows the German page standing in.
    visitor = new_context().new_page()
    assert visitor.goto(URL_AR).status == 200
    expect(visitor.get_by_text(COUNTER)).to_be_visible()

    # 1. The communication officer requests Arabic from the explorer, translates the title and
    # the counter-narrative, and submits the translation from the editor.
    officer = log_in(new_context(), users[roles.COMMUNICATION])
    # The admin names the languages in their own script, as the public language switcher does.
    request_translation(officer, live_narrative["narrative_index"].pk, TITLE, "العربية")
    translate_segment(officer, TITLE, TITLE_AR)
    translate_segment(officer, COUNTER, COUNTER_AR)
    submit_translation_in_editor(officer)

    # Nothing changes for visitors while the translation is in review.
    visitor.goto(URL_AR)
    expect(visitor.get_by_text(COUNTER)).to_be_visible()
    expect(visitor.get_by_text(COUNTER_AR)).to_have_count(0)

    # 2. The subject reviewer opens the translation from the dashboard and requests a change
    # in the translation editor, with a comment; the officer reads it on the dashboard, fixes
    # the title and submits again from the editor.
    reviewer = log_in(new_context(), users[roles.SUBJECT_REVIEW])
    review_in_translation_editor(reviewer, TITLE_AR, "Änderungen anfordern", comment=REQUEST)
    officer.goto("/admin/")
    returned = officer.get_by_role("region", name=RETURNED)
    expect(returned).to_contain_text(REQUEST)
    returned.get_by_role("link", name=TITLE_AR).click()
    translate_segment(officer, TITLE, TITLE_AR_REVISED)
    submit_translation_in_editor(officer)

    # 3. The subject reviewer approves from the dashboard; the sign-off opens the translation
    # from the dashboard and approves in the translation editor, whose badge says it is in
    # review (the German page standing in is what is live).
    review_from_dashboard(reviewer, TITLE_AR_REVISED, "Freigeben")
    sign_off = log_in(new_context(), users[roles.SIGN_OFF])
    review_in_translation_editor(sign_off, TITLE_AR_REVISED, "Freigeben")

    # 4. The visitor reads the Arabic page, right to left.
    assert visitor.goto(URL_AR).status == 200
    html = visitor.locator("html")
    expect(html).to_have_attribute("lang", "ar")
    expect(html).to_have_attribute("dir", "rtl")
    expect(visitor.get_by_role("heading", level=1)).to_have_text(TITLE_AR_REVISED)
    arabic = visitor.get_by_text(COUNTER_AR)
    expect(arabic).to_be_visible()
    assert arabic.evaluate("node => getComputedStyle(node).direction") == "rtl"
    assert visitor.evaluate("getComputedStyle(document.body).direction") == "rtl"
    expect(visitor.get_by_text(COUNTER)).to_have_count(0)
    print(f"translation week in the browser: {time.monotonic() - started:.1f} s")
