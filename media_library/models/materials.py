"""Campaign materials: a reviewed item around one image, document, video or audio file."""

from django.core.exceptions import ValidationError
from django.db import models
from django.forms import CheckboxSelectMultiple
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.api.fields import DownloadField, RenditionField, TermsField
from cms.media.renditions import ImagesShown
from cms.media.rights import MediaRightsPanel
from cms.models.panels import SlugSourcePanel
from cms.models.querysets import not_expired
from cms.models.review import KeepReviewedRevisionsMixin
from cms.relations.forms import LocalisedRelationsForm
from cms.security.bidi import strip_bidi_controls

from .rights import RightsMixin


class VisibleSnippetQuerySet(models.QuerySet):
    def visible(self) -> "VisibleSnippetQuerySet":
        """Live and not expired: what visitors may see today."""
        return self.filter(not_expired(), live=True)


class Material(
    KeepReviewedRevisionsMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    TranslatableMixin,
    index.Indexed,
    RightsMixin,
    ClusterableModel,
):
    class Kind(models.TextChoices):
        IMAGE = "image", _("image")
        DOCUMENT = "document", _("document")
        VIDEO = "video", _("video")
        AUDIO = "audio", _("audio")

    class Format(models.TextChoices):
        FLYER = "flyer", _("flyer")
        POSTER = "poster", _("poster")
        BROCHURE = "brochure", _("brochure")
        SOCIAL_MEDIA = "social_media", _("social-media post")
        VIDEO_CLIP = "video_clip", _("video clip")
        PODCAST = "podcast", _("audio / podcast")
        PRESENTATION = "presentation", _("presentation")
        WORKSHEET = "worksheet", _("worksheet")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"), max_length=200, help_text=_("The last part of the web address of this material.")
    )
    summary = models.TextField(_("summary"), max_length=800)
    kind = models.CharField(_("kind of file"), max_length=10, choices=Kind.choices)
    format = models.CharField(_("format"), max_length=20, choices=Format.choices)
    image = models.ForeignKey(
        "media_library.CustomImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The image itself for image materials; a preview picture otherwise."),
    )
    file = models.ForeignKey(
        "media_library.CustomDocument",
        verbose_name=_("file"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The document, video or audio file visitors download."),
    )
    transcript = models.TextField(
        _("transcript"),
        blank=True,
        help_text=_("Required for video and audio: the spoken text and what is shown."),
    )
    language = models.CharField(
        _("language of the material"),
        max_length=10,
        default="de",
        help_text=_("Language code of the file itself, e.g. de, en, tr, ar, kmr."),
    )
    audiences = ParentalManyToManyField("cms.Audience", blank=True, verbose_name=_("audiences"))
    topics = ParentalManyToManyField("cms.Topic", blank=True, verbose_name=_("topics"))
    shows_people = models.BooleanField(
        _("shows people"),
        default=False,
        help_text=_("Tick when a person can be recognised; a consent reference is then required."),
    )
    version = models.CharField(_("version"), max_length=20, default="1.0")
    expires_at = models.DateField(
        _("expires on"),
        null=True,
        blank=True,
        help_text=_("The material disappears from the site after this date."),
    )

    objects = VisibleSnippetQuerySet.as_manager()
    base_form_class = LocalisedRelationsForm

    # What wagtail-localize sends for translation. A material in another language is a
    # translation of the German one with its own file, preview image and file language
    # (overridable, otherwise kept in step with the German material); rights and consent are
    # facts about the file, never translated and never in a PO file or a machine translation.
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("summary"),
        TranslatableField("transcript"),
        SynchronizedField("file", overridable=True),
        SynchronizedField("image", overridable=True),
        SynchronizedField("language", overridable=True),
        SynchronizedField("kind", overridable=False),
        SynchronizedField("format", overridable=False),
        SynchronizedField("version", overridable=False),
        SynchronizedField("expires_at", overridable=False),
        SynchronizedField("audiences", overridable=False),
        SynchronizedField("topics", overridable=False),
        SynchronizedField("licence", overridable=False),
        SynchronizedField("rights_holder", overridable=False),
        SynchronizedField("shows_people", overridable=False),
        SynchronizedField("consent_reference", overridable=False),
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    SlugSourcePanel("title"),
                    FieldPanel("slug"),
                    FieldPanel("summary"),
                    FieldPanel("kind"),
                    FieldPanel("format"),
                    FieldPanel("image"),
                    FieldPanel("file"),
                    FieldPanel("transcript"),
                ],
                heading=_("Content"),
            ),
            ObjectList(
                [
                    FieldPanel("language"),
                    FieldPanel("audiences", widget=CheckboxSelectMultiple),
                    FieldPanel("topics", widget=CheckboxSelectMultiple),
                    FieldPanel("version"),
                    FieldPanel("expires_at"),
                ],
                heading=_("Classification"),
            ),
            ObjectList(
                [
                    MultiFieldPanel(
                        [
                            FieldPanel("licence"),
                            FieldPanel("rights_holder"),
                            FieldPanel("shows_people"),
                            FieldPanel("consent_reference"),
                        ],
                        heading=_("Rights and consent"),
                    ),
                    # The chosen image's and file's own rights, read-only (cms.media.rights).
                    MediaRightsPanel(),
                ],
                heading=_("Rights"),
            ),
        ]
    )

    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("summary"),
        index.SearchField("transcript"),
        index.FilterField("live"),
        index.FilterField("kind"),
        index.FilterField("locale_id"),
    ]
    # Rights as the public page states them; never the consent reference.
    api_fields = [
        *(
            APIField(name)
            for name in (
                "title",
                "slug",
                "summary",
                "kind",
                "format",
                "language",
                "version",
                "expires_at",
                "licence",
                "rights_holder",
                "transcript",
            )
        ),
        APIField("preview_image", serializer=RenditionField("max-800x800", source="image")),
        APIField("download", serializer=DownloadField(source="file")),
        *(APIField(name, serializer=TermsField(name)) for name in ("topics", "audiences")),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("material")
        verbose_name_plural = _("materials")
        ordering = ["title"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_material_slug_locale")
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args: object, **kwargs: object) -> None:
        strip_bidi_controls(self, "title")
        super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.kind == self.Kind.IMAGE and not self.image_id:
            errors["image"] = _("Choose the image this material is about.")
        if self.kind in (self.Kind.DOCUMENT, self.Kind.VIDEO, self.Kind.AUDIO) and not self.file_id:
            errors["file"] = _("Upload or choose the file visitors will download.")
        if self.kind in (self.Kind.VIDEO, self.Kind.AUDIO) and not self.transcript.strip():
            errors["transcript"] = _(
                "Video and audio need a transcript so that everyone can follow them."
            )
        if self.shows_people and not self.consent_reference.strip():
            errors["consent_reference"] = _(
                "A material that shows people needs the reference of their written consent."
            )
        if errors:
            raise ValidationError(errors)

    def images_shown(self) -> ImagesShown:
        """Like BasePage.images_shown: made when the material is published."""
        if self.image:
            yield self.image, "card"  # in the library
            yield self.image, "material"  # on its own page (also a video's poster)

    def shown_on(self) -> list:
        """Where the page caches must purge this material (cms.page_cache.dependants)."""
        from .library import LibraryPage  # noqa: PLC0415 (the library imports this module)

        return LibraryPage.showing(self, "material")

    @property
    def is_expired(self) -> bool:
        return self.expires_at is not None and self.expires_at < timezone.localdate()

    def get_preview_template(self, request: HttpRequest, mode_name: str) -> str:
        return "media_library/material_preview.html"

    def get_preview_context(self, request: HttpRequest, mode_name: str) -> dict:
        return {"material": self}
