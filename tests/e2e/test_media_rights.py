"""Pictures in a real browser: a communication officer uploads a photo of people, sets its
focal point and puts it on a narrative; the privacy reviewer sees it with its consent reference,
read-only."""

import re

import pytest
from PIL import Image
from playwright.sync_api import expect

from cms.access import roles

from .admin_ui import (
    awaiting_review_row,
    editor_action,
    log_in,
    message,
    open_new_page_form,
    page_created,
    text_field,
    wait_until_editor_watches,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PHOTO_TITLE = "Müttergruppe Essen"
CONSENT = "EW-2026-017"
TITLE = "Die Familie steht über dem Gesetz"


def test_an_uploaded_photo_reaches_the_page_and_its_reviewers(site_tree, new_context, tmp_path):
    users = site_tree["users"]
    photo = tmp_path / "IMG_2041.jpg"
    Image.new("RGB", (640, 480), (90, 140, 200)).save(photo, "JPEG", quality=85)

    # 1. The officer uploads the photo in the image library's multiple uploader and gives it
    # the details our images need before they are stored.
    officer = log_in(new_context(), users[roles.COMMUNICATION])
    officer.get_by_role("link", name="Bilder").first.click()
    expect(officer).to_have_url(re.compile(r"/admin/images/$"))
    officer.get_by_role("link", name="Ein Bild hinzufügen").click()
    expect(officer).to_have_url(re.compile(r"/admin/images/multiple/add/$"))
    # The file input has no accessible name in Wagtail: it sits under "Or choose from your
    # computer".
    officer.locator("#fileupload").set_input_files(photo)
    text_field(officer, "Titel").fill(PHOTO_TITLE)
    text_field(officer, "Alternativtext").fill("Mütter sitzen am Tisch und reden")
    officer.get_by_role("checkbox", name="Zeigt Personen").check()
    text_field(officer, "Aktenzeichen der Einwilligung").fill(CONSENT)
    # Wagtail 8.0's German catalogue leaves this button untranslated.
    officer.get_by_role("button", name="Update").click()
    expect(message(officer)).to_contain_text("Bild geändert")

    # 2. Its focal point: a box dragged over the photo in the image's editor.
    officer.goto("/admin/images/")
    officer.get_by_role("link", name=PHOTO_TITLE).click()
    # The area one drags over is Jcrop's holder (no role or name): the picture shown in it.
    box = officer.locator(".jcrop-holder").bounding_box()
    officer.mouse.move(box["x"] + box["width"] * 0.3, box["y"] + box["height"] * 0.2)
    officer.mouse.down()
    officer.mouse.move(box["x"] + box["width"] * 0.6, box["y"] + box["height"] * 0.6, steps=5)
    officer.mouse.up()
    officer.get_by_role("button", name="Speichern").click()
    expect(message(officer)).to_contain_text(PHOTO_TITLE)
    officer.get_by_role("link", name=PHOTO_TITLE).click()
    expect(officer.get_by_text("Aktueller Fokuspunkt wird angezeigt")).to_be_visible()

    # 3. A narrative with the photo as its teaser image, chosen in the chooser, submitted.
    open_new_page_form(officer, site_tree["narrative_index"].pk)
    text_field(officer, "Titel").fill(TITLE)
    text_field(officer, "Negatives Narrativ").fill(
        "Was die Familie sagt, gilt mehr als jedes Gesetz."
    )
    text_field(officer, "Gegennarrativ").fill("Gesetze schützen auch deine Familie.")
    key_messages = officer.get_by_role("region", name=re.compile("^Kernbotschaften"))
    key_messages.get_by_role("button", name="Einen Block einfügen").click()
    # The first valid autosave creates the page; the editor then watches afresh.
    with page_created(officer, "Schutz"):
        key_messages.get_by_role("textbox").fill("Das Gesetz gibt allen Schutz.")
    officer.get_by_role("button", name="Bild auswählen").click()
    chooser = officer.get_by_role("dialog")
    chooser.get_by_role("link", name=re.compile(PHOTO_TITLE)).click()
    expect(chooser).to_be_hidden()
    teaser = officer.get_by_role("region", name=re.compile("^Teaserbild"))
    expect(teaser).to_contain_text(PHOTO_TITLE)
    editor_action(officer, f"In {roles.PAGE_WORKFLOW} einreichen")
    expect(message(officer)).to_contain_text(TITLE)

    # 4. The photo shows people: the privacy reviewer has the first step. They see the photo
    # in the item and its consent reference, but cannot open the image library.
    privacy = log_in(new_context(), users[roles.PRIVACY_REVIEW])
    awaiting_review_row(privacy, TITLE).get_by_role("link", name=TITLE).click()
    wait_until_editor_watches(privacy)
    expect(privacy.get_by_role("region", name=re.compile("^Teaserbild"))).to_contain_text(
        PHOTO_TITLE
    )
    privacy.get_by_role("tab", name="Bilder und Rechte").click()
    row = privacy.get_by_role("row").filter(has_text=PHOTO_TITLE)
    expect(row).to_contain_text(CONSENT)
    # The preview's alt text is empty (the title is beside it), so it has no img role.
    expect(row.locator("img")).to_be_visible()
    privacy.goto("/admin/images/")
    expect(message(privacy)).to_contain_text("keinen Zugang")
