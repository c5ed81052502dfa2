"""Originals on S3-compatible object storage, for several application instances that must all
read the same files (docs/deploy.md, "Several instances"). Imported only when the settings choose
object storage, so the `s3` extra stays optional.
"""

from typing import Any

from storages.backends.s3 import S3Storage


class PrivateObjectStorage(S3Storage):
    """Originals in a bucket of their own: every object private, and, as with
    PrivateFileStorage, no URL at all (not even a signed one). Documents go through Wagtail's
    serve view, which checks collection restrictions; images only ever show as renditions."""

    def __init__(self, **options: Any) -> None:  # noqa: ANN401 (S3Storage's options)
        super().__init__(**options)
        # Not configurable: a setting must not be able to publish originals.
        self.default_acl = "private"
        self.querystring_auth = False
        self.file_overwrite = False

    def url(
        self,
        name: str | None,
        parameters: dict | None = None,
        expire: int | None = None,
        http_method: str | None = None,
    ) -> str:
        # Wagtail's document view treats NotImplementedError as "serve through Django".
        raise NotImplementedError("Files in private storage have no public URL.")
