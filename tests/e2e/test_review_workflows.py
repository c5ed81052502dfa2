"""The review workflows in a real browser: people draft, review and approve in Wagtail's admin,
and visitors see a page only once the last step approved it."""

import re

import pytest
from playwright.sync_api import expect

from cms.access import roles

from .admin_ui import (
    RETURNED,
    add_key_message,
    autosaved,
    awaiting_review_row,
    editor_action,
    log_in,
    message,
    open_new_page_form,
    preview_from_dashboard,
    review_from_dashboard,
    review_in_editor,
    text_field,
    wait_until_editor_watches,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

TITLE = "Schule bringt uns nichts"
URL = "/de/narrative/schule-bringt-uns-nichts/"
COUNTER = "Ein Abschluss gibt dir die Freiheit, selbst zu entscheiden."
REVISED = "Mit einem Abschluss entscheidest du selbst, wie es weitergeht."
REQUEST = "Bitte das Gegennarrativ konkreter."


def test_narrative_goes_live_after_changes_and_both_reviews(site_tree, new_context):
    users = site_tree["users"]

    # 1. A communication officer drafts the narrative in the admin and submits it.
    officer = log_in(new_context(), users[roles.COMMUNICATION])
    open_new_page_form(officer, site_tree["narrative_index"].pk)
    text_field(officer, "Titel").fill(TITLE)
    text_field(officer, "Negatives Narrativ").fill("Schule bringt Leuten wie uns nichts.")
    text_field(officer, "Gegennarrativ").fill(COUNTER)
    add_key_message(officer, "Bildung öffnet Türen.", "Bildung")
    editor_action(officer, f"In {roles.PAGE_WORKFLOW} einreichen")
    expect(message(officer)).to_contain_text(TITLE)
    expect(officer.get_by_role("row", name=re.compile(TITLE))).to_contain_text(
        re.compile("In Moderation", re.IGNORECASE)
    )

    # 2. Nothing is public before approval.
    visitor = new_context().new_page()
    assert visitor.goto(URL).status == 404

    # 3. The subject reviewer reads the submitted revision and asks for changes in the editor;
    # they return to their dashboard (they have no page explorer).
    reviewer = log_in(new_context(), users[roles.SUBJECT_REVIEW])
    preview = preview_from_dashboard(reviewer, TITLE)
    expect(preview.get_by_text(COUNTER)).to_be_visible()
    preview.close()
    review_in_editor(reviewer, TITLE, "Änderungen anfordern", comment=REQUEST)

    # 4. The officer sees the request and its comment on the dashboard, revises and resubmits.
    officer.goto("/admin/")
    returned = officer.get_by_role("region", name=RETURNED)
    expect(returned.get_by_role("row", name=re.compile(TITLE))).to_contain_text(REQUEST)
    officer.get_by_role("link", name=TITLE).first.click()
    officer.get_by_role("button", name="Status umschalten").click()
    officer.get_by_role("button", name="Details anschauen").click()
    expect(officer.get_by_role("dialog").get_by_text(REQUEST)).to_be_visible()
    officer.keyboard.press("Escape")
    wait_until_editor_watches(officer)
    with autosaved(officer, "weitergeht"):
        text_field(officer, "Gegennarrativ").fill(REVISED)
    editor_action(officer, f"Erneut in {roles.SUBJECT_REVIEW} einreichen")
    expect(message(officer)).to_contain_text(TITLE)

    # 5. The subject reviewer reads the new revision and approves, then sign-off approves:
    # the page goes live.
    preview = preview_from_dashboard(reviewer, TITLE)
    expect(preview.get_by_text(REVISED)).to_be_visible()
    preview.close()
    review_in_editor(reviewer, TITLE, "Freigeben")
    assert visitor.goto(URL).status == 404
    sign_off = log_in(new_context(), users[roles.SIGN_OFF])
    review_from_dashboard(sign_off, TITLE, "Freigeben")

    # 6. Visitors now read the revised counter-narrative.
    response = visitor.goto(URL)
    assert response.status == 200
    expect(visitor.get_by_text(REVISED)).to_be_visible()


ALIAS = "Samir"
MESSENGER_URL = "/de/botschafter/samir/"


def test_messenger_profile_goes_through_privacy_review_first(site_tree, new_context):
    from narratives.models import MessengerPage
    from tests.factories.narratives import MessengerIdentityFactory

    users = site_tree["users"]

    # A communication officer drafts a profile (alias and role only) and submits it.
    officer = log_in(new_context(), users[roles.COMMUNICATION])
    open_new_page_form(officer, site_tree["messenger_index"].pk)
    text_field(officer, "Titel").fill(ALIAS)
    with autosaved(officer, "Boxverein"):
        text_field(officer, "Rolle").fill("Trainer im Boxverein")
    editor_action(officer, f"In {roles.MESSENGER_WORKFLOW} einreichen")
    expect(message(officer)).to_contain_text(ALIAS)

    # Privacy comes first: the subject reviewer has nothing to approve yet.
    profile = MessengerPage.objects.get(slug="samir", locale__language_code="de")
    assert profile.current_workflow_task.name == roles.PRIVACY_REVIEW
    reviewer = log_in(new_context(), users[roles.SUBJECT_REVIEW])
    expect(awaiting_review_row(reviewer, ALIAS)).to_have_count(0)
    reviewer.goto(f"/admin/pages/{profile.pk}/edit/")
    expect(reviewer).to_have_url(re.compile(r"/admin/$"))  # not their step: no editor either
    expect(reviewer.get_by_role("button", name="Freigeben", exact=True)).to_have_count(0)

    privacy = log_in(new_context(), users[roles.PRIVACY_REVIEW])
    review_from_dashboard(privacy, ALIAS, "Freigeben")
    review_from_dashboard(reviewer, ALIAS, "Freigeben")
    sign_off = log_in(new_context(), users[roles.SIGN_OFF])
    review_from_dashboard(sign_off, ALIAS, "Freigeben")

    # Published, but without recorded consent for the web nobody sees the profile ...
    visitor = new_context().new_page()
    assert visitor.goto(MESSENGER_URL).status == 404
    # ... until the privacy officers record it.
    identity = MessengerIdentityFactory(messenger=profile)
    assert visitor.goto(MESSENGER_URL).status == 200
    expect(visitor.get_by_role("heading", name=ALIAS)).to_be_visible()
    expect(visitor.get_by_text("Trainer im Boxverein")).to_be_visible()
    expect(visitor.get_by_text(identity.real_name)).to_have_count(0)
