"""Emergency takedown: one action and the messenger is gone from the site in every language,
with their photos, from every page that showed them, and from the caches in front of it."""

import datetime
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.images.models import SourceImageIOError
from wagtail.models import PageLogEntry
from wagtail.rich_text import RichText

from cms.access import roles
from media_library.models import CustomRendition
from narratives.models import MessengerPage
from narratives.takedown import TAKE_DOWN_ACTION, take_down_messenger
from tests.factories.cms import UserFactory
from tests.factories.narratives import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    NarrativeIndexPageFactory,
    NarrativePageFactory,
)
from tests.factories.second_factor import log_in_with_second_factor
from tests.narratives.canary import new_canary, plant_canary


class Situation:
    def __init__(self, home: object) -> None:
        self.planted = plant_canary(home, new_canary())
        self.messenger = self.planted.messenger
        self.english = self.planted.english
        self.photo = self.messenger.photo
        # A narrative that lists the messenger, links the profile in its text and with a
        # button, and uses the messenger's photo as its teaser; a campaign that lists them.
        self.narrative = NarrativePageFactory(
            parent=NarrativeIndexPageFactory(parent=home), title="Schule lohnt sich"
        )
        self.narrative.image = self.photo
        self.narrative.body = [
            (
                "paragraph",
                RichText(f'<p>Lies <a linktype="page" id="{self.messenger.pk}">mehr</a>.</p>'),
            ),
            ("call_to_action", {"text": "Zum Profil", "page": self.messenger}),
        ]
        self.narrative.messengers.set([self.messenger])
        self.narrative.save_revision().publish()
        self.campaign = CampaignPageFactory(
            parent=CampaignIndexPageFactory(parent=home), title="Hilfe ist keine Schwäche"
        )
        self.campaign.messengers.set([self.messenger])
        self.campaign.save_revision().publish()
        officer = UserFactory(email="datenschutz@example.org")
        officer.groups.add(Group.objects.get_or_create(name=roles.PRIVACY_REVIEW)[0])

    def public_paths(self) -> list[str]:
        return [self.messenger.url, self.english.url]

    def private_values(self) -> list[str]:
        identity = self.planted.identity
        return [identity.real_name, identity.email, identity.safety_notes]


@pytest.fixture
def situation(home):
    return Situation(home)


def rendition_files(image: object) -> list[Path]:
    return [Path(r.file.path) for r in CustomRendition.objects.filter(image=image)]


def test_the_profile_is_gone_in_every_language_and_from_every_page(
    client, situation, django_capture_on_commit_callbacks
):
    alias = situation.messenger.title
    narrative_html = client.get(situation.narrative.url).content.decode()
    assert situation.messenger.url in narrative_html and alias in narrative_html
    for path in situation.public_paths():
        assert client.get(path).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        take_down_messenger(situation.english)  # any language version will do

    for path in situation.public_paths():
        assert client.get(path).status_code == 404, path
    # Nobody edited these pages; they render without the profile.
    for page in (situation.narrative, situation.campaign, situation.messenger.get_parent()):
        html = client.get(page.url).content.decode()
        assert alias not in html, page.title
        assert situation.messenger.url not in html, page.title
    assert "Zum Profil" not in client.get(situation.narrative.url).content.decode()
    assert situation.messenger.url not in client.get("/sitemap.xml").content.decode()
    results = client.get("/de/suche/", {"q": alias}).content.decode()
    assert situation.messenger.url not in results
    assert not MessengerPage.objects.filter(
        translation_key=situation.messenger.translation_key, live=True
    ).exists()


def test_photos_are_withdrawn_and_cannot_be_rendered_again(
    client, situation, django_capture_on_commit_callbacks
):
    client.get(situation.messenger.url)
    client.get(situation.narrative.url)
    files = rendition_files(situation.photo)
    assert files and all(path.exists() for path in files)

    with django_capture_on_commit_callbacks(execute=True):
        take_down_messenger(situation.messenger)

    assert not any(path.exists() for path in files)
    # The narrative still names the photo as its teaser, but no copy is made or shown.
    html = client.get(situation.narrative.url).content.decode()
    assert not CustomRendition.objects.filter(image=situation.photo).exists()
    assert all(path.name not in html for path in files)
    situation.photo.refresh_from_db()
    with pytest.raises(SourceImageIOError):
        situation.photo.get_rendition("fill-400x400")


def test_no_pending_review_or_schedule_brings_the_profile_back(situation, role_users):
    messenger = situation.messenger
    messenger.get_workflow().start(messenger, role_users[roles.COMMUNICATION])
    messenger.quote = "Neu"
    messenger.save_revision(approved_go_live_at=timezone.now() + datetime.timedelta(minutes=1))

    take_down_messenger(messenger)

    messenger.refresh_from_db()
    assert messenger.current_workflow_state is None
    MessengerPage.objects.filter(pk=messenger.pk).update(go_live_at=None)
    with timezone.override(datetime.UTC):
        call_command("publish_scheduled", verbosity=0)
    messenger.refresh_from_db()
    assert not messenger.live
    assert not messenger.revisions.filter(approved_go_live_at__isnull=False).exists()


def test_privacy_officers_get_the_pages_to_review_and_no_names(
    situation, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        take_down_messenger(situation.messenger)

    (message,) = mail.outbox
    assert message.to == ["datenschutz@example.org"]
    assert situation.narrative.title in message.body
    assert situation.campaign.title in message.body
    assert reverse("wagtailadmin_pages:edit", args=[situation.narrative.pk]) in message.body
    entries = PageLogEntry.objects.filter(action=TAKE_DOWN_ACTION)
    assert {e.page_id for e in entries} >= {situation.messenger.pk, situation.english.pk}
    recorded = f"{message.subject} {message.body} " + " ".join(
        f"{e.label} {e.data}" for e in entries
    )
    for value in situation.private_values():
        assert value not in recorded


def test_page_caches_are_purged_for_the_profile_and_the_pages_that_showed_it(
    situation, purged_urls, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        take_down_messenger(situation.messenger)

    for page in (situation.messenger, situation.english, situation.narrative, situation.campaign):
        assert page.url in purged_urls, page.url


def test_only_privacy_officers_may_take_a_messenger_down(
    client, situation, editor, privacy_officer
):
    url = reverse("narratives_take_down", args=[situation.messenger.pk])
    log_in_with_second_factor(client, editor)
    assert client.get(url).status_code in (302, 403)
    assert client.post(url).status_code in (302, 403)
    situation.messenger.refresh_from_db()
    assert situation.messenger.live

    log_in_with_second_factor(client, privacy_officer)
    html = client.get(url).content.decode()
    assert situation.narrative.title in html and situation.campaign.title in html
    assert client.post(url).status_code == 302
    situation.messenger.refresh_from_db()
    assert not situation.messenger.live
    # Any other page number is not a messenger: nothing happens to that page.
    other = reverse("narratives_take_down", args=[situation.narrative.pk])
    assert client.post(other, follow=True).status_code == 404
    situation.narrative.refresh_from_db()
    assert situation.narrative.live


def test_the_command_takes_down_or_names_bad_input_in_one_line(situation, capsys):
    for value in ("zwölf", "99999999", str(situation.narrative.pk)):
        with pytest.raises(CommandError) as error:
            call_command("take_down_messenger", value)
        assert "\n" not in str(error.value)
    situation.messenger.refresh_from_db()
    assert situation.messenger.live

    call_command("take_down_messenger", str(situation.messenger.pk))
    situation.messenger.refresh_from_db()
    assert not situation.messenger.live
    assert situation.planted.identity.real_name not in capsys.readouterr().out


def test_the_page_header_offers_takedown_and_erasure_only_to_privacy_officers(
    client, situation, editor, privacy_officer
):
    edit = reverse("wagtailadmin_pages:edit", args=[situation.messenger.pk])
    take_down = reverse("narratives_take_down", args=[situation.messenger.pk])
    erase = reverse("narratives_erase", args=[situation.messenger.pk])
    log_in_with_second_factor(client, privacy_officer)
    html = client.get(edit).content.decode()
    assert take_down in html and erase in html
    log_in_with_second_factor(client, editor)
    html = client.get(edit).content.decode()
    assert "<form" in html  # the editor itself opens ...
    assert take_down not in html and erase not in html  # ... without either action


def test_the_private_record_takes_down_in_one_click_and_returns_to_it(
    client, situation, privacy_officer
):
    """The record is where a threat report lands: its header carries the action, and after
    confirming the officer is back on the record, not on an editor they may not open."""
    record = reverse("messenger_identities:edit", args=[situation.planted.identity.pk])
    log_in_with_second_factor(client, privacy_officer)
    html = client.get(record).content.decode()
    take_down = reverse("narratives_take_down", args=[situation.messenger.pk])
    assert f'href="{take_down}?next={record.replace("/", "%2F")}"' in html

    confirm = client.get(take_down, {"next": record}).content.decode()
    assert f'href="{record}"' in confirm  # "Cancel" returns to the record
    response = client.post(take_down, {"next": record}, follow=True)
    assert response.redirect_chain == [(record, 302)]
    assert response.status_code == 200
    situation.messenger.refresh_from_db()
    assert not situation.messenger.live


def test_after_a_take_down_nobody_is_sent_to_another_host_or_a_refused_editor(
    client, situation, role_users
):
    take_down = reverse("narratives_take_down", args=[situation.messenger.pk])
    log_in_with_second_factor(client, role_users[roles.PRIVACY_REVIEW])
    response = client.post(take_down, {"next": "https://evil.example/"})
    # Privacy officers have no page editor or explorer: they land on the profile's record.
    assert response["Location"] == reverse(
        "messenger_identities:edit", args=[situation.planted.identity.pk]
    )
    assert client.get(response["Location"]).status_code == 200
