import factory
import wagtail_factories
from django.core.files.base import ContentFile
from django.utils.text import slugify
from factory.django import DjangoModelFactory

from media_library import models

from .cms import BasePageFactory


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Bild {n}")
    alt_text = "Jugendliche sitzen im Kreis und reden"
    licence = "CC BY 4.0"

    class Meta:
        model = models.CustomImage


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Dokument {n}")
    file = factory.LazyFunction(lambda: ContentFile(b"%PDF-1.4\n%demo\n", name="flyer.pdf"))

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
