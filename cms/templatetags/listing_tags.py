"""Helpers for lists of cards: load what the cards show in one query instead of one per card."""

from collections import defaultdict
from collections.abc import Iterable

from django import template
from django.core.paginator import Page as PaginatorPage
from django.db.models import QuerySet
from wagtail.images import get_image_model

from cms.media.renditions import PLACES

register = template.Library()


@register.simple_tag
def with_related(items: Iterable, *fields: str) -> Iterable:
    """`{% with_related related_materials "image" as materials %}`.

    Adds `select_related` for foreign keys the cards read (an image, a messenger's consent record
    behind `public_photo`) to a queryset the page prepared without them. Lists and querysets
    that were already evaluated are returned unchanged.
    """
    if isinstance(items, QuerySet) and items._result_cache is None and fields:
        return items.select_related(*fields)
    return items


def _resolve(item: object, attr: str) -> object | None:
    value = item
    for part in attr.split("."):
        value = getattr(value, part, None)
        if value is None:
            return None
    return value


@register.simple_tag
def prefetch_renditions(items: Iterable, attr: str, *specs: str) -> list:
    """`{% prefetch_renditions items "image" "card" as cards %}`.

    Evaluates the items once, then fetches the renditions of every item's image for the given
    places (cms.media.renditions) or filter specs in a single query and hands them to the images, so
    that `{% responsive_image %}` inside the loop needs no query of its own. Returns the items
    as a list for the loop.
    """
    item_list = list(items)
    images = [image for item in item_list if (image := _resolve(item, attr)) is not None]
    missing = [image for image in images if getattr(image, "prefetched_renditions", None) is None]
    wanted: set[str] = set()
    for name in specs:
        if name in PLACES:
            wanted.update(spec for image in missing for spec in PLACES[name].specs(image))
        else:
            wanted.add(name)
    if missing and wanted:
        rendition_model = get_image_model().get_rendition_model()
        by_image = defaultdict(list)
        for rendition in rendition_model.objects.filter(
            image_id__in={image.pk for image in missing}, filter_spec__in=wanted
        ):
            by_image[rendition.image_id].append(rendition)
        for image in missing:
            renditions = by_image[image.pk]
            for rendition in renditions:
                rendition.image = image  # the rendition's alt text reads its image
            image.prefetched_renditions = renditions
    return item_list


@register.filter
def elided_pages(page_obj: PaginatorPage) -> list:
    """Page numbers around the current one, with the paginator's ellipsis for the gaps."""
    paginator = page_obj.paginator
    return list(paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1))


@register.filter
def is_ellipsis(value: int | str, page_obj: PaginatorPage) -> bool:
    return value == page_obj.paginator.ELLIPSIS
