import zipfile
from pathlib import PurePath
from urllib.parse import quote

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader
from pypdf.errors import PdfReadError
from wagtail.documents.models import AbstractDocument, Document

from cms.security.bidi import strip_bidi_controls
from cms.upstream.media import refresh_file_metadata

from ..file_types import content_matches_extension
from ..metadata import (
    OFFICE_EXTENSIONS,
    office_without_metadata,
    pdf_without_metadata,
    random_name,
)
from ..storage import private_storage
from ..virus_scan import UploadRefused, scan_once
from .rights import RightsMixin


class CustomDocument(RightsMixin, AbstractDocument):
    # Only Wagtail's serve view hands documents out, after checking collection restrictions.
    file = models.FileField(upload_to="documents", storage=private_storage, verbose_name=_("file"))
    language = models.CharField(
        _("language"),
        max_length=10,
        default="de",
        help_text=_("Language code of the document's content, e.g. de, en, tr, ar, kmr."),
    )
    audience = models.ForeignKey(
        "cms.Audience",
        verbose_name=_("audience"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    version = models.CharField(_("version"), max_length=20, blank=True, default="1.0")
    expires_at = models.DateField(
        _("expires on"),
        null=True,
        blank=True,
        help_text=_("After this date the document is no longer offered for download."),
    )

    admin_form_fields = (
        *Document.admin_form_fields,
        "language",
        "audience",
        "version",
        "licence",
        "rights_holder",
        "consent_reference",
        "expires_at",
    )

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def clean(self) -> None:
        super().clean()
        if self.file and not self.file._committed:
            try:
                scan_once(self)
            except UploadRefused as error:
                raise ValidationError({"file": str(error)}) from error
            extension = PurePath(self.file.name).suffix.lstrip(".")
            if not content_matches_extension(self.file, extension):
                raise ValidationError(
                    {
                        "file": _(
                            "The content of this file is not a %(extension)s file. Upload the "
                            "file in the format its name says (HTML, SVG and programs are "
                            "never accepted)."
                        )
                        % {"extension": extension.upper()}
                    }
                )
        if self.file and not self.file._committed and self.is_office_file:
            try:
                with zipfile.ZipFile(self.file) as archive:
                    damaged = archive.testzip()
            except zipfile.BadZipFile as error:
                damaged = str(error)
            finally:
                self.file.seek(0)
            if damaged:
                raise ValidationError(
                    {"file": _("This file cannot be read (%(error)s).") % {"error": damaged}}
                )
        if self.file and not self.file._committed and self.is_pdf:
            try:
                PdfReader(self.file)
            except PdfReadError as error:
                raise ValidationError(
                    {"file": _("This PDF cannot be read (%(error)s).") % {"error": error}}
                ) from error
            finally:
                self.file.seek(0)

    def save(self, *args: object, **kwargs: object) -> None:
        strip_bidi_controls(self, "title")
        if self.file and not self.file._committed:  # a new upload, from any path
            scan_once(self)
            if self.is_pdf:
                self.file = pdf_without_metadata(self.file)
            elif self.is_office_file:
                self.file = office_without_metadata(self.file)
            else:
                self.file = ContentFile(self.file.read(), name=random_name(self.file.name))
            refresh_file_metadata(self)
        super().save(*args, **kwargs)

    @property
    def is_restricted(self) -> bool:
        """In a collection only some visitors may open (login, groups or a password)."""
        return self.collection.get_view_restrictions().exists()

    @property
    def content_disposition(self) -> str:
        # A restricted document is always saved, never shown in the browser: an inline PDF
        # stays open in a shared tab, and nothing of it should run in our origin.
        if self.is_restricted:
            return "attachment; filename={0}; filename*=UTF-8''{0}".format(quote(self.filename))
        return super().content_disposition

    @property
    def is_office_file(self) -> bool:
        return PurePath(self.file.name).suffix.lower() in OFFICE_EXTENSIONS

    @property
    def is_pdf(self) -> bool:
        return self.file.name.lower().endswith(".pdf")

    @property
    def extension(self) -> str:
        return self.file_extension.upper()
