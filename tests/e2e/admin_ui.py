"""What people do in Wagtail's admin, as browser steps (German admin, the programme's default).

Locators go by role and accessible name wherever Wagtail gives one; the few exceptions are
named where they occur.
"""

import re
import time
from base64 import b32decode
from collections.abc import Iterator
from contextlib import contextmanager

from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import BrowserContext, Page, expect

from tests.factories.second_factor import totp_code

from .conftest import PASSWORD, TIMEOUT_MS

# Wagtail's editor marks changes and autosaves them; these events tell the tests when the
# editor has started watching for edits and whether an autosave is still on its way.
EDITOR_EVENTS_SCRIPT = """
window.__e2e = {connected: 0, watching: false, saving: 0};
document.addEventListener('w-unsaved:ready', () => { window.__e2e.connected = Date.now(); });
document.addEventListener('w-unsaved:watch-edits', () => { window.__e2e.watching = true; });
document.addEventListener('w-autosave:save', () => { window.__e2e.saving += 1; });
document.addEventListener('w-autosave:success', () => { window.__e2e.saving -= 1; });
document.addEventListener('w-autosave:error', () => { window.__e2e.saving -= 1; });
"""
# w-unsaved takes the form's initial state this long after it connects (it connects twice
# while the editor loads); an edit made before then is part of that state, never autosaved.
INITIAL_STATE_DELAY_MS = 2000 + 150

AWAITING_REVIEW = "Ihre Überprüfung steht aus"
# The dashboard's panels of one's own submissions (cms.review.dashboard).
RETURNED = "Zurück an Sie: Änderungen angefordert"
IN_REVIEW = "Ihre Einreichungen in Prüfung"


def log_in(context: BrowserContext, user: object) -> Page:
    """Password, then the second factor: a code from the user's authenticator, or at the
    first sign-in the set-up, typing the key the page shows into a "phone" (django_otp's TOTP)."""
    page = context.new_page()
    page.goto("/admin/login/")
    page.get_by_label("Benutzername").fill(user.username)
    page.get_by_label(re.compile("Passwort")).fill(PASSWORD)
    page.get_by_role("button", name="Anmelden").click()
    expect(page).to_have_url(re.compile(r"/admin/second-factor/(verify|set-up)/"))
    if "/set-up/" in page.url:
        # The key has no role or name of its own: it is the <code> in the QR code's caption.
        key = page.locator("figure figcaption code").inner_text()
        page.get_by_label("Code").fill(first_code(key))
        page.get_by_role("button", name=re.compile("Confirm|Bestätigen")).click()
        page.get_by_role("link", name=re.compile("continue|weiter")).click()
    else:
        page.get_by_label("Code").fill(totp_code(TOTPDevice.objects.get(user=user)))
        page.get_by_role("button", name=re.compile("Confirm|Bestätigen")).click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    return page


def first_code(key: str) -> str:
    """What an authenticator app shows for a key typed in by hand (groups of four)."""
    return f"{totp(b32decode(key.replace(' ', ''))):06d}"


def text_field(page: Page, label: str) -> object:
    """A text input or textarea by its label (Wagtail appends '*' to required ones)."""
    # Playwright passes the pattern on as /…/ source: a slash ("Rechteinhaber/in") needs escaping.
    name = re.escape(label).replace("/", r"\/")
    return page.get_by_role("textbox", name=re.compile(rf"^{name}\*?$"))


def message(page: Page) -> object:
    """The admin's flash messages after a form or action."""
    return page.locator(".messages")


def wait_until_editor_watches(page: Page) -> None:
    """Waits until Wagtail's editor has taken the form's initial state and watches for edits.

    What is typed before that counts as initial and is never autosaved. People take longer
    than two seconds to start typing; the tests wait for it.
    """
    wait_until(
        page,
        "window.__e2e && window.__e2e.watching"
        f" && Date.now() - window.__e2e.connected > {INITIAL_STATE_DELAY_MS}",
    )


def wait_until(page: Page, condition: str) -> None:
    """page.wait_for_function without its eval(): Playwright polls by eval() inside the page,
    which the admin's Content-Security-Policy (no 'unsafe-eval') refuses; page.evaluate
    runs through the DevTools protocol, which the policy does not govern."""
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while not page.evaluate(condition):
        if time.monotonic() > deadline:
            raise TimeoutError(f"Still false after {TIMEOUT_MS} ms: {condition}")
        page.wait_for_timeout(50)


@contextmanager
def autosaved(page: Page, marker: str) -> Iterator[None]:
    """Waits until the autosave carrying `marker` (typed in the block) is stored and the
    editor says so, with nothing else on its way: then a button may submit the form."""
    with page.expect_response(
        lambda response: (
            response.request.method == "POST" and marker in (response.request.post_data or "")
        )
    ) as autosave:
        yield
    assert autosave.value.ok, autosave.value.text()
    assert autosave.value.json()["success"], autosave.value.text()
    expect(page.locator("#w-autosave-indicator")).to_have_attribute(
        "data-w-autosave-state-value", "saved"
    )
    wait_until(page, "window.__e2e.saving === 0")


@contextmanager
def page_created(page: Page, marker: str) -> Iterator[None]:
    """The first edit of a new page: its autosave creates the page and turns the form into
    the page's editor, which then takes the form's state afresh. Waits until it watches
    again: an edit made in between counts as that state and is not autosaved (the editor
    still says "Gespeichert")."""
    with autosaved(page, marker):
        yield
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/"))
    wait_until_editor_watches(page)


def editor_action(page: Page, name: str, comment: str = "") -> None:
    """Chooses an action from the editor's footer menu (opened with 'Mehr Aktionen'), with a
    comment in the dialog when the action asks for one."""
    page.get_by_role("button", name="Mehr Aktionen").click()
    button = page.get_by_role("button", name=name, exact=True)
    if comment:
        button.click()
        dialog = page.get_by_role("dialog")
        dialog.get_by_label("Kommentar").fill(comment)
        with page.expect_navigation():
            dialog.get_by_role("button", name=name, exact=True).click()
    else:
        with page.expect_navigation():
            button.click()


def add_key_message(page: Page, text: str, marker: str) -> None:
    """Adds a block to a narrative's key messages and waits until it is autosaved (`marker` is a
    word of `text`)."""
    key_messages = page.get_by_role("region", name=re.compile("^Kernbotschaften"))
    key_messages.get_by_role("button", name="Einen Block einfügen").click()
    # The block's input has no label of its own in Wagtail: it is the only one in the region.
    with autosaved(page, marker):
        key_messages.get_by_role("textbox").fill(text)


def open_new_page_form(page: Page, parent_id: int) -> None:
    """Adds a child page from the parent's listing in the explorer; with one allowed page type
    Wagtail goes straight to the form."""
    page.goto(f"/admin/pages/{parent_id}/")
    page.get_by_role("link", name="Unterseite hinzufügen").click()
    wait_until_editor_watches(page)


def awaiting_review_row(page: Page, title: str) -> object:
    """The row of `title` in the dashboard's 'awaiting your review' panel."""
    panel = page.get_by_role("region", name=AWAITING_REVIEW)
    return panel.get_by_role("row").filter(has=page.get_by_role("link", name=title, exact=True))


def review_from_dashboard(page: Page, title: str, action: str, comment: str = "") -> None:
    """Takes a review action from the dashboard: the row's actions menu, with a comment in
    the dialog when the action asks for one."""
    page.goto("/admin/")
    row = awaiting_review_row(page, title)
    row.get_by_role("button", name="Aktionen").click()
    button = row.get_by_role("button", name=action, exact=True)
    if comment:
        button.click()
        dialog = page.get_by_role("dialog")
        dialog.get_by_label("Kommentar").fill(comment)
        with page.expect_navigation():
            dialog.get_by_role("button", name=action).click()
    else:
        with page.expect_navigation():
            button.click()
    # Done: the item has left the reviewer's list.
    expect(awaiting_review_row(page, title)).to_have_count(0)


def review_in_editor(page: Page, title: str, action: str, comment: str = "") -> None:
    """Opens the item from the dashboard's review panel and acts in its editor; the reviewer
    returns without an access-denied message, and the item has left their dashboard."""
    page.goto("/admin/")
    awaiting_review_row(page, title).get_by_role("link", name=title).click()
    wait_until_editor_watches(page)
    editor_action(page, action, comment=comment)
    # Back on the dashboard, in the explorer for those who have one (Freigabe), or for a
    # snippet in its listing.
    expect(page).to_have_url(re.compile(r"/admin/(pages/\d+/|snippets/\w+/\w+/)?$"))
    expect(message(page)).not_to_contain_text("keinen Zugang")
    page.goto("/admin/")
    expect(awaiting_review_row(page, title)).to_have_count(0)


def preview_from_dashboard(page: Page, title: str) -> Page:
    """Opens the revision under review from the dashboard (a new tab)."""
    page.goto("/admin/")
    row = awaiting_review_row(page, title)
    row.get_by_role("button", name="Aktionen").click()
    with page.context.expect_page() as preview:
        row.get_by_role("link", name="Vorschau").click()
    preview.value.wait_for_load_state()
    return preview.value


def request_translation(page: Page, parent_id: int, title: str, language: str) -> None:
    """Asks for a translation the way the explorer offers it: the page's row menu in its
    parent's listing, "Diese Seite übersetzen", the language ticked; Wagtail-localize then
    opens its translation editor on the new translation."""
    page.goto(f"/admin/pages/{parent_id}/")
    row = page.get_by_role("row").filter(has=page.get_by_role("link", name=title, exact=True))
    row.get_by_role("button", name=f"Weitere Optionen für '{title}'").click()
    row.get_by_role("link", name="Diese Seite übersetzen").click()
    page.get_by_role("checkbox", name=language, exact=True).check()
    with page.expect_navigation():
        page.get_by_role("button", name="Absenden").click()
    expect(page.locator(".js-translation-editor")).to_be_attached()


def translate_segment(page: Page, source: str, translation: str) -> None:
    """Translates one string in wagtail-localize's translation editor, or changes its
    translation, and waits until it is saved."""
    # A string's row has no role or name of its own: the list item, by the source it shows.
    segment = page.locator("li.incomplete, li.complete").filter(
        has=page.get_by_text(source, exact=True)
    )
    segment.get_by_role("button", name=re.compile("^(Übersetzen|Bearbeiten)$")).click()
    with page.expect_response(re.compile(r"/admin/localize/translate/\d+/strings/")) as saved:
        segment.get_by_role("textbox").fill(translation)
        segment.get_by_role("button", name="Speichern").click()
    assert saved.value.ok, saved.value.text()


def translation_editor_main_action(page: Page) -> object:
    """The main (first) button of the translation editor's footer."""
    return page.locator("footer.footer .w-dropdown-button").first.get_by_role("button").first


def submit_translation_in_editor(page: Page) -> None:
    """Submits the translation for review with the editor's main action."""
    with page.expect_navigation():
        translation_editor_main_action(page).click()
    expect(message(page)).to_contain_text("wurde zur Prüfung eingereicht")
    expect(page.get_by_role("button", name="Zur Prüfung einreichen")).to_have_count(0)


def review_in_translation_editor(page: Page, title: str, action: str, comment: str = "") -> None:
    """Opens a translation from the dashboard's review panel and acts in the translation
    editor: its main action, or one from its footer menu; back on the dashboard, the item has
    left the reviewer's list."""
    page.goto("/admin/")
    awaiting_review_row(page, title).get_by_role("link", name=title).click()
    # The header says the translation is in review, not "live" (the German page standing in).
    header = page.locator(".w-slim-header")
    expect(header.get_by_text(re.compile("In Prüfung"))).to_be_visible()
    expect(header.get_by_text("Veröffentlicht")).to_have_count(0)
    footer = page.locator("footer.footer")
    expect(translation_editor_main_action(page)).to_be_visible()
    if translation_editor_main_action(page).inner_text().strip() != action:
        # wagtail-localize names its menu toggles in English only; the first is the actions'.
        footer.get_by_role("button", name="More actions").first.click()
    button = footer.get_by_role("button", name=action, exact=True)
    if comment:
        button.click()
        dialog = page.get_by_role("dialog")
        dialog.get_by_label("Kommentar").fill(comment)
        with page.expect_navigation():
            dialog.get_by_role("button", name=action, exact=True).click()
    else:
        with page.expect_navigation():
            button.click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    expect(message(page)).not_to_contain_text("keinen Zugang")
    expect(awaiting_review_row(page, title)).to_have_count(0)


def upload_in_chooser(
    page: Page,
    field: str,
    choose: str,
    file: object,
    fill: dict[str, str],
    check: tuple[str, ...] = (),
) -> None:
    """Uploads a file from a chooser field's modal (its 'Hochladen' tab), as editors do while
    writing: the form's own fields filled in, then the upload chosen for the field."""
    # The field's panel by its label alone ("Datei" is not "Dateiart"), starred when required.
    region = page.get_by_role("region", name=re.compile(rf"^{re.escape(field)}\*?$"))
    region.get_by_role("button", name=choose).click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("tab", name="Hochladen").click()
    # A file input's role is "button", named by its label.
    dialog.get_by_role("button", name=re.compile(r"^Datei")).set_input_files(str(file))
    for label, value in fill.items():
        dialog.get_by_role("textbox", name=re.compile(rf"^{re.escape(label)}\*?$")).fill(value)
    for label in check:
        dialog.get_by_role("checkbox", name=label).check()
    dialog.get_by_role("button", name="Hochladen").click()
    expect(dialog).to_be_hidden()
