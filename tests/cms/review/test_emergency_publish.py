"""Freigabe can publish in an emergency, only with a written reason, and it is followed up."""

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry

from cms.access import roles
from cms.models import EmergencyPublication
from narratives.models import ProgrammeSiteIndexPage
from tests.factories.narratives import ProgrammeSiteIndexPageFactory
from tests.factories.second_factor import log_in_with_second_factor

REASON = "Falschmeldung kursiert an Schulen, Richtigstellung muss heute online gehen."


@pytest.fixture
def draft(home, role_users):
    page = ProgrammeSiteIndexPageFactory(parent=home, title="Standorte", live=False)
    page.save_revision(user=role_users[roles.COMMUNICATION])
    return page


def test_sign_off_publishes_with_a_reason_and_it_lands_on_the_follow_up_list(
    client, draft, role_users
):
    log_in_with_second_factor(client, role_users[roles.SIGN_OFF])
    url = reverse("cms_emergency_publish", args=[draft.pk])
    explorer = client.get(reverse("wagtailadmin_explore", args=[draft.pk])).content.decode()
    assert url in explorer

    response = client.post(url, {"reason": "eilig"})
    assert response.status_code == 200
    assert not ProgrammeSiteIndexPage.objects.get(pk=draft.pk).live

    response = client.post(url, {"reason": REASON})
    assert response.status_code == 302
    assert ProgrammeSiteIndexPage.objects.get(pk=draft.pk).live
    entry = PageLogEntry.objects.get(page=draft, action="cms.emergency_publish")
    assert entry.data["reason"] == REASON
    publication = EmergencyPublication.objects.awaiting_follow_up().get()
    assert publication.published_by == role_users[roles.SIGN_OFF]

    log_in_with_second_factor(client, role_users[roles.SUBJECT_REVIEW])
    listing = client.get(reverse("emergency_publications:index")).content.decode()
    assert "Standorte" in listing and REASON[:30] in listing
    client.post(
        reverse("emergency_publications:edit", args=[publication.pk]),
        {"followed_up": "on", "follow_up_note": "Geprüft, in Ordnung."},
    )
    assert not EmergencyPublication.objects.awaiting_follow_up().exists()


@pytest.mark.parametrize("role", [r for r in roles.ROLES if r != roles.SIGN_OFF])
def test_nobody_else_may_publish_without_review(client, draft, role_users, role):
    log_in_with_second_factor(client, role_users[role])
    client.post(reverse("cms_emergency_publish", args=[draft.pk]), {"reason": REASON})
    assert not ProgrammeSiteIndexPage.objects.get(pk=draft.pk).live
    assert not EmergencyPublication.objects.exists()


def test_content_showing_people_cannot_skip_the_privacy_review(client, home, role_users):
    from tests.factories.media_library import ImageFactory
    from tests.factories.narratives import (
        MessengerIndexPageFactory,
        MessengerPageFactory,
        NarrativeIndexPageFactory,
        NarrativePageFactory,
    )

    messenger = MessengerPageFactory(parent=MessengerIndexPageFactory(parent=home), live=False)
    narrative = NarrativePageFactory(
        parent=NarrativeIndexPageFactory(parent=home),
        live=False,
        image=ImageFactory(shows_people=True, consent_reference="DS-1"),
    )
    log_in_with_second_factor(client, role_users[roles.SIGN_OFF])
    for page in (messenger, narrative):
        page.save_revision()
        response = client.post(reverse("cms_emergency_publish", args=[page.pk]), {"reason": REASON})
        assert response.status_code == 200
        page.refresh_from_db()
        assert not page.live
    assert not EmergencyPublication.objects.exists()
