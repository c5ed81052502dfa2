"""The reviewers' week (Fachprüfung, then Freigabe) in a real browser.

Set-up only makes what the communication officers left for them: a live narrative whose
counter-narrative they revised and submitted, a live material revised and submitted too, and
a second narrative that a sign-off user corrected before the officers submitted it. Everything
after goes through the browser, as the reviewers do it.
"""

import re

import pytest
from playwright.sync_api import Page, expect

from cms.access import roles

from .admin_ui import (
    AWAITING_REVIEW,
    RETURNED,
    awaiting_review_row,
    editor_action,
    log_in,
    message,
    review_from_dashboard,
    wait_until_editor_watches,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

TITLE = "Die Familie steht über dem Gesetz"
URL = "/de/narrative/die-familie-steht-uber-dem-gesetz/"
LIVE_COUNTER = "Recht gilt für alle, auch für unsere Familie."
REVIEWED_COUNTER = "Das Gesetz schützt auch deine Familie."
MATERIAL = "Flyer für Eltern"
REQUEST = "Bitte die Telefonnummer der Beratungsstelle ergänzen."
CORRECTED = "Die Polizei ist gegen uns"


def submit_revision(obj: object, officer: object, **changes: str) -> None:
    """A live item, then the officer's revision of it in review (as the editor leaves it)."""
    obj.save_revision(user=officer).publish()
    obj.refresh_from_db()
    for name, value in changes.items():
        setattr(obj, name, value)
    obj.save_revision(user=officer)
    obj.get_workflow().start(obj, officer)


def panels(page: Page) -> object:
    """The dashboard's panels, top to bottom (Wagtail marks them with data-panel)."""
    return page.locator("section[data-panel]")


def row_actions(page: Page, title: str) -> object:
    """The opened actions menu of `title`'s row in the dashboard's review panel."""
    page.goto("/admin/")
    row = awaiting_review_row(page, title)
    row.get_by_role("button", name="Aktionen").click()
    return row


def test_reviewers_compare_approve_and_send_back(site_tree, new_context):
    from tests.factories.media_library import MaterialFactory
    from tests.factories.narratives import NarrativePageFactory

    users = site_tree["users"]
    officer, sign_off_user = users[roles.COMMUNICATION], users[roles.SIGN_OFF]
    narrative = NarrativePageFactory(
        parent=site_tree["narrative_index"], title=TITLE, counter_narrative=LIVE_COUNTER
    )
    submit_revision(narrative, officer, counter_narrative=REVIEWED_COUNTER)
    submit_revision(
        MaterialFactory(title=MATERIAL), officer, summary="Ein Flyer für Eltern, mit Beratung."
    )
    # Sign-off fixed a typo in this one before the officers submitted it.
    corrected = NarrativePageFactory(parent=site_tree["narrative_index"], title=CORRECTED)
    corrected.save_revision(user=officer).publish()
    corrected.refresh_from_db()
    corrected.counter_narrative = "Die Polizei schützt auch dich."
    corrected.save_revision(user=sign_off_user)
    corrected.negative_narrative = "Die Polizei ist gegen uns alle."
    corrected.save_revision(user=officer)
    corrected.get_workflow().start(corrected, officer)

    # Monday, Fachprüfung: what awaits them comes first, the three items in it.
    reviewer = log_in(new_context(), users[roles.SUBJECT_REVIEW])
    expect(panels(reviewer).first).to_have_accessible_name(AWAITING_REVIEW)
    for title in (TITLE, MATERIAL, CORRECTED):
        expect(awaiting_review_row(reviewer, title)).to_be_visible()

    # They compare the submitted revision with the live version: the changed words are marked.
    row_actions(reviewer, TITLE).get_by_role(
        "link", name="Mit veröffentlichter Revision vergleichen"
    ).click()
    expect(reviewer.get_by_role("heading", level=1)).to_contain_text("Vergleichen")
    counter = reviewer.get_by_role("row", name=re.compile("^Gegennarrativ"))
    # Wagtail marks the words without a role or name of their own: spans by their class.
    added = counter.locator(".addition", has_text="schützt")
    removed = counter.locator(".deletion", has_text="Recht gilt")
    expect(added).to_be_visible()
    expect(removed).to_be_visible()
    for mark in (added, removed):
        assert mark.evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"
    # Nothing else changed: only the counter-narrative is listed as changed.
    expect(reviewer.locator("td.comparison .addition, td.comparison .deletion")).to_have_count(2)

    # From the comparison, the page's history is one click away (breadcrumbs).
    reviewer.get_by_role("button", name="Breadcrumbs ein-/ausblenden").click()
    reviewer.get_by_role("link", name="Historie", exact=True).click()
    expect(reviewer).to_have_url(re.compile(rf"/admin/pages/{narrative.pk}/history/$"))
    expect(reviewer.get_by_role("table")).to_contain_text("Fachprüfung")

    # They approve both narratives from the dashboard. The material's change they read the
    # same way, and send it back with a comment.
    review_from_dashboard(reviewer, TITLE, "Freigeben")
    review_from_dashboard(reviewer, CORRECTED, "Freigeben")
    row_actions(reviewer, MATERIAL).get_by_role(
        "link", name="Mit veröffentlichter Revision vergleichen"
    ).click()
    summary = reviewer.get_by_role("row", name=re.compile("^Kurzbeschreibung"))
    expect(summary.locator(".addition", has_text="mit Beratung")).to_be_visible()
    review_from_dashboard(reviewer, MATERIAL, "Änderungen anfordern", comment=REQUEST)

    # The officers read the comment on their dashboard, next to the material.
    desk = log_in(new_context(), officer)
    returned = desk.get_by_role("region", name=RETURNED)
    expect(returned.get_by_role("row").filter(has_text=MATERIAL)).to_contain_text(REQUEST)

    # Tuesday, Freigabe: both narratives wait first on their dashboard.
    sign_off = log_in(new_context(), sign_off_user)
    expect(panels(sign_off).first).to_have_accessible_name(AWAITING_REVIEW)
    expect(awaiting_review_row(sign_off, TITLE)).to_be_visible()

    # Four eyes: they corrected one narrative themselves, so they cannot approve it, neither
    # from the dashboard nor in the editor.
    menu = row_actions(sign_off, CORRECTED)
    expect(menu.get_by_role("button", name="Änderungen anfordern")).to_be_visible()
    expect(menu.get_by_role("button", name="Freigeben", exact=True)).to_have_count(0)
    awaiting_review_row(sign_off, CORRECTED).get_by_role("link", name=CORRECTED).click()
    wait_until_editor_watches(sign_off)
    sign_off.get_by_role("button", name="Mehr Aktionen").click()
    expect(sign_off.get_by_role("button", name="Änderungen anfordern")).to_be_visible()
    expect(sign_off.get_by_role("button", name="Freigeben", exact=True)).to_have_count(0)

    # The other narrative they open from the dashboard and approve in the editor: it goes
    # live with the reviewed text.
    sign_off.goto("/admin/")
    awaiting_review_row(sign_off, TITLE).get_by_role("link", name=TITLE).click()
    wait_until_editor_watches(sign_off)
    editor_action(sign_off, "Freigeben")
    expect(message(sign_off)).to_contain_text(TITLE)
    expect(message(sign_off)).not_to_contain_text("keinen Zugang")
    visitor = new_context().new_page()
    assert visitor.goto(URL).status == 200
    expect(visitor.get_by_text(REVIEWED_COUNTER)).to_be_visible()
    expect(visitor.get_by_text(LIVE_COUNTER)).to_have_count(0)
    sign_off.goto("/admin/")
    expect(awaiting_review_row(sign_off, TITLE)).to_have_count(0)

    # Exactly the reviewed revision is live, and no draft is left behind: the explorer's
    # status reads published, without "+ Entwurf".
    sign_off.goto(f"/admin/pages/{site_tree['narrative_index'].pk}/")
    status = sign_off.get_by_role("row").filter(has_text=TITLE)
    expect(status).to_contain_text(re.compile("veröffentlicht", re.IGNORECASE))
    expect(status).not_to_contain_text("Entwurf")
