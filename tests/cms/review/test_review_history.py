"""Reviewers read the history of the page under their review and compare its versions; only
while the page waits at their step."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Page

from cms.access import roles
from tests.factories.narratives import NarrativeIndexPageFactory, NarrativePageFactory
from tests.factories.second_factor import log_in_with_second_factor

LIVE = "Recht gilt für alle, auch für uns."
REVISED = "Das Gesetz schützt auch deine Familie."


@pytest.fixture
def in_review(home, role_users) -> Page:
    """A live narrative whose revised counter-narrative waits for Fachprüfung."""
    officer = role_users[roles.COMMUNICATION]
    page = NarrativePageFactory(
        parent=NarrativeIndexPageFactory(parent=home), counter_narrative=LIVE
    )
    page.save_revision(user=officer).publish()
    page.refresh_from_db()
    page.counter_narrative = REVISED
    revision = page.save_revision(user=officer)
    page.get_workflow().start(page, officer)
    page.refresh_from_db()
    assert page.current_workflow_task.name == roles.SUBJECT_REVIEW
    page.submitted_revision = revision
    return page


def history_urls(page: Page) -> dict[str, str]:
    revision = page.submitted_revision
    return {
        "history": reverse("wagtailadmin_pages:history", args=[page.pk]),
        "history results": reverse("wagtailadmin_pages:history_results", args=[page.pk]),
        "compare": reverse(
            "wagtailadmin_pages:revisions_compare", args=[page.pk, "live", revision.pk]
        ),
        "revision preview": reverse(
            "wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk]
        ),
    }


def signed_in(user: object) -> Client:
    client = Client()
    log_in_with_second_factor(client, user)
    return client


def test_the_reviewer_of_the_current_step_reads_history_and_compares(in_review, role_users):
    client = signed_in(role_users[roles.SUBJECT_REVIEW])
    for name, url in history_urls(in_review).items():
        assert client.get(url).status_code == 200, name
    compare = client.get(history_urls(in_review)["compare"]).content.decode()
    assert "Das Gesetz schützt" in compare and "Recht gilt" in compare


@pytest.mark.parametrize("role", [roles.PRIVACY_REVIEW, roles.PRACTITIONERS])
def test_others_without_page_rights_are_turned_away(in_review, role_users, role):
    client = signed_in(role_users[role])
    for name, url in history_urls(in_review).items():
        response = client.get(url)
        assert response.status_code in (302, 403), name
        assert "Das Gesetz schützt" not in response.content.decode(), name


def test_the_reviewer_is_turned_away_once_their_step_is_done(in_review, role_users):
    reviewer = role_users[roles.SUBJECT_REVIEW]
    state = in_review.current_workflow_task_state
    state.task.specific.on_action(state, reviewer, "approve")
    in_review.refresh_from_db()
    assert in_review.current_workflow_task.name == roles.SIGN_OFF
    client = signed_in(reviewer)
    for name, url in history_urls(in_review).items():
        assert client.get(url).status_code == 302, name
    # Sign-off, whose step it is now (and who may change pages anyway), reads it.
    sign_off = signed_in(role_users[roles.SIGN_OFF])
    assert sign_off.get(history_urls(in_review)["compare"]).status_code == 200
