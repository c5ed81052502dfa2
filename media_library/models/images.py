from collections.abc import Callable, Sequence

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import (
    AbstractImage,
    AbstractRendition,
    Filter,
    Image,
    SourceImageIOError,
    WagtailImageField,
    get_upload_to,
)

from cms.security.bidi import strip_bidi_controls
from cms.upstream.media import RenditionCreationMixin, Renditions, refresh_file_metadata

from ..metadata import UnusableImage, image_without_metadata
from ..rendition_lock import create_once
from ..storage import private_storage
from ..virus_scan import UploadRefused, scan_once
from .rights import RightsMixin


class CustomImage(RightsMixin, RenditionCreationMixin, AbstractImage):
    # Originals are full size and never public: pages show renditions only.
    file = WagtailImageField(
        verbose_name=_("file"),
        upload_to=get_upload_to,
        storage=private_storage,
        width_field="width",
        height_field="height",
    )
    alt_text = models.CharField(
        _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the image shows, for people who cannot see it. Required unless decorative."
        ),
    )
    is_decorative = models.BooleanField(
        _("decorative"),
        default=False,
        help_text=_(
            "Decorative images get an empty alternative text and are skipped by screen readers."
        ),
    )
    credit = models.CharField(_("credit"), max_length=200, blank=True)
    shows_people = models.BooleanField(
        _("shows people"),
        default=False,
        help_text=_("Tick when a person can be recognised; a consent reference is then required."),
    )
    # Set when a messenger is taken down (narratives.takedown); not in the admin form, so no
    # editor can bring a withdrawn photo back with a click: it is uploaded anew after consent.
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True, editable=False)

    admin_form_fields = (
        *Image.admin_form_fields,
        "alt_text",
        "is_decorative",
        "credit",
        "licence",
        "rights_holder",
        "shows_people",
        "consent_reference",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def clean(self) -> None:
        super().clean()
        errors = {}
        if not self.is_decorative and not self.alt_text.strip():
            errors["alt_text"] = _(
                "Describe the image for people who cannot see it, or mark it as decorative."
            )
        if self.shows_people and not self.consent_reference.strip():
            errors["consent_reference"] = _(
                "An image that shows people needs the reference of their written consent."
            )
        if self.file and not self.file._committed:
            try:
                scan_once(self)
                self._without_metadata()
            except (UploadRefused, UnusableImage) as error:
                errors["file"] = str(error)
        if errors:
            raise ValidationError(errors)

    def _without_metadata(self) -> tuple[ContentFile, int, int]:
        """The upload re-encoded without metadata; done once, in clean() when a form validates
        (so a damaged file is refused with a reason) or in save() for every other path."""
        prepared = getattr(self, "_prepared_upload", None)
        if prepared is None or prepared[0] is not self.file:
            prepared = (self.file, image_without_metadata(self.file))
            self._prepared_upload = prepared
        return prepared[1]

    def save(self, *args: object, **kwargs: object) -> None:
        strip_bidi_controls(self, "title", "alt_text", "credit")
        if self.file and not self.file._committed:  # a new upload, from any path
            scan_once(self)
            cleaned, self.width, self.height = self._without_metadata()
            self.file = cleaned
            refresh_file_metadata(self)  # size and hash of what is stored
        super().save(*args, **kwargs)

    def get_rendition(self, filter: Filter | str) -> AbstractRendition:
        self._refuse_if_withdrawn()
        return super().get_rendition(filter)

    def get_renditions(self, *filters: Filter | str) -> dict[str, AbstractRendition]:
        self._refuse_if_withdrawn()
        return super().get_renditions(*filters)

    def create_missing_renditions(
        self, filters: Sequence[Filter], create: Callable[[list[Filter]], Renditions]
    ) -> Renditions:
        # Called by Wagtail after a lookup missed: encode once across processes.
        return create_once(self, filters, create)

    def _refuse_if_withdrawn(self) -> None:
        # Wagtail's {% image %} tags answer this error with an empty "not-found" image, so a
        # page that still refers to a withdrawn photo renders without it and nothing new is
        # generated from the original.
        if self.withdrawn_at is not None:
            raise SourceImageIOError(f"Image {self.pk} has been withdrawn.")

    @property
    def alt(self) -> str:
        """The alt attribute templates use: empty for decorative images."""
        return "" if self.is_decorative else self.alt_text

    @property
    def default_alt_text(self) -> str:
        # Wagtail's {% image %} tag reads this when no alt is given.
        return self.alt


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
