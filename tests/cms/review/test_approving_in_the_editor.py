"""Approving in the editor publishes the submitted revision and leaves no draft behind.

The editor posts its whole form with a review action, and Wagtail's autosave posts it once more
in the background when the action's hidden inputs appear. Neither may save the reviewed content
again in the approver's name: the item would show "live + draft", the draft by the approver.
"""

import pytest
from django.urls import reverse
from wagtail.models import Revision

from cms.access import roles
from narratives.models import NarrativePage
from tests.cms.review.test_review_workflow import unchanged_narrative_form
from tests.factories.media_library import MaterialFactory
from tests.factories.narratives import NarrativeIndexPageFactory, NarrativePageFactory
from tests.factories.second_factor import log_in_with_second_factor
from tests.html import edit_form_data

AUTOSAVE = {"HTTP_ACCEPT": "application/json"}


def submitted_for_sign_off(obj, role_users):
    """`obj` drafted and submitted by Redaktion, approved by Fachprüfung: Freigabe is next."""
    officer = role_users[roles.COMMUNICATION]
    obj.save_revision(user=officer)
    obj.get_workflow().start(obj, officer)
    state = obj.current_workflow_state
    state.current_task_state.task.specific.on_action(
        state.current_task_state, role_users[roles.SUBJECT_REVIEW], "approve"
    )
    obj.refresh_from_db()
    assert obj.current_workflow_task.name == roles.SIGN_OFF
    return obj


@pytest.fixture
def narrative(home, role_users):
    page = NarrativePageFactory(
        parent=NarrativeIndexPageFactory(parent=home), title="Die Polizei ist gegen uns", live=False
    )
    return submitted_for_sign_off(page, role_users)


@pytest.fixture
def material(role_users):
    return submitted_for_sign_off(MaterialFactory(live=False, title="Elternbrief"), role_users)


def edit_url(obj) -> str:
    if hasattr(obj, "path"):
        return reverse("wagtailadmin_pages:edit", args=[obj.pk])
    return reverse("wagtailsnippets_media_library_material:edit", args=[obj.pk])


def unchanged_form(client, obj) -> dict:
    """The edit form as the browser posts it when nobody touched it. A page's StreamFields
    are built by the editor's scripts, so the narrative's form is written out instead."""
    if isinstance(obj, NarrativePage):
        return unchanged_narrative_form(obj)
    return edit_form_data(client.get(edit_url(obj)).content.decode())


def with_action(form: dict, action: str) -> dict:
    """The form after Wagtail's workflow-action script added the action's hidden inputs."""
    return {**form, "action-workflow-action": "true", "workflow-action-name": action}


def assert_live_without_draft(obj, approver, submitted: Revision) -> None:
    obj = type(obj).objects.get(pk=obj.pk)
    assert obj.live
    assert obj.live_revision == submitted
    assert obj.latest_revision == submitted
    assert not obj.has_unpublished_changes
    assert not Revision.objects.for_instance(obj).filter(user=approver).exists()


@pytest.mark.parametrize("kind", ["narrative", "material"])
@pytest.mark.parametrize("autosave", ["before", "after"])
def test_approving_in_the_editor_leaves_no_draft(client, role_users, request, kind, autosave):
    obj = request.getfixturevalue(kind)
    submitted = obj.latest_revision
    approver = role_users[roles.SIGN_OFF]
    log_in_with_second_factor(client, approver)
    url = edit_url(obj)
    form = with_action(unchanged_form(client, obj), "approve")

    # The background autosave of the same form arrives before or after the real submission.
    if autosave == "before":
        assert client.post(url, form, **AUTOSAVE).json() == {"success": True}
    response = client.post(url, form)
    assert response.status_code == 302, response.content.decode()[:3000]
    if autosave == "after":
        assert client.post(url, form, **AUTOSAVE).json() == {"success": True}

    assert_live_without_draft(obj, approver, submitted)


@pytest.mark.parametrize("kind", ["narrative", "material"])
def test_approving_changed_content_is_refused_with_the_input_kept(
    client, role_users, request, kind
):
    """A reviewer who changed the text and then approves would approve their own change, and
    the approval would publish the submitted version without it. Refused, nothing saved: the
    reviewer either reloads (discarding the change) and approves, or requests changes."""
    obj = request.getfixturevalue(kind)
    submitted = obj.latest_revision
    log_in_with_second_factor(client, role_users[roles.SIGN_OFF])
    url = edit_url(obj)
    form = unchanged_form(client, obj)
    form["title"] = "Vom Freigeber geändert"

    response = client.post(url, with_action(form, "approve"))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Nicht freigegeben: Sie haben den Inhalt im Formular geändert (Titel)" in html
    assert "Vom Freigeber geändert" in html  # the input is still in the form
    obj = type(obj).objects.get(pk=obj.pk)
    assert not obj.live
    assert obj.latest_revision == submitted
    assert obj.current_workflow_task.name == roles.SIGN_OFF


def test_requesting_changes_in_the_editor_keeps_the_reviewers_edit(client, narrative, role_users):
    """Wagtail's own semantics stay for sending back: the reviewer's edit is saved (in their
    name) and the submitter finds it with the request."""
    reviewer = role_users[roles.SIGN_OFF]
    log_in_with_second_factor(client, reviewer)
    url = edit_url(narrative)
    form = unchanged_form(client, narrative)
    form["title"] = "Vom Freigeber geändert"
    form = with_action(form, "reject")
    form["workflow-action-extra-data"] = '{"comment": "Bitte Titel prüfen."}'
    assert client.post(url, form).status_code == 302
    narrative.refresh_from_db()
    assert narrative.latest_revision.user == reviewer
    assert narrative.current_workflow_state.status == "needs_changes"
