"""What download links say about their file."""

from django import template
from django.template.defaultfilters import filesizeformat
from wagtail.documents.models import AbstractDocument

register = template.Library()


@register.filter
def file_size(document: AbstractDocument) -> int | None:
    """Size in bytes: the size Wagtail stored on upload, else the size on the storage.

    Never writes to the database (Wagtail's `get_file_size()` would save it) and never fails:
    a missing file just has no size to show.
    """
    size = getattr(document, "file_size", None)
    if size:
        return size
    try:
        return document.file.size
    except (AttributeError, OSError, ValueError):
        return None


@register.filter
def human_size(size: int | None) -> str:
    """`filesizeformat` with an ordinary space ("1.2 MB"), so that text search finds the unit."""
    if not size:
        return ""
    return filesizeformat(size).replace("\xa0", " ")
