"""Images in a real browser: Chromium picks the AVIF source, and the space for each image is
reserved before its file arrives, so nothing moves when it does."""

import mimetypes
from pathlib import Path
from urllib.parse import urlparse

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

TYPES = {".avif": "image/avif", ".webp": "image/webp"}

BOXES = """() => [...document.querySelectorAll("main picture img")].map(img => {
    const box = img.getBoundingClientRect();
    return {width: box.width, height: box.height, top: box.top};
})"""


@pytest.fixture
def pages_with_images(site_tree) -> list[str]:
    from tests.factories.media_library import ImageFactory
    from tests.factories.narratives import (
        MessengerIdentityFactory,
        MessengerPageFactory,
        NarrativePageFactory,
    )

    messenger = MessengerPageFactory(
        parent=site_tree["messenger_index"],
        slug="samir",
        photo=ImageFactory(file__width=900, file__height=900),
    )
    MessengerIdentityFactory(messenger=messenger)
    NarrativePageFactory(
        parent=site_tree["narrative_index"],
        slug="schule",
        image=ImageFactory(file__width=1200, file__height=800),
    )
    return ["/de/botschafter/samir/", "/de/narrative/"]


def test_the_browser_loads_avif_into_a_box_reserved_in_advance(pages_with_images, new_context):
    from django.conf import settings

    held: list = []  # media requests, answered only once the layout was measured
    measured = {"done": False}

    def serve_media(route: object) -> None:
        if measured["done"]:
            answer(route)
        else:
            held.append(route)

    def answer(route: object) -> None:
        path = Path(settings.MEDIA_ROOT) / urlparse(route.request.url).path.removeprefix(
            settings.MEDIA_URL
        )
        if not path.is_file():
            route.fulfill(status=404)
            return
        content_type = TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0]
        route.fulfill(body=path.read_bytes(), content_type=content_type)

    context = new_context(viewport={"width": 1280, "height": 2000})
    context.route(f"**{settings.MEDIA_URL}**", serve_media)
    for url in pages_with_images:
        measured["done"] = False
        page = context.new_page()
        assert page.goto(url, wait_until="domcontentloaded").status == 200
        # Measured once styles and fonts are in (they move things themselves); only the images
        # are still held back.
        page.wait_for_function(
            """() => [...document.querySelectorAll('link[rel="stylesheet"]')].every(l => l.sheet)"""
        )
        page.evaluate("() => document.fonts.ready.then(() => true)")
        before = page.evaluate(BOXES)
        assert before and all(box["height"] > 0 for box in before), url

        measured["done"] = True
        while held:
            answer(held.pop())
        page.wait_for_function(
            """() => [...document.querySelectorAll("main picture img")]
                .every(img => img.complete && img.naturalWidth > 0)"""
        )
        assert page.evaluate(BOXES) == before, f"the layout moved on {url}"
        sources = page.eval_on_selector_all(
            "main picture img", "imgs => imgs.map(img => img.currentSrc)"
        )
        assert all(source.endswith(".avif") for source in sources), sources
