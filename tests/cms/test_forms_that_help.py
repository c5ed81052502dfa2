"""Edit forms that help: they say what a field is for, show errors only after an attempt, fill
slugs, write German dates, refuse a past go-live with a reason, preview the listing card, and
the sign-in and recovery codes speak German and name the programme."""

import datetime
import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django_otp.plugins.otp_static.models import StaticToken
from wagtail.admin.widgets import AdminDateInput
from wagtail.blocks import StreamBlockValidationError
from wagtail.blocks.stream_block import StreamBlockAdapter
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from cms.models import ContentPage
from cms.models.base import CARD_PREVIEW
from cms.models.blocks import KeyMessagesBlock, MinimumOnSaveStreamBlockAdapter
from cms.review.go_live import PAST_GO_LIVE_MESSAGE
from cms.second_factor import services
from tests.factories.cms import TopicFactory, UserFactory
from tests.factories.media_library import ImageFactory, MaterialFactory
from tests.factories.narratives import (
    MessengerIndexPageFactory,
    MessengerPageFactory,
    NarrativeIndexPageFactory,
    NarrativePageFactory,
)
from tests.factories.second_factor import log_in_with_second_factor

PROGRAMME = "Narrative gegen Clankriminalität"


def without_scripts(html: str) -> str:
    """What a person reads: no scripts, JSON data or no-JavaScript notices."""
    return re.sub(r"<(script|noscript)\b.*?</\1>", "", html, flags=re.DOTALL)


def new_page_form(client: Client, parent: Page, model_name: str) -> str:
    url = reverse("wagtailadmin_pages:add", args=("narratives", model_name, parent.pk))
    return client.get(url).content.decode()


# The messenger's title


def test_the_messenger_title_says_alias_only(admin_client, home):
    html = new_page_form(admin_client, MessengerIndexPageFactory(parent=home), "messengerpage")
    title = re.search(r'<input type="text" name="title"[^>]*>', html).group(0)
    assert 'placeholder="Alias*"' in title
    assert "Nur der Alias – niemals der echte Name." in html


# Key messages: the count is checked on save, not shown before anyone typed


def test_the_editor_gets_no_minimum_count_for_key_messages():
    block = KeyMessagesBlock()
    upstream_meta = StreamBlockAdapter().js_args(block)[-1]
    # Fails when Wagtail moves the count out of the editor's meta: then the override is void.
    assert upstream_meta["minNum"] == 1
    assert MinimumOnSaveStreamBlockAdapter().js_args(block)[-1]["minNum"] is None
    assert MinimumOnSaveStreamBlockAdapter().js_args(block)[-1]["maxNum"] == 7


def test_saving_without_key_messages_is_still_refused():
    with pytest.raises(StreamBlockValidationError) as caught:
        KeyMessagesBlock().clean(KeyMessagesBlock().to_python([]))
    assert "Die minimale Anzahl an Elementen ist 1" in str(caught.value.as_json_data())


# Slugs follow the title in snippet forms, as in page forms


def sync_attributes(html: str, field: str) -> str:
    return re.search(rf'<input type="text" name="{field}"[^>]*>', html).group(0)


def test_a_new_topics_name_fills_its_slug(admin_client):
    html = admin_client.get(reverse("wagtailsnippets_cms_topic:add")).content.decode()
    name = sync_attributes(html, "name")
    assert 'data-controller="w-sync"' in name
    assert 'data-w-sync-target-value="#id_slug"' in name
    assert "keyup-&gt;w-sync#apply" in name or "keyup->w-sync#apply" in name
    assert 'data-controller="w-slug"' in sync_attributes(html, "slug")


def test_a_saved_topic_keeps_its_slug_in_filter_links(admin_client):
    topic = TopicFactory(name="Schule", slug="schule")
    html = admin_client.get(
        reverse("wagtailsnippets_cms_topic:edit", args=[topic.pk])
    ).content.decode()
    assert "w-sync#apply" not in sync_attributes(html, "name")


def test_a_material_fills_its_slug_until_published(admin_client):
    html = admin_client.get(reverse("wagtailsnippets_media_library_material:add")).content.decode()
    assert "w-sync#apply" in sync_attributes(html, "title")
    draft = MaterialFactory(live=False)
    html = admin_client.get(
        reverse("wagtailsnippets_media_library_material:edit", args=[draft.pk])
    ).content.decode()
    assert "w-sync#apply" in sync_attributes(html, "title")
    live = MaterialFactory(live=True)
    html = admin_client.get(
        reverse("wagtailsnippets_media_library_material:edit", args=[live.pk])
    ).content.decode()
    assert "w-sync#apply" not in sync_attributes(html, "title")


# Dates in German


def test_date_pickers_write_german_dates():
    assert AdminDateInput().format_value(datetime.date(2026, 12, 7)) == "07.12.2026"


@pytest.mark.parametrize("language", ["de", "en"])
def test_each_admin_language_reads_the_pickers_dates(language):
    from django import forms
    from wagtail.admin.widgets import AdminDateTimeInput

    with translation.override(language):
        date = forms.DateField(widget=AdminDateInput()).clean("07.12.2026")
        moment = forms.DateTimeField(widget=AdminDateTimeInput()).clean("07.12.2026 14:30")
    assert date == datetime.date(2026, 12, 7)
    assert (moment.day, moment.month, moment.hour, moment.minute) == (7, 12, 14, 30)


# A go-live date in the past is refused, with the reason


def content_page_form(home: Page, user: object, instance: ContentPage, **fields: str) -> object:
    form_class = ContentPage.get_edit_handler().get_form_class()
    data = nested_form_data(
        {
            "title": "Über das Programm",
            "slug": "ueber-das-programm",
            "introduction": "",
            "body": streamfield([("paragraph", rich_text("<p>Wer wir sind.</p>"))]),
            **fields,
        }
    )
    return form_class(data, instance=instance, parent_page=home, for_user=user)


def as_typed(moment: datetime.datetime) -> str:
    return timezone.localtime(moment).strftime("%d.%m.%Y %H:%M")


def test_a_past_go_live_date_is_refused_with_the_reason(home, admin_user):
    yesterday = as_typed(timezone.now() - datetime.timedelta(days=1))
    form = content_page_form(home, admin_user, ContentPage(), go_live_at=yesterday)
    assert not form.is_valid()
    assert form.errors["go_live_at"] == [str(PAST_GO_LIVE_MESSAGE)]
    assert "Veröffentlichungstermin liegt in der Vergangenheit" in form.errors["go_live_at"][0]


def test_a_future_go_live_date_and_none_are_accepted(home, admin_user):
    tomorrow = as_typed(timezone.now() + datetime.timedelta(days=1))
    assert content_page_form(home, admin_user, ContentPage(), go_live_at=tomorrow).is_valid()
    assert content_page_form(home, admin_user, ContentPage()).is_valid()


def test_a_go_live_date_that_passed_since_it_was_saved_is_kept(home, admin_user):
    passed = (timezone.now() - datetime.timedelta(hours=2)).replace(second=17)
    page = ContentPage(title="Über das Programm", slug="ueber-das-programm", go_live_at=passed)
    home.add_child(instance=page)
    form = content_page_form(home, admin_user, page, go_live_at=as_typed(passed))
    assert form.is_valid(), form.errors


def test_expiry_before_go_live_is_still_refused(home, admin_user):
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    form = content_page_form(
        home,
        admin_user,
        ContentPage(),
        go_live_at=as_typed(tomorrow + datetime.timedelta(days=1)),
        expire_at=as_typed(tomorrow),
    )
    assert not form.is_valid()
    assert "expire_at" in form.errors


# The teaser image where it appears: the card preview


def test_the_card_preview_shows_the_teaser_image(home):
    index = NarrativeIndexPageFactory(parent=home)
    image = ImageFactory(title="Jugendliche im Gespräch", alt_text="Zwei Jugendliche reden.")
    narrative = NarrativePageFactory(parent=index, title="Schule bringt uns nichts", image=image)
    assert (CARD_PREVIEW, "Karte in Übersichten") in narrative.preview_modes
    response = narrative.make_preview_request(preview_mode=CARD_PREVIEW)
    html = response.render().content.decode()
    card = html.split('class="card', 1)[1]
    assert "Schule bringt uns nichts" in card
    assert 'alt="Zwei Jugendliche reden."' in card
    assert (narrative.introduction or narrative.counter_narrative) in card


def test_the_card_preview_of_a_messenger_withholds_a_photo_without_consent(home):
    index = MessengerIndexPageFactory(parent=home)
    messenger = MessengerPageFactory(parent=index, photo=ImageFactory(alt_text="Ein Trainer."))
    html = messenger.make_preview_request(preview_mode=CARD_PREVIEW).render().content.decode()
    card = html.split('class="card', 1)[1]
    assert messenger.title in card and messenger.role in card
    assert "Ein Trainer." not in html


# Recovery codes: download and print


def new_codes(client: Client) -> list[str]:
    html = client.post(reverse("second_factor_recovery_codes")).content.decode()
    return re.findall(r"<li><code>([a-z2-7]{8})</code></li>", html)


def test_recovery_codes_download_as_a_text_file_never_cached(client, editor):
    log_in_with_second_factor(client, editor)
    codes = new_codes(client)
    response = client.post(reverse("second_factor_recovery_codes_download"), {"code": codes})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="wiederherstellungscodes.txt"'
    assert "no-store" in response["Cache-Control"]
    text = response.content.decode()
    assert text.splitlines()[0] == (
        f"Wiederherstellungscodes von {editor.get_username()} für {PROGRAMME}"
    )
    assert [line for line in text.splitlines() if line in codes] == codes


def test_only_the_users_own_current_codes_come_back(client, editor):
    other = UserFactory()
    others = services.regenerate_recovery_codes(other)
    log_in_with_second_factor(client, editor)
    codes = new_codes(client)
    download = reverse("second_factor_recovery_codes_download")
    for posted in ([], others[:1], [*codes, "aaaaaaaa"]):
        response = client.post(download, {"code": posted})
        assert response.status_code == 400, posted
        assert not set(others) & set(response.content.decode().split())
    StaticToken.objects.filter(token=codes[0]).delete()  # used to sign in
    assert client.post(download, {"code": codes}).status_code == 400
    assert client.get(download, {"code": codes[1:]}).status_code == 405


def test_a_password_alone_downloads_nothing(client, editor):
    codes = services.regenerate_recovery_codes(editor)
    client.force_login(editor)
    response = client.post(reverse("second_factor_recovery_codes_download"), {"code": codes})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("second_factor_enrol"))


def test_the_recovery_codes_page_prints_without_inline_script(client, editor):
    log_in_with_second_factor(client, editor)
    html = client.post(reverse("second_factor_recovery_codes")).content.decode()
    assert re.search(r"<button [^>]*data-print-button hidden>Drucken</button>", html)
    assert "cms/js/print_button.js" in html and "cms/css/second_factor.css" in html
    scripts = re.findall(r"<script\b[^>]*>", html)
    assert all("src=" in tag or 'type="application/json"' in tag for tag in scripts), scripts
    assert "Als Textdatei herunterladen" in html


# The admin's sign-in


def test_the_sign_in_names_the_programme_in_german(client, db):
    html = client.get(reverse("wagtailadmin_login")).content.decode()
    assert f"<title>Anmelden - {PROGRAMME}</title>" in html
    assert f"<h1>Anmelden: {PROGRAMME}</h1>" in html
    assert "Wagtail" not in re.sub(r"<[^>]+>", " ", without_scripts(html))
    assert 'aria-label="Wagtail"' not in html
    labels = re.findall(r'<label class="w-field__label"[^>]*>\s*([^<]+?)\s*<', html)
    assert labels == ["Benutzername", "Passwort"]
    assert "Password" not in without_scripts(html)


def test_snippet_listings_show_german_dates(admin_client):
    MaterialFactory(title="Elternflyer", expires_at=datetime.date(2026, 12, 7))
    html = admin_client.get(reverse("wagtailsnippets_media_library_material:list")).content.decode()
    assert "7. Dezember 2026" in html
    assert "2026-12-07" not in html and "December" not in html
