"""Uploads lose what identifies people before they are stored.

Photos carry GPS positions, camera serial numbers and owner names (EXIF, XMP, IPTC); PDFs carry
author and creator names; and upload file names are often a person's name. Every image is
re-encoded without metadata (after turning it upright by its EXIF orientation, which goes with
the rest), every PDF is rewritten without its info dictionary and XMP, and stored files get
random names. Renditions are made from the cleaned original, so they carry nothing either.
"""

import io
import re
import uuid
import zipfile
from pathlib import PurePath

from django.conf import settings
from django.core.files.base import ContentFile, File
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from PIL import Image, ImageOps
from pypdf import PdfReader, PdfWriter

# Pillow format -> save options that write pixels only (ICC profiles stay: colours, not people).
IMAGE_SAVE_OPTIONS = {
    "JPEG": {"quality": 92, "optimize": True},
    "PNG": {"optimize": True},
    "WEBP": {"quality": 92},
    "GIF": {},
}


def random_name(original: str) -> str:
    """A random file name with the original's extension (lower case)."""
    return f"{uuid.uuid4().hex}{PurePath(original).suffix.lower()}"


UNREADABLE_IMAGE = gettext_lazy(
    "This image cannot be read (it may be damaged or incomplete): %(error)s"
)


class UnusableImage(ValueError):
    """An upload that is no image we can store; the message says why, for the uploader."""


def image_without_metadata(upload: File) -> tuple[ContentFile, int, int]:
    """The image re-encoded without metadata, upright, randomly named; with its size.

    Decodes the image once and keeps at most two copies of its pixels (while turning it
    upright), so the pixel limit bounds the memory an upload can take.
    """
    upload.seek(0)
    try:
        with Image.open(upload) as opened:
            image_format = opened.format
            pixels = opened.width * opened.height
            if pixels > settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS:
                raise UnusableImage(
                    _(
                        "This image has %(pixels)s megapixels; at most %(limit)s are accepted. "
                        "Reduce its size and upload it again."
                    )
                    % {
                        "pixels": round(pixels / 1_000_000),
                        "limit": settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS // 1_000_000,
                    }
                )
            if image_format not in IMAGE_SAVE_OPTIONS:
                raise UnusableImage(
                    _("%(format)s images are not accepted; upload a JPEG, PNG or WebP file.")
                    % {"format": image_format}
                )
            icc_profile = opened.info.get("icc_profile")
            transparency = opened.info.get("transparency")
            ImageOps.exif_transpose(opened, in_place=True)
            opened.load()
            # Only the pixels go on: the file's info (EXIF, XMP, text chunks, comments) is
            # dropped, and the encoders below are given nothing but the options we name.
            opened.info = {}
            output = io.BytesIO()
            options = dict(IMAGE_SAVE_OPTIONS[image_format])
            if icc_profile and image_format != "GIF":
                options["icc_profile"] = icc_profile
            if transparency is not None:  # a palette's transparent colour is pixels
                options["transparency"] = transparency
            opened.save(output, format=image_format, **options)
            width, height = opened.size
    except (OSError, SyntaxError, Image.DecompressionBombError) as error:
        # Truncated or corrupt data, or a header that lies about the size.
        raise UnusableImage(UNREADABLE_IMAGE % {"error": error}) from error
    return ContentFile(output.getvalue(), name=random_name(upload.name)), width, height


def pdf_without_metadata(upload: File) -> ContentFile:
    """The PDF rewritten without its info dictionary (author, creator, title) and XMP."""
    upload.seek(0)
    writer = PdfWriter(clone_from=PdfReader(upload))
    writer.metadata = None
    if "/Metadata" in writer.root_object:
        del writer.root_object["/Metadata"]
    output = io.BytesIO()
    writer.write(output)
    return ContentFile(output.getvalue(), name=random_name(upload.name))


# Parts of office files that name people: who wrote and last saved it, the company, custom
# properties; ODF keeps the same in meta.xml. Replaced by empty ones of the same kind, so the
# file stays valid (Office would "repair" a file whose listed part is missing).
EMPTY_OFFICE_PARTS = {
    "docProps/core.xml": (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        b'metadata/core-properties"/>'
    ),
    "docProps/app.xml": (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'extended-properties"/>'
    ),
    "docProps/custom.xml": (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'custom-properties"/>'
    ),
    "meta.xml": (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        b'<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        b' office:version="1.2"><office:meta/></office:document-meta>'
    ),
}
# Comments and tracked changes carry their author's name and initials on every element.
AUTHOR_ATTRIBUTES = re.compile(rb'\b(w:author|w:initials|dc:creator)="[^"]*"')
OFFICE_EXTENSIONS = {".docx", ".xlsx", ".pptx", ".odt"}


def office_without_metadata(upload: File) -> ContentFile:
    """The office file rewritten without author, company and comment-author names."""
    upload.seek(0)
    output = io.BytesIO()
    with (
        zipfile.ZipFile(upload) as source,
        zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            data = EMPTY_OFFICE_PARTS.get(item.filename)
            if data is None:
                data = source.read(item)
                if item.filename.endswith(".xml"):
                    data = AUTHOR_ATTRIBUTES.sub(rb'\1=""', data)
            # ODF wants its "mimetype" entry first and uncompressed, as it was.
            target.writestr(item, data, compress_type=item.compress_type)
    return ContentFile(output.getvalue(), name=random_name(upload.name))
