"""The periodic job: scheduled publishing, and profiles whose consent ran out go offline."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageLogEntry

from cms.access import roles
from narratives.models import MessengerPage
from tests.factories.cms import UserFactory
from tests.factories.narratives import (
    MessengerIdentityFactory,
    MessengerIndexPageFactory,
    MessengerPageFactory,
    NarrativeIndexPageFactory,
    NarrativePageFactory,
)


@pytest.fixture
def messengers(home):
    index = MessengerIndexPageFactory(parent=home)
    expired = MessengerIdentityFactory(
        messenger=MessengerPageFactory(parent=index, title="Samira K."),
        consent_expires_on=timezone.localdate() - datetime.timedelta(days=1),
    )
    valid = MessengerIdentityFactory(messenger=MessengerPageFactory(parent=index, title="Deniz"))
    privacy = UserFactory(email="datenschutz@example.org")
    privacy.groups.add(Group.objects.get_or_create(name=roles.PRIVACY_REVIEW)[0])
    return expired, valid


def test_expired_consent_takes_the_profile_offline_logs_and_notifies(messengers):
    expired, valid = messengers
    call_command("run_scheduled_jobs", verbosity=0)
    assert not MessengerPage.objects.get(pk=expired.messenger_id).live
    assert MessengerPage.objects.get(pk=valid.messenger_id).live
    assert PageLogEntry.objects.filter(
        page_id=expired.messenger_id, action="narratives.consent_expired"
    ).exists()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["datenschutz@example.org"]
    assert "Samira K." in message.body
    assert expired.real_name not in message.body + message.subject
    # Nothing left to do on the next run.
    call_command("run_scheduled_jobs", verbosity=0)
    assert len(mail.outbox) == 1


def test_an_unreachable_mail_server_does_not_stop_the_withdrawal(messengers, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    expired, _valid = messengers
    call_command("run_scheduled_jobs", verbosity=0)
    assert not MessengerPage.objects.get(pk=expired.messenger_id).live


def test_scheduled_revision_goes_live_when_its_time_comes(home):
    index = NarrativeIndexPageFactory(parent=home)
    page = NarrativePageFactory(parent=index, live=False)
    revision = page.save_revision(
        approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    assert not page.live
    call_command("run_scheduled_jobs", verbosity=0)
    page.refresh_from_db()
    assert page.live
    assert page.live_revision == revision
