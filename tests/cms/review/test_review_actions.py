"""What the submit action, the review mails, the dashboard and the create form tell about the
review: steps that approve again after an edit and why, withheld approvals, the path."""

import html
import re

import pytest
from django.core import mail
from django.urls import reverse

from cms.access import roles
from tests.cms.review.test_review_status import narrative
from tests.factories.narratives import NarrativeIndexPageFactory
from tests.factories.second_factor import log_in_with_second_factor


def text_of(response) -> str:
    assert response.status_code == 200
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", response.content.decode())))


def act(page, user, action: str, comment: str = "") -> None:
    page.refresh_from_db()
    task_state = page.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, user, action, comment=comment)


@pytest.fixture
def sent_back_by_sign_off(home, role_users):
    """A narrative Fachprüfung approved and Freigabe sent back."""
    officer = role_users[roles.COMMUNICATION]
    page = narrative(home, officer)
    page.get_workflow().start(page, officer)
    act(page, role_users[roles.SUBJECT_REVIEW], "approve")
    act(page, role_users[roles.SIGN_OFF], "reject", comment="Bitte Quelle ergänzen.")
    page.refresh_from_db()
    return page


def test_the_resubmit_button_names_the_steps_that_approve_again(
    client, role_users, sent_back_by_sign_off
):
    page, officer = sent_back_by_sign_off, role_users[roles.COMMUNICATION]
    log_in_with_second_factor(client, officer)
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    resubmit = f"Erneut in {roles.SIGN_OFF} einreichen"
    unchanged = text_of(client.get(edit_url))
    assert resubmit in unchanged
    assert "erneut frei (Inhalt geändert)" not in unchanged

    page.counter_narrative = "Überarbeitet."
    page.save_revision(user=officer)
    assert (
        f"{resubmit} – {roles.SUBJECT_REVIEW} gibt danach erneut frei (Inhalt geändert)"
        in text_of(client.get(edit_url))
    )


def test_the_repeated_step_is_mailed_why_and_the_drafter_that_a_comment_waits(
    role_users, sent_back_by_sign_off, django_capture_on_commit_callbacks
):
    page, officer = sent_back_by_sign_off, role_users[roles.COMMUNICATION]
    reviewer = role_users[roles.SUBJECT_REVIEW]
    page.counter_narrative = "Überarbeitet."
    page.save_revision(user=officer)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page.current_workflow_state.resume(user=officer)
        act(page, role_users[roles.SIGN_OFF], "approve")
    page.refresh_from_db()
    assert page.current_workflow_state.current_task_state.task.name == roles.SUBJECT_REVIEW
    to_reviewer = [m for m in mail.outbox if reviewer.email in m.to]
    assert to_reviewer, [m.subject for m in mail.outbox]
    body = to_reviewer[-1].body
    assert f'"{page.title}" wartet auf Ihre Prüfung ({roles.SUBJECT_REVIEW}).' in body
    assert (
        "Erneute Prüfung: Der Inhalt wurde geändert, nachdem dieser Schritt ihn freigegeben "
        "hatte." in body
    )

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        act(page, reviewer, "reject", comment="Der Name Ali Beispiel muss raus.")
    sent_back = [m for m in mail.outbox if officer.email in m.to]
    assert sent_back
    assert "Die prüfende Person hat dazu einen Kommentar hinterlassen" in sent_back[-1].body
    # The comment itself stays in the admin: it may quote a real name.
    assert "Ali Beispiel" not in sent_back[-1].body


def test_a_first_round_mail_claims_no_repetition(
    home, role_users, django_capture_on_commit_callbacks
):
    officer = role_users[roles.COMMUNICATION]
    page = narrative(home, officer)
    with django_capture_on_commit_callbacks(execute=True):
        page.get_workflow().start(page, officer)
    bodies = [m.body for m in mail.outbox if role_users[roles.SUBJECT_REVIEW].email in m.to]
    assert bodies and "wartet auf Ihre Prüfung" in bodies[-1]
    assert "Erneute Prüfung" not in bodies[-1]


def test_the_dashboard_row_tells_a_reviewer_why_approval_is_withheld(client, home, role_users):
    officer, reviewer = role_users[roles.COMMUNICATION], role_users[roles.SUBJECT_REVIEW]
    page = narrative(home, officer)
    page.get_workflow().start(page, officer)
    log_in_with_second_factor(client, reviewer)
    assert "Sie können diesen Schritt nicht freigeben" not in text_of(client.get("/admin/"))

    page.refresh_from_db()
    page.counter_narrative = "Vom Prüfer umgeschrieben."
    page.save_revision(user=reviewer)
    dashboard = text_of(client.get("/admin/"))
    row = dashboard[dashboard.index(page.title) :][:400]
    assert (
        "Sie können diesen Schritt nicht freigeben: Eigene Änderungen können Sie nicht "
        "freigeben." in row
    )


def test_the_create_form_shows_the_review_path(client, home, role_users):
    index = NarrativeIndexPageFactory(parent=home)
    log_in_with_second_factor(client, role_users[roles.COMMUNICATION])
    url = reverse("wagtailadmin_pages:add", args=["narratives", "narrativepage", index.pk])
    form = text_of(client.get(url))
    assert f"Prüfweg: {roles.SUBJECT_REVIEW} → {roles.SIGN_OFF}" in form
    assert f"„{roles.PEOPLE_IN_PICTURES}“ kommt hinzu, wenn ein Bild Personen zeigt" in form
