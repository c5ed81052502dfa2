"""Drafts go live only through Fachprüfung and Freigabe, and nobody approves their own edits."""

import json

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from cms.access import roles
from cms.models.review import authors_since_publication
from narratives.models import ProgrammeSiteIndexPage
from tests.factories.narratives import NarrativeIndexPageFactory, NarrativePageFactory
from tests.factories.second_factor import log_in_with_second_factor


def page_form(title: str, introduction: str, **actions: str) -> dict:
    return nested_form_data(
        {
            "title": title,
            "slug": "standorte",
            "introduction": introduction,
            "comments": inline_formset([]),
            **actions,
        }
    )


def act(client, page: Page, action: str, comment: str = ""):
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": comment} if comment else {})


@pytest.fixture
def submitted(client, home, role_users):
    """A new section page a communication officer drafted and submitted for review."""
    log_in_with_second_factor(client, role_users[roles.COMMUNICATION])
    url = reverse("wagtailadmin_pages:add", args=["narratives", "programmesiteindexpage", home.pk])
    response = client.post(
        url, page_form("Standorte", "Sieben Standorte", **{"action-submit": "1"})
    )
    assert response.status_code == 302, response.content[:2000]
    page = ProgrammeSiteIndexPage.objects.get(slug="standorte", locale__language_code="de")
    assert page.workflow_in_progress
    return page


def current_task(page: Page) -> str:
    page.refresh_from_db()
    state = page.current_workflow_state
    return state.current_task_state.task.name if state else ""


def test_draft_goes_live_only_after_both_reviews(client, submitted, role_users):
    page = submitted
    assert not page.live
    assert client.get(page.url or "/de/standorte/").status_code == 404

    log_in_with_second_factor(client, role_users[roles.SUBJECT_REVIEW])
    act(client, page, "approve")
    assert current_task(page) == roles.SIGN_OFF
    page.refresh_from_db()
    assert not page.live

    log_in_with_second_factor(client, role_users[roles.SIGN_OFF])
    act(client, page, "approve")
    page.refresh_from_db()
    assert page.live
    assert client.get(page.url).status_code == 200
    assert (
        WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(page.pk)).status
        == "approved"
    )


def test_reviewer_sends_back_with_a_comment(client, submitted, role_users):
    log_in_with_second_factor(client, role_users[roles.SUBJECT_REVIEW])
    act(client, submitted, "reject", comment="Bitte Quelle ergänzen.")
    state = WorkflowState.objects.get(object_id=str(submitted.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.comment == "Bitte Quelle ergänzen."
    submitted.refresh_from_db()
    assert not submitted.live


def test_nobody_approves_their_own_edits(client, submitted, role_users):
    reviewer = role_users[roles.SUBJECT_REVIEW]
    log_in_with_second_factor(client, reviewer)
    # The reviewer changes the text while reviewing (the task opens the editor to them) ...
    edit_url = reverse("wagtailadmin_pages:edit", args=[submitted.pk])
    client.post(edit_url, page_form("Standorte", "Vom Prüfer geändert"))
    submitted.refresh_from_db()
    assert submitted.get_latest_revision().user == reviewer
    # ... and so may no longer approve: the button is gone and a forged request is refused.
    html = client.get(edit_url).content.decode()
    assert f"/workflow/action/{submitted.pk}/approve/" not in html
    response = act(client, submitted, "approve")
    assert response.status_code in (302, 403)
    assert current_task(submitted) == roles.SUBJECT_REVIEW


def test_the_revision_that_goes_live_is_the_reviewed_one(client, submitted, role_users):
    log_in_with_second_factor(client, role_users[roles.SUBJECT_REVIEW])
    act(client, submitted, "approve")
    log_in_with_second_factor(client, role_users[roles.SIGN_OFF])
    act(client, submitted, "approve")
    submitted.refresh_from_db()
    assert submitted.live
    assert submitted.introduction == "Sieben Standorte"
    assert submitted.live_revision.user == role_users[roles.COMMUNICATION]


def test_communication_officer_cannot_publish_directly(client, home, role_users):
    log_in_with_second_factor(client, role_users[roles.COMMUNICATION])
    url = reverse("wagtailadmin_pages:add", args=["narratives", "programmesiteindexpage", home.pk])
    client.post(url, page_form("Standorte", "Sieben", **{"action-publish": "1"}))
    page = ProgrammeSiteIndexPage.objects.get(slug="standorte", locale__language_code="de")
    assert not page.live


def test_each_step_mails_the_next_group_and_the_drafter_through_the_task_worker(
    client, home, role_users, django_capture_on_commit_callbacks
):
    from django.core import mail

    officer = role_users[roles.COMMUNICATION]
    reviewer = role_users[roles.SUBJECT_REVIEW]
    privacy = role_users[roles.PRIVACY_REVIEW]
    log_in_with_second_factor(client, officer)
    url = reverse("wagtailadmin_pages:add", args=["narratives", "programmesiteindexpage", home.pk])
    with django_capture_on_commit_callbacks(execute=False) as pending:
        client.post(url, page_form("Standorte", "Sieben", **{"action-submit": "1"}))
    # Nothing is mailed inside the request: the mails are tasks queued for after the commit.
    assert mail.outbox == []
    for callback in pending:
        callback()
    recipients = [address for message in mail.outbox for address in message.to]
    assert reviewer.email in recipients
    assert privacy.email not in recipients  # no image shows people: nothing for them to do
    mail.outbox.clear()

    page = ProgrammeSiteIndexPage.objects.get(slug="standorte", locale__language_code="de")
    log_in_with_second_factor(client, reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        act(client, page, "reject", comment="Bitte den Klarnamen Ali Beispiel entfernen.")
    assert officer.email in [address for message in mail.outbox for address in message.to]


def test_review_mails_name_no_people_and_quote_no_comments(
    client, home, role_users, django_capture_on_commit_callbacks
):
    """Mails leave the admin for servers and inboxes: they carry the title, the step and a
    link, never who acted or what a comment says (a comment may quote a real name)."""
    from django.core import mail

    officer = role_users[roles.COMMUNICATION]
    reviewer = role_users[roles.SUBJECT_REVIEW]
    for user, name in ((officer, ("Olga", "Offizierin")), (reviewer, ("Rita", "Prüferin"))):
        user.first_name, user.last_name = name
        user.save()
    log_in_with_second_factor(client, officer)
    url = reverse("wagtailadmin_pages:add", args=["narratives", "programmesiteindexpage", home.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, page_form("Standorte", "Sieben", **{"action-submit": "1"}))
    page = ProgrammeSiteIndexPage.objects.get(slug="standorte", locale__language_code="de")
    log_in_with_second_factor(client, reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        act(client, page, "reject", comment="Bitte den Klarnamen Ali Beispiel entfernen.")

    sent_back = [m for m in mail.outbox if officer.email in m.to]
    assert sent_back, [m.subject for m in mail.outbox]
    assert "Standorte" in sent_back[-1].body
    assert f"/admin/pages/{page.pk}/edit/" in sent_back[-1].body
    assert len(mail.outbox) >= 2
    for message in mail.outbox:
        text = message.subject + message.body
        assert not message.alternatives
        for private in ("Olga", "Offizierin", "Rita", "Prüferin", "Ali Beispiel", "role-"):
            assert private not in text, (private, text)


def test_an_unreachable_mail_server_never_blocks_an_approval(
    client, submitted, role_users, settings
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    log_in_with_second_factor(client, role_users[roles.SUBJECT_REVIEW])
    act(client, submitted, "approve")
    assert current_task(submitted) == roles.SIGN_OFF


def test_a_proposed_go_live_date_is_scheduled_only_once_approved(client, home, role_users):
    import datetime

    from django.utils import timezone

    go_live = timezone.localtime() + datetime.timedelta(days=3)
    log_in_with_second_factor(client, role_users[roles.COMMUNICATION])
    url = reverse("wagtailadmin_pages:add", args=["narratives", "programmesiteindexpage", home.pk])
    client.post(
        url,
        page_form(
            "Standorte",
            "Ab nächster Woche",
            go_live_at=go_live.strftime("%Y-%m-%d %H:%M"),
            **{"action-submit": "1"},
        ),
    )
    page = ProgrammeSiteIndexPage.objects.get(slug="standorte", locale__language_code="de")
    assert not page.revisions.filter(approved_go_live_at__isnull=False).exists()
    for role in (roles.SUBJECT_REVIEW, roles.SIGN_OFF):
        log_in_with_second_factor(client, role_users[role])
        act(client, page, "approve")
    page.refresh_from_db()
    assert not page.live  # waiting for its date
    scheduled = page.revisions.get(approved_go_live_at__isnull=False)
    assert scheduled.as_object().introduction == "Ab nächster Woche"


@pytest.mark.parametrize("kind", ["page", "material"])
def test_a_reviewed_revision_is_never_overwritten(home, role_users, kind):
    from tests.factories.media_library import MaterialFactory
    from tests.factories.narratives import ProgrammeSiteIndexPageFactory

    officer = role_users[roles.COMMUNICATION]
    if kind == "page":
        obj = ProgrammeSiteIndexPageFactory(parent=home, title="Standorte", live=False)
        field, before, after = "introduction", "Zur Prüfung", "Nachträglich geändert"
    else:
        obj = MaterialFactory(live=False)
        field, before, after = "summary", "Zur Prüfung", "Nachträglich geändert"
    setattr(obj, field, before)
    reviewed = obj.save_revision(user=officer)
    obj.get_workflow().start(obj, officer)

    # An autosave by the same author asks Wagtail to overwrite the latest revision in place.
    setattr(obj, field, after)
    saved = obj.save_revision(user=officer, overwrite_revision=reviewed)

    assert saved.pk != reviewed.pk
    reviewed.refresh_from_db()
    assert getattr(reviewed.as_object(), field) == before


def test_a_page_moved_under_review_gets_the_workflow_of_its_new_place(submitted, home, role_users):
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

    from tests.factories.cms import ContentPageFactory

    trainings = ContentPageFactory(parent=home, title="Trainings")
    special = Workflow.objects.create(name="Trainings: Fachprüfung")
    task = GroupApprovalTask.objects.create(name="Trainingsprüfung")
    WorkflowTask.objects.create(workflow=special, task=task, sort_order=0)
    WorkflowPage.objects.create(page=trainings, workflow=special)
    page = ProgrammeSiteIndexPage.objects.get(pk=submitted.pk)
    assert page.current_workflow_state.workflow.name == roles.PAGE_WORKFLOW
    page.move(trainings, pos="last-child")
    page = ProgrammeSiteIndexPage.objects.get(pk=submitted.pk)
    assert page.current_workflow_state.workflow == special
    assert page.current_workflow_task == task


def test_a_review_action_in_the_editor_saves_no_identical_revision(client, submitted, role_users):
    """Approving from the page editor posts the unchanged form; that must not void the approval."""
    reviewer = role_users[roles.SUBJECT_REVIEW]
    page = ProgrammeSiteIndexPage.objects.get(pk=submitted.pk)
    revisions_before = page.revisions.count()
    log_in_with_second_factor(client, reviewer)
    data = page_form(page.title, page.introduction, **{"action-workflow-action": "1"})
    data["workflow-action-name"] = "approve"
    client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert page.revisions.count() == revisions_before
    assert current_task(page) == roles.SIGN_OFF


def unchanged_narrative_form(page, **actions: str) -> dict:
    """A narrative's edit form as the browser posts it when nobody touched it: the rich text
    editor re-serialises stored HTML (new block keys, its own markup) and StreamField blocks
    come back without the ids the factory gave them."""
    body = []
    for block in page.body:
        if block.block_type == "paragraph":
            body.append(("paragraph", rich_text(block.value.source)))
        else:
            body.append((block.block_type, dict(block.value)))
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "introduction": page.introduction,
            "negative_narrative": page.negative_narrative,
            "counter_narrative": page.counter_narrative,
            "key_messages": streamfield([("message", block.value) for block in page.key_messages]),
            "body": streamfield(body),
            "sources": streamfield([]),
            "talking_points": rich_text(page.talking_points),
            "review_by": page.review_by.isoformat(),
            "comments": inline_formset([]),
            **actions,
        }
    )


@pytest.fixture
def submitted_narrative(home, role_users):
    """A narrative whose stored rich text was not written by the editor (as after an import)."""
    page = NarrativePageFactory(
        parent=NarrativeIndexPageFactory(parent=home),
        title="Die Polizei ist gegen uns",
        live=False,
        talking_points="<p>Zuerst <strong>zuhören</strong>.</p>\n<ul><li>Fragen</li></ul>",
    )
    officer = role_users[roles.COMMUNICATION]
    page.save_revision(user=officer)
    page.get_workflow().start(page, officer)
    return page


@pytest.mark.parametrize("action", ["approve", "reject"])
def test_a_review_action_in_the_editor_on_rich_text_keeps_four_eyes(
    client, submitted_narrative, role_users, action
):
    """The unchanged form of rich text from an import counts as no edit: the reviewer's
    approval stands, and they land on their dashboard, not on a page they may not open."""
    page = submitted_narrative
    revisions_before = page.revisions.count()
    log_in_with_second_factor(client, role_users[roles.SUBJECT_REVIEW])
    data = unchanged_narrative_form(page, **{"action-workflow-action": "1"})
    data["workflow-action-name"] = action
    if action == "reject":
        data["workflow-action-extra-data"] = json.dumps({"comment": "Quelle fehlt."})
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert response["Location"] == reverse("wagtailadmin_home")
    assert page.revisions.count() == revisions_before
    page.refresh_from_db()
    if action == "approve":
        assert current_task(page) == roles.SIGN_OFF
    else:
        assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    dashboard = client.get(response["Location"])
    assert "keinen Zugang" not in dashboard.content.decode()


def test_a_real_edit_in_rich_text_still_counts_as_an_edit(client, submitted_narrative, role_users):
    page = submitted_narrative
    reviewer = role_users[roles.SUBJECT_REVIEW]
    log_in_with_second_factor(client, reviewer)
    data = unchanged_narrative_form(page)
    data["talking_points"] = rich_text("<p>Zuerst <b>zuhören</b>, dann fragen.</p>")
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page.refresh_from_db()
    assert page.get_latest_revision().user == reviewer
    assert reviewer.pk in authors_since_publication(page)


def test_nobody_approves_two_steps_of_one_review(client, submitted, role_users):
    """Someone in both Fachprüfung and Freigabe is one pair of eyes, not two."""
    both = role_users[roles.SUBJECT_REVIEW]
    both.groups.add(Group.objects.get(name=roles.SIGN_OFF))
    log_in_with_second_factor(client, both)
    act(client, submitted, "approve")
    assert current_task(submitted) == roles.SIGN_OFF

    edit_url = reverse("wagtailadmin_pages:edit", args=[submitted.pk])
    assert f"/workflow/action/{submitted.pk}/approve/" not in client.get(edit_url).content.decode()
    act(client, submitted, "approve")
    assert current_task(submitted) == roles.SIGN_OFF
    submitted.refresh_from_db()
    assert not submitted.live

    log_in_with_second_factor(client, role_users[roles.SIGN_OFF])
    act(client, submitted, "approve")
    submitted.refresh_from_db()
    assert submitted.live
