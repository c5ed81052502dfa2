"""Every public page that shows an image serves it as a <picture> a browser can choose from:
AVIF and WebP sources, a JPEG fallback, several widths, and the real size of each file."""

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
from PIL import Image

from cms.media.renditions import PLACES
from media_library.models import Material
from tests.factories.cms import ContentPageFactory
from tests.factories.media_library import ImageFactory, LibraryPageFactory, MaterialFactory
from tests.factories.narratives import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    MessengerIdentityFactory,
    MessengerIndexPageFactory,
    MessengerPageFactory,
    NarrativeIndexPageFactory,
    NarrativePageFactory,
)

PICTURE = re.compile(r"<picture>(.*?)</picture>", re.DOTALL)
SOURCE = re.compile(r"<source\b([^>]*)>")
IMG = re.compile(r"<img\b([^>]*)>")
ATTRIBUTE = re.compile(r'([\w-]+)="([^"]*)"')


def large_image(**kwargs: object) -> object:
    # Larger than every width the places ask for but one, so the widths differ.
    return ImageFactory(file__width=1000, file__height=750, **kwargs)


@dataclass
class Shown:
    urls: dict[str, str]

    def picture(self, client: object, key: str) -> list[dict]:
        html = client.get(self.urls[key]).content.decode()
        pictures = PICTURE.findall(html)
        assert pictures, f"no <picture> on {key}"
        return [parse(picture) for picture in pictures]


def attributes(tag: str) -> dict[str, str]:
    return dict(ATTRIBUTE.findall(tag))


def parse(picture: str) -> dict:
    return {
        "sources": [attributes(tag) for tag in SOURCE.findall(picture)],
        "img": attributes(IMG.search(picture).group(1)),
    }


def stored_file(url: str) -> Path:
    assert url.startswith(settings.MEDIA_URL), url
    return Path(settings.MEDIA_ROOT) / url.removeprefix(settings.MEDIA_URL)


def candidates(srcset: str) -> list[tuple[str, int]]:
    pairs = [candidate.strip().rsplit(" ", 1) for candidate in srcset.split(",")]
    return [(url, int(width.removesuffix("w"))) for url, width in pairs]


@pytest.fixture
def shown(home) -> Shown:
    messenger_index = MessengerIndexPageFactory(parent=home)
    messenger = MessengerPageFactory(parent=messenger_index, photo=large_image())
    MessengerIdentityFactory(messenger=messenger)
    narrative_index = NarrativeIndexPageFactory(parent=home)
    narrative = NarrativePageFactory(parent=narrative_index, image=large_image())
    narrative.messengers.set([messenger])
    narrative.save()
    campaign_index = CampaignIndexPageFactory(parent=home)
    campaign = CampaignPageFactory(parent=campaign_index, image=large_image())
    campaign.messengers.set([messenger])
    campaign.save()
    library = LibraryPageFactory(parent=home)
    material = MaterialFactory(image=large_image())
    content = ContentPageFactory(
        parent=home, title="Über uns", body__0__image__image__image=large_image()
    )
    return Shown(
        {
            "home": home.url,
            "messenger_index": messenger_index.url,
            "messenger": messenger.url,
            "narrative_index": narrative_index.url,
            "narrative": narrative.url,
            "campaign_index": campaign_index.url,
            "campaign": campaign.url,
            "library": library.url,
            "material": library.material_url(material),
            "content": content.url,
        }
    )


PAGES_WITH_IMAGES = [
    "home",
    "messenger_index",
    "messenger",
    "narrative_index",
    "narrative",
    "campaign_index",
    "campaign",
    "library",
    "material",
    "content",
]


@pytest.mark.parametrize("key", PAGES_WITH_IMAGES)
def test_images_come_in_modern_formats_several_widths_and_their_real_size(client, shown, key):
    for picture in shown.picture(client, key):
        assert [source["type"] for source in picture["sources"]] == ["image/avif", "image/webp"]
        img = picture["img"]
        assert img["sizes"] and img["alt"] == "Jugendliche sitzen im Kreis und reden"
        for source in picture["sources"]:
            assert source["sizes"] == img["sizes"]
        # Each candidate is the format it claims and as wide as its descriptor says.
        expected = {"image/avif": "AVIF", "image/webp": "WEBP", None: "JPEG"}
        for kind, srcset in [(s["type"], s["srcset"]) for s in picture["sources"]] + [
            (None, img["srcset"])
        ]:
            widths = set()
            for url, width in candidates(srcset):
                with Image.open(stored_file(url)) as file:
                    assert file.format == expected[kind], url
                    assert file.width == width, url
                widths.add(width)
            assert len(widths) >= 2, srcset
        # No layout shift: the fallback's width and height are those of its file.
        with Image.open(stored_file(img["src"])) as file:
            assert (int(img["width"]), int(img["height"])) == file.size


def test_only_the_first_image_of_a_page_loads_at_once(client, shown):
    (photo,) = shown.picture(client, "messenger")
    assert photo["img"]["fetchpriority"] == "high" and "loading" not in photo["img"]
    (figure,) = shown.picture(client, "material")
    assert figure["img"]["fetchpriority"] == "high"
    for key in ("narrative_index", "messenger_index", "content", "narrative"):
        for picture in shown.picture(client, key):
            assert picture["img"]["loading"] == "lazy" and "fetchpriority" not in picture["img"]


def test_sizes_follow_the_layout_of_each_place(client, shown):
    assert shown.picture(client, "narrative_index")[0]["img"]["sizes"] == PLACES["card"].sizes
    assert shown.picture(client, "messenger_index")[0]["img"]["sizes"] == PLACES["portrait"].sizes
    assert shown.picture(client, "messenger")[0]["img"]["sizes"] == PLACES["messenger_photo"].sizes
    assert shown.picture(client, "content")[0]["img"]["sizes"] == PLACES["body"].sizes


def test_a_transparent_png_keeps_png_as_its_fallback(client, home):
    page = ContentPageFactory(
        parent=home,
        body__0__image__image__image=ImageFactory(
            file__width=600, file__height=400, file__format="PNG", file__filename="logo.png"
        ),
    )
    html = client.get(page.url).content.decode()
    (picture,) = [parse(p) for p in PICTURE.findall(html)]
    with Image.open(stored_file(picture["img"]["src"])) as file:
        assert file.format == "PNG"


def test_a_video_poster_is_the_materials_largest_fallback_rendition(client, home):
    library = LibraryPageFactory(parent=home)
    image = large_image()
    material = MaterialFactory(kind=Material.Kind.VIDEO, image=image, transcript="Ich heiße Samir.")
    html = client.get(library.material_url(material)).content.decode()
    (poster,) = re.findall(r'<video\b[^>]*\bposter="([^"]+)"', html)
    assert PLACES["material"].largest_fallback_spec(image).replace("|", ".") in poster
    with Image.open(stored_file(poster)) as file:
        assert file.format == "JPEG" and file.width == 1000
