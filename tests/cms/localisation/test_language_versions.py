"""Each language at its own URL; hreflang only between real translations; pages not translated
yet say so, read as German, are noindex and stay out of the sitemap and search."""

import re

import pytest
from django.core.management import call_command
from wagtail.models import Page

from cms.localisation.languages import CONTENT_LANGUAGES
from tests.cms.localisation.test_translation_review import COUNTER_EN
from tests.factories.narratives import (
    MessengerIdentityFactory,
    MessengerIndexPageFactory,
    MessengerPageFactory,
    NarrativeIndexPageFactory,
    NarrativePageFactory,
)
from tests.factories.second_factor import log_in_with_second_factor

HREFLANG = re.compile(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">')


def in_language(page: Page, code: str) -> Page:
    return Page.objects.get(
        translation_key=page.translation_key, locale__language_code=code
    ).specific


def translate(page: Page, code: str, **fields: str) -> Page:
    """What publishing a reviewed translation does: the alias becomes a page of its own."""
    target = in_language(page, code)
    Page.objects.filter(pk=target.pk).update(alias_of=None)
    target.refresh_from_db()
    for name, value in fields.items():
        setattr(target, name, value)
    target.save_revision().publish()
    return in_language(page, code)


@pytest.fixture
def narrative(home):
    page = NarrativePageFactory(parent=NarrativeIndexPageFactory(parent=home), title="Schule")
    call_command("sync_locale_trees")
    return page


def hreflangs(html: str) -> dict[str, str]:
    return dict(HREFLANG.findall(html))


def test_every_language_has_its_prefix_lang_and_direction(client, narrative):
    for code, _name in CONTENT_LANGUAGES:
        html = client.get(in_language(narrative, code).url).content.decode()
        direction = "rtl" if code == "ar" else "ltr"
        assert f'<html lang="{code}" dir="{direction}">' in html, code


def test_the_root_sends_visitors_to_their_language_without_a_cookie(client, home):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ar,en;q=0.5")
    assert response.status_code == 302 and response["Location"] == "/ar/"
    assert client.get("/")["Location"] == "/de/"
    assert "Accept-Language" in response.get("Vary", "")
    assert not response.cookies


def test_an_untranslated_page_says_so_reads_as_german_and_is_noindex(client, narrative):
    html = client.get(in_language(narrative, "en").url).content.decode()
    assert '<meta name="robots" content="noindex">' in html
    assert "has not been translated into this language yet" in html
    assert '<div lang="de" dir="ltr">' in html
    assert narrative.counter_narrative in html
    assert hreflangs(html) == {}


def test_hreflang_links_real_translations_both_ways_with_x_default(client, narrative):
    translate(narrative, "en", title="School", counter_narrative=COUNTER_EN)
    german = client.get(narrative.url).content.decode()
    english = client.get(in_language(narrative, "en").url).content.decode()
    expected = {
        "de": "http://testserver" + narrative.url,
        "en": "http://testserver" + in_language(narrative, "en").url,
        "x-default": "http://testserver" + narrative.url,
    }
    assert hreflangs(german) == expected
    assert hreflangs(english) == expected
    assert "noindex" not in english and COUNTER_EN in english


def test_the_switcher_leads_to_the_same_page_in_each_language(client, narrative):
    translate(narrative, "en", title="School", counter_narrative=COUNTER_EN)
    html = client.get(narrative.url).content.decode()
    switcher = html[html.index('class="language-switcher"') :]
    switcher = switcher[: switcher.index("</nav>")]
    for code, name in CONTENT_LANGUAGES:
        url = in_language(narrative, code).url
        assert f'href="{url}" lang="{code}"' in switcher, code
        assert name in switcher
    # Untranslated languages are marked; the English translation is not.
    assert switcher.count("(noch nicht übersetzt)") == len(CONTENT_LANGUAGES) - 2


def test_sitemap_and_search_hold_only_real_translations(client, narrative):
    translate(narrative, "en", title="School", counter_narrative=COUNTER_EN)
    sitemap = client.get("/sitemap.xml").content.decode()
    assert narrative.full_url in sitemap
    assert in_language(narrative, "en").full_url in sitemap
    assert in_language(narrative, "tr").full_url not in sitemap

    english = client.get("/en/suche/", {"q": "freedom"}).content.decode()
    assert in_language(narrative, "en").url in english
    turkish = client.get("/tr/suche/", {"q": "Abschluss"}).content.decode()
    assert in_language(narrative, "tr").url not in turkish
    german = client.get("/de/suche/", {"q": "Abschluss"}).content.decode()
    assert narrative.url in german


def test_a_messengers_consent_covers_every_language_and_its_withdrawal_too(client, home):
    index = MessengerIndexPageFactory(parent=home)
    profile = MessengerPageFactory(parent=index, title="Samir")
    call_command("sync_locale_trees")
    identity = MessengerIdentityFactory(messenger=profile)
    arabic = translate(profile, "ar", title="سمير")
    assert client.get(arabic.url).status_code == 200
    assert client.get(in_language(profile, "en").url).status_code == 200
    assert arabic.url in client.get(in_language(index, "ar").url).content.decode()
    assert arabic.full_url in client.get("/sitemap.xml").content.decode()

    identity.consent_web = False
    identity.consent_photo = False
    identity.save()
    for code, _name in CONTENT_LANGUAGES:
        assert client.get(in_language(profile, code).url).status_code == 404, code
    sitemap = client.get("/sitemap.xml").content.decode()
    assert arabic.full_url not in sitemap and profile.full_url not in sitemap


def test_a_translated_page_links_and_names_its_relations_in_its_language(client, home):
    from wagtail.models import Locale

    from tests.factories.cms import TopicFactory

    topic = TopicFactory(name="Schule", slug="schule")
    english_topic = topic.copy_for_translation(Locale.objects.get(language_code="en"))
    english_topic.name = "School"
    english_topic.save()
    index = NarrativeIndexPageFactory(parent=home)
    other = NarrativePageFactory(parent=index, title="Familie")
    narrative = NarrativePageFactory(parent=index, title="Schule")
    narrative.topics.add(topic)
    narrative.save_revision().publish()
    other.save_revision().publish()
    call_command("sync_locale_trees")
    translated = translate(narrative, "en", title="School", counter_narrative=COUNTER_EN)

    html = client.get(translated.url).content.decode()
    assert "School" in html and ">Schule<" not in html  # the topic, in English
    listing = client.get(in_language(index, "en").url).content.decode()
    assert '<option value="schule">School</option>' in listing
    assert in_language(other, "en").url in listing and other.url not in listing
    filtered = client.get(in_language(index, "en").url, {"topic": "schule"}).content.decode()
    assert translated.url in filtered and in_language(other, "en").url not in filtered


def test_every_page_leads_to_easy_read_and_sign_language_explanations(client, home):
    from tests.factories.site import build_site

    tree = build_site(home)
    call_command("sync_locale_trees")
    sign_language = tree.pages["sign_language"]
    for key in ("home", "narrative", "imprint", "library"):
        for code in ("de", "ar"):
            page = in_language(tree.pages[key], code)
            html = client.get(page.url).content.decode()
            header = html[html.index("<header") : html.index("</header>")]
            assert in_language(tree.pages["easy_read_index"], code).url in header, (key, code)
            assert in_language(sign_language, code).url in header, (key, code)

    html = client.get(sign_language.url).content.decode()
    assert '<track kind="captions"' in html and 'srclang="de"' in html and "default>" in html
    assert '<source src="' in html and 'type="video/webm"' in html
    assert sign_language.videos[0].value["transcript"] in html


def test_the_admin_speaks_german_or_english_never_a_content_language(client, role_users):
    from wagtail.users.models import UserProfile

    officer = role_users["Redaktion"]
    log_in_with_second_factor(client, officer)
    assert '<html lang="de"' in client.get("/admin/").content.decode()
    # A Turkish or Arabic browser still gets the German admin; English is offered.
    html = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="ar,tr;q=0.8").content.decode()
    assert '<html lang="de"' in html
    profile = UserProfile.get_for_user(officer)
    profile.preferred_language = "en"
    profile.save()
    assert '<html lang="en"' in client.get("/admin/").content.decode()
    choices = client.get("/admin/account/").content.decode()
    assert 'value="en"' in choices and 'value="ar"' not in choices
