"""Erasure leaves a messenger's data nowhere: no table, no file, no log line; the audit log
keeps the fact without the person."""

import logging

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.models import ModelLogEntry, Page, PageLogEntry

from narratives.erasure import ERASE_ACTION, erase_messenger
from narratives.models import MessengerIdentity, MessengerPage, NarrativePage
from narratives.views import VIEW_IDENTITY_ACTION
from search.models import SearchTermCount
from tests.factories.narratives import NarrativeIndexPageFactory, NarrativePageFactory
from tests.factories.second_factor import log_in_with_second_factor
from tests.narratives.canary import (
    files_holding,
    new_canary,
    plant_canary,
    tables_holding,
)


@pytest.fixture
def planted(home, privacy_officer, client):
    planted = plant_canary(home, new_canary())
    # Traces of normal work: the privacy officer opened the record, and somebody searched for
    # the person's name on the site.
    log_in_with_second_factor(client, privacy_officer)
    url = reverse("messenger_identities:edit", args=[planted.identity.pk])
    assert client.get(url).status_code == 200
    client.logout()
    client.get("/de/suche/", {"q": planted.identity.real_name})
    return planted


def test_the_canary_is_planted_where_the_scan_looks(planted):
    """The scan is only worth something if it finds the word before the erasure."""
    found = set(tables_holding(planted.canary))
    assert {
        "narratives_messengeridentity.real_name",
        "narratives_messengeridentity.safety_notes",
        "narratives_messengerpage.story",
        "wagtailcore_page.title",
        "wagtailcore_revision.content",
        "wagtailcore_pagelogentry.label",
        "media_library_customimage.title",
        "media_library_customdocument.title",
        "wagtail_localize_string.data",
        "wagtail_localize_stringtranslation.data",
        "wagtail_localize_translationsource.content_json",
        "search_searchtermcount.query",
        "wagtailsearch_indexentry.body",
    } <= found
    assert files_holding(planted.canary), "the subtitle file holds the word"


def test_erasure_leaves_the_canary_in_no_table_file_or_log_line(
    planted, caplog, django_capture_on_commit_callbacks
):
    versions = Page.objects.filter(translation_key=planted.messenger.translation_key).count()
    caplog.set_level(logging.DEBUG)
    with django_capture_on_commit_callbacks(execute=True):
        result = erase_messenger(planted.english, user=None)  # any language version will do

    # German, English and the stand-ins wagtail-localize keeps for the other languages.
    assert result.pages == versions > 2
    assert (result.images, result.documents, result.translation_sources) == (2, 1, 1)
    assert tables_holding(planted.canary) == []
    assert files_holding(planted.canary) == []
    assert planted.canary not in caplog.text


def test_the_audit_log_keeps_the_fact_without_the_person(planted, privacy_officer, client):
    page_id = planted.messenger.pk
    actions_before = sorted(
        PageLogEntry.objects.filter(page_id=page_id).values_list("action", flat=True)
    )
    identity_type = ContentType.objects.get_for_model(MessengerIdentity)
    erase_messenger(planted.messenger, user=privacy_officer)

    entries = PageLogEntry.objects.filter(page_id=page_id)
    actions_after = list(entries.values_list("action", flat=True))
    for action in actions_before:
        actions_after.remove(action)  # every entry is still there ...
    assert sorted(actions_after) == sorted([ERASE_ACTION, "wagtail.delete"])  # ... and these
    erasure = entries.get(action=ERASE_ACTION)
    assert erasure.user == privacy_officer
    assert str(page_id) in erasure.label
    views = ModelLogEntry.objects.filter(content_type=identity_type, action=VIEW_IDENTITY_ACTION)
    assert views.count() == 1  # who looked at the record, and when, stays on file
    for entry in [*entries, *views]:
        assert planted.canary not in f"{entry.label} {entry.data}"


def test_pages_that_listed_the_messenger_survive_without_them(planted, home, client):
    narrative = NarrativePageFactory(parent=NarrativeIndexPageFactory(parent=home))
    narrative.messengers.set([planted.messenger])
    narrative.save_revision().publish()
    erase_messenger(planted.messenger)

    narrative = NarrativePage.objects.get(pk=narrative.pk)
    assert list(narrative.messengers.all()) == []
    html = client.get(narrative.url).content.decode()
    assert planted.canary not in html
    assert not MessengerPage.objects.filter(translation_key=planted.messenger.translation_key)


def test_only_privacy_officers_may_erase_and_only_after_typing_the_number(
    planted, client, editor, privacy_officer
):
    url = reverse("narratives_erase", args=[planted.messenger.pk])
    number = str(planted.messenger.pk)
    log_in_with_second_factor(client, editor)
    # Wagtail's admin answers a refusal with a redirect to the dashboard and a message.
    assert client.get(url).status_code in (302, 403)
    assert client.post(url, {"confirmation": number}).status_code in (302, 403)
    assert Page.objects.filter(pk=planted.messenger.pk).exists()

    log_in_with_second_factor(client, privacy_officer)
    response = client.post(url, {"confirmation": "12345678"})
    assert response.status_code == 200
    assert "nothing was erased" in response.content.decode() or "nichts gelöscht" in (
        response.content.decode()
    )
    assert Page.objects.filter(pk=planted.messenger.pk).exists()

    response = client.post(url, {"confirmation": number})
    assert response.status_code == 302
    assert not Page.objects.filter(pk=planted.messenger.pk).exists()
    assert not MessengerIdentity.objects.filter(pk=planted.identity.pk).exists()
    assert not SearchTermCount.objects.filter(query__contains=planted.canary).exists()


def test_the_command_names_bad_input_in_one_line(planted):
    narrative_index = NarrativeIndexPageFactory(parent=planted.messenger.get_parent().get_parent())
    for value in ("abc", "99999999", str(narrative_index.pk)):
        with pytest.raises(CommandError) as error:
            call_command("erase_messenger", value)
        assert "\n" not in str(error.value)
    assert MessengerPage.objects.filter(pk=planted.messenger.pk).exists()
