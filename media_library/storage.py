"""Where originals live: a storage without public URLs.

Image originals are full resolution and documents may sit in restricted collections; public
pages show renditions (default storage, served as static media) and documents go through
Wagtail's serve view, which checks collection restrictions. So neither original is ever put
where the web server serves media from. In production the "private" storage alias can point at
a non-public bucket instead (STORAGES in the settings).
"""

from django.core.files.storage import FileSystemStorage, storages


class PrivateFileStorage(FileSystemStorage):
    """Local files with no URL at all: asking for one is a programming error, not a 404."""

    def url(self, name: str | None) -> str:
        # Wagtail's document view treats NotImplementedError as "serve through Django".
        raise NotImplementedError("Files in private storage have no public URL.")


def private_storage() -> FileSystemStorage:
    """The storage of originals; a callable so migrations don't freeze the configuration."""
    return storages["private"]
