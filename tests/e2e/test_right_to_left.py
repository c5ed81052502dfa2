"""Arabic pages in a real browser: the layout mirrors (navigation, breadcrumbs, language list),
German text that stands in for a missing translation stays left to right, and the self-hosted
fonts load for Arabic script and for Turkish and Kurmanji letters."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

FONT_TEXTS = {
    "Arabic": "العربية",
    "Turkish": "ğşıİ",
    "Kurmanji": "êîûç",
}


@pytest.fixture
def arabic_narrative(site_tree) -> str:
    from wagtail.models import Locale
    from wagtail_localize.synctree import synchronize_tree

    from tests.factories.cms import ContentPageFactory
    from tests.factories.narratives import NarrativePageFactory

    ContentPageFactory(parent=site_tree["home"], title="Über das Programm", show_in_menus=True)
    site_tree["narrative_index"].show_in_menus = True
    site_tree["narrative_index"].save()
    NarrativePageFactory(parent=site_tree["narrative_index"], slug="schule", title="Schule")
    synchronize_tree(Locale.objects.get(language_code="de"), Locale.objects.get(language_code="ar"))
    return "/ar/narrative/schule/"


def x_positions(page, selector: str) -> list[float]:
    return [
        box["x"]
        for box in page.locator(selector).evaluate_all(
            "nodes => nodes.map(node => node.getBoundingClientRect().toJSON())"
        )
    ]


def test_arabic_pages_mirror_and_keep_german_text_left_to_right(arabic_narrative, new_context):
    page = new_context().new_page()
    assert page.goto(arabic_narrative).status == 200
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"

    # Reading order runs from the right: each list's first item sits right of its last.
    for selector in (
        ".main-nav__item",
        ".breadcrumbs__item",
        ".language-switcher__item",
    ):
        positions = x_positions(page, selector)
        assert len(positions) >= 2, selector
        assert positions[0] > positions[-1], (selector, positions)

    # The German page standing in for the translation reads left to right.
    german = page.locator('main [lang="de"]')
    assert german.evaluate("node => getComputedStyle(node).direction") == "ltr"


def test_self_hosted_fonts_cover_arabic_turkish_and_kurmanji(arabic_narrative, new_context):
    page = new_context().new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(arabic_narrative)
    for script, text in FONT_TEXTS.items():
        faces = page.evaluate(
            "text => document.fonts.load('16px \"Site Sans\"', text)"
            ".then(faces => faces.map(face => face.status))",
            text,
        )
        assert faces and set(faces) == {"loaded"}, (script, faces)
    fonts = [url for url in requests if url.endswith(".woff2")]
    assert fonts and all(url.startswith(page.url.split("/ar/")[0]) for url in fonts), fonts
