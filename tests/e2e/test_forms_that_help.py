"""Forms that help, as a communication officer meets them in the browser: the sign-in names
the programme in German, the recovery codes download and print, the messenger's title asks for
an alias, key messages show no error before anything is typed, a topic's slug follows its
name, dates are German and a past go-live date is refused with the reason."""

import datetime
import re

import pytest
from django.utils import timezone, translation
from django.utils.formats import date_format
from playwright.sync_api import Page, expect

from cms.access import roles

from .admin_ui import (
    autosaved,
    first_code,
    log_in,
    message,
    open_new_page_form,
    text_field,
)
from .conftest import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PROGRAMME = "Narrative gegen Clankriminalität"
GERMAN_DATE = re.compile(r"^\d\d\.\d\d\.\d{4}$")


def overflows(page: Page, selector: str) -> bool:
    return page.locator(selector).evaluate("e => e.scrollWidth > e.clientWidth")


def test_sign_in_and_recovery_codes(site_tree, new_context):
    officer = site_tree["users"][roles.COMMUNICATION]
    page = new_context(viewport={"width": 390, "height": 844}).new_page()

    # The sign-in names the programme, in German, without Wagtail's logo.
    page.goto("/admin/login/")
    expect(page).to_have_title(f"Anmelden - {PROGRAMME}")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Anmelden: {PROGRAMME}")
    expect(page.get_by_role("img", name="Wagtail")).to_have_count(0)
    page.get_by_label("Benutzername").fill(officer.username)
    page.get_by_label(re.compile(r"^\s*Passwort")).fill(PASSWORD)
    page.get_by_role("button", name="Anmelden").click()

    # The first sign-in sets up the app; then the recovery codes, in German.
    expect(page.get_by_role("heading", level=1)).to_have_text("Authenticator-App einrichten")
    key = page.locator("figure figcaption code").inner_text()
    page.get_by_label("Code").fill(first_code(key))
    page.get_by_role("button", name="Bestätigen und weiter").click()
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text("Ihre Wiederherstellungscodes")
    assert not overflows(page, "h1"), "the heading is wider than its box on a phone"
    shown = page.locator(".second-factor-recovery-codes code").all_inner_texts()
    assert len(shown) == 10

    with page.expect_download() as download:
        page.get_by_role("button", name="Als Textdatei herunterladen").click()
    assert download.value.suggested_filename == "wiederherstellungscodes.txt"
    text = open(download.value.path(), encoding="utf-8").read()
    assert [line for line in text.splitlines() if line in shown] == shown
    expect(page.get_by_role("button", name="Drucken")).to_be_visible()
    # The codes stay on the page after the download.
    expect(page.locator(".second-factor-recovery-codes code")).to_have_count(10)

    page.get_by_role("link", name=re.compile("weiter")).click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def test_editing_forms_help(site_tree, new_context):
    page = log_in(new_context(), site_tree["users"][roles.COMMUNICATION])

    # The messenger's title asks for an alias, never the real name.
    open_new_page_form(page, site_tree["messenger_index"].pk)
    title = page.get_by_placeholder("Alias*")
    expect(title).to_be_visible()
    expect(page.get_by_text("Nur der Alias – niemals der echte Name.")).to_be_visible()

    # A new narrative: no error next to the key messages before anything is typed.
    open_new_page_form(page, site_tree["narrative_index"].pk)
    key_messages = page.get_by_role("region", name=re.compile("^Kernbotschaften"))
    expect(key_messages).to_be_visible()
    expect(key_messages).not_to_contain_text("minimale Anzahl")
    key_messages.get_by_role("button", name="Einen Block einfügen").click()
    expect(key_messages.get_by_role("textbox")).to_be_visible()
    expect(key_messages).not_to_contain_text("minimale Anzahl")
    expect(key_messages).not_to_contain_text("erforderlich")

    # The review date is German.
    page.get_by_role("tab", name="Intern").click()
    expect(text_field(page, "Wiedervorlage am")).to_have_value(GERMAN_DATE)
    page.get_by_role("tab", name="Inhalt").click()

    text_field(page, "Titel").fill("Die Polizei ist gegen uns")
    text_field(page, "Negatives Narrativ").fill("Die Polizei ist gegen uns.")
    text_field(page, "Gegennarrativ").fill("Die Polizei schützt auch dich und deine Familie.")
    with autosaved(page, "Polizei"):
        key_messages.get_by_role("textbox").fill("Polizei hilft.")

    # A go-live date in the past is refused, with the reason; the input is kept.
    yesterday = timezone.localtime(timezone.now() - datetime.timedelta(days=1))
    typed = yesterday.strftime("%d.%m.%Y 10:00")
    set_schedule(page, typed)
    expect(message(page)).to_contain_text("nicht gespeichert")
    dialog = schedule_dialog(page)
    expect(dialog).to_contain_text("Der Veröffentlichungstermin liegt in der Vergangenheit")
    expect(text_field(dialog, "Veröffentlicht ab")).to_have_value(typed)

    # A later date, typed in German, is accepted.
    tomorrow = timezone.localtime(timezone.now() + datetime.timedelta(days=1))
    set_schedule(page, tomorrow.strftime("%d.%m.%Y 10:00"))
    expect(message(page)).not_to_contain_text("nicht gespeichert")
    # The status panel names the scheduled go-live in German.
    with translation.override("de"):
        scheduled = date_format(tomorrow, "j. F Y") + " 10:00"
    expect(page.get_by_text(scheduled).first).to_be_visible()


def schedule_dialog(page: Page) -> object:
    """The editor's scheduling dialog, opened from the status side panel."""
    dialog = page.get_by_role("dialog")
    if not dialog.is_visible():
        set_schedule_button = page.get_by_role(
            "button", name=re.compile("^Zeitplan (festlegen|bearbeiten)$")
        )
        if not set_schedule_button.is_visible():
            page.get_by_role("button", name="Status umschalten").click()
        set_schedule_button.click()
    expect(dialog).to_be_visible()
    return dialog


def set_schedule(page: Page, go_live: str) -> None:
    """Types a go-live date into the scheduling dialog and saves the schedule (and the page)."""
    dialog = schedule_dialog(page)
    text_field(dialog, "Veröffentlicht ab").fill(go_live)
    # Focusing the field opens the date picker a moment later (a timer), over the dialog's
    # button; a click elsewhere closes it, as a person does once it has appeared.
    picker = page.locator(".xdsoft_datetimepicker").filter(visible=True)
    expect(picker).to_be_visible()
    dialog.get_by_role("heading", name="Veröffentlichungszeitplan festlegen").click()
    expect(picker).to_be_hidden()
    dialog.get_by_role("button", name="Zeitplan speichern").click()
    page.wait_for_load_state()


def test_a_topics_slug_follows_its_name(site_tree, new_context):
    # Subject reviewers maintain the taxonomies.
    page = log_in(new_context(), site_tree["users"][roles.SUBJECT_REVIEW])
    page.goto("/admin/snippets/cms/topic/add/")
    text_field(page, "Name").press_sequentially("Schule und Ausbildung")
    expect(text_field(page, "Kurztitel")).to_have_value("schule-und-ausbildung")
