import io

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from pypdf import PdfWriter
from wagtail.models import Collection

from media_library import models

from .cms import BasePageFactory


def root_collection() -> Collection:
    # wagtail-factories would make a second tree root, outside every group's collection rights.
    return Collection.get_first_root_node()


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Bild {n}")
    collection = factory.LazyFunction(root_collection)
    alt_text = "Jugendliche sitzen im Kreis und reden"
    licence = "CC BY 4.0"

    class Meta:
        model = models.CustomImage


def pdf_file(name: str = "flyer.pdf", author: str = "") -> ContentFile:
    """A real one-page PDF, optionally with an author in its metadata."""
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    if author:
        writer.add_metadata({"/Author": author, "/Creator": "Textverarbeitung von " + author})
    output = io.BytesIO()
    writer.write(output)
    return ContentFile(output.getvalue(), name=name)


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Dokument {n}")
    collection = factory.LazyFunction(root_collection)
    file = factory.LazyFunction(pdf_file)

    class Meta:
        model = models.CustomDocument


class MaterialFactory(DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Material {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.title))
    summary = "Ein Flyer für Eltern."
    kind = models.Material.Kind.DOCUMENT
    format = models.Material.Format.FLYER
    file = factory.SubFactory(DocumentFactory)
    live = True

    class Meta:
        model = models.Material


class CardSetFactory(DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Kartenset {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.title))
    introduction = "Werte- und Ressourcenkarten für die pädagogische Arbeit."
    live = True

    class Meta:
        model = models.CardSet


class CardFactory(DjangoModelFactory):
    card_set = factory.SubFactory(CardSetFactory)
    title = factory.Sequence(lambda n: f"Karte {n}")
    prompts = "Was bedeutet Respekt für dich?\nWann hast du Respekt erlebt?"
    notes = "Mit einer offenen Frage beginnen."

    class Meta:
        model = models.Card


class LibraryPageFactory(BasePageFactory):
    title = "Materialien"

    class Meta:
        model = models.LibraryPage
