"""What the editor tells people about a review, in the German admin: the path before the first
save and before submitting, who asked for changes, why an approve action is missing (also on
the dashboard), and which steps approve again after an edit."""

import re

import pytest
from playwright.sync_api import expect

from cms.access import roles

from .admin_ui import (
    autosaved,
    awaiting_review_row,
    editor_action,
    log_in,
    message,
    open_new_page_form,
    review_from_dashboard,
    text_field,
    wait_until_editor_watches,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

TITLE = "Die Polizei ist gegen uns"


def open_status(page) -> object:
    """The editor's status panel; the admin remembers whether it was left open."""
    toggle = page.get_by_role("button", name="Status umschalten")
    panel = page.get_by_role("complementary", name="Status")
    if toggle.get_attribute("aria-expanded") != "true":
        toggle.click()
    expect(panel).to_be_visible()
    return panel


def test_the_status_panel_tells_the_path_the_requester_and_withheld_approvals(
    site_tree, new_context
):
    from tests.factories.media_library import ImageFactory
    from tests.factories.narratives import NarrativePageFactory

    users = site_tree["users"]
    officer, reviewer = users[roles.COMMUNICATION], users[roles.SUBJECT_REVIEW]
    for user, (first, last) in (
        (officer, ("Olga", "Offizierin")),
        (reviewer, ("Rita", "Prüferin")),
    ):
        user.first_name, user.last_name = first, last
        user.save()
    photo = ImageFactory(shows_people=True, consent_reference="DS-2026-0042")
    page = NarrativePageFactory(
        parent=site_tree["narrative_index"], title=TITLE, live=False, image=photo
    )
    page.save_revision(user=officer)

    # Before the first save, the create form already tells the path.
    editor = log_in(new_context(), officer)
    open_new_page_form(editor, site_tree["narrative_index"].pk)
    expect(open_status(editor)).to_contain_text(
        f"Prüfweg: {roles.SUBJECT_REVIEW} → {roles.SIGN_OFF}"
    )

    # Before submitting, the officer sees the path, with the privacy step and why.
    editor.goto(f"/admin/pages/{page.pk}/edit/")
    status = open_status(editor)
    expect(status).to_contain_text(
        f"Prüfweg: {roles.PEOPLE_IN_PICTURES} → {roles.SUBJECT_REVIEW} → {roles.SIGN_OFF}"
    )
    expect(status).to_contain_text("Ein Bild in dieser Fassung zeigt Personen")
    wait_until_editor_watches(editor)
    editor_action(editor, f"In {roles.PAGE_WORKFLOW} einreichen")
    expect(message(editor)).to_contain_text(TITLE)

    privacy = log_in(new_context(), users[roles.PRIVACY_REVIEW])
    review_from_dashboard(privacy, TITLE, "Freigeben")
    rita = log_in(new_context(), reviewer)
    review_from_dashboard(rita, TITLE, "Änderungen anfordern", comment="Bitte Quelle ergänzen.")

    # The officer reads who asked for changes, in German.
    editor.goto(f"/admin/pages/{page.pk}/edit/")
    status = open_status(editor)
    requested = re.compile(r"Änderungen angefordert (jetzt|vor\s(\d+|einer|einem)\s\w+)")
    expect(status).to_contain_text(requested)
    status.get_by_role("button", name="Details anschauen").click()
    dialog = editor.get_by_role("dialog")
    expect(dialog).to_contain_text("von Rita Prüferin")
    expect(dialog).not_to_contain_text("von Olga Offizierin")
    expect(dialog).not_to_contain_text(re.compile(r"\bago\b|\bnow\b"))
    editor.keyboard.press("Escape")
    wait_until_editor_watches(editor)
    editor_action(editor, f"Erneut in {roles.SUBJECT_REVIEW} einreichen")
    expect(message(editor)).to_contain_text(TITLE)

    # The reviewer edits the text in the editor; their approve action goes, and they read why.
    rita.goto("/admin/")
    awaiting_review_row(rita, TITLE).get_by_role("link", name=TITLE).click()
    wait_until_editor_watches(rita)
    with autosaved(rita, "umgeschrieben"):
        text_field(rita, "Gegennarrativ").fill("Vom Prüfer umgeschrieben.")
    rita.reload()
    status = open_status(rita)
    expect(status).to_contain_text(
        "Sie können diesen Schritt nicht freigeben: Eigene Änderungen können Sie nicht "
        "freigeben. Eine andere Person der prüfenden Gruppe muss ihn freigeben."
    )
    rita.get_by_role("button", name="Mehr Aktionen").click()
    expect(rita.get_by_role("button", name="Freigeben", exact=True)).to_have_count(0)
    # The dashboard's row tells her too.
    rita.goto("/admin/")
    expect(awaiting_review_row(rita, TITLE)).to_contain_text(
        "Sie können diesen Schritt nicht freigeben: Eigene Änderungen können Sie nicht freigeben."
    )


def test_the_resubmit_button_names_the_step_that_approves_again(site_tree, new_context):
    """Fachprüfung approved, Freigabe sent back; once the officer changes the text, the
    button says that Fachprüfung approves again, and why."""
    from tests.factories.narratives import NarrativePageFactory

    users = site_tree["users"]
    officer = users[roles.COMMUNICATION]
    page = NarrativePageFactory(parent=site_tree["narrative_index"], title=TITLE, live=False)
    page.save_revision(user=officer)
    page.get_workflow().start(page, officer)
    for role, action in ((roles.SUBJECT_REVIEW, "approve"), (roles.SIGN_OFF, "reject")):
        page.refresh_from_db()
        task_state = page.current_workflow_state.current_task_state
        task_state.task.specific.on_action(task_state, users[role], action, comment="")

    editor = log_in(new_context(), officer)
    editor.goto(f"/admin/pages/{page.pk}/edit/")
    wait_until_editor_watches(editor)
    with autosaved(editor, "Neufassung"):
        text_field(editor, "Gegennarrativ").fill("Neufassung des Gegennarrativs.")
    editor.reload()
    expect(open_status(editor)).to_contain_text(f"seit {roles.SUBJECT_REVIEW} ihn freigegeben hat")
    wait_until_editor_watches(editor)
    editor_action(
        editor,
        f"Erneut in {roles.SIGN_OFF} einreichen – {roles.SUBJECT_REVIEW} gibt danach erneut "
        "frei (Inhalt geändert)",
    )
    expect(message(editor)).to_contain_text(TITLE)
