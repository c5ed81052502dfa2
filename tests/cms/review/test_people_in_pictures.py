"""Content whose images show people gets the privacy review; other content passes that step."""

import pytest
from django.urls import reverse
from django.utils.translation import gettext

from cms.access import roles
from tests.factories.media_library import ImageFactory, MaterialFactory
from tests.factories.narratives import NarrativeIndexPageFactory, NarrativePageFactory
from tests.factories.second_factor import log_in_with_second_factor


@pytest.fixture
def narrative_index(home, role_users):
    return NarrativeIndexPageFactory(parent=home)


def submit(obj, user):
    obj.refresh_from_db()
    obj.get_workflow().start(obj, user)
    obj.refresh_from_db()


def test_content_without_people_skips_the_privacy_step_with_a_reason(narrative_index, role_users):
    page = NarrativePageFactory(parent=narrative_index, live=False, image=ImageFactory())
    page.save_revision(user=role_users[roles.COMMUNICATION])
    submit(page, role_users[roles.COMMUNICATION])
    assert page.current_workflow_task.name == roles.SUBJECT_REVIEW
    skipped = page.current_workflow_state.task_states.get(task__name=roles.PEOPLE_IN_PICTURES)
    assert skipped.status == "approved"
    assert skipped.comment == gettext("No image shows people; no privacy review needed.")


def test_a_photo_of_people_in_a_draft_brings_in_the_privacy_review(
    client, narrative_index, role_users
):
    page = NarrativePageFactory(parent=narrative_index, live=False)
    page.image = ImageFactory(shows_people=True, consent_reference="DS-2026-0042")
    page.save_revision(user=role_users[roles.COMMUNICATION])
    submit(page, role_users[roles.COMMUNICATION])
    assert page.current_workflow_task.name == roles.PEOPLE_IN_PICTURES

    # The subject reviewer cannot approve the privacy step; the privacy officer can.
    task_state = page.current_workflow_task_state
    log_in_with_second_factor(client, role_users[roles.SUBJECT_REVIEW])
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    )
    page.refresh_from_db()
    assert page.current_workflow_task.name == roles.PEOPLE_IN_PICTURES
    log_in_with_second_factor(client, role_users[roles.PRIVACY_REVIEW])
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    )
    page.refresh_from_db()
    assert page.current_workflow_task.name == roles.SUBJECT_REVIEW


def test_material_with_a_photo_of_people_goes_to_the_privacy_review(role_users):
    material = MaterialFactory(
        live=False,
        kind="image",
        image=ImageFactory(shows_people=True, consent_reference="DS-2026-0007"),
    )
    material.save_revision(user=role_users[roles.COMMUNICATION])
    submit(material, role_users[roles.COMMUNICATION])
    assert material.current_workflow_task.name == roles.PEOPLE_IN_PICTURES


def approve(obj, user):
    obj.refresh_from_db()
    obj.current_workflow_task.on_action(obj.current_workflow_task_state, user, "approve")
    obj.refresh_from_db()


def send_back_and_revise(obj, reviewer, officer, **changes):
    obj.refresh_from_db()
    obj.current_workflow_task.on_action(
        obj.current_workflow_task_state, reviewer, "reject", comment="Bitte überarbeiten."
    )
    draft = obj.get_latest_revision_as_object()
    for field, value in changes.items():
        setattr(draft, field, value)
    draft.save_revision(user=officer)
    obj.refresh_from_db()
    obj.current_workflow_state.resume(officer)
    obj.refresh_from_db()


def photo_of_people_past_privacy(narrative_index, role_users):
    """A draft with a photo of people, submitted; the privacy officer approved it."""
    officer = role_users[roles.COMMUNICATION]
    page = NarrativePageFactory(parent=narrative_index, live=False)
    page.image = ImageFactory(shows_people=True, consent_reference="DS-2026-0042")
    page.save_revision(user=officer)
    submit(page, officer)
    approve(page, role_users[roles.PRIVACY_REVIEW])
    return page


def test_a_text_change_after_the_privacy_review_does_not_bring_it_back(narrative_index, role_users):
    officer = role_users[roles.COMMUNICATION]
    page = photo_of_people_past_privacy(narrative_index, role_users)
    send_back_and_revise(
        page, role_users[roles.SUBJECT_REVIEW], officer, counter_narrative="Neu formuliert."
    )
    approve(page, role_users[roles.SUBJECT_REVIEW])

    # Same photo: the privacy step passes by itself and says why; sign-off is next.
    assert page.current_workflow_task.name == roles.SIGN_OFF
    passed = page.current_workflow_state.task_states.filter(
        task__name=roles.PEOPLE_IN_PICTURES
    ).latest("pk")
    assert passed.status == "approved" and passed.finished_by is None
    assert passed.comment == gettext(
        "The images of people are unchanged since the privacy review approved them; "
        "no second privacy review needed."
    )


def test_another_photo_of_people_brings_the_privacy_review_back(narrative_index, role_users):
    officer = role_users[roles.COMMUNICATION]
    page = photo_of_people_past_privacy(narrative_index, role_users)
    other = ImageFactory(shows_people=True, consent_reference="DS-2026-0051")
    send_back_and_revise(page, role_users[roles.SUBJECT_REVIEW], officer, image=other)
    approve(page, role_users[roles.SUBJECT_REVIEW])

    assert page.current_workflow_task.name == roles.PEOPLE_IN_PICTURES
