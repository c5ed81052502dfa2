"""Personal data about messengers is kept only for the documented periods; the periodic job
deletes what is older."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry, Page, PageLogEntry

from narratives.erasure import ERASE_ACTION
from narratives.models import MessengerIdentity
from narratives.views import VIEW_IDENTITY_ACTION
from tests.factories.narratives import (
    MessengerIdentityFactory,
    MessengerIndexPageFactory,
    MessengerPageFactory,
)


def days_ago(days: int) -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=days)


@pytest.fixture
def index(home):
    return MessengerIndexPageFactory(parent=home)


def identity_with_consent_ended(index, days: int) -> MessengerIdentity:
    return MessengerIdentityFactory(
        messenger=MessengerPageFactory(parent=index),
        consent_given_on=days_ago(days + 400),
        consent_expires_on=days_ago(days),
    )


def test_consent_ended_past_the_period_erases_the_messenger(index, settings):
    settings.MESSENGER_CONSENT_RETENTION_DAYS = 180
    long_gone = identity_with_consent_ended(index, 181)
    recently = identity_with_consent_ended(index, 179)
    never_asked = MessengerIdentityFactory(
        messenger=MessengerPageFactory(parent=index),
        consent_given_on=None,
        consent_expires_on=None,
        consent_web=False,
        consent_photo=False,
    )

    call_command("run_scheduled_jobs", verbosity=0)

    assert not MessengerIdentity.objects.filter(pk=long_gone.pk).exists()
    assert not Page.objects.filter(pk=long_gone.messenger_id).exists()
    assert PageLogEntry.objects.filter(page_id=long_gone.messenger_id, action=ERASE_ACTION)
    # Still within the period, the record waits for a renewal (the profile is offline).
    recently.refresh_from_db()
    assert not recently.messenger.live
    assert MessengerIdentity.objects.filter(pk=never_asked.pk).exists()


def test_identity_view_logs_are_deleted_after_their_period(index, settings, privacy_officer):
    settings.IDENTITY_VIEW_LOG_RETENTION_DAYS = 365
    identity = MessengerIdentityFactory(messenger=MessengerPageFactory(parent=index))
    content_type = ContentType.objects.get_for_model(MessengerIdentity)

    def view(days: int) -> ModelLogEntry:
        return ModelLogEntry.objects.create(
            content_type=content_type,
            object_id=str(identity.pk),
            label=str(identity),
            action=VIEW_IDENTITY_ACTION,
            user=privacy_officer,
            timestamp=timezone.now() - datetime.timedelta(days=days),
        )

    old, recent = view(366), view(364)
    other = ModelLogEntry.objects.create(
        content_type=content_type,
        object_id=str(identity.pk),
        label=str(identity),
        action="wagtail.edit",
        timestamp=timezone.now() - datetime.timedelta(days=900),
    )

    call_command("run_scheduled_jobs", verbosity=0)

    remaining = set(ModelLogEntry.objects.values_list("pk", flat=True))
    assert old.pk not in remaining
    assert {recent.pk, other.pk} <= remaining
