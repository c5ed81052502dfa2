"""The public API (/api/v2/) shows published, public fields of what search finds, to everyone
alike, and nothing else: each test tries a way to get more out of it."""

import base64
import datetime
import json

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from narratives.models import MessengerIdentity
from search.documents import findable_pages
from tests.cms.localisation.test_language_versions import translate
from tests.factories.cms import ContentPageFactory
from tests.factories.media_library import MaterialFactory
from tests.factories.narratives import (
    MessengerIdentityFactory,
    MessengerPageFactory,
    NarrativePageFactory,
)
from tests.factories.site import build_site

PAGES = "/api/v2/pages/"
PAGE_TYPES = [
    "narratives.NarrativePage",
    "narratives.CampaignPage",
    "narratives.MessengerPage",
    "narratives.ProgrammeSitePage",
    "cms.ContentPage",
    "cms.LegalPage",
    "cms.AccessibilityStatementPage",
    "cms.EasyReadPage",
    "cms.SignLanguagePage",
]


@pytest.fixture
def tree(home):
    tree = build_site(home)
    pages = tree.pages
    # What must stay out: a draft, a page for practitioners only, a profile without consent,
    # an expired material.
    pages["draft"] = NarrativePageFactory(
        parent=pages["narrative_index"], title="Entwurf Narrativ", live=False
    )
    pages["internal"] = ContentPageFactory(parent=home, title="Nur für Fachkräfte")
    restriction = PageViewRestriction.objects.create(
        page=pages["internal"], restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get_or_create(name="Fachkräfte")[0]])
    pages["no_consent"] = MessengerPageFactory(parent=pages["messenger_index"], title="Ohne Okay")
    MessengerIdentityFactory(messenger=pages["no_consent"], consent_web=False, consent_photo=False)
    pages["narrative"].messengers.add(pages["no_consent"])
    pages["narrative"].save()
    tree.expired = MaterialFactory(
        title="Abgelaufener Flyer", expires_at=timezone.localdate() - datetime.timedelta(days=1)
    )
    return tree


def get(client, path, **params):
    response = client.get(path, params)
    assert response.status_code == 200, response.content
    return response.json()


def all_items(client, path, **params):
    items, offset = [], 0
    while True:
        data = get(client, path, limit=20, offset=offset, **params)
        items += data["items"]
        offset += 20
        if offset >= data["meta"]["total_count"]:
            return items


def everything(client, tree):
    """Every answer the API gives about the tree, with every field, as one text."""
    answers = []
    for page_type in PAGE_TYPES:
        answers += all_items(client, PAGES, type=page_type, fields="*")
    for item in all_items(client, PAGES):
        answers.append(get(client, f"{PAGES}{item['id']}/"))
    for endpoint in ("materials", "card-sets"):
        for item in all_items(client, f"/api/v2/{endpoint}/", fields="*"):
            answers.append(get(client, f"/api/v2/{endpoint}/{item['id']}/"))
    return json.dumps(answers, ensure_ascii=False)


def private_values(identity: MessengerIdentity) -> list[str]:
    return [
        identity.real_name,
        identity.email,
        identity.phone,
        identity.consent_reference,
        identity.safety_notes,
    ]


@pytest.mark.smoke
def test_the_api_lists_exactly_what_search_finds_and_the_sitemap_offers(client, tree):
    listed = {item["id"] for item in all_items(client, PAGES)}
    assert listed == set(findable_pages().values_list("pk", flat=True))
    sitemap = client.get("/sitemap.xml").content.decode()
    for page in Page.objects.filter(pk__in=listed):
        assert f"<loc>{page.full_url}</loc>" in sitemap, page.title
    for key in ("draft", "internal", "no_consent"):
        assert tree.pages[key].pk not in listed, key
        assert client.get(f"{PAGES}{tree.pages[key].pk}/").status_code == 404, key
    assert tree.pages["narrative"].pk in listed


@pytest.mark.smoke
def test_no_answer_holds_private_records_internal_notes_or_original_files(
    client, tree, practitioner
):
    talking_points = "Interner Gesprächsleitfaden"
    originals = [tree.pages["narrative"].image.file.name, tree.messengers[0].photo.file.name]
    for visitor in ("anonymous", "practitioner"):
        if visitor == "practitioner":
            client.force_login(practitioner)
        text = everything(client, tree)
        assert "Worum es geht" in text  # the narrative's body is there
        for identity in MessengerIdentity.objects.all():
            for value in private_values(identity):
                assert value not in text, (visitor, value)
        assert talking_points not in text
        assert "review_by" not in text and "consent_reference" not in text
        assert "Nur für Fachkräfte" not in text and "Entwurf Narrativ" not in text
        assert "Ohne Okay" not in text  # not even as a related messenger of a narrative
        assert "Abgelaufener Flyer" not in text
        for original in originals:
            assert original.split("/")[-1] not in text, original
        assert "original_images" not in text


def test_images_come_as_renditions_and_a_photo_only_with_consent(client, tree):
    narrative = get(client, f"{PAGES}{tree.pages['narrative'].pk}/")
    assert narrative["teaser_image"]["url"].startswith("/media/images/")
    assert ".fill-800x450" in narrative["teaser_image"]["url"]
    assert narrative["teaser_image"]["alt"] == "Jugendliche sitzen im Kreis und reden"
    messenger = tree.messengers[0]
    assert ".fill-400x400" in get(client, f"{PAGES}{messenger.pk}/")["public_photo"]["url"]
    MessengerIdentity.objects.filter(messenger=messenger).update(consent_photo=False)
    assert get(client, f"{PAGES}{messenger.pk}/")["public_photo"] is None


def test_expired_consent_takes_the_profile_off_the_api_at_once(client, tree):
    messenger = tree.messengers[0]
    assert client.get(f"{PAGES}{messenger.pk}/").status_code == 200
    MessengerIdentity.objects.filter(messenger=messenger).update(
        consent_expires_on=timezone.localdate() - datetime.timedelta(days=1)
    )
    assert client.get(f"{PAGES}{messenger.pk}/").status_code == 404
    narrative = get(client, f"{PAGES}{tree.pages['narrative'].pk}/")
    assert messenger.pk not in [link["id"] for link in narrative["messengers"]]
    assert messenger.pk not in [item["id"] for item in all_items(client, PAGES)]


@pytest.mark.parametrize(
    "params",
    [
        {"fields": "talking_points"},
        {"fields": "review_by"},
        {"order": "review_by"},
        {"review_by": "2020-01-01"},
        {"talking_points": "Interner"},
        {"fields": "owner"},
        {"owner": "1"},
        {"order": "owner"},
        {"fields": "latest_revision"},
        {"search": "Schule"},
        {"ancestor_of": "1"},
    ],
)
def test_private_fields_can_be_neither_read_nor_filtered_nor_sorted(client, home, params):
    response = client.get(PAGES, {"type": "narratives.NarrativePage", **params})
    assert response.status_code == 400
    assert response.json()["message"]


@pytest.mark.parametrize(
    "params",
    [
        {"type": "narratives.MessengerIdentity"},
        {"type": "narratives.MessengerPage", "fields": "identity"},
        {"type": "narratives.MessengerPage", "fields": "photo"},
        {"type": "narratives.MessengerPage", "order": "photo"},
        {"type": "narratives.MessengerPage", "photo": "1"},
        {"type": "narratives.NarrativePage", "messengers": "1"},
        {"type": "narratives.NarrativePage", "order": "messengers"},
    ],
)
def test_the_private_record_and_photo_ids_are_out_of_reach(client, home, params):
    response = client.get(PAGES, params)
    assert response.status_code == 400, response.content
    assert "Geheimname" not in response.content.decode()


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"slug": "a\x00b"}, "null characters"),
        ({"child_of": str(2**70)}, "out of range"),
        ({"offset": str(2**70)}, "out of range"),
        ({"type": "narratives.CampaignPage", "starts_on": "gestern"}, "starts_on"),
        ({"type": "narratives.CampaignPage", "ends_on": "2026-02-30"}, "ends_on"),
        ({"limit": "1000"}, "limit"),
        ({"type": "cms.Nichts"}, "type"),
    ],
)
def test_bad_input_gets_a_400_that_names_the_problem(client, home, params, message):
    response = client.get(PAGES, params)
    assert response.status_code == 400
    assert message in response.json()["message"]


def test_huge_ids_are_not_found_rather_than_a_crash(client, home):
    assert client.get(f"{PAGES}{2**70}/").status_code == 404
    assert client.get(f"{PAGES}find/", {"id": str(2**70)}).status_code == 404
    assert client.get(f"{PAGES}find/", {"id": "abc"}).status_code == 400


def test_the_api_is_read_only(client, tree, practitioner):
    client.force_login(practitioner)
    narrative = tree.pages["narrative"]
    urls = [PAGES, f"{PAGES}{narrative.pk}/", f"{PAGES}find/"]
    for endpoint, item in (("materials", tree.materials[0]), ("card-sets", tree.card_set)):
        urls += [f"/api/v2/{endpoint}/", f"/api/v2/{endpoint}/{item.pk}/"]
    for url in urls:
        for method in ("post", "put", "patch", "delete"):
            response = getattr(client, method)(
                url, data='{"title": "Gehackt"}', content_type="application/json"
            )
            assert response.status_code == 405, (method, url)
    narrative.refresh_from_db()
    assert narrative.title != "Gehackt"


def test_the_write_api_is_not_installed(client, tree):
    assert not [app for app in settings.INSTALLED_APPS if app.startswith("wagtail.api")]
    for path in ("/api/v3/pages/", "/api/", "/api/v2/"):
        assert client.get(path).status_code == 404, path


def test_credentials_change_nothing_and_probe_no_password(client, tree, practitioner):
    """No session and no Basic auth: the API is no way to test passwords past the login's
    second factor and throttling, and every answer may be cached for everyone."""
    anonymous = client.get(PAGES, {"fields": "*"})
    basic = "Basic " + base64.b64encode(f"{practitioner.username}:falsch".encode()).decode()
    wrong_password = client.get(PAGES, {"fields": "*"}, HTTP_AUTHORIZATION=basic)
    right = (
        "Basic "
        + base64.b64encode(f"{practitioner.username}:correct-horse-battery".encode()).decode()
    )
    right_password = client.get(PAGES, {"fields": "*"}, HTTP_AUTHORIZATION=right)
    client.force_login(practitioner)
    logged_in = client.get(PAGES, {"fields": "*"})
    for response in (anonymous, wrong_password, right_password, logged_in):
        assert response.status_code == 200
        assert response.json() == anonymous.json()
        assert response["Cache-Control"] == "public, max-age=60"
        assert "WWW-Authenticate" not in response
        assert not response.cookies
        assert "Cookie" not in response.get("Vary", "")


def test_locale_filter_gives_real_translations_only(client, tree):
    call_command("sync_locale_trees")
    narrative = tree.pages["narrative"]
    english = translate(narrative, "en", title="School is useless")
    items = all_items(client, PAGES, locale="en")
    assert [item["id"] for item in items] == [english.pk]  # the other English pages are aliases
    assert items[0]["meta"]["locale"] == "en"
    german = {item["id"] for item in all_items(client, PAGES, locale="de")}
    assert narrative.pk in german and english.pk not in german
    response = client.get(PAGES, {"locale": "xx"})
    assert response.status_code == 404 and response.json()["message"]
    translations = all_items(client, PAGES, translation_of=narrative.pk)
    assert [item["id"] for item in translations] == [english.pk]


def test_materials_and_card_sets_show_what_their_pages_show(client, tree):
    materials = all_items(client, "/api/v2/materials/", fields="*")
    assert {item["id"] for item in materials} == {m.pk for m in tree.materials}
    material = materials[0]
    assert material["download"]["url"].startswith("/documents/")
    assert material["download"]["extension"] == "pdf"
    assert ".max-800x800" in material["preview_image"]["url"]
    assert material["meta"]["locale"] == "de"
    assert client.get(f"/api/v2/materials/{tree.expired.pk}/").status_code == 404
    card_set = get(client, f"/api/v2/card-sets/{tree.card_set.pk}/")
    assert card_set["cards"][0]["prompts"] == [
        "Was bedeutet Respekt für dich?",
        "Wann hast du Respekt erlebt?",
    ]
    tree.card_set.expires_at = timezone.localdate() - datetime.timedelta(days=1)
    tree.card_set.save()
    assert client.get(f"/api/v2/card-sets/{tree.card_set.pk}/").status_code == 404


def test_related_items_are_named_in_the_pages_language(client, tree):
    narrative = get(client, f"{PAGES}{tree.pages['narrative'].pk}/")
    assert {t["name"] for t in narrative["topics"]} == {
        t.name for t in tree.pages["narrative"].topics.all()
    }
    assert {link["id"] for link in narrative["messengers"]} == {m.pk for m in tree.messengers}
    assert narrative["messengers"][0]["detail_url"].endswith(
        f"/api/v2/pages/{narrative['messengers'][0]['id']}/"
    )
    site = get(client, f"{PAGES}{tree.pages['site'].pk}/")
    assert site["contact_points"][0]["name"] == "Kurve kriegen – Polizeipräsidium"


def test_no_html_documentation_pages_in_production(client, tree):
    """Production settings (DEBUG off, as the test settings): JSON only, never DRF's
    browsable pages or another HTML page about the API."""
    assert settings.DEBUG is False
    for headers in ({"HTTP_ACCEPT": "text/html"}, {"HTTP_ACCEPT": "text/html,*/*"}):
        response = client.get(PAGES, **headers)
        assert "html" not in response.get("Content-Type", ""), headers
    for path in ("/api/v2/docs/", "/api/v2/schema/", "/api/v2/redoc/", "/api/docs/"):
        assert client.get(path).status_code == 404, path
    assert client.get(PAGES, {"format": "api"}).status_code in (400, 404)
