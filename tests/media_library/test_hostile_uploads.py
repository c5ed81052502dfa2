"""Hostile image uploads are refused with a reason and change nothing; memory stays bounded.

Each test posts to the admin's image form as an editor would, then checks that no image row
and no file (original or rendition) was added.
"""

import io
import re
import struct
import zlib
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from PIL import Image

from media_library.metadata import UnusableImage
from media_library.models import CustomDocument, CustomImage
from tests.factories.media_library import pdf_file

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"


def jpeg(width: int = 64, height: int = 48) -> bytes:
    output = io.BytesIO()
    Image.new("RGB", (width, height), (200, 80, 40)).save(output, "JPEG", quality=80)
    return output.getvalue()


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def lying_png(width: int, height: int) -> bytes:
    """A 100-byte PNG whose header claims a huge canvas: decoding it would take gigabytes."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 1024, 9)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", pixels)
        + png_chunk(b"IEND", b"")
    )


def stored_files() -> set[Path]:
    roots = (Path(settings.MEDIA_ROOT), Path(settings.PRIVATE_MEDIA_ROOT))
    return {path for root in roots for path in root.rglob("*") if path.is_file()}


def upload_image(client, name: str, content: bytes):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Plakat",
            "alt_text": "Ein Plakat",
            "licence": "CC BY 4.0",
            "file": SimpleUploadedFile(name, content),
        },
    )


def assert_refused(response, files_before: set[Path], reason: str) -> None:
    assert response.status_code == 200, "the form is shown again, with the reason"
    html = response.content.decode()
    assert reason in html, re.findall(r'class="error-message"[^>]*>(.*?)<', html, re.S)
    assert not CustomImage.objects.exists()
    assert stored_files() == files_before


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("plakat.svg", SVG, "Nicht unterstütztes Bildformat"),
        ("plakat.png", SVG, "Die Erweiterung stimmt nicht mit dem Dateiformat überein (svg)"),
        ("foto.jpg", HTML, "Kein gültiges .jpeg-Bild"),
        ("foto.jpg", b"MZ\x90\x00" + b"\x00" * 200, "ist kein Bild oder ist defekt"),  # a program
        ("foto.jpg", b"\x00" * 2048, "ist kein Bild oder ist defekt"),
    ],
)
def test_files_that_are_no_pictures_are_refused(admin_client, name, content, reason):
    before = stored_files()
    assert_refused(upload_image(admin_client, name, content), before, reason)


def test_a_damaged_picture_is_refused_with_a_reason(admin_client):
    whole = jpeg(800, 600)
    before = stored_files()
    response = upload_image(admin_client, "foto.jpg", whole[: len(whole) // 2])
    assert_refused(response, before, "Dieses Bild kann nicht gelesen werden")


@pytest.mark.parametrize(
    ("width", "height"),
    [(8000, 6000), (100_000, 100_000)],  # above our limit; a header that lies about 10 Gpx
)
def test_decompression_bombs_are_refused_before_they_are_decoded(admin_client, width, height):
    before = stored_files()
    response = upload_image(admin_client, "bombe.png", lying_png(width, height))
    assert_refused(response, before, "Dieses Bild hat zu viele Pixel")


def test_the_pixel_limit_is_well_below_wagtails_default():
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS <= 40_000_000  # Wagtail allows 128 Mpx


def test_a_bomb_is_refused_on_every_path_not_only_in_the_admin_form(db):
    with pytest.raises((UnusableImage, Image.DecompressionBombError)):
        CustomImage(
            title="Import", alt_text="x", file=ContentFile(lying_png(50_000, 50_000), "a.png")
        ).save()
    assert not CustomImage.objects.exists()


@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=200_000)
def test_an_oversized_image_is_refused_with_the_limit(admin_client):
    before = stored_files()
    response = upload_image(admin_client, "foto.jpg", jpeg() + b"\x00" * 250_000)
    assert_refused(response, before, "Die Datei ist zu groß")


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=200_000)
def test_an_oversized_document_is_refused_with_the_limit(admin_client):
    before = stored_files()
    big_pdf = pdf_file().read() + b"%" + b"0" * 250_000
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Groß", "language": "de", "file": SimpleUploadedFile("gross.pdf", big_pdf)},
    )
    assert response.status_code == 200
    assert "Die Datei ist zu groß" in response.content.decode()
    assert not CustomDocument.objects.exists()
    assert stored_files() == before


def test_upload_size_limits_are_set_for_images_and_documents():
    assert 0 < settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE <= 20 * 1024 * 1024
    assert 0 < settings.WAGTAILDOCS_MAX_UPLOAD_SIZE <= 100 * 1024 * 1024


# Peak memory: Linux lets a process reset its high-water mark (clear_refs "5"), so the peak of
# one upload can be read in this process, with Pillow's own allocations included (which
# tracemalloc does not see).
def _peak_rss_since_reset() -> int:
    status = Path("/proc/self/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) * 1024


def _current_rss() -> int:
    status = Path("/proc/self/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) * 1024


def _measure(action) -> int:
    Path("/proc/self/clear_refs").write_text("5")
    baseline = _current_rss()
    action()
    return _peak_rss_since_reset() - baseline


def test_memory_of_upload_and_rendition_is_bounded_by_the_pixel_limit(admin_client):
    """A picture at the limit costs a few copies of its pixels; a bomb costs nothing."""
    width, height = 7200, 5400  # 38.9 Mpx, just under the limit
    picture = jpeg(width, height)
    pixel_bytes = width * height * 3

    def upload_and_render() -> None:
        assert upload_image(admin_client, "gross.jpg", picture).status_code == 302
        CustomImage.objects.get().get_rendition("fill-800x450")

    legitimate = _measure(upload_and_render)
    bomb = _measure(lambda: upload_image(admin_client, "bombe.png", lying_png(100_000, 100_000)))
    print(
        f"\npeak memory: {width * height / 1e6:.1f} Mpx upload + rendition "
        f"{legitimate / 2**20:.0f} MiB ({legitimate / pixel_bytes:.2f}× its pixels); "
        f"10 Gpx bomb {bomb / 2**20:.1f} MiB"
    )
    assert legitimate < 3 * pixel_bytes
    assert bomb < 20 * 2**20
