"""Concurrent first requests for a rendition encode the original once, not once per request;
a lock left by a process that died delays nobody for long."""

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from wagtail.images.models import Filter

from cms.media.renditions import PLACES
from media_library import rendition_lock
from media_library.models import CustomImage, CustomRendition
from tests.factories.media_library import ImageFactory

VISITORS = 8


def rendition_files(image: CustomImage) -> list[Path]:
    """Every file written for the image's renditions, including ones a loser left behind."""
    stem = Path(image.file.name).stem[:20]
    return [path for path in Path(settings.MEDIA_ROOT, "images").glob(f"{stem}*")]


def at_once(action: Callable[[CustomImage], object], image_pk: int) -> list[object]:
    """Runs `action` in VISITORS threads (each with its own database connection and its own
    copy of the image, as separate requests have), released together."""
    start = threading.Barrier(VISITORS)
    results: list[object] = []
    errors: list[BaseException] = []

    def visitor() -> None:
        try:
            image = CustomImage.objects.get(pk=image_pk)
            start.wait()
            results.append(action(image))
        except BaseException as error:  # noqa: BLE001 (reported by the test)
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=visitor) for _ in range(VISITORS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    assert len(results) == VISITORS
    return results


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_eight_concurrent_first_requests_encode_a_rendition_once(encodings):
    image = ImageFactory(file__width=1600, file__height=1200)
    spec = "fill-960x540|format-avif"

    renditions = at_once(lambda image: image.get_rendition(spec), image.pk)

    assert encodings.specs == [spec]
    assert len({rendition.pk for rendition in renditions}) == 1
    assert {(r.width, r.height) for r in renditions} == {(960, 540)}
    assert len(rendition_files(image)) == 1
    assert CustomRendition.objects.filter(image=image).count() == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_eight_concurrent_pictures_encode_each_of_their_renditions_once(encodings):
    # What {% responsive_image %} asks for: all formats and widths of a place in one call.
    image = ImageFactory(file__width=1600, file__height=1200)
    specs = PLACES["card"].specs(image)

    results = at_once(lambda image: image.get_renditions(*specs), image.pk)

    assert sorted(encodings.specs) == sorted(specs)
    for spec in specs:
        assert len({renditions[spec].pk for renditions in results}) == 1
    assert len(rendition_files(image)) == len(specs)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_lock_whose_holder_died_delays_the_rendition_only_briefly(encodings, monkeypatch):
    image = ImageFactory()
    spec = "fill-480x270|format-webp"
    # A process took the lock and crashed before it made the rendition.
    cache.add(rendition_lock.lock_key(image, Filter(spec)), "crashed", 600)
    monkeypatch.setattr(rendition_lock, "WAIT_SECONDS", 0.3)

    rendition = image.get_rendition(spec)

    assert rendition.pk and rendition.file.name.endswith(".webp")
    assert encodings.specs == [spec]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_failed_encoding_frees_the_lock_for_the_next_request(encodings):
    image = ImageFactory()
    spec = "fill-480x270|format-jpeg"
    original = image.file.name
    image.file.name = "original_images/missing.jpg"  # the original cannot be read
    with pytest.raises(Exception):  # noqa: B017, PT011 (whatever the storage raises)
        image.get_rendition(spec)
    assert cache.get(rendition_lock.lock_key(image, Filter(spec))) is None

    image.file.name = original
    assert image.get_rendition(spec).pk
