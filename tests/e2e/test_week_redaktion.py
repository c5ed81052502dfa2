"""A communication officer's week in the admin: each kind of content drafted, reviewed and
published through the screens the officer and the reviewers use.

Set-up makes the site, the roles and the taxonomy terms; everything after goes through the
browser: uploads in the choosers, the preview, the submission, the reviewers' answers on their
dashboards, and the public page at the end.
"""

import datetime
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
    open_new_page_form,
    page_created,
    review_from_dashboard,
    review_in_editor,
    text_field,
    upload_in_chooser,
    wait_until_editor_watches,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

TITLE = "Die Familie steht über dem Gesetz"
URL = "/de/narrative/die-familie-steht-uber-dem-gesetz/"
COUNTER = "Das Gesetz schützt auch deine Familie."
REVISED = "Das Gesetz schützt dich und deine Familie, gerade wenn es schwierig wird."
REQUEST = "Bitte das Gegennarrativ persönlicher formulieren."
CONSENT = "EV-2026-031"


def test_officer_publishes_a_narrative_with_a_photo_of_people(site_tree, new_context, jpeg):
    from tests.factories.cms import TopicFactory

    TopicFactory(name="Familie und Recht")
    users = site_tree["users"]
    officer = log_in(new_context(), users[roles.COMMUNICATION])

    # Monday: the draft, with a key message, a topic and a photo uploaded in the chooser.
    open_new_page_form(officer, site_tree["narrative_index"].pk)
    text_field(officer, "Titel").fill(TITLE)
    text_field(officer, "Negatives Narrativ").fill(
        "Was die Familie sagt, zählt mehr als das Gesetz."
    )
    text_field(officer, "Gegennarrativ").fill(COUNTER)
    key_messages = officer.get_by_role("region", name=re.compile("^Kernbotschaften"))
    key_messages.get_by_role("button", name="Einen Block einfügen").click()
    # The first valid autosave creates the page.
    with page_created(officer, "Recht gilt"):
        key_messages.get_by_role("textbox").fill("Recht gilt für alle, auch für uns.")
    upload_in_chooser(
        officer,
        "Teaserbild",
        "Bild auswählen",
        jpeg,
        fill={
            "Titel": "Elternabend Gelsenkirchen",
            "Alternativtext": "Mütter im Gespräch bei einem Elternabend",
            "Aktenzeichen der Einwilligung": CONSENT,
        },
        check=("Zeigt Personen",),
    )
    officer.get_by_role("tab", name="Einordnung").click()
    with autosaved(officer, "Familie"):
        officer.get_by_label("Familie und Recht").check()

    # The preview shows the draft as visitors will see it.
    officer.get_by_role("button", name="Vorschau").click()
    # The panel loads each new preview in a second frame and swaps it in once loaded: the
    # last one is the newest.
    preview = officer.locator("iframe[title='Vorschau']").last.content_frame
    expect(preview.get_by_text(COUNTER)).to_be_visible()
    officer.get_by_role("button", name="Vorschau").click()

    # The photo shows people: the path names the privacy step before submitting.
    editor_action(officer, f"In {roles.PAGE_WORKFLOW} einreichen")
    expect(message(officer)).to_contain_text(TITLE)
    # Where it is: at the privacy step, which the photo of people added.
    officer.goto("/admin/")
    in_review = officer.get_by_role("region", name=IN_REVIEW).get_by_role(
        "row", name=re.compile(TITLE)
    )
    expect(in_review).to_contain_text(roles.PEOPLE_IN_PICTURES)

    # Tuesday: privacy approves the photo, the subject reviewer asks for changes.
    privacy = log_in(new_context(), users[roles.PRIVACY_REVIEW])
    review_from_dashboard(privacy, TITLE, "Freigeben")
    reviewer = log_in(new_context(), users[roles.SUBJECT_REVIEW])
    review_in_editor(reviewer, TITLE, "Änderungen anfordern", comment=REQUEST)

    # Wednesday: the officer reads the request on the dashboard, revises and resubmits.
    officer.goto("/admin/")
    returned = officer.get_by_role("region", name=RETURNED)
    expect(returned).to_contain_text(REQUEST)
    returned.get_by_role("link", name=TITLE).click()
    wait_until_editor_watches(officer)
    with autosaved(officer, "schwierig"):
        text_field(officer, "Gegennarrativ").fill(REVISED)
    editor_action(officer, f"Erneut in {roles.SUBJECT_REVIEW} einreichen")
    expect(message(officer)).to_contain_text(TITLE)

    # Thursday: both remaining steps approve; the narrative is live with its photo.
    review_from_dashboard(reviewer, TITLE, "Freigeben")
    sign_off = log_in(new_context(), users[roles.SIGN_OFF])
    review_in_editor(sign_off, TITLE, "Freigeben")
    visitor = new_context().new_page()
    assert visitor.goto(URL).status == 200
    expect(visitor.get_by_text(REVISED)).to_be_visible()
    # The photo is the narrative's card in the listing, described for screen readers.
    visitor.goto("/de/narrative/")
    card = visitor.get_by_role("article").filter(has_text=TITLE)
    expect(card.get_by_role("img", name="Mütter im Gespräch bei einem Elternabend")).to_be_visible()


ALIAS = "Mutter Leyla"
REAL_NAME = "Leyla Klarname-Beispiel"
MESSENGER_URL = "/de/botschafter/mutter-leyla/"


def test_officer_publishes_a_messenger_profile_by_alias(site_tree, new_context, jpeg):
    users = site_tree["users"]
    officer = log_in(new_context(), users[roles.COMMUNICATION])

    # The profile: the form says where only the alias belongs.
    open_new_page_form(officer, site_tree["messenger_index"].pk)
    expect(officer.get_by_text("Nur der Alias – niemals der echte Name.")).to_be_visible()
    officer.get_by_placeholder("Alias*").fill(ALIAS)
    # The first valid autosave creates the page.
    with page_created(officer, "drei Kindern"):
        text_field(officer, "Rolle").fill("Mutter von drei Kindern")
    upload_in_chooser(
        officer,
        "Foto",
        "Bild auswählen",
        jpeg,
        fill={
            "Titel": "Porträt Mutter Leyla",
            "Alternativtext": "Eine Frau lächelt in die Kamera",
            "Aktenzeichen der Einwilligung": "EV-2026-044",
        },
        check=("Zeigt Personen",),
    )
    with autosaved(officer, "leichter"):
        text_field(officer, "Zitat").fill("Meine Kinder sollen es leichter haben.")
    editor_action(officer, f"In {roles.MESSENGER_WORKFLOW} einreichen")
    expect(message(officer)).to_contain_text(ALIAS)
    officer.goto("/admin/")
    in_review = officer.get_by_role("region", name=IN_REVIEW).get_by_role(
        "row", name=re.compile(ALIAS)
    )
    expect(in_review).to_contain_text(roles.PRIVACY_REVIEW)

    # Privacy, subject review and sign-off approve, each in their own way.
    privacy = log_in(new_context(), users[roles.PRIVACY_REVIEW])
    review_from_dashboard(privacy, ALIAS, "Freigeben")
    reviewer = log_in(new_context(), users[roles.SUBJECT_REVIEW])
    review_in_editor(reviewer, ALIAS, "Freigeben")
    sign_off = log_in(new_context(), users[roles.SIGN_OFF])
    review_from_dashboard(sign_off, ALIAS, "Freigeben")

    # Published, but not public: nobody has recorded the person's consent yet.
    visitor = new_context().new_page()
    assert visitor.goto(MESSENGER_URL).status == 404

    # The privacy officer records it from the profile's own page in the admin.
    record_consent(privacy, ALIAS, REAL_NAME)
    assert visitor.goto(MESSENGER_URL).status == 200
    expect(visitor.get_by_role("heading", name=ALIAS)).to_be_visible()
    expect(visitor.get_by_text("Mutter von drei Kindern", exact=True)).to_be_visible()
    expect(visitor.get_by_role("img", name="Eine Frau lächelt in die Kamera")).to_be_visible()
    assert REAL_NAME not in visitor.content()
    visitor.goto("/de/botschafter/")
    expect(visitor.get_by_role("article").filter(has_text=ALIAS)).to_be_visible()
    assert REAL_NAME not in visitor.content()


def record_consent(page: object, alias: str, real_name: str) -> None:
    """The privacy officer adds the person's private record from the admin menu, picks the
    profile and records consent for the web and the photo (German dates)."""
    page.goto("/admin/")
    page.get_by_role("link", name="Vertrauliche Datensätze (Botschafter/innen)").click()
    page.get_by_role("link", name=re.compile("hinzufügen")).first.click()
    page.get_by_label("Öffentliches Profil").select_option(label=alias)
    text_field(page, "Klarname").fill(real_name)
    today = datetime.date.today()
    text_field(page, "Einwilligung erteilt am").fill(today.strftime("%d.%m.%Y"))
    next_year = today + datetime.timedelta(days=365)
    text_field(page, "Einwilligung gültig bis").fill(next_year.strftime("%d.%m.%Y"))
    page.get_by_label("Einwilligung umfasst die Website").check()
    page.get_by_label("Einwilligung umfasst ein Foto").check()
    page.get_by_role("button", name="Erstellen").click()
    expect(message(page)).to_contain_text("Vertraulicher Datensatz")


CAMPAIGN = "Hilfe annehmen ist stark"
CAMPAIGN_URL = "/de/kampagnen/hilfe-annehmen-ist-stark/"
NARRATIVE = "Schule bringt Leuten wie uns nichts"


def test_officer_plans_a_campaign_with_its_narratives(site_tree, new_context):
    from tests.factories.cms import AudienceFactory, ChannelFactory
    from tests.factories.narratives import CampaignIndexPageFactory, NarrativePageFactory

    campaigns = CampaignIndexPageFactory(parent=site_tree["home"], slug="kampagnen")
    NarrativePageFactory(parent=site_tree["narrative_index"], title=NARRATIVE)
    NarrativePageFactory(parent=site_tree["narrative_index"], title="Die Polizei ist gegen uns")
    AudienceFactory(name="Jugendliche")
    ChannelFactory(name="Sportvereine")
    users = site_tree["users"]
    officer = log_in(new_context(), users[roles.COMMUNICATION])

    open_new_page_form(officer, campaigns.pk)
    text_field(officer, "Titel").fill(CAMPAIGN)
    text_field(officer, "Beginnt am").fill("01.03.2026")
    text_field(officer, "Endet am").fill("31.12.2026")
    # The first valid autosave creates the page.
    with page_created(officer, "Schwäche"):
        text_field(officer, "Ziel").fill(
            "Jugendliche erfahren, dass Hilfe annehmen keine Schwäche ist."
        )
    officer.get_by_role("tab", name="Verbreitung").click()
    # One autosave at a time: the ticks are stored before the narrative is chosen, so the
    # autosave awaited next is the one that carries the choice.
    with autosaved(officer, 'name="channels"'):
        officer.get_by_label("Jugendliche").check()
        officer.get_by_label("Sportvereine").check()
    officer.get_by_role("tab", name="Verknüpfungen").click()
    officer.get_by_role("button", name="Narrative auswählen").click()
    dialog = officer.get_by_role("dialog")
    dialog.get_by_label("Suchbegriff").fill("Schule")
    expect(dialog).not_to_contain_text("Die Polizei ist gegen uns")
    with autosaved(officer, 'name="narratives"'):
        dialog.get_by_label(NARRATIVE).check()
        dialog.get_by_role("button", name="Auswahl bestätigen").click()
    editor_action(officer, f"In {roles.PAGE_WORKFLOW} einreichen")
    expect(message(officer)).to_contain_text(CAMPAIGN)
    officer.goto("/admin/")
    in_review = officer.get_by_role("region", name=IN_REVIEW).get_by_role(
        "row", name=re.compile(CAMPAIGN)
    )
    expect(in_review).to_contain_text(roles.SUBJECT_REVIEW)

    reviewer = log_in(new_context(), users[roles.SUBJECT_REVIEW])
    review_from_dashboard(reviewer, CAMPAIGN, "Freigeben")
    sign_off = log_in(new_context(), users[roles.SIGN_OFF])
    review_in_editor(sign_off, CAMPAIGN, "Freigeben")

    visitor = new_context().new_page()
    assert visitor.goto(CAMPAIGN_URL).status == 200
    expect(visitor.get_by_text("Hilfe annehmen keine Schwäche")).to_be_visible()
    expect(visitor.get_by_text("Sportvereine")).to_be_visible()
    expect(visitor.get_by_role("link", name=re.compile(NARRATIVE))).to_be_visible()
    visitor.goto("/de/kampagnen/")
    expect(visitor.get_by_role("article").filter(has_text=CAMPAIGN)).to_be_visible()
