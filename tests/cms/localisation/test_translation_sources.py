"""What leaves the system for translation: PO files round-trip into the page, and neither a PO
file nor a machine-translation request ever carries a messenger's private record or the rights
and consent facts of a material."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.models import StringSegment, Translation
from wagtail_localize.strings import StringValue

from cms.access import roles
from tests.cms.localisation.test_translation_review import COUNTER_EN, english, request_translation
from tests.cms.review.test_review_workflow import act
from tests.factories.media_library import MaterialFactory
from tests.factories.narratives import (
    MessengerIdentityFactory,
    MessengerIndexPageFactory,
    MessengerPageFactory,
    NarrativeIndexPageFactory,
    NarrativePageFactory,
)
from tests.factories.second_factor import log_in_with_second_factor


class RecordingTranslator(BaseMachineTranslator):
    """Network-free; keeps every string it was asked to translate."""

    display_name = "Recording translator"
    sent: list[str] = []

    def translate(self, source_locale, target_locale, strings):
        RecordingTranslator.sent += [string.data for string in strings]
        return {string: StringValue("EN " + string.data) for string in strings}

    def can_translate(self, source_locale, target_locale):
        return True


@pytest.fixture
def recording_translator(settings):
    RecordingTranslator.sent = []
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "tests.cms.localisation.test_translation_sources.RecordingTranslator"
    }
    return RecordingTranslator


def download_po(client, translation: Translation) -> polib.POFile:
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    return polib.pofile(response.content.decode())


def test_a_po_file_round_trips_into_the_reviewed_page(client, home, role_users):
    narrative = NarrativePageFactory(parent=NarrativeIndexPageFactory(parent=home))
    call_command("sync_locale_trees")
    log_in_with_second_factor(client, role_users[roles.COMMUNICATION])
    translation = request_translation(client, narrative)

    po = download_po(client, translation)
    entry = next(e for e in po if e.msgid == narrative.counter_narrative)
    entry.msgstr = COUNTER_EN
    upload = SimpleUploadedFile("en.po", str(po).encode(), content_type="text/x-gettext")
    url = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
    assert client.post(url, {"file": upload}).status_code == 302
    assert COUNTER_EN in str(download_po(client, translation))

    client.post(reverse("cms_submit_translation_for_review", args=[translation.pk]))
    target = english(narrative)
    log_in_with_second_factor(client, role_users[roles.SUBJECT_REVIEW])
    act(client, target, "approve")
    log_in_with_second_factor(client, role_users[roles.SIGN_OFF])
    act(client, target, "approve")
    client.logout()
    assert COUNTER_EN in client.get(english(narrative).url).content.decode()


def private_values(identity) -> list[str]:
    return [
        identity.real_name,
        identity.email,
        identity.phone,
        identity.consent_reference,
        identity.safety_notes,
    ]


def test_a_messengers_private_record_never_leaves_for_translation(
    client, home, role_users, recording_translator
):
    profile = MessengerPageFactory(parent=MessengerIndexPageFactory(parent=home))
    identity = MessengerIdentityFactory(messenger=profile)
    call_command("sync_locale_trees")
    log_in_with_second_factor(client, role_users[roles.COMMUNICATION])
    translation = request_translation(client, profile)

    exported = str(download_po(client, translation))
    assert profile.role in exported  # the public profile is translated ...
    client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]))
    sent = "\n".join(recording_translator.sent)
    assert profile.role in sent
    stored = "\n".join(
        StringSegment.objects.filter(source=translation.source).values_list(
            "string__data", flat=True
        )
    )
    for value in private_values(identity):  # ... the person never is
        assert value not in exported
        assert value not in sent
        assert value not in stored


def test_a_materials_rights_and_consent_are_not_translated(client, role_users):
    material = MaterialFactory(
        rights_holder="Fotografin Erika Muster", consent_reference="DS-2026-0042", live=True
    )
    log_in_with_second_factor(client, role_users[roles.COMMUNICATION])
    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["media_library", "material", material.pk],
    )
    english_locale = Locale.objects.get(language_code="en")
    assert client.post(url, {"locales": [english_locale.pk]}).status_code == 302
    translation = Translation.objects.get(
        source__object_id=material.translation_key, target_locale=english_locale
    )
    exported = str(download_po(client, translation))
    assert material.summary in exported
    assert "Erika Muster" not in exported and "DS-2026-0042" not in exported
    # The English material may carry its own file: the field is overridable.
    overridable = {s.context.path for s in translation.source.overridablesegment_set.all()}
    assert "file" in overridable
