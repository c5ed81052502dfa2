"""A communication officer's week for the library: a material with a document and a card set,
drafted, reviewed and published through the screens the officer and the reviewers use.

Set-up makes the site with its library page, the roles and the users; everything after goes
through the browser: the admin menu, the upload in the document chooser, the submission, the
reviewers' answers on their dashboards, and the public library at the end.
"""

import re

import pytest
from playwright.sync_api import expect

from cms.access import roles

from .admin_ui import (
    IN_REVIEW,
    RETURNED,
    autosaved,
    editor_action,
    log_in,
    message,
    review_from_dashboard,
    review_in_editor,
    text_field,
    upload_in_chooser,
    wait_until_editor_watches,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

MATERIAL = "Elternbrief: Wenn die Familie Druck macht"
MATERIAL_URL = "/de/materialien/material/elternbrief-wenn-die-familie-druck-macht/"
SUMMARY = "Ein Brief für Eltern: woran sie Druck aus der Großfamilie erkennen."
REVISED_SUMMARY = (
    "Ein Brief für Eltern: woran sie Druck aus der Großfamilie erkennen und wo sie Beratung finden."
)
DOCUMENT = "Elternbrief Familiendruck"
MATERIAL_REQUEST = "Bitte in der Kurzbeschreibung sagen, wo Eltern Beratung finden."

CARD_SET = "Werte im Gespräch"
CARD_SET_URL = "/de/materialien/karten/werte-im-gesprach/"
INTRODUCTION = "Karten, mit denen Jugendliche über Werte und eigene Stärken sprechen."
INSTRUCTIONS = "Für Gruppen bis zwölf Personen, etwa 45 Minuten. Jede Person zieht eine Karte."
CARDS = (
    ("Wert", "Respekt", "Was bedeutet Respekt für dich?\nWann hast du Respekt erlebt?"),
    ("Ressource", "Mut", "Wann warst du zuletzt mutig?\nWer hat dir dabei geholfen?"),
)


@pytest.fixture
def library(site_tree: dict) -> object:
    from tests.factories.media_library import LibraryPageFactory

    return LibraryPageFactory(parent=site_tree["home"], slug="materialien")


@pytest.fixture
def pdf(tmp_path: object) -> object:
    """A real one-page PDF, as an office program exports it."""
    from tests.factories.media_library import pdf_file

    path = tmp_path / "elternbrief.pdf"
    path.write_bytes(pdf_file().read())
    return path


def choice_field(page: object, label: str) -> object:
    """A select box by its label (starred when required)."""
    return page.get_by_role("combobox", name=re.compile(rf"^{re.escape(label)}\*?$"))


def open_add_form(page: object, menu_item: str, add: str) -> None:
    """Opens a library snippet's listing from the admin menu's "Materialien" group and its
    add form."""
    page.goto("/admin/")
    page.get_by_role("navigation").get_by_role("button", name="Materialien").click()
    page.get_by_role("navigation").get_by_role("link", name=menu_item).click()
    page.get_by_role("link", name=add).first.click()
    wait_until_editor_watches(page)


def test_officer_publishes_a_material_with_a_document(site_tree, library, new_context, pdf) -> None:
    users = site_tree["users"]
    officer = log_in(new_context(), users[roles.COMMUNICATION])

    # Monday: the material, its document uploaded in the chooser, its rights.
    open_add_form(officer, "Materialien", "Material hinzufügen")
    text_field(officer, "Titel").press_sequentially(MATERIAL)
    expect(text_field(officer, "Kurztitel")).to_have_value(
        "elternbrief-wenn-die-familie-druck-macht"
    )
    text_field(officer, "Kurzbeschreibung").fill(SUMMARY)
    choice_field(officer, "Dateiart").select_option(label="Dokument")
    choice_field(officer, "Format").select_option(label="Flyer")
    upload_in_chooser(
        officer,
        "Datei",
        "Dokument auswählen",
        pdf,
        fill={"Titel": DOCUMENT},
    )
    expect(officer.get_by_role("region", name=re.compile(r"^Datei\*?$"))).to_contain_text(DOCUMENT)
    # The first autosave created the material and turned the form into its editor, which takes
    # the form's state afresh: what is typed before it watches again is never autosaved.
    expect(officer).to_have_url(re.compile(r"/edit/\d+/$"))
    wait_until_editor_watches(officer)
    officer.get_by_role("tab", name="Einordnung").click()
    text_field(officer, "Sprache des Materials").fill("de")
    officer.get_by_role("tab", name="Rechte").click()
    text_field(officer, "Lizenz").fill("CC BY-ND 4.0")
    with autosaved(officer, "Landesprogramm"):
        text_field(officer, "Rechteinhaber/in").fill("Landesprogramm Prävention")

    editor_action(officer, f"In {roles.PAGE_WORKFLOW} einreichen")
    expect(message(officer)).to_contain_text(MATERIAL)
    officer.goto("/admin/")
    in_review = officer.get_by_role("region", name=IN_REVIEW).get_by_role(
        "row", name=re.compile(MATERIAL)
    )
    expect(in_review).to_contain_text(roles.SUBJECT_REVIEW)

    # Tuesday: the subject reviewer asks for changes.
    reviewer = log_in(new_context(), users[roles.SUBJECT_REVIEW])
    review_in_editor(reviewer, MATERIAL, "Änderungen anfordern", comment=MATERIAL_REQUEST)

    # Wednesday: the officer reads the request on the dashboard, revises and resubmits.
    officer.goto("/admin/")
    returned = officer.get_by_role("region", name=RETURNED)
    expect(returned).to_contain_text(MATERIAL_REQUEST)
    returned.get_by_role("link", name=MATERIAL).click()
    wait_until_editor_watches(officer)
    with autosaved(officer, "Beratung"):
        text_field(officer, "Kurzbeschreibung").fill(REVISED_SUMMARY)
    editor_action(officer, f"Erneut in {roles.SUBJECT_REVIEW} einreichen")
    expect(message(officer)).to_contain_text(MATERIAL)

    # Thursday: both steps approve; the library lists the material and hands out the PDF.
    review_from_dashboard(reviewer, MATERIAL, "Freigeben")
    sign_off = log_in(new_context(), users[roles.SIGN_OFF])
    review_in_editor(sign_off, MATERIAL, "Freigeben")

    visitor = new_context().new_page()
    assert visitor.goto("/de/materialien/").status == 200
    card = visitor.get_by_role("article").filter(has_text=MATERIAL)
    expect(card).to_contain_text(REVISED_SUMMARY)
    card.get_by_role("link", name=MATERIAL).click()
    expect(visitor).to_have_url(re.compile(re.escape(MATERIAL_URL) + "$"))
    download = visitor.get_by_role("link", name=re.compile(DOCUMENT))
    expect(download).to_contain_text("PDF")
    answer = visitor.request.get(download.get_attribute("href"))
    assert answer.status == 200
    assert answer.headers["content-type"] == "application/pdf"
    assert answer.body().startswith(b"%PDF-")


def test_officer_publishes_a_card_set(site_tree, library, new_context) -> None:
    users = site_tree["users"]
    officer = log_in(new_context(), users[roles.COMMUNICATION])

    # The card set: its introduction, two cards in the inline panel, how to use them.
    open_add_form(officer, "Kartensets", "Kartenset hinzufügen")
    text_field(officer, "Titel").press_sequentially(CARD_SET)
    expect(text_field(officer, "Kurztitel")).to_have_value("werte-im-gesprach")
    text_field(officer, "Einleitung").fill(INTRODUCTION)
    officer.get_by_role("tab", name="Karten").click()
    cards = officer.get_by_role("tabpanel", name="Karten")
    for number, (kind, title, prompts) in enumerate(CARDS):
        if number:
            cards.get_by_role("button", name=re.compile("hinzufügen")).last.click()
        choice_field(cards, "Art").nth(number).select_option(label=kind)
        text_field(cards, "Titel").nth(number).fill(title)
        text_field(cards, "Impulsfragen").nth(number).fill(prompts)
    officer.get_by_role("tab", name="Einsatz").click()
    with autosaved(officer, "Gruppen"):
        text_field(officer, "Hinweise zum Einsatz der Karten").fill(INSTRUCTIONS)

    editor_action(officer, f"In {roles.PAGE_WORKFLOW} einreichen")
    expect(message(officer)).to_contain_text(CARD_SET)
    officer.goto("/admin/")
    in_review = officer.get_by_role("region", name=IN_REVIEW).get_by_role(
        "row", name=re.compile(CARD_SET)
    )
    expect(in_review).to_contain_text(roles.SUBJECT_REVIEW)

    # Both steps approve: the subject reviewer from the dashboard, sign-off in the editor.
    reviewer = log_in(new_context(), users[roles.SUBJECT_REVIEW])
    review_from_dashboard(reviewer, CARD_SET, "Freigeben")
    sign_off = log_in(new_context(), users[roles.SIGN_OFF])
    review_in_editor(sign_off, CARD_SET, "Freigeben")

    # Live: the library lists the set; its page is the printable sheet of cards.
    visitor = new_context().new_page()
    assert visitor.goto("/de/materialien/").status == 200
    visitor.get_by_role("article").filter(has_text=CARD_SET).get_by_role(
        "link", name=CARD_SET
    ).click()
    expect(visitor).to_have_url(re.compile(re.escape(CARD_SET_URL) + "$"))
    expect(visitor.get_by_role("heading", level=1)).to_have_text(CARD_SET)
    expect(visitor.get_by_text(INSTRUCTIONS)).to_be_visible()
    printed = visitor.get_by_role("article")
    expect(printed).to_have_count(len(CARDS))
    for card, (kind, title, prompts) in zip(printed.all(), CARDS, strict=True):
        expect(card.get_by_role("heading", level=3)).to_have_text(title)
        expect(card).to_contain_text(kind)
        expect(card.get_by_role("listitem")).to_have_text(prompts.splitlines())
    # The printable view: print media lays out the same cards.
    visitor.emulate_media(media="print")
    expect(printed.first).to_be_visible()
