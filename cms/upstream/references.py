"""Wagtail's reference index, read where its public queries do not reach."""

from collections.abc import Iterator

from django.contrib.contenttypes.models import ContentType
from django.db import models
from wagtail.models import ReferenceIndex


def references_in(obj: models.Model) -> Iterator[tuple[int, str]]:
    """(content type id, object id) of everything `obj` refers to (fields, StreamField blocks,
    inline children), read from the object itself, as the index reads it when it is saved.

    The index's public queries read stored rows, which describe the live object; a draft
    revision under review is judged by what it contains, so this uses the index's own scanner.
    """
    for content_type_id, object_id, *_path in ReferenceIndex._extract_references_from_object(obj):
        yield content_type_id, object_id


def base_content_type(model_or_object: type[models.Model] | models.Model) -> ContentType:
    """The content type the index files a model's rows under (`base_content_type`): that of
    its topmost concrete parent, so `Page` for every page type. Not public in Wagtail."""
    return ReferenceIndex._get_base_content_type(model_or_object)
