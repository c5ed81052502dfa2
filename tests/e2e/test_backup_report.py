"""Administration opens the backup report from the admin menu and reads the state of the
media backup (a real restic repository): in order while fresh, overdue once it is old."""

import re

import pytest
from playwright.sync_api import expect

from cms.access import roles
from cms.backups.status import refresh
from tests.backup.tools import media_snapshots

from .admin_ui import log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_an_administrator_reads_the_backup_state(site_tree, new_context, tmp_path, settings):
    snapshot = media_snapshots(tmp_path, settings)
    snapshot("2026-01-01 00:00:00")
    refresh()

    page = log_in(new_context(), site_tree["users"][roles.ADMINISTRATION])
    page.get_by_role("button", name="Berichte").click()
    page.get_by_role("link", name="Sicherungen").click()
    expect(page).to_have_url(re.compile(r"/admin/backups/$"))
    media = page.locator("[data-backup-target]").filter(has_text="Mediendateien (restic)")
    expect(media).to_contain_text("überfällig")
    expect(media).to_contain_text("1000 Bytes")

    snapshot()  # the hourly job ran again
    refresh()
    page.reload()
    expect(media).to_contain_text("in Ordnung")
    expect(media).not_to_contain_text("überfällig")
