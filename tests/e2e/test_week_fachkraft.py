"""A practitioner's week on the public site: log in from a narrative, read its internal talking
points, log out; forget the password, choose a new one from the link in the mail, log in again.

Set-up only makes the published narrative and the account; everything after goes through the
browser, as a person at one of the sites does it.
"""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from cms.access import roles

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

TALKING_POINTS = "Interner Gesprächsleitfaden: zuerst zuhören."
NEW_PASSWORD = "Kurve-kriegen-im-Dezember-2026"


def test_practitioner_reads_talking_points_and_resets_a_forgotten_password(site_tree, new_context):
    from tests.factories.narratives import NarrativePageFactory

    narrative = NarrativePageFactory(
        parent=site_tree["narrative_index"], title="Schule bringt uns nichts"
    )
    practitioner = site_tree["users"][roles.PRACTITIONERS]
    practitioner.email = "fachkraft.bochum@example.org"
    practitioner.save(update_fields=["email"])
    page = new_context().new_page()

    # Monday: the public page shows no internal material, only where to log in for it.
    page.goto(narrative.url)
    expect(page.get_by_text(TALKING_POINTS)).to_have_count(0)
    page.get_by_role("link", name=re.compile("Fachkräfte: Melden Sie sich an")).click()
    page.get_by_label("Benutzername").fill(practitioner.username)
    page.get_by_label("Passwort").fill("correct-horse-battery")
    page.get_by_role("button", name="Anmelden").click()

    # Back on the narrative, with the internal section marked as such.
    expect(page).to_have_url(re.compile(re.escape(narrative.url) + "$"))
    internal = page.get_by_role("region", name="Argumentationshilfen")
    expect(internal).to_contain_text(TALKING_POINTS)
    expect(internal).to_contain_text("Intern – nur für Fachkräfte")
    page.get_by_role("button", name="Abmelden").click()
    page.goto(narrative.url)
    expect(page.get_by_text(TALKING_POINTS)).to_have_count(0)

    # Thursday: the password is gone. The login page offers a reset by mail.
    page.get_by_role("link", name=re.compile("Fachkräfte: Melden Sie sich an")).click()
    page.get_by_role("link", name="Passwort vergessen?").click()
    expect(page.get_by_role("heading", name="Passwort vergessen?")).to_be_visible()
    page.get_by_label("E-Mail-Adresse").fill(practitioner.email)
    page.get_by_role("button", name="Link senden").click()
    expect(page.get_by_role("heading", name="Prüfen Sie Ihre E-Mails")).to_be_visible()

    # The mail is German and leads back to the public site, not into the admin.
    assert [message.to for message in mail.outbox] == [[practitioner.email]]
    body = mail.outbox[0].body
    assert practitioner.username in body
    link = re.search(r"https?://\S+/anmelden/neues-passwort/\S+/", body).group(0)
    assert "/admin/" not in link

    page.goto(link)
    # A password the rules refuse is explained, and nothing is saved.
    page.get_by_label("Neues Passwort", exact=True).fill("kurz")
    page.get_by_label("Neues Passwort wiederholen").fill("kurz")
    page.get_by_role("button", name="Passwort speichern").click()
    expect(page.get_by_role("alert")).to_contain_text("zu kurz")
    page.get_by_label("Neues Passwort", exact=True).fill(NEW_PASSWORD)
    page.get_by_label("Neues Passwort wiederholen").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Passwort speichern").click()
    expect(page.get_by_role("heading", name="Passwort geändert")).to_be_visible()

    # The link works once only.
    page.goto(link)
    expect(page.get_by_role("alert")).to_contain_text("nicht mehr gültig")

    # The new password opens the talking points again.
    page.goto(narrative.url)
    page.get_by_role("link", name=re.compile("Fachkräfte: Melden Sie sich an")).click()
    page.get_by_label("Benutzername").fill(practitioner.username)
    page.get_by_label("Passwort").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Anmelden").click()
    expect(page.get_by_role("region", name="Argumentationshilfen")).to_contain_text(TALKING_POINTS)
