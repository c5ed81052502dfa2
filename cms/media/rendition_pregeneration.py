"""Renditions are made when content is published, so that no visitor waits for an encoder.

On every publish of a page or a publishable snippet (Material) a task is enqueued once the
transaction commits. It asks the published object which images its public templates show and
where (`images_shown()`, with the places of cms.media.renditions) and creates every rendition of
those places in one `get_renditions()` call per image. Card sets show no images.

Why a django-tasks task and not the search outbox (search.IndexUpdate): a missed rendition
loses nothing, since the first visitor still gets it made (once, under the lock of
media_library.rendition_lock), so no durable queue with retries is needed. Why not inside the
publish itself: encoding AVIF takes a good part of a second per image and width, which an
editor need not wait for once a worker runs the tasks (TASKS); until one is configured the
immediate backend runs it right after the commit, in the publishing request, and before the
page cache's purge lets the first visitor in (the order of cms.publishing.pipeline).
"""

import logging
from collections.abc import Iterator
from typing import Any

from django.apps import apps
from django.db import transaction
from django_tasks import task
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page

from cms.media.renditions import PLACES

logger = logging.getLogger(__name__)


def renditions_needed(obj: Any) -> dict[Any, set[str]]:
    """Every rendition spec the object's public templates ask for, by image."""
    needed: dict[Any, set[str]] = {}
    images_shown = getattr(obj, "images_shown", None)
    for image, place in images_shown() if images_shown else ():
        needed.setdefault(image, set()).update(PLACES[place].specs(image))
    return needed


def create_renditions_for(obj: Any) -> int:
    """Makes the renditions the object shows; returns how many images it covered.

    Withdrawn photos and lost originals are skipped (the image refuses renditions then)."""
    covered = 0
    for image, specs in renditions_needed(obj).items():
        try:
            image.get_renditions(*sorted(specs))
        except SourceImageIOError:
            logger.info("No renditions for image %s: withdrawn or original missing", image.pk)
            continue
        covered += 1
    return covered


def published_objects() -> Iterator[Any]:
    """Every live page and live publishable snippet that declares the images it shows."""
    yield from Page.objects.live().specific().iterator(chunk_size=200)
    for model in apps.get_models():
        if hasattr(model, "images_shown") and not issubclass(model, Page):
            yield from model._default_manager.filter(live=True).iterator(chunk_size=200)


@task()
def create_published_renditions(model_label: str, pk: int) -> int:
    model = apps.get_model(model_label)
    obj = model._default_manager.filter(pk=pk).first()
    if obj is None or not getattr(obj, "live", True):
        return 0  # deleted or unpublished since
    return create_renditions_for(obj)


def make_renditions_after_commit(obj: Any) -> None:
    """Queues the renditions the object shows for when the transaction commits; nothing for
    objects that show no images (card sets). Called by the publish pipeline."""
    if not hasattr(obj, "images_shown"):
        return
    label, pk = obj._meta.label, obj.pk
    transaction.on_commit(lambda: create_published_renditions.enqueue(label, pk))
