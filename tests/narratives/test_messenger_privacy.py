"""A messenger's private record never reaches a public page, the sitemap, search or the logs."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry, PageLogEntry, ReferenceIndex, Revision

from narratives.models import MessengerIdentity
from tests.cms.test_public_pages import PAGE_KEYS
from tests.factories.second_factor import log_in_with_second_factor
from tests.factories.site import build_site


def private_values(identity: MessengerIdentity) -> list[str]:
    return [
        identity.real_name,
        identity.real_name.split()[-1],
        identity.email,
        identity.phone,
        identity.consent_reference,
        identity.safety_notes,
    ]


@pytest.fixture
def tree(home):
    return build_site(home, related=2)


@pytest.fixture
def identity(tree):
    return tree.messengers[0].identity


def assert_no_private_data(html: str, identity: MessengerIdentity) -> None:
    for value in private_values(identity):
        assert value not in html


@pytest.mark.smoke
@pytest.mark.parametrize("key", PAGE_KEYS)
def test_no_public_page_shows_the_private_record(client, tree, identity, practitioner, key):
    for user in (None, practitioner):
        if user:
            client.force_login(user)
        response = client.get(tree.pages[key].url)
        assert response.status_code == 200
        assert_no_private_data(response.content.decode(), identity)


def test_pages_that_link_to_the_messenger_do_show_the_alias(client, tree):
    alias = tree.messengers[0].title
    for key in ("messenger_index", "messenger", "narrative", "campaign"):
        assert alias in client.get(tree.pages[key].url).content.decode(), key


def test_sitemap_and_search_hold_no_private_data(client, tree, identity):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert tree.messengers[0].url in sitemap
    assert_no_private_data(sitemap, identity)
    for query in (identity.real_name, identity.email, identity.safety_notes.split()[0]):
        html = client.get("/de/suche/", {"q": query}).content.decode()
        assert tree.messengers[0].title not in html
        assert "0" in html


def test_the_public_api_holds_no_private_data(client, tree, identity):
    # Read-only v2 only (tests/cms/test_api.py); no write API.
    assert client.get("/api/v3/pages/").status_code == 404
    messenger = tree.messengers[0]
    for path in ("/api/v2/pages/?fields=*", f"/api/v2/pages/{messenger.pk}/"):
        response = client.get(path)
        assert response.status_code == 200
        assert_no_private_data(response.content.decode(), identity)
    assert messenger.title in response.content.decode()


def test_record_is_not_in_revisions_or_reference_index(tree, identity):
    messenger = tree.messengers[0]
    revision = messenger.save_revision()
    assert_no_private_data(str(revision.content), identity)
    assert_no_private_data(str(list(Revision.objects.values_list("content", flat=True))), identity)
    assert not ReferenceIndex.objects.filter(content_type__model="messengeridentity").exists()


def test_string_form_never_holds_the_real_name(identity):
    assert identity.real_name not in str(identity)
    assert str(identity.pk) in str(identity)


def test_expired_consent_takes_the_profile_down(client, tree, identity):
    messenger = tree.messengers[0]
    identity.consent_expires_on = timezone.localdate() - datetime.timedelta(days=1)
    identity.save()
    assert client.get(messenger.url).status_code == 404
    for key in ("messenger_index", "narrative", "campaign", "site"):
        assert messenger.title not in client.get(tree.pages[key].url).content.decode(), key
    assert messenger.url not in client.get("/sitemap.xml").content.decode()
    assert messenger.url not in client.get("/de/suche/", {"q": messenger.title}).content.decode()
    # The other messenger, whose consent is valid, stays.
    assert (
        tree.messengers[1].title in client.get(tree.pages["messenger_index"].url).content.decode()
    )


def test_photo_needs_photo_consent(client, tree, identity):
    messenger = tree.messengers[0]
    # Rendition names begin with (at least 16 characters of) the original's random name.
    photo_file = messenger.photo.file.name.split("/")[-1].rsplit(".", 1)[0][:16]
    assert photo_file in client.get(messenger.url).content.decode()
    identity.consent_photo = False
    identity.save()
    assert photo_file not in client.get(messenger.url).content.decode()


class TestPrivateRecordAdmin:
    def edit_url(self, identity):
        return reverse("messenger_identities:edit", args=[identity.pk])

    def test_editor_cannot_list_open_or_change_records(self, client, editor, identity):
        log_in_with_second_factor(client, editor)
        assert client.get(reverse("messenger_identities:index")).status_code in (302, 403)
        assert client.get(self.edit_url(identity)).status_code in (302, 403)
        response = client.post(self.edit_url(identity), {"real_name": "Übernommen"})
        assert response.status_code in (302, 403)
        identity.refresh_from_db()
        assert identity.real_name != "Übernommen"

    def test_editor_sees_no_private_data_in_the_page_editor(self, client, editor, tree, identity):
        log_in_with_second_factor(client, editor)
        messenger = tree.messengers[0]
        html = client.get(reverse("wagtailadmin_pages:edit", args=[messenger.pk])).content.decode()
        assert messenger.title in html
        assert_no_private_data(html, identity)
        assert self.edit_url(identity) not in html

    def test_privacy_officer_opens_and_changes_a_record(self, client, privacy_officer, identity):
        log_in_with_second_factor(client, privacy_officer)
        response = client.get(self.edit_url(identity))
        assert response.status_code == 200
        assert identity.real_name in response.content.decode()

    def test_privacy_officer_reaches_the_record_from_the_page(
        self, client, privacy_officer, tree, identity
    ):
        log_in_with_second_factor(client, privacy_officer)
        messenger = tree.messengers[0]
        response = client.get(reverse("wagtailadmin_pages:edit", args=[messenger.pk]))
        assert response.status_code == 200
        assert self.edit_url(identity) in response.content.decode()

    def test_opening_a_record_is_logged_without_the_name(self, client, privacy_officer, identity):
        log_in_with_second_factor(client, privacy_officer)
        client.get(self.edit_url(identity))
        entry = ModelLogEntry.objects.get(action="narratives.view_identity")
        assert entry.user_id == privacy_officer.pk
        assert entry.object_id == str(identity.pk)
        assert identity.real_name not in entry.label
        assert identity.real_name not in str(entry.data)

    def test_invalid_consent_dates_are_refused_with_a_reason(
        self, client, privacy_officer, identity
    ):
        log_in_with_second_factor(client, privacy_officer)
        response = client.post(
            self.edit_url(identity),
            {
                "messenger": identity.messenger_id,
                "real_name": identity.real_name,
                "consent_given_on": "2026-05-01",
                "consent_expires_on": "2026-04-01",
                "consent_web": "on",
            },
        )
        assert response.status_code == 200
        assert "consent_expires_on" in response.context["form"].errors
        identity.refresh_from_db()
        assert str(identity.consent_expires_on) != "2026-04-01"


def test_page_log_entries_never_name_the_person(tree, identity):
    labels = " ".join(PageLogEntry.objects.values_list("label", flat=True))
    assert identity.real_name not in labels


def test_editors_preview_a_messenger_before_consent_is_recorded(admin_client, tree):
    messenger = tree.messengers[0]
    messenger.identity.delete()
    url = reverse("wagtailadmin_pages:view_draft", args=[messenger.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    assert messenger.title in response.content.decode()
