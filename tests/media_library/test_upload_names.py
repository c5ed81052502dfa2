"""A file name that may be a person's name becomes neither a title nor a stored name, in the
single and the multiple uploader, and uploads left half-done do not linger."""

import io
import os
import time
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import UploadedFile

from media_library.models import CustomDocument, CustomImage
from tests.factories.media_library import pdf_file
from tests.media_library.test_upload_metadata import NAME, photo_with_gps, read_tags

PERSON = "Ahmet Geheimname"


def all_stored_names() -> list[str]:
    roots = (Path(settings.MEDIA_ROOT), Path(settings.PRIVATE_MEDIA_ROOT))
    return [str(path) for root in roots for path in root.rglob("*") if path.is_file()]


def test_the_browser_is_not_told_to_copy_the_file_name_into_the_title(admin_client):
    for url in (reverse("wagtailimages:add"), reverse("wagtaildocs:add")):
        html = admin_client.get(url).content.decode()
        assert "data-w-sync-target-value" not in html


def test_a_title_that_is_the_file_name_is_replaced_by_a_neutral_one(admin_client):
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": NAME,  # what Wagtail's script would have copied from the file name
            "alt_text": "Ein Treffen",
            "file": SimpleUploadedFile(f"{NAME}.jpg", photo_with_gps(), "image/jpeg"),
        },
    )
    assert response.status_code == 302
    image = CustomImage.objects.get()
    assert image.title.startswith("Bild vom ")
    assert "Geheimname" not in image.title


def test_a_title_the_editor_typed_is_kept(admin_client):
    admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Elternbrief 2.2025", "language": "de", "file": pdf_file(f"{NAME}.pdf")},
    )
    assert CustomDocument.objects.get().title == "Elternbrief 2.2025"


def test_the_multiple_document_uploader_titles_and_stores_neutrally(admin_client):
    response = admin_client.post(
        reverse("wagtaildocs:add_multiple"),
        {"title": PERSON, "files[]": pdf_file(f"{PERSON}.pdf", author=PERSON)},
    )
    data = response.json()
    assert data["success"]
    # Our documents ask for a language and rights before they are created.
    assert "Geheimname" not in data["form"]
    assert "Dokument vom " in data["form"]
    pending = UploadedFile.objects.get()
    assert "Geheimname" not in pending.file.name
    assert b"Geheimname" not in Path(pending.file.path).read_bytes()
    assert not any("Geheimname" in name for name in all_stored_names())


def test_a_photo_waiting_for_its_details_is_clean_private_and_neutrally_titled(
    admin_client, exiftool
):
    # Our images need an alternative text, so Wagtail keeps the file as an UploadedFile and
    # asks for the details.
    response = admin_client.post(
        reverse("wagtailimages:add_multiple"),
        {"title": PERSON, "files[]": SimpleUploadedFile(f"{PERSON}.jpg", photo_with_gps())},
    )
    data = response.json()
    assert data["success"] and "uploaded_file_id" in data
    assert "Geheimname" not in data["form"]
    assert "Bild vom " in data["form"]

    pending = UploadedFile.objects.get()
    stored = Path(pending.file.path)
    assert not stored.resolve().is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    assert "Geheimname" not in stored.name
    tags = read_tags(exiftool, str(stored))
    assert not [key for key in tags if key.startswith(("GPS", "EXIF", "XMP"))], tags

    upload_id = data["uploaded_file_id"]
    finished = admin_client.post(
        reverse("wagtailimages:create_multiple_from_uploaded_image", args=[upload_id]),
        {
            f"uploaded-image-{upload_id}-title": "Bild vom Treffen",
            f"uploaded-image-{upload_id}-alt_text": "Ein Treffen",
        },
    )
    assert finished.json()["success"], finished.json()
    image = CustomImage.objects.get()
    tags = read_tags(exiftool, image.file.path)
    assert not [key for key in tags if key.startswith(("GPS", "EXIF", "XMP"))], tags
    assert not any("Geheimname" in name for name in all_stored_names())
    assert not UploadedFile.objects.exists()


def test_uploads_left_half_done_are_deleted_after_a_day(admin_client):
    for _ in range(2):
        admin_client.post(
            reverse("wagtailimages:add_multiple"),
            {"files[]": SimpleUploadedFile("foto.jpg", photo_with_gps())},
        )
    old, recent = UploadedFile.objects.order_by("pk")
    day_and_a_bit_ago = time.time() - 25 * 3600
    os.utime(old.file.path, (day_and_a_bit_ago, day_and_a_bit_ago))
    old_path = old.file.path

    output = io.StringIO()
    call_command("run_scheduled_jobs", stdout=output)  # the periodic job
    assert "1 uploads left unfinished for a day deleted" in output.getvalue()
    assert list(UploadedFile.objects.all()) == [recent]
    assert not Path(old_path).exists()
