"""Where originals live: a storage without public URLs.

Image originals are full resolution and documents may sit in restricted collections; public
pages show renditions (default storage, served as static media) and documents go through
Wagtail's serve view, which checks collection restrictions. So neither original is ever put
where the web server serves media from. In production the "private" storage alias can point at
a non-public bucket instead (STORAGES in the settings).
"""

import os

from django.core.files.base import File
from django.core.files.storage import FileSystemStorage, storages


class PrivateFileStorage(FileSystemStorage):
    """Local files with no URL at all: asking for one is a programming error, not a 404.

    A file that cannot be written whole (the disk is full, the upload breaks off) is removed
    again: the upload is refused and no row will ever name what was written of it."""

    def _save(self, name: str, content: File) -> str:
        try:
            return super()._save(name, content)
        except OSError:
            # Created by this call (Django writes new files with O_EXCL), so no one else's.
            if os.path.exists(self.path(name)):
                os.remove(self.path(name))
            raise

    def url(self, name: str | None) -> str:
        # Wagtail's document view treats NotImplementedError as "serve through Django".
        raise NotImplementedError("Files in private storage have no public URL.")


def private_storage() -> FileSystemStorage:
    """The storage of originals; a callable so migrations don't freeze the configuration."""
    return storages["private"]
