"""The site of `build_site`, with the XSS corpus in every text an editor, translator or import
can write: titles, names, alt texts, every rich text field and every StreamField block.

The StreamField values are derived from the block definitions, so a block added later is
attacked without anyone remembering to list it here.
"""

from django.db import models
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page

from cms.models import Approach, Audience, Channel, Topic, Value
from media_library.models import CustomDocument, CustomImage
from narratives.models import ContactPoint, MessengerIdentity
from tests.xss_corpus import EVERYTHING, PAYLOADS, packed

from .media_library import DocumentFactory, ImageFactory
from .site import SiteTree, build_site

# Wagtail's bookkeeping and identifiers: not text anyone types.
NOT_TEXT = frozenset({"path", "url_path", "draft_title", "file_hash", "translation_key"})
SCRIPT_URL = f"javascript:alert('{PAYLOADS[4].marker}')"


class Planter:
    """Hands out payloads so that neighbouring short fields carry different ones."""

    def __init__(self, image: CustomImage, document: CustomDocument, page: Page) -> None:
        self.image, self.document, self.page = image, document, page
        self.offset = 0

    def text(self, limit: int | None) -> str:
        self.offset += 3
        return packed(limit, self.offset)

    def block(self, block: blocks.Block) -> object:
        if isinstance(block, blocks.RichTextBlock):
            return EVERYTHING
        if isinstance(block, blocks.URLBlock):
            return SCRIPT_URL
        if isinstance(block, blocks.ChoiceBlock):
            return block.field.choices[0][0]
        if isinstance(block, blocks.IntegerBlock):
            return 2026
        if isinstance(block, blocks.CharBlock | blocks.TextBlock):
            return self.text(getattr(block.field, "max_length", None))
        if isinstance(block, ImageChooserBlock):
            return self.image.pk
        if isinstance(block, DocumentChooserBlock):
            return self.document.pk
        if isinstance(block, blocks.PageChooserBlock):
            return self.page.pk
        if isinstance(block, blocks.StructBlock):
            return {name: self.block(child) for name, child in block.child_blocks.items()}
        if isinstance(block, blocks.ListBlock):
            return [self.block(block.child_block)]
        if isinstance(block, blocks.StreamBlock):
            return self.stream(block)
        return None

    def stream(self, stream_block: blocks.StreamBlock) -> list[dict]:
        return [
            {"type": name, "value": self.block(child)}
            for name, child in stream_block.child_blocks.items()
        ]

    def plant(self, instance: models.Model) -> None:
        for field in instance._meta.concrete_fields:
            if field.name in NOT_TEXT or field.choices:
                continue
            if isinstance(field, RichTextField):
                setattr(instance, field.name, EVERYTHING)
            elif isinstance(field, StreamField):
                setattr(instance, field.name, self.stream(field.stream_block))
            elif isinstance(field, models.SlugField | models.EmailField | models.URLField):
                continue
            elif isinstance(field, models.CharField | models.TextField):
                # Too short for any payload (a version number, a language code): left alone.
                setattr(
                    instance,
                    field.name,
                    self.text(field.max_length) or field.value_from_object(instance),
                )


def build_hostile_site(home: Page) -> SiteTree:
    """Every page published twice, first harmless, then hostile (so that history, compare and
    "view live" all have the corpus to show), every term, image, document, material, card set,
    card, contact point and private record hostile."""
    tree = build_site(home)
    planter = Planter(
        ImageFactory(title="Bild", alt_text="Bild"),
        DocumentFactory(title="Dokument"),
        home,
    )
    for image in CustomImage.objects.all():
        planter.plant(image)
        image.save()
    planter.image.refresh_from_db()
    for document in CustomDocument.objects.all():
        planter.plant(document)
        document.save()
    for taxonomy in (Topic, Audience, Value, Approach, Channel):
        for term in taxonomy.objects.all():
            planter.plant(term)
            term.save()
    for snippet in [*tree.materials, tree.card_set, *tree.card_set.cards.all()]:
        planter.plant(snippet)
        snippet.save()
        if hasattr(snippet, "save_revision"):
            snippet.save_revision().publish()
    for record in [*ContactPoint.objects.all(), *MessengerIdentity.objects.all()]:
        planter.plant(record)
        record.save()
    for key, page in tree.pages.items():
        page = page.specific
        page.save_revision().publish()  # the harmless revision compare shows against
        planter.plant(page)
        page.save_revision().publish()
        tree.pages[key] = Page.objects.get(pk=page.pk).specific
    return tree
