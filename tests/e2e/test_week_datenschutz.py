"""A privacy officer's week in the admin: the profile with a photo of a person waits for them
first; they check the photo and its consent reference, approve, open the private record, and
take the messenger down from there when a threat is reported.

Set-up makes the site, the submitted profile and its record; everything after goes through
the browser.
"""

import re

import pytest
from playwright.sync_api import expect

from cms.access import roles

from .admin_ui import (
    AWAITING_REVIEW,
    awaiting_review_row,
    log_in,
    message,
    review_from_dashboard,
    wait_until_editor_watches,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ALIAS = "Mutter Leyla"
CONSENT = "DS-2026-0113"
PHOTO = "Leyla beim Elternabend"


@pytest.fixture
def submitted_profile(site_tree) -> dict:
    """A messenger profile with a photo of her, written by Redaktion and submitted, and her
    private record."""
    from tests.factories.media_library import ImageFactory
    from tests.factories.narratives import MessengerIdentityFactory, MessengerPageFactory

    officer = site_tree["users"][roles.COMMUNICATION]
    photo = ImageFactory(title=PHOTO, shows_people=True, consent_reference=CONSENT)
    profile = MessengerPageFactory(
        parent=site_tree["messenger_index"], title=ALIAS, slug="leyla", role="Mutter von drei"
    )
    profile.photo = photo
    profile.save_revision(user=officer).publish()
    identity = MessengerIdentityFactory(messenger=profile, consent_reference=CONSENT)
    draft = profile.get_latest_revision_as_object()
    draft.quote = "Ich höre zu, bevor ich rede."
    draft.save_revision(user=officer)
    profile.refresh_from_db()
    profile.get_workflow().start(profile, officer)
    return {"profile": profile, "identity": identity}


def test_privacy_officer_checks_the_photo_approves_and_takes_down_from_the_record(
    submitted_profile, site_tree, new_context
):
    profile, identity = submitted_profile["profile"], submitted_profile["identity"]
    visitor = new_context().new_page()
    assert visitor.goto(profile.url).status == 200

    # Monday: the profile waits for them, at the top of the dashboard.
    privacy = log_in(new_context(), site_tree["users"][roles.PRIVACY_REVIEW])
    expect(privacy.get_by_role("region").first).to_have_accessible_name(AWAITING_REVIEW)
    row = awaiting_review_row(privacy, ALIAS)
    expect(row).to_be_visible()

    # In the item they see the photo and its consent reference, read-only, without the real name.
    row.get_by_role("link", name=ALIAS).click()
    wait_until_editor_watches(privacy)
    privacy.get_by_role("tab", name="Bilder und Rechte").click()
    rights = privacy.get_by_role("row").filter(has_text=PHOTO)
    expect(rights).to_contain_text(CONSENT)
    expect(rights.locator("img")).to_be_visible()
    expect(privacy.get_by_text(identity.real_name)).to_have_count(0)

    # They approve from the dashboard; the next step is the subject review's.
    review_from_dashboard(privacy, ALIAS, "Freigeben")
    profile.refresh_from_db()
    assert profile.current_workflow_task.name == roles.SUBJECT_REVIEW

    # Thursday: a threat is reported. The record is in their menu; its header takes the
    # profile down, and they are back on the record afterwards.
    privacy.goto("/admin/")
    privacy.get_by_role("link", name="Vertrauliche Datensätze (Botschafter/innen)").click()
    privacy.get_by_role("link", name=re.compile(f"Nr. {identity.pk}")).click()
    record_url = privacy.url
    expect(privacy.get_by_role("textbox", name=re.compile("^Klarname"))).to_have_value(
        identity.real_name
    )
    privacy.get_by_role("link", name="Sofort offline nehmen").click()
    expect(privacy.get_by_role("heading", name="Sofort offline nehmen")).to_be_visible()
    privacy.get_by_role("button", name="Profil in allen Sprachen offline nehmen").click()
    expect(privacy).to_have_url(record_url)
    expect(message(privacy)).to_contain_text("in allen Sprachen von der Website genommen")
    expect(message(privacy)).not_to_contain_text("keinen Zugang")

    # The public profile is gone at once, and the review that would publish it again ended.
    assert visitor.goto(profile.url).status == 404
    reviewer = log_in(new_context(), site_tree["users"][roles.SUBJECT_REVIEW])
    expect(awaiting_review_row(reviewer, ALIAS)).to_have_count(0)
