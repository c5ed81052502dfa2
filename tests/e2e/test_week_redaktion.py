"""A communication officer's week in the admin: each kind of content drafted, reviewed and
published through the screens the officer and the reviewers use.

Set-up makes the site, the roles and the taxonomy terms; everything after goes through the
browser: uploads in the choosers, the preview, the submission, the reviewers' answers on their
dashboards, and the public page at the end.
"""

import re

import pytest
from playwright.sync_api import expect

from cms import roles

from .admin_ui import (
    IN_REVIEW,
    RETURNED,
    autosaved,
    editor_action,
    log_in,
    message,
    open_new_page_form,
    review_from_dashboard,
    review_in_editor,
    text_field,
    upload_in_chooser,
    wait_until_editor_watches,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

TITLE = "Die Familie steht über dem Gesetz"
URL = "/de/narrative/die-familie-steht-uber-dem-gesetz/"
COUNTER = "Das Gesetz schützt auch deine Familie."
REVISED = "Das Gesetz schützt dich und deine Familie, gerade wenn es schwierig wird."
REQUEST = "Bitte das Gegennarrativ persönlicher formulieren."
CONSENT = "EV-2026-031"


def test_officer_publishes_a_narrative_with_a_photo_of_people(site_tree, new_context, jpeg):
    from tests.factories.cms import TopicFactory

    TopicFactory(name="Familie und Recht")
    users = site_tree["users"]
    officer = log_in(new_context(), users[roles.COMMUNICATION])

    # Monday: the draft, with a key message, a topic and a photo uploaded in the chooser.
    open_new_page_form(officer, site_tree["narrative_index"].pk)
    text_field(officer, "Titel").fill(TITLE)
    text_field(officer, "Negatives Narrativ").fill(
        "Was die Familie sagt, zählt mehr als das Gesetz."
    )
    text_field(officer, "Gegennarrativ").fill(COUNTER)
    key_messages = officer.get_by_role("region", name=re.compile("^Kernbotschaften"))
    key_messages.get_by_role("button", name="Einen Block einfügen").click()
    key_messages.get_by_role("textbox").fill("Recht gilt für alle, auch für uns.")
    upload_in_chooser(
        officer,
        "Teaserbild",
        "Bild auswählen",
        jpeg,
        fill={
            "Titel": "Elternabend Gelsenkirchen",
            "Alternativtext": "Mütter im Gespräch bei einem Elternabend",
            "Aktenzeichen der Einwilligung": CONSENT,
        },
        check=("Zeigt Personen",),
    )
    officer.get_by_role("tab", name="Einordnung").click()
    with autosaved(officer, "Familie"):
        officer.get_by_label("Familie und Recht").check()

    # The preview shows the draft as visitors will see it.
    officer.get_by_role("button", name="Vorschau").click()
    # The panel loads each new preview in a second frame and swaps it in once loaded: the
    # last one is the newest.
    preview = officer.locator("iframe[title='Vorschau']").last.content_frame
    expect(preview.get_by_text(COUNTER)).to_be_visible()
    officer.get_by_role("button", name="Vorschau").click()

    # The photo shows people: the path names the privacy step before submitting.
    editor_action(officer, f"In {roles.PAGE_WORKFLOW} einreichen")
    expect(message(officer)).to_contain_text(TITLE)
    # Where it is: at the privacy step, which the photo of people added.
    officer.goto("/admin/")
    in_review = officer.get_by_role("region", name=IN_REVIEW).get_by_role(
        "row", name=re.compile(TITLE)
    )
    expect(in_review).to_contain_text(roles.PEOPLE_IN_PICTURES)

    # Tuesday: privacy approves the photo, the subject reviewer asks for changes.
    privacy = log_in(new_context(), users[roles.PRIVACY_REVIEW])
    review_from_dashboard(privacy, TITLE, "Freigeben")
    reviewer = log_in(new_context(), users[roles.SUBJECT_REVIEW])
    review_in_editor(reviewer, TITLE, "Änderungen anfordern", comment=REQUEST)

    # Wednesday: the officer reads the request on the dashboard, revises and resubmits.
    officer.goto("/admin/")
    returned = officer.get_by_role("region", name=RETURNED)
    expect(returned).to_contain_text(REQUEST)
    returned.get_by_role("link", name=TITLE).click()
    wait_until_editor_watches(officer)
    with autosaved(officer, "schwierig"):
        text_field(officer, "Gegennarrativ").fill(REVISED)
    editor_action(officer, f"Erneut in {roles.SUBJECT_REVIEW} einreichen")
    expect(message(officer)).to_contain_text(TITLE)

    # Thursday: both remaining steps approve; the narrative is live with its photo.
    review_from_dashboard(reviewer, TITLE, "Freigeben")
    sign_off = log_in(new_context(), users[roles.SIGN_OFF])
    review_in_editor(sign_off, TITLE, "Freigeben")
    visitor = new_context().new_page()
    assert visitor.goto(URL).status == 200
    expect(visitor.get_by_text(REVISED)).to_be_visible()
    # The photo is the narrative's card in the listing, described for screen readers.
    visitor.goto("/de/narrative/")
    card = visitor.get_by_role("article").filter(has_text=TITLE)
    expect(card.get_by_role("img", name="Mütter im Gespräch bei einem Elternabend")).to_be_visible()
