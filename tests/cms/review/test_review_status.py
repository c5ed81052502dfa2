"""The editor's status panel tells the review's path, who asked for changes, and why an
approve action is withheld, in German."""

import datetime
import html
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from cms.access import roles
from tests.factories.media_library import ImageFactory
from tests.factories.narratives import NarrativeIndexPageFactory, NarrativePageFactory
from tests.factories.second_factor import log_in_with_second_factor


@pytest.fixture
def named(role_users):
    for role, (first, last) in {
        roles.COMMUNICATION: ("Olga", "Offizierin"),
        roles.SUBJECT_REVIEW: ("Rita", "Prüferin"),
    }.items():
        user = role_users[role]
        user.first_name, user.last_name = first, last
        user.save()
    return role_users


def narrative(home, officer, **fields):
    page = NarrativePageFactory(
        parent=NarrativeIndexPageFactory(parent=home), title="Schule bringt nichts", live=False
    )
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision(user=officer)
    return page


def status_panel(client, page) -> str:
    """The status panel's text (tags dropped, whitespace folded)."""
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    text = response.content.decode()
    panel = text[text.index('data-side-panel="status"') :]
    panel = re.sub(r"<[^>]+>", " ", panel)
    return re.sub(r"\s+", " ", html.unescape(panel))


@pytest.mark.parametrize("shows_people", [False, True])
def test_the_editor_sees_the_review_path_before_submitting(client, home, named, shows_people):
    officer = named[roles.COMMUNICATION]
    page = narrative(home, officer, image=ImageFactory(shows_people=shows_people))
    log_in_with_second_factor(client, officer)
    panel = status_panel(client, page)
    if shows_people:
        assert (
            f"Prüfweg: {roles.PEOPLE_IN_PICTURES} → {roles.SUBJECT_REVIEW} → {roles.SIGN_OFF}"
            in panel
        )
        assert (
            "Ein Bild in dieser Fassung zeigt Personen, daher gehört "
            f"„{roles.PEOPLE_IN_PICTURES}“ zur Prüfung." in panel
        )
    else:
        assert f"Prüfweg: {roles.SUBJECT_REVIEW} → {roles.SIGN_OFF}" in panel
        assert (
            f"„{roles.PEOPLE_IN_PICTURES}“ kommt hinzu, wenn ein Bild Personen zeigt; in dieser "
            "Fassung zeigt keines Personen." in panel
        )


def test_the_status_names_the_reviewer_who_asked_for_changes_in_german(client, home, named):
    officer, reviewer = named[roles.COMMUNICATION], named[roles.SUBJECT_REVIEW]
    page = narrative(home, officer)
    page.get_workflow().start(page, officer)
    page.refresh_from_db()
    state = page.current_workflow_state
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, reviewer, "reject", comment="Quelle fehlt.")
    task_state.refresh_from_db()
    task_state.finished_at = timezone.now() - datetime.timedelta(minutes=3)
    task_state.save()

    log_in_with_second_factor(client, officer)
    panel = status_panel(client, page)
    assert "Änderungen angefordert vor 3 Minuten von Rita Prüferin" in panel
    assert "von Olga Offizierin" not in panel.split("Änderungen angefordert", 1)[1][:80]
    assert " ago" not in panel


def test_a_reviewer_without_the_approve_action_is_told_why(client, home, named):
    officer, reviewer = named[roles.COMMUNICATION], named[roles.SUBJECT_REVIEW]
    page = narrative(home, officer)
    page.get_workflow().start(page, officer)
    page.refresh_from_db()
    page.counter_narrative = "Vom Prüfer umgeschrieben."
    page.save_revision(user=reviewer)

    log_in_with_second_factor(client, reviewer)
    panel = status_panel(client, page)
    assert (
        "Sie können diesen Schritt nicht freigeben: Eigene Änderungen können Sie nicht "
        "freigeben. Eine andere Person der prüfenden Gruppe muss ihn freigeben." in panel
    )
    # The submitter, who is not a reviewer of this step, is not told about approving.
    client.logout()
    log_in_with_second_factor(client, officer)
    assert "nicht freigeben" not in status_panel(client, page)


def test_the_submitter_is_told_which_steps_approve_again_after_an_edit(client, home, named):
    """Sent back by Freigabe after Fachprüfung approved: once the officer changes the content,
    Fachprüfung must approve again (re-approval on edit), and the panel says so and why."""
    officer = named[roles.COMMUNICATION]
    page = narrative(home, officer)
    page.get_workflow().start(page, officer)
    for role, action in ((roles.SUBJECT_REVIEW, "approve"), (roles.SIGN_OFF, "reject")):
        page.refresh_from_db()
        task_state = page.current_workflow_state.current_task_state
        task_state.task.specific.on_action(task_state, named[role], action, comment="")
    page.refresh_from_db()
    log_in_with_second_factor(client, officer)
    note = "Der Inhalt hat sich geändert, seit"
    assert note not in status_panel(client, page)  # nothing changed yet

    page.counter_narrative = "Überarbeitet."
    page.save_revision(user=officer)
    assert (
        f"{note} {roles.SUBJECT_REVIEW} ihn freigegeben hat; diese Schritte geben nach dem "
        "erneuten Einreichen noch einmal frei." in status_panel(client, page)
    )
