"""Documents are accepted by what they contain, not by their name: HTML, SVG and programs
called "flyer.pdf" are refused with the reason, and nothing is stored."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from media_library.models import CustomDocument
from tests.factories.media_library import pdf_file


def office_file(part: str) -> bytes:
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(part, "<document/>")
    return output.getvalue()


DISGUISED = {
    "flyer.pdf": b"<html><body><script>alert(document.cookie)</script></body></html>",
    "plakat.pdf": b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    "setup.pdf": b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 64,
    "brief.docx": b"<html><script>alert(1)</script></html>",
    "tabelle.xlsx": office_file("word/document.xml"),  # a Word file named as a spreadsheet
    "video.mp4": b"#!/bin/sh\nrm -rf /\n",
    "untertitel.vtt": b"<script>alert(1)</script>",
}


@pytest.mark.parametrize(("name", "content"), DISGUISED.items())
def test_disguised_files_are_refused_with_a_reason(admin_client, name, content):
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Verdächtig", "file": SimpleUploadedFile(name, content)},
    )
    assert response.status_code == 200
    html = response.content.decode()
    extension = name.rsplit(".", 1)[1].upper()
    assert f"Der Inhalt dieser Datei ist keine {extension}-Datei" in html
    assert not CustomDocument.objects.exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("flyer.pdf", pdf_file().read()),
        ("brief.docx", office_file("word/document.xml")),
        ("tabelle.xlsx", office_file("xl/workbook.xml")),
        ("untertitel.vtt", b"WEBVTT\n\n00:00.000 --> 00:02.000\nHallo\n"),
        ("clip.mp4", b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 32),
    ],
)
def test_genuine_files_are_accepted(admin_client, name, content):
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Echt", "language": "de", "file": SimpleUploadedFile(name, content)},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert CustomDocument.objects.get().file.name.endswith("." + name.rsplit(".", 1)[1])
