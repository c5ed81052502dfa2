"""What an uploaded document really is, by its first bytes rather than its name.

A file called "flyer.pdf" that holds HTML, SVG or a program would be served from our domain to
visitors who trust it. Each allowed extension (settings.WAGTAILDOCS_EXTENSIONS) names the
signatures its content must start with; anything else is refused with the reason.
"""

from django.core.files import File

ZIP = (b"PK\x03\x04",)  # docx, pptx, xlsx and odt are zip containers
SIGNATURES: dict[str, tuple[bytes, ...]] = {
    "pdf": (b"%PDF-",),
    "docx": ZIP,
    "pptx": ZIP,
    "xlsx": ZIP,
    "odt": ZIP,
    "mp4": (),  # checked by its "ftyp" box below
    "webm": (b"\x1a\x45\xdf\xa3",),
    "mp3": (b"ID3", b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"),
    "ogg": (b"OggS",),
    "vtt": (b"WEBVTT", b"\xef\xbb\xbfWEBVTT"),
}
# The inside of a zip that makes it the office format its name claims.
ZIP_MARKERS = {
    "docx": b"word/",
    "pptx": b"ppt/",
    "xlsx": b"xl/",
    "odt": b"mimetypeapplication/vnd.oasis.opendocument.text",
}
HEAD_BYTES = 4096


def content_matches_extension(upload: File, extension: str) -> bool:
    """True when the file's first bytes are what its extension promises."""
    upload.seek(0)
    head = upload.read(HEAD_BYTES)
    upload.seek(0)
    extension = extension.lower()
    if extension == "mp4":
        return head[4:8] == b"ftyp"
    signatures = SIGNATURES.get(extension)
    if not signatures or not head.startswith(signatures):
        return False
    marker = ZIP_MARKERS.get(extension)
    if marker is None:
        return True
    # Office files name their parts early; look through the whole archive's central
    # directory names only when the head does not show them (read at most 5 MB).
    if marker in head:
        return True
    rest = upload.read(5 * 1024 * 1024)
    upload.seek(0)
    return marker in rest
