from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document

from .rights import RightsMixin


class CustomDocument(RightsMixin, AbstractDocument):
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
        permissions = [("choose_customdocument", _("Can choose document"))]

    @property
    def extension(self) -> str:
        return self.file_extension.upper()
