"""The state of the backups, read from real pgBackRest and restic repositories: its age and size
in the health check and the administrators' report, and one mail per incident."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from cms.access import roles
from cms.backups.alerts import alert_administrators
from cms.backups.status import refresh
from cms.models import BackupTarget
from tests.factories.second_factor import log_in_with_second_factor

from .tools import media_snapshots, require


@pytest.fixture
def media_repository(tmp_path, settings):
    return media_snapshots(tmp_path, settings)


def health(client) -> dict:
    response = client.get("/health/")
    assert response.status_code == 200
    return response.json()


def test_without_configuration_backups_are_off(client, db, role_users):
    assert health(client)["checks"]["backups"] == {"status": "off", "required": False}
    assert refresh() == []
    admin = role_users[roles.ADMINISTRATION]
    log_in_with_second_factor(client, admin)
    page = client.get(reverse("cms_backups")).content.decode()
    assert "nicht eingerichtet" in page


def test_a_fresh_media_snapshot_is_ok_with_its_age_and_size(client, db, media_repository):
    media_repository()
    (target,) = refresh()
    assert target.name == BackupTarget.MEDIA and not target.failed
    assert target.size_bytes == 1000 and target.backup_count == 1
    assert timezone.now() - target.last_backup_at < datetime.timedelta(minutes=1)
    data = health(client)
    assert data["status"] == "ok"
    assert data["checks"]["backups"] == {"status": "ok", "required": False}


def test_an_old_snapshot_degrades_and_mails_the_administrators_once_per_incident(
    client, db, media_repository, role_users, settings
):
    media_repository("2020-01-02 03:04:05")
    call_command("run_scheduled_jobs", verbosity=0)
    body = health(client)
    assert body["status"] == "degraded"
    assert body["checks"]["backups"] == {"status": "degraded", "required": False}
    assert settings.RESTIC_REPOSITORY not in str(body)
    (message,) = mail.outbox
    assert message.subject == "Sicherungen überfällig oder fehlgeschlagen"
    assert message.to == [role_users[roles.ADMINISTRATION].email]
    assert "Mediendateien (restic): letzte Sicherung vor" in message.body
    assert settings.RESTIC_REPOSITORY not in message.body

    call_command("run_scheduled_jobs", verbosity=0)
    assert len(mail.outbox) == 1, "one mail per incident, not per run"

    media_repository()  # a new snapshot ends the incident
    call_command("run_scheduled_jobs", verbosity=0)
    assert health(client)["checks"]["backups"]["status"] == "ok"
    assert BackupTarget.objects.get().alerted_at is None
    assert len(mail.outbox) == 1

    settings.BACKUP_MEDIA_MAX_AGE_HOURS = 0  # the next incident: overdue at once
    call_command("run_scheduled_jobs", verbosity=0)
    assert len(mail.outbox) == 2


def test_a_database_repository_without_backups_is_a_failure(client, db, tmp_path, settings):
    require("pgbackrest")
    settings.BACKUP_PGBACKREST_STANZA = "main"
    settings.BACKUP_PGBACKREST_COMMAND = (
        f"pgbackrest --repo1-path={tmp_path} --lock-path={tmp_path} --log-level-file=off"
    )
    (target,) = refresh()
    assert target.name == BackupTarget.DATABASE
    assert target.failed and target.last_backup_at is None
    assert health(client)["checks"]["backups"]["status"] == "degraded"
    assert [item.problem for item in alert_administrators()] == []  # nobody to mail yet


def test_a_tool_that_cannot_run_counts_as_failed(client, db, settings, tmp_path):
    settings.RESTIC_REPOSITORY = str(tmp_path / "nowhere")
    settings.BACKUP_RESTIC_COMMAND = str(tmp_path / "no-such-restic")
    (target,) = refresh()
    assert target.failed
    assert health(client)["checks"]["backups"]["status"] == "degraded"


def test_only_the_administration_sees_the_backup_report(client, db, media_repository, role_users):
    media_repository()
    refresh()
    url = reverse("cms_backups")
    for role, user in role_users.items():
        client.logout()
        log_in_with_second_factor(client, user)
        response = client.get(url)
        menu = client.get(reverse("wagtailadmin_home")).content.decode()
        if role == roles.ADMINISTRATION:
            assert response.status_code == 200
            page = response.content.decode().replace("\xa0", " ")
            assert "Mediendateien (restic)" in page and "1000 Bytes" in page
            assert 'data-backup-target="media"' in page
            assert url in menu
        else:
            assert response.status_code in (302, 403), role
            assert url not in menu, role
    client.logout()
    assert client.get(url).status_code == 302  # to the login
