"""Admin forms of images and documents: titles never come from the upload's file name.

Wagtail fills the title from the file name (in the browser while a file is chosen, on the
server in the multiple uploader); file names of photos and letters are often a person's name.
Here the browser's copying is switched off, and a title that is just the file name is replaced
by a neutral one the editor can change.
"""

import re
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils import formats, timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from .metadata import UNREADABLE_IMAGE

# Extensions a title may end with when it is a file name: ours and what cameras and office
# programs write.
FILE_EXTENSIONS = {
    *settings.WAGTAILIMAGES_EXTENSIONS,
    *settings.WAGTAILDOCS_EXTENSIONS,
    *("heic", "heif", "tif", "tiff", "gif", "bmp", "doc", "xls", "ppt", "odp", "ods", "rtf"),
    *("txt", "mov", "avi", "m4a", "wav", "zip"),
}


def looks_like_a_file_name(title: str) -> bool:
    return PurePath(title.strip()).suffix.lstrip(".").lower() in FILE_EXTENSIONS


def _comparable(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).casefold()


class NeutralTitleMixin:
    neutral_title_text: Promise  # "Image of %(date)s"

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            self.fields["file"].widget.attrs.pop("data-w-sync-target-value", None)
        # The multiple uploader builds unsaved objects titled with the file name.
        if not self.instance.pk and looks_like_a_file_name(self.initial.get("title") or ""):
            self.initial["title"] = self.neutral_title()

    def neutral_title(self) -> str:
        moment = formats.date_format(timezone.localtime(), "SHORT_DATETIME_FORMAT")
        return str(self.neutral_title_text) % {"date": moment}

    def clean_title(self) -> str:
        title = self.cleaned_data["title"]
        upload = self.files.get(self.add_prefix("file")) or self.files.get("file")
        file_names = set()
        if isinstance(upload, UploadedFile):
            file_names = {_comparable(upload.name), _comparable(PurePath(upload.name).stem)}
        if looks_like_a_file_name(title) or _comparable(title) in file_names:
            return self.neutral_title()
        return title


class ReadableImageField(WagtailImageField):
    """Wagtail's field, refusing a damaged file with a reason: Wagtail decodes the image to
    check its size and lets a truncated file's error through (a server error)."""

    def to_python(self, data: object) -> object:
        try:
            return super().to_python(data)
        except (OSError, SyntaxError) as error:
            raise ValidationError(
                UNREADABLE_IMAGE % {"error": error}, code="invalid_image"
            ) from error


class ImageForm(NeutralTitleMixin, BaseImageForm):
    neutral_title_text = _("Image of %(date)s")

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        if isinstance(self.fields.get("file"), WagtailImageField):
            # Keeps everything Wagtail configured on the field (limits, help text, widget).
            self.fields["file"].__class__ = ReadableImageField


class DocumentForm(NeutralTitleMixin, BaseDocumentForm):
    neutral_title_text = _("Document of %(date)s")
