"""Approving in the editor: the reviewed revision goes live and no draft stays behind."""

import re

import pytest
from playwright.sync_api import expect

from cms.access import roles

from .admin_ui import (
    awaiting_review_row,
    editor_action,
    log_in,
    message,
    review_from_dashboard,
    wait_until_editor_watches,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

TITLE = "Die Polizei ist gegen uns"


def test_final_approval_in_the_editor_leaves_no_draft(site_tree, new_context):
    from narratives.models import NarrativePage
    from tests.factories.narratives import NarrativePageFactory

    users = site_tree["users"]
    officer = users[roles.COMMUNICATION]
    page = NarrativePageFactory(parent=site_tree["narrative_index"], title=TITLE, live=False)
    submitted = page.save_revision(user=officer)
    page.get_workflow().start(page, officer)
    reviewer = log_in(new_context(), users[roles.SUBJECT_REVIEW])
    review_from_dashboard(reviewer, TITLE, "Freigeben")

    # Sign-off opens the item from the dashboard and approves in the editor's footer menu
    # (which makes Wagtail's autosave post the form in the background as well).
    sign_off = log_in(new_context(), users[roles.SIGN_OFF])
    sign_off.goto("/admin/")
    awaiting_review_row(sign_off, TITLE).get_by_role("link", name=TITLE).click()
    wait_until_editor_watches(sign_off)
    editor_action(sign_off, "Freigeben")
    expect(message(sign_off)).to_contain_text(TITLE)

    # Live, and nothing else: no "+ Entwurf", no draft by the approver.
    row = sign_off.get_by_role("row", name=re.compile(TITLE))
    expect(row).to_contain_text(re.compile("veröffentlicht", re.IGNORECASE))
    sign_off.wait_for_timeout(1500)  # give a late autosave time to arrive
    sign_off.reload()
    expect(row).to_contain_text(re.compile("veröffentlicht", re.IGNORECASE))
    expect(row).not_to_contain_text(re.compile("Entwurf", re.IGNORECASE))
    sign_off.goto(f"/admin/pages/{page.pk}/edit/")
    sign_off.get_by_role("button", name="Status umschalten").click()
    status = sign_off.get_by_role("complementary", name="Status")
    expect(status).to_contain_text(re.compile("Live|Veröffentlicht", re.IGNORECASE))
    expect(status).not_to_contain_text("Entwurf")

    page = NarrativePage.objects.get(pk=page.pk)
    assert page.live_revision == submitted
    assert page.latest_revision == submitted
    assert not page.has_unpublished_changes
