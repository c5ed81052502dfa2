"""Integrity checks of the media library: renditions, images and documents and their files."""

from django.utils.translation import gettext_lazy as _

from cms.integrity.files import missing_files
from cms.integrity.registry import Findings, register_integrity_check

from .models import CustomDocument, CustomImage, CustomRendition


@register_integrity_check("renditions_without_original", _("Renditions without their image"))
def renditions_without_original() -> Findings:
    renditions = CustomRendition.objects.exclude(image_id__in=CustomImage.objects.values("pk"))
    return Findings.in_queryset(renditions)


@register_integrity_check("renditions_without_file", _("Renditions whose file is missing"))
def renditions_without_file() -> Findings:
    return missing_files(CustomRendition.objects.all())


@register_integrity_check("images_without_file", _("Images whose original is missing"))
def images_without_file() -> Findings:
    return missing_files(CustomImage.objects.all())


@register_integrity_check("documents_without_file", _("Documents whose file is missing"))
def documents_without_file() -> Findings:
    return missing_files(CustomDocument.objects.all())
