"""The demo site in all six languages, crawled as a visitor's browser and a search engine would:
no link leads nowhere, and no German text on another language's page goes unmarked."""

import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management import call_command
from wagtail.models import Locale, Page

from cms.localisation.languages import LANGUAGE_CODES
from cms.models import HomePage, Topic
from narratives.demo.builder import build_demo_content, build_home
from narratives.demo.pages import Tally
from tests.crawl import GermanTexts, crawl
from tests.factories.site import build_site


def figures(counter: dict) -> str:
    return ", ".join(f"{code}: {counter.get(code, 0)}" for code in ["", *LANGUAGE_CODES])


@pytest.mark.django_db
def test_every_page_in_every_language_is_whole(client):
    build_demo_content(lambda message: None)
    # Every page the sitemap offers, linked or not, besides what the links lead to.
    sitemap = client.get("/sitemap.xml").content.decode()
    start = [f"/{code}/" for code in LANGUAGE_CODES]
    start += [urlsplit(url).path for url in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    result = crawl(client, list(dict.fromkeys(start)), GermanTexts.from_database())

    assert len(result.statuses) > 300  # every language's pages and materials were reached
    broken = sorted(f"{url} (linked from {source})" for url, source in result.broken.items())
    unmarked = sorted({f"{text!r} on {url}" for url, text in result.unmarked})
    assert not broken, (
        f"{len(broken)} broken links ({figures(result.broken_per_language())}): "
        + "; ".join(broken[:20])
    )
    assert not unmarked, (
        f"{len(result.unmarked)} unmarked German fragments "
        f"({figures(result.unmarked_per_language())}): " + "; ".join(unmarked[:20])
    )


def in_language(page: Page, code: str) -> Page:
    return Page.objects.get(translation_key=page.translation_key, locale__language_code=code)


@pytest.fixture
def tree(home):
    tree = build_site(home)
    call_command("sync_locale_trees")
    return tree


@pytest.mark.django_db
def test_sitemap_names_the_host_the_pages_use(client):
    """The demo's site is the host it is served on, not Wagtail's placeholder localhost."""
    home, _site = build_home(Locale.get_default(), Tally())
    call_command("sync_locale_trees")
    sitemap = client.get("/sitemap.xml").content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert locations
    assert {urlsplit(url).netloc for url in locations} == {"testserver"}
    page = client.get(home.url).content.decode()
    alternates = re.findall(r'<link rel="alternate" hreflang="[^"]+" href="([^"]+)">', page)
    assert alternates
    assert {urlsplit(url).netloc for url in alternates} == {"testserver"}


def test_browsers_find_the_favicon(client, home):
    html = client.get(home.url).content.decode()
    icons = re.findall(r'<link rel="icon" href="([^"]+)"', html)
    assert icons
    for icon in icons:
        assert finders.find(icon.removeprefix(settings.STATIC_URL)), icon
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert finders.find(response["Location"].removeprefix(settings.STATIC_URL))


def test_page_titles_name_the_site_in_the_pages_language(client, home):
    HomePage.objects.filter(pk=home.pk).update(site_name="Kurve kriegen – Narrative")
    call_command("sync_locale_trees")
    german = client.get("/de/").content.decode()
    assert "<title>" in german and " – Kurve kriegen – Narrative</title>" in german
    # Not translated yet: the German name, said to be German.
    stand_in = client.get("/en/").content.decode()
    assert re.search(r'class="site-name" href="/en/" lang="de" dir="ltr">Kurve kriegen', stand_in)

    english = in_language(home, "en").specific
    Page.objects.filter(pk=english.pk).update(alias_of=None)
    english.refresh_from_db()
    english.site_name = "Kurve kriegen – Narratives"
    english.save_revision().publish()
    html = client.get("/en/").content.decode()
    assert " – Kurve kriegen – Narratives</title>" in html
    assert 'class="site-name" href="/en/">Kurve kriegen – Narratives<' in html


def test_untranslated_material_is_shown_in_german_where_other_languages_link_it(client, tree):
    material = tree.materials[0]
    narrative = in_language(tree.pages["narrative"], "ar")
    html = client.get(narrative.url).content.decode()
    library = in_language(tree.pages["library"], "ar").specific
    url = library.material_url(material)
    assert f'href="{url}"' in html
    # Its card says its title and summary are German.
    card_title = r'<h3 class="card__title" lang="de" dir="ltr"><a [^>]*>'
    assert re.search(card_title + re.escape(material.title), html)

    stand_in = client.get(url)
    assert stand_in.status_code == 200
    text = stand_in.content.decode()
    assert '<meta name="robots" content="noindex">' in text
    assert re.search(r'<div lang="de" dir="ltr">\s*<div class="container">\s*<article', text)


def test_a_materials_other_slug_leads_to_its_version_in_the_language(client, tree):
    material = tree.materials[0]
    english = material.copy_for_translation(Locale.objects.get(language_code="en"))
    english.title, english.slug = "Flyer for parents", "flyer-for-parents"
    english.save()
    english.save_revision().publish()
    german_library = tree.pages["library"].specific
    english_library = in_language(german_library, "en").specific

    # The language switcher keeps the slug: each language answers with its own version.
    response = client.get(german_library.material_url(english))
    assert response.status_code == 302
    assert response["Location"] == german_library.material_url(material)
    response = client.get(english_library.material_url(material))
    assert response["Location"] == english_library.material_url(english)
    html = client.get(response["Location"]).content.decode()
    assert "Flyer for parents" in html
    assert 'content="noindex"' not in html


def test_filters_name_untranslated_terms_in_german_and_say_so(client, tree):
    index = in_language(tree.pages["narrative_index"], "tr")
    html = client.get(index.url).content.decode()
    topic = Topic.objects.get(locale__language_code="de")
    assert f'<option value="{topic.slug}" lang="de" dir="ltr">{topic.name}</option>' in html
