"""With a virus scanner configured, only files it declares clean are stored; when it cannot
answer, nothing is stored either (fail closed). Runs against a real ClamAV daemon."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from PIL import Image

from media_library.models import CustomDocument, CustomImage
from media_library.virus_scan import UploadRefused
from tests.factories.media_library import pdf_file
from tests.media_library.conftest import MALWARE_MARKER


def infected_pdf() -> bytes:
    return pdf_file().read() + b"\n%" + MALWARE_MARKER + b"\n"


def infected_jpeg() -> bytes:
    output = io.BytesIO()
    # A JPEG comment carries the marker, as malware hides in metadata.
    Image.new("RGB", (32, 32), "red").save(output, "JPEG", comment=MALWARE_MARKER)
    return output.getvalue()


@pytest.fixture
def scanner(settings, clamd_socket):
    settings.CLAMD_ADDRESS = clamd_socket
    return clamd_socket


def post_document(client, content: bytes, name: str = "flyer.pdf"):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": "Flyer", "language": "de", "file": SimpleUploadedFile(name, content)},
    )


def test_an_infected_document_is_refused_with_the_finding(admin_client, scanner):
    response = post_document(admin_client, infected_pdf())
    assert response.status_code == 200
    html = response.content.decode()
    assert "Der Virenscanner hat Narrative.Test.Malware" in html
    assert not CustomDocument.objects.exists()


def test_a_clean_document_passes_the_scanner(admin_client, scanner):
    assert post_document(admin_client, pdf_file().read()).status_code == 302
    assert CustomDocument.objects.count() == 1


def test_an_infected_image_is_refused_before_its_metadata_is_removed(admin_client, scanner):
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Plakat",
            "alt_text": "Ein Plakat",
            "file": SimpleUploadedFile("plakat.jpg", infected_jpeg()),
        },
    )
    assert response.status_code == 200
    assert "Der Virenscanner hat Narrative.Test.Malware" in response.content.decode()
    assert not CustomImage.objects.exists()


def test_imports_are_scanned_too(db, scanner):
    with pytest.raises(UploadRefused):
        CustomDocument(title="Import", file=ContentFile(infected_pdf(), "import.pdf")).save()
    assert not CustomDocument.objects.exists()


@override_settings(CLAMD_ADDRESS="/nonexistent/clamd.sock")
def test_an_unreachable_scanner_refuses_every_upload(admin_client):
    response = post_document(admin_client, pdf_file().read())
    assert response.status_code == 200
    assert "Die Virenprüfung konnte nicht durchgeführt werden" in response.content.decode()
    assert not CustomDocument.objects.exists()


def test_without_a_scanner_uploads_are_stored(admin_client, settings):
    settings.CLAMD_ADDRESS = ""
    assert post_document(admin_client, pdf_file().read()).status_code == 302
