"""Uploads lose what identifies people: GPS positions and camera details in photos (stored
original and renditions), author names in PDFs, and the upload's file name. Checked with
exiftool, a reader independent of the libraries that wrote the files."""

import io
import json
import subprocess
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from media_library.models import CustomDocument, CustomImage
from tests.factories.media_library import pdf_file

NAME = "Ahmet_Geheimname"


def read_tags(exiftool: str, path: str) -> dict:
    output = subprocess.run(  # noqa: S603 (our own path and a fixed tool)
        [exiftool, "-json", "-a", "-G1", path], capture_output=True, check=True, text=True
    ).stdout
    return json.loads(output)[0]


def photo_with_gps(image_format: str = "JPEG") -> bytes:
    """A portrait photo lying on its side (EXIF orientation 6), with GPS, camera and owner."""
    image = Image.new("RGB", (40, 20), "steelblue")
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° to show upright
    exif[0x010F] = "Kamerahersteller"  # Make
    exif[0x0110] = "Modell X100"  # Model
    exif[0xA430] = NAME  # CameraOwnerName
    exif[0x8825] = {1: "N", 2: (51.0, 27.0, 3.0), 3: "E", 4: (7.0, 0.0, 42.0)}  # GPSInfo
    output = io.BytesIO()
    image.save(output, format=image_format, exif=exif.tobytes())
    return output.getvalue()


@pytest.mark.parametrize("image_format", ["JPEG", "PNG", "WEBP"])
def test_photos_are_stored_without_metadata_upright_and_renamed(
    db, exiftool, image_format, tmp_path
):
    extension = image_format.lower()
    before = tmp_path / f"{NAME}-before.{extension}"
    before.write_bytes(photo_with_gps(image_format))
    assert "GPS:GPSLatitude" in read_tags(exiftool, str(before))  # the test photo has them

    image = CustomImage.objects.create(
        title="Treffen",
        alt_text="Ein Treffen",
        file=SimpleUploadedFile(f"{NAME}.{extension}", before.read_bytes()),
    )
    tags = read_tags(exiftool, image.file.path)
    leaks = {key: value for key, value in tags.items() if NAME in str(value)}
    assert not leaks
    assert not [key for key in tags if key.startswith(("GPS", "EXIF", "IFD0", "XMP"))], tags
    assert NAME not in image.file.name and image.file.name.endswith(f".{extension}")
    assert (image.width, image.height) == (20, 40)  # turned upright, then the tag dropped
    assert image.file_size == Path(image.file.path).stat().st_size

    rendition = image.get_rendition("fill-10x10")
    rendition_tags = read_tags(exiftool, rendition.file.path)
    assert not [key for key in rendition_tags if key.startswith(("GPS", "EXIF", "IFD0", "XMP"))]


def test_transparency_survives(db):
    image = Image.new("P", (4, 4), 1)
    image.putpalette([0, 0, 0, 255, 255, 255] + [0] * 762)
    output = io.BytesIO()
    image.save(output, format="PNG", transparency=1)
    stored = CustomImage.objects.create(
        title="Logo", alt_text="Logo", file=SimpleUploadedFile("logo.png", output.getvalue())
    )
    with Image.open(stored.file.path) as reopened:
        assert reopened.info.get("transparency") == 1


def test_pdfs_lose_author_and_creator(db, exiftool, tmp_path):
    upload = pdf_file(f"{NAME}.pdf", author=NAME)
    before = tmp_path / f"{NAME}-before.pdf"
    before.write_bytes(upload.read())
    assert read_tags(exiftool, str(before)).get("PDF:Author") == NAME
    upload.seek(0)

    document = CustomDocument.objects.create(title="Flyer", file=upload)
    tags = read_tags(exiftool, document.file.path)
    assert not {key: value for key, value in tags.items() if NAME in str(value)}, tags
    assert "PDF:Author" not in tags and "PDF:Creator" not in tags
    assert NAME not in document.file.name


def test_an_unreadable_pdf_is_refused_with_a_reason(admin_client):
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Kaputt", "file": SimpleUploadedFile("kaputt.pdf", b"%PDF-1.4 not really")},
    )
    assert response.status_code == 200
    assert not CustomDocument.objects.exists()
    assert "Diese PDF-Datei kann nicht gelesen werden" in response.content.decode()


def test_an_upload_through_the_admin_is_cleaned_too(admin_client, exiftool):
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Treffen",
            "alt_text": "Ein Treffen",
            "file": SimpleUploadedFile(f"{NAME}.jpg", photo_with_gps(), "image/jpeg"),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    image = CustomImage.objects.get()
    assert NAME not in image.file.name
    tags = read_tags(exiftool, image.file.path)
    assert not [key for key in tags if key.startswith(("GPS", "EXIF", "XMP"))]


def office_file_with_names(extension: str) -> bytes:
    """A minimal Word or ODF file whose properties and comments name their author."""
    if extension == "odt":
        parts = {
            "mimetype": "application/vnd.oasis.opendocument.text",
            "meta.xml": (
                '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:'
                'office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta>'
                f"<meta:initial-creator>{NAME}</meta:initial-creator><dc:creator>{NAME}"
                "</dc:creator></office:meta></office:document-meta>"
            ),
            "content.xml": "<office:document-content>Elternbrief</office:document-content>",
        }
    else:
        parts = {
            "[Content_Types].xml": "<Types/>",
            "docProps/core.xml": (
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
                'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
                f"<dc:creator>{NAME}</dc:creator><cp:lastModifiedBy>{NAME}</cp:lastModifiedBy>"
                "</cp:coreProperties>"
            ),
            "docProps/app.xml": (
                f"<Properties><Company>Büro {NAME}</Company><Manager>{NAME}</Manager></Properties>"
            ),
            "word/document.xml": "<w:document><w:body>Elternbrief</w:body></w:document>",
            "word/comments.xml": (
                f'<w:comments><w:comment w:id="0" w:author="{NAME}" w:initials="AG">'
                "Bitte prüfen</w:comment></w:comments>"
            ),
        }
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        for name, text in parts.items():
            # ODF's "mimetype" comes first and uncompressed; the rest is deflated.
            compression = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(name, text, compress_type=compression)
    return output.getvalue()


@pytest.mark.parametrize("extension", ["docx", "odt"])
def test_office_files_lose_their_authors(admin_client, exiftool, extension):
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Elternbrief",
            "language": "de",
            "file": SimpleUploadedFile(f"{NAME}.{extension}", office_file_with_names(extension)),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    document = CustomDocument.objects.get()
    assert NAME not in document.file.name
    tags = read_tags(exiftool, document.file.path)
    assert not {key: value for key, value in tags.items() if NAME in str(value)}, tags
    with zipfile.ZipFile(document.file.path) as archive:
        for part in archive.namelist():
            assert NAME.encode() not in archive.read(part), part
        if extension == "docx":
            assert b"Elternbrief" in archive.read("word/document.xml")
            assert "Bitte prüfen".encode() in archive.read("word/comments.xml")
        else:
            assert b"Elternbrief" in archive.read("content.xml")
            assert archive.namelist()[0] == "mimetype"
            assert archive.getinfo("mimetype").compress_type == zipfile.ZIP_STORED


def test_a_damaged_office_file_is_refused_with_a_reason(admin_client):
    whole = office_file_with_names("docx")
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Kaputt", "language": "de", "file": SimpleUploadedFile("b.docx", whole[:-40])},
    )
    assert response.status_code == 200
    assert "Diese Datei kann nicht gelesen werden" in response.content.decode()
    assert not CustomDocument.objects.exists()
