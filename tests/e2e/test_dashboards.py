"""Each role's dashboard in a real browser: the reviewer's task comes first, and the officer
reads the reviewer's comment where the returned item is listed."""

import pytest
from playwright.sync_api import Page, expect

from cms.access import roles
from tests.factories.media_library import MaterialFactory
from tests.factories.narratives import NarrativePageFactory

from .admin_ui import (
    AWAITING_REVIEW,
    IN_REVIEW,
    RETURNED,
    awaiting_review_row,
    log_in,
    review_from_dashboard,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

TITLE = "Die Polizei ist gegen uns"
MATERIAL = "Flyer: Wege aus der Kriminalität"
REQUEST = "Bitte eine Quelle für die Zahlen im zweiten Absatz."


def submit(obj: object, user: object) -> None:
    obj.save_revision(user=user)
    obj.get_workflow().start(obj, user)


def panels(page: Page) -> object:
    """The dashboard's panels, top to bottom. Wagtail marks them with data-panel; the site
    summary above them is a region too, but no panel."""
    return page.locator("section[data-panel]")


def test_reviewer_starts_with_their_task_and_the_officer_reads_the_comment(site_tree, new_context):
    users = site_tree["users"]
    officer = users[roles.COMMUNICATION]
    submit(
        NarrativePageFactory(parent=site_tree["narrative_index"], title=TITLE, live=False), officer
    )
    submit(MaterialFactory(title=MATERIAL, live=False), officer)
    # Unrelated to the reviewer: narratives past their review-by date.
    for _ in range(3):
        NarrativePageFactory(parent=site_tree["narrative_index"], review_by="2020-01-01")

    # The subject reviewer's first panel is what awaits them: the page and the snippet.
    reviewer = log_in(new_context(), users[roles.SUBJECT_REVIEW])
    expect(panels(reviewer).first).to_have_accessible_name(AWAITING_REVIEW)
    expect(awaiting_review_row(reviewer, TITLE)).to_be_visible()
    expect(awaiting_review_row(reviewer, MATERIAL)).to_be_visible()
    expect(
        reviewer.get_by_role("region", name="Zur Wiedervorlage fällige Narrative")
    ).to_have_count(0)
    review_from_dashboard(reviewer, TITLE, "Änderungen anfordern", comment=REQUEST)

    # The officer reads the comment on the dashboard, next to the item, without opening it;
    # the material still waits at its step.
    desk = log_in(new_context(), officer)
    returned = desk.get_by_role("region", name=RETURNED)
    row = returned.get_by_role("row").filter(has=desk.get_by_role("link", name=TITLE))
    expect(row).to_contain_text(REQUEST)
    expect(row).to_contain_text(roles.SUBJECT_REVIEW)
    expect(panels(desk).first).to_have_accessible_name(RETURNED)
    in_review = desk.get_by_role("region", name=IN_REVIEW)
    expect(
        in_review.get_by_role("row").filter(has=desk.get_by_role("link", name=MATERIAL))
    ).to_contain_text(roles.SUBJECT_REVIEW)
    # Wagtail's list of the same items, without the comment, is gone.
    expect(
        desk.get_by_role("region", name="Ihre Seiten und Schnipsel in einem Workflow")
    ).to_have_count(0)
