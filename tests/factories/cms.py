import datetime

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.text import slugify
from factory.django import DjangoModelFactory

from cms import models
from cms.models import blocks


class UserFactory(DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda obj: f"{obj.username}@example.org")
    password = factory.django.Password("correct-horse-battery")

    class Meta:
        model = get_user_model()


class HeadingBlockFactory(wagtail_factories.StructBlockFactory):
    text = factory.Sequence(lambda n: f"Abschnitt {n}")
    level = "h2"

    class Meta:
        model = blocks.HeadingBlock


class ParagraphBlockFactory(wagtail_factories.blocks.BlockFactory):
    value = "<p>Recht gilt für alle.</p>"

    class Meta:
        model = blocks.ParagraphBlock

    @classmethod
    def _construct_block(cls, block_class, *args, **kwargs):
        return block_class().to_python(kwargs["value"])


class VideoEmbedBlockFactory(wagtail_factories.StructBlockFactory):
    title = "Samir erzählt, wie er die Kurve gekriegt hat"
    url = "https://www.youtube.com/watch?v=aqz-KE-bpKQ"
    transcript = "Ich heiße Samir. Heute trainiere ich Jugendliche im Boxverein."

    class Meta:
        model = blocks.VideoEmbedBlock


class ImageChooserBlockFactory(wagtail_factories.ImageChooserBlockFactory):
    # By path: the media_library factories import this module.
    image = factory.SubFactory("tests.factories.media_library.ImageFactory")


class ImageBlockFactory(wagtail_factories.StructBlockFactory):
    image = factory.SubFactory(ImageChooserBlockFactory)
    caption = "Training im Boxverein"

    class Meta:
        model = blocks.ImageBlock


BODY = wagtail_factories.StreamFieldFactory(
    {
        "heading": factory.SubFactory(HeadingBlockFactory),
        "paragraph": factory.SubFactory(ParagraphBlockFactory),
        "image": factory.SubFactory(ImageBlockFactory),
        "video_embed": factory.SubFactory(VideoEmbedBlockFactory),
    }
)


class BasePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Seite {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.title))
    introduction = "Eine kurze Einleitung."
    live = True

    class Meta:
        abstract = True


class HomePageFactory(BasePageFactory):
    title = "Startseite"
    hero_heading = "Kurve kriegen – gemeinsam"

    class Meta:
        model = models.HomePage


class ContentPageFactory(BasePageFactory):
    body = BODY

    class Meta:
        model = models.ContentPage


class LegalPageFactory(BasePageFactory):
    title = "Impressum"
    body = BODY
    last_reviewed = datetime.date(2026, 1, 15)

    class Meta:
        model = models.LegalPage


class AccessibilityStatementPageFactory(BasePageFactory):
    title = "Erklärung zur Barrierefreiheit"
    evaluation_method = "Selbstbewertung"
    prepared_on = datetime.date(2026, 3, 1)
    feedback_email = "barrierefreiheit@example.org"
    enforcement_url = "https://ombudsstelle.example.org/"

    class Meta:
        model = models.AccessibilityStatementPage


class EasyReadIndexPageFactory(BasePageFactory):
    title = "Leichte Sprache"

    class Meta:
        model = models.EasyReadIndexPage


def sign_language_videos() -> list[dict]:
    from django.core.files.base import ContentFile

    from .media_library import DocumentFactory

    video = DocumentFactory(
        title="DGS-Video", file=ContentFile(b"\x1aE\xdf\xa3webm", name="dgs.webm")
    )
    captions = DocumentFactory(
        title="Untertitel",
        file=ContentFile(b"WEBVTT\n\n00:00.000 --> 00:02.000\nWillkommen.\n", name="dgs.vtt"),
    )
    value = {
        "title": "Was Sie hier finden",
        "video": video.pk,
        "captions": captions.pk,
        "transcript": "Willkommen. Hier finden Sie Geschichten, die Mut machen.",
    }
    return [{"type": "video", "value": value}]


class SignLanguagePageFactory(BasePageFactory):
    title = "Gebärdensprache"
    videos = factory.LazyFunction(sign_language_videos)

    class Meta:
        model = models.SignLanguagePage


class EasyReadPageFactory(BasePageFactory):
    body = BODY

    class Meta:
        model = models.EasyReadPage


class TaxonomyFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Begriff {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.name))

    class Meta:
        abstract = True


class TopicFactory(TaxonomyFactory):
    class Meta:
        model = models.Topic


class AudienceFactory(TaxonomyFactory):
    class Meta:
        model = models.Audience


class ValueFactory(TaxonomyFactory):
    class Meta:
        model = models.Value


class ApproachFactory(TaxonomyFactory):
    class Meta:
        model = models.Approach


class ChannelFactory(TaxonomyFactory):
    class Meta:
        model = models.Channel


class IntegrityRunFactory(DjangoModelFactory):
    """A finished run of the integrity checks; `results` as the runner stores them."""

    finished_at = factory.LazyFunction(timezone.now)
    results = factory.LazyFunction(
        lambda: {"page_tree": {"status": "ok", "count": 0, "ids": [], "seconds": 0.01}}
    )

    class Meta:
        model = models.IntegrityRun
