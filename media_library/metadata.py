"""Uploads lose what identifies people before they are stored.

Photos carry GPS positions, camera serial numbers and owner names (EXIF, XMP, IPTC); PDFs carry
author and creator names; and upload file names are often a person's name. Every image is
re-encoded without metadata (after turning it upright by its EXIF orientation, which goes with
the rest), every PDF is rewritten without its info dictionary and XMP, and stored files get
random names. Renditions are made from the cleaned original, so they carry nothing either.
"""

import io
import uuid
from pathlib import PurePath

from django.core.files.base import ContentFile, File
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


def image_without_metadata(upload: File) -> tuple[ContentFile, int, int]:
    """The image re-encoded without metadata, upright, randomly named; with its size."""
    upload.seek(0)
    with Image.open(upload) as opened:
        image_format = opened.format
        icc_profile = opened.info.get("icc_profile")
        upright = ImageOps.exif_transpose(opened)
        upright.load()
    # A fresh image from the pixels alone: nothing of the file's info (EXIF, XMP, text chunks,
    # comments) can come along.
    clean = Image.frombytes(upright.mode, upright.size, upright.tobytes())
    if upright.mode == "P":
        clean.putpalette(upright.getpalette())
    output = io.BytesIO()
    options = dict(IMAGE_SAVE_OPTIONS.get(image_format, {}))
    if icc_profile and image_format != "GIF":
        options["icc_profile"] = icc_profile
    if "transparency" in upright.info:  # a palette's transparent colour is pixels, not metadata
        options["transparency"] = upright.info["transparency"]
    clean.save(output, format=image_format, **options)
    return ContentFile(output.getvalue(), name=random_name(upload.name)), clean.width, clean.height


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
