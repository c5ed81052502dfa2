"""Relations picked in the browser: a campaign's narratives through the searchable chooser, in
the campaign's own language only; a private record for a messenger who has none yet."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale
from wagtail_localize.synctree import synchronize_tree

from cms.access import roles
from tests.cms.localisation.test_language_versions import in_language, translate
from tests.factories.narratives import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    MessengerIdentityFactory,
    MessengerPageFactory,
    NarrativePageFactory,
)

from .admin_ui import autosaved, log_in, message, text_field, wait_until_editor_watches

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def content(site_tree) -> dict:
    index = site_tree["narrative_index"]
    school = NarrativePageFactory(parent=index, title="Schule bringt nichts")
    NarrativePageFactory(parent=index, title="Polizei ist gegen uns")
    campaign = CampaignPageFactory(
        parent=CampaignIndexPageFactory(parent=site_tree["home"]), title="Hilfe annehmen"
    )
    messengers = site_tree["messenger_index"]
    MessengerPageFactory(parent=messengers, title="Trainer Ali")
    MessengerPageFactory(parent=messengers, title="Mutter Leyla")
    MessengerIdentityFactory(messenger=MessengerPageFactory(parent=messengers, title="Coach Deniz"))
    # The English tree only (wagtail-localize's LocaleSynchronization rows, which the
    # sync_locale_trees command reads, do not survive the flush of an earlier browser test).
    synchronize_tree(Locale.objects.get(language_code="de"), Locale.objects.get(language_code="en"))
    translate(school, "en", title="School is useless")
    translate(campaign, "en", title="Accepting help")
    return {"campaign": campaign, "english_campaign": in_language(campaign, "en")}


def open_relations(page: object, campaign: object) -> None:
    page.goto(f"/admin/pages/{campaign.pk}/edit/")
    wait_until_editor_watches(page)
    page.get_by_role("tab", name="Verknüpfungen").click()


def test_redaktion_adds_a_narrative_of_the_campaigns_language(site_tree, content, new_context):
    officer = log_in(new_context(), site_tree["users"][roles.COMMUNICATION])
    open_relations(officer, content["campaign"])
    chosen = officer.locator("[data-controller=cms-multiple-chooser]").first
    nothing_yet = chosen.get_by_text("Noch nichts ausgewählt.")
    expect(nothing_yet).to_be_visible()

    # Search by title: German narratives only, not the English translation.
    officer.get_by_role("button", name="Narrative auswählen").click()
    dialog = officer.get_by_role("dialog")
    expect(dialog).to_contain_text("Polizei ist gegen uns")
    dialog.get_by_label("Suchbegriff").fill("Schu")
    expect(dialog.get_by_label("Schule bringt nichts")).to_be_visible()
    expect(dialog).not_to_contain_text("Polizei ist gegen uns")
    expect(dialog).not_to_contain_text("School is useless")
    dialog.get_by_label("Schule bringt nichts").check()
    with autosaved(officer, 'name="narratives"'):
        dialog.get_by_role("button", name="Auswahl bestätigen").click()
        expect(chosen.get_by_role("listitem")).to_have_text(re.compile("Schule bringt nichts"))
    expect(nothing_yet).to_be_hidden()

    # Stored: the editor shows it after a reload, removable.
    open_relations(officer, content["campaign"])
    item = chosen.get_by_role("listitem")
    expect(item).to_have_count(1)
    expect(item).to_contain_text("Schule bringt nichts")
    expect(item.get_by_role("button", name="Schule bringt nichts entfernen")).to_be_visible()

    # The English campaign offers English narratives only.
    open_relations(officer, content["english_campaign"])
    officer.get_by_role("button", name="Narrative auswählen").click()
    dialog = officer.get_by_role("dialog")
    expect(dialog.get_by_label("School is useless")).to_be_visible()
    expect(dialog).not_to_contain_text("Schule bringt nichts")
    expect(dialog).not_to_contain_text("Polizei ist gegen uns")
    # No other language to switch to.
    expect(dialog.get_by_label("Sprache")).to_have_count(0)


def test_datenschutz_creates_a_record_picking_the_profile(site_tree, content, new_context):
    officer = log_in(new_context(), site_tree["users"][roles.PRIVACY_REVIEW])
    officer.get_by_role("link", name="Vertrauliche Datensätze (Botschafter/innen)").click()
    officer.get_by_role("link", name=re.compile("hinzufügen")).first.click()

    profile = officer.get_by_label("Öffentliches Profil")
    # Each messenger once (no language versions); Coach Deniz has a record already.
    expect(profile.locator("option")).to_have_text(["---------", "Mutter Leyla", "Trainer Ali"])
    profile.select_option(label="Trainer Ali")
    text_field(officer, "Klarname").fill("Ali Beispiel")

    coordinator = officer.get_by_label("Koordination (Mitarbeiter/in)")
    # Every staff role's person (by username: they have no names), not the practitioner.
    staff = {user.username for user in site_tree["users"].values()}
    staff.remove(site_tree["users"][roles.PRACTITIONERS].username)
    expect(coordinator.locator("option")).to_have_count(len(staff) + 1)
    assert set(coordinator.locator("option").all_inner_texts()) == {"---------", *staff}
    redaktion = site_tree["users"][roles.COMMUNICATION].username
    coordinator.select_option(label=redaktion)
    officer.get_by_role("button", name="Erstellen").click()
    expect(message(officer)).to_contain_text("Vertraulicher Datensatz")

    officer.get_by_role("link", name=re.compile("hinzufügen")).first.click()
    profile = officer.get_by_label("Öffentliches Profil")
    expect(profile.locator("option")).to_have_text(["---------", "Mutter Leyla"])
