"""Virus scanning of uploads by a ClamAV daemon, when one is configured (CLAMD_ADDRESS).

Fails closed: once a scanner is configured, a file it has not declared clean is not stored,
whether it found something, could not be reached or gave up (file too long for its limit).
"""

from typing import TYPE_CHECKING

from clamav_client.clamd import ClamdError, ClamdNetworkSocket, ClamdUnixSocket
from django.conf import settings
from django.core.files import File
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

if TYPE_CHECKING:
    from wagtail.documents.models import AbstractDocument
    from wagtail.images.models import AbstractImage

SCAN_FAILED = gettext_lazy(
    "The virus scan could not be done (%(error)s); the file was not stored. Try again later."
)


class UploadRefused(ValueError):
    """The scanner did not declare the upload clean; the message says why, for the uploader."""


def _scanner() -> ClamdNetworkSocket | None:
    address = settings.CLAMD_ADDRESS
    if not address:
        return None
    host, _colon, port = address.rpartition(":")
    if address.startswith(("/", "unix://")) or not port.isdigit():
        return ClamdUnixSocket(path=address, timeout=settings.CLAMD_TIMEOUT)
    return ClamdNetworkSocket(host=host, port=int(port), timeout=settings.CLAMD_TIMEOUT)


def scan_upload(upload: File) -> None:
    """Raises UploadRefused unless the configured scanner declares the file clean."""
    scanner = _scanner()
    if scanner is None:
        return
    upload.seek(0)
    try:
        report = scanner.instream(upload)
    except (ClamdError, OSError) as error:
        raise UploadRefused(SCAN_FAILED % {"error": type(error).__name__}) from error
    finally:
        upload.seek(0)
    status, finding = report.get("stream", ("ERROR", "no answer"))
    if status == "FOUND":
        raise UploadRefused(
            _("The virus scanner found %(finding)s in this file; it was not stored.")
            % {"finding": finding}
        )
    if status != "OK":
        raise UploadRefused(SCAN_FAILED % {"error": finding})


def scan_once(instance: "AbstractImage | AbstractDocument") -> None:
    """Scans an image's or document's new file unless this very file was scanned already
    (forms scan in clean(), so they can show the reason; save() covers every other path)."""
    if getattr(instance, "_scanned_file", None) is instance.file:
        return
    scan_upload(instance.file)
    instance._scanned_file = instance.file
