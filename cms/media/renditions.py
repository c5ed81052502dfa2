"""The renditions public pages show, named once per place in the layout.

Templates render them with `{% responsive_image image "card" %}` and publishing creates them
ahead of the first visitor (cms.media.rendition_pregeneration) from this same list, so what is made
and what is asked for cannot drift apart. Each place has two or three widths and the `sizes`
that matches its CSS (cms/static/cms/css/site.css); every width is made as AVIF and WebP, and
as JPEG (PNG for originals that may be transparent) for browsers that know neither.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from wagtail import blocks
from wagtail.fields import StreamField

MODERN_FORMATS = ("avif", "webp")
# Uploads are JPEG, PNG, GIF or WebP (media_library.metadata); PNG and GIF may be transparent.
TRANSPARENT_EXTENSIONS = (".png", ".gif")


@dataclass(frozen=True)
class Place:
    resizes: tuple[str, ...]
    sizes: str
    # Above the fold: fetched at once with high priority instead of lazily.
    hero: bool = False

    def fallback_format(self, image: Any) -> str:
        name = (getattr(image.file, "name", "") or "").lower()
        return "png" if name.endswith(TRANSPARENT_EXTENSIONS) else "jpeg"

    def specs(self, image: Any) -> list[str]:
        """Wagtail filter specs, modern formats first, each in every width."""
        formats = (*MODERN_FORMATS, self.fallback_format(image))
        return [f"{resize}|format-{fmt}" for fmt in formats for resize in self.resizes]

    def largest_fallback_spec(self, image: Any) -> str:
        return f"{self.resizes[-1]}|format-{self.fallback_format(image)}"


PLACES: dict[str, Place] = {
    # 16:9 cards in a grid of 17rem columns: one column on phones, three in a 72rem container.
    "card": Place(
        ("fill-480x270", "fill-960x540"),
        "(min-width: 72rem) 22rem, (min-width: 48em) 45vw, 100vw",
    ),
    # Square messenger cards: 9.5rem columns on phones, 13rem and more from 48em.
    "portrait": Place(("fill-240x240", "fill-480x480"), "(min-width: 48em) 14rem, 45vw"),
    # The photo at the top of a messenger's profile: at most 16rem beside the text from 40em.
    "messenger_photo": Place(
        ("fill-320x320", "fill-640x640"), "(min-width: 40em) 16rem, 100vw", hero=True
    ),
    # A material's image (or a recording's picture), three fifths of the layout from 56em.
    "material": Place(
        ("width-480", "width-960", "width-1440"),
        "(min-width: 72rem) 41rem, (min-width: 56em) 58vw, 100vw",
        hero=True,
    ),
    # An image block in a body, which sits in the 46rem text column.
    "body": Place(("width-500", "width-1000", "width-1500"), "(min-width: 50rem) 46rem, 100vw"),
}

# A video's poster is one URL (the `poster` attribute has no srcset): the material's largest
# fallback rendition, which the "material" place makes anyway.
POSTER_PLACE = "material"

ImagesShown = Iterator[tuple[Any, str]]


def images_in_body(value: Any, block: blocks.Block | None = None) -> ImagesShown:
    """The images of the image blocks in a StreamField value (also inside structs and lists),
    as (image, "body") pairs."""
    from cms.models.blocks import ImageBlock  # noqa: PLC0415 (blocks import the models' image chooser)

    block = block if block is not None else getattr(value, "stream_block", None)
    if isinstance(block, ImageBlock):
        if value and value.get("image"):
            yield value["image"], "body"
    elif isinstance(block, blocks.StreamBlock):
        for child in value or ():
            yield from images_in_body(child.value, child.block)
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from images_in_body(value.get(name) if value else None, child_block)
    elif isinstance(block, blocks.ListBlock):
        for child in value or ():
            yield from images_in_body(child, block.child_block)


def images_in_stream_fields(obj: Any) -> ImagesShown:
    """The images of the image blocks in every StreamField of a page or snippet."""
    for field in obj._meta.concrete_fields:
        if isinstance(field, StreamField):
            yield from images_in_body(getattr(obj, field.name))
