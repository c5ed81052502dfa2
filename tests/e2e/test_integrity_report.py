"""Administration opens the integrity report from the admin menu, sees a document whose file
is gone, restores the file, runs the checks again and sees the site clean."""

import re

import pytest
from playwright.sync_api import expect

from cms.access import roles
from cms.integrity.runs import run_integrity_checks
from tests.factories.media_library import DocumentFactory

from .admin_ui import log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_an_administrator_finds_a_missing_file_and_sees_it_fixed(site_tree, new_context):
    document = DocumentFactory()
    storage, name = document.file.storage, document.file.name
    with storage.open(name, "rb") as stored:
        content = stored.read()
    storage.delete(name)  # the private media restored from an older backup
    run_integrity_checks()

    page = log_in(new_context(), site_tree["users"][roles.ADMINISTRATION])
    page.get_by_role("button", name="Berichte").click()
    page.get_by_role("link", name="Integritätsprüfungen").click()
    expect(page).to_have_url(re.compile(r"/admin/integrity/$"))
    row = page.get_by_role("row").filter(
        has=page.get_by_role("rowheader", name="Dokumente ohne Datei")
    )
    expect(row).to_contain_text("1 gefunden")
    expect(row).to_contain_text(f"media_library.customdocument:{document.pk}")

    with storage.open(name, "wb") as restored:
        restored.write(content)
    page.get_by_role("button", name="Prüfungen jetzt starten").click()
    expect(page.get_by_text("Die Prüfungen sind gelaufen.")).to_be_visible()
    expect(row).to_contain_text("In Ordnung")
    expect(row).not_to_contain_text("customdocument")
    expect(page.get_by_role("cell", name=re.compile("gefunden"))).to_have_count(0)
