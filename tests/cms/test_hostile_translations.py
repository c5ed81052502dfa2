"""Translations are content from outside the editor: a PO file, a translator's link override
or a machine translation full of the XSS corpus reaches the translation editor, its preview and
the published translation only as text."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from wagtail_localize.models import OverridableSegment, StringTranslation, Translation

from cms.access import roles
from tests.cms.localisation.test_translation_review import english, request_translation
from tests.cms.localisation.test_translation_sources import download_po
from tests.factories.narratives import NarrativeIndexPageFactory, NarrativePageFactory
from tests.factories.second_factor import log_in_with_second_factor
from tests.xss_corpus import EVERYTHING, PAYLOADS, bidi_controls_in, executable_traces, packed

WITHOUT_TAGS = " ".join(payload.text for payload in PAYLOADS if "<" not in payload.text)
SCRIPT_URL = f"javascript:alert('{PAYLOADS[4].marker}')"


def narrative_with_links(home):
    page = NarrativePageFactory(
        parent=NarrativeIndexPageFactory(parent=home),
        title="Schule",
        body__0__heading__text="Worum es geht",
        body__1__paragraph__value='<p>Mehr in der <a href="https://example.org/studie">Studie</a>.</p>',
        sources=[
            {
                "type": "source",
                "value": {
                    "title": "Studie",
                    "publisher": "Uni",
                    "year": 2024,
                    "url": "https://example.org/",
                },
            }
        ],
    )
    call_command("sync_locale_trees")
    return page


def upload_hostile_po(client, translation: Translation) -> None:
    po = download_po(client, translation)
    for number, entry in enumerate(po):
        # Every other string gets the payloads without tags, which wagtail-localize accepts;
        # the others the whole corpus (long texts) or a few payloads (titles, short fields).
        if number % 2 == 0:
            entry.msgstr = WITHOUT_TAGS
        else:
            entry.msgstr = EVERYTHING if len(entry.msgid) > 60 else packed(200, number * 3)
    upload = SimpleUploadedFile("en.po", str(po).encode(), content_type="text/x-gettext")
    url = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
    assert client.post(url, {"file": upload}).status_code == 302


def override_every_link(client, translation: Translation) -> None:
    """What a translator can type for "use a different link" in the translation editor."""
    for segment in OverridableSegment.objects.filter(source=translation.source):
        url = reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk])
        response = client.put(url, f"value={SCRIPT_URL}", "application/x-www-form-urlencoded")
        assert response.status_code in (200, 201), response.content


def test_a_hostile_po_file_and_link_overrides_reach_translators_and_readers_as_text(
    client, home, role_users, django_capture_on_commit_callbacks
):
    narrative = narrative_with_links(home)
    translator = role_users[roles.COMMUNICATION]
    log_in_with_second_factor(client, translator)
    translation = request_translation(client, narrative)
    upload_hostile_po(client, translation)
    override_every_link(client, translation)

    # Markup in a translated string is flagged by wagtail-localize and never used.
    flagged = StringTranslation.objects.filter(locale=translation.target_locale, has_error=True)
    assert flagged.exists()
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[english(narrative).pk]))
    preview = client.get(reverse("wagtail_localize:preview_translation", args=[translation.pk]))
    for response in (editor, preview):
        assert response.status_code == 200
        assert executable_traces(response.content.decode()) == [], response.request["PATH_INFO"]

    # The translator corrects the flagged strings; what is left of the corpus (entities,
    # template syntax, bidirectional controls, script links) is published.
    for string in flagged:
        string.data = string.translation_of.data
        string.has_error = False
        string.save()
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=translator, publish=True)
    published = english(narrative)
    html = client.get(published.url).content.decode()
    assert executable_traces(html) == []
    assert "xssmark22" in html  # "&lt;script&gt;" from the PO file is shown as text
    assert published.specific.sources[0].value["url"] == ""
    assert bidi_controls_in(published.title) == []
