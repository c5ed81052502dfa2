"""Wagtail's image and document models where we change what they do with files: the stored
file's size and hash, the storage of pending uploads, and the creation of renditions."""

from collections.abc import Callable, Sequence

from django.core.files.storage import Storage
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage, AbstractRendition, Filter
from wagtail.models import UploadedFile

Renditions = dict[Filter, AbstractRendition]


def refresh_file_metadata(obj: AbstractImage | AbstractDocument) -> None:
    """Sets the file size and hash from the file as it will be stored (after we rewrote the
    upload); Wagtail sets them only in its own upload views, with private methods."""
    if isinstance(obj, AbstractImage):
        obj._set_image_file_metadata()
    else:
        obj._set_document_file_metadata()


def store_pending_uploads_in(storage: Storage) -> None:
    """Keeps the files of Wagtail's `UploadedFile` (the multiple uploader's waiting files) in
    `storage`; Wagtail's model has no setting for it and uses the default storage."""
    field = UploadedFile._meta.get_field("file")
    field.storage = storage
    # Wagtail's migrations describe the field without a storage; keep describing it so, or
    # makemigrations would write a migration into Wagtail's own app.
    describe = field.deconstruct

    def deconstruct_without_storage() -> tuple:
        name, path, args, kwargs = describe()
        kwargs.pop("storage", None)
        return name, path, args, kwargs

    field.deconstruct = deconstruct_without_storage


class RenditionCreationMixin:
    """Sends Wagtail's creation of renditions (after its lookup missed) through
    `create_missing_renditions(filters, create)`, `create` being Wagtail's own creation.

    Wagtail has no hook around the creation; its two public methods are replaced, and its
    create_renditions() hands a single filter to create_rendition(), which would come back here.
    """

    def create_missing_renditions(
        self, filters: Sequence[Filter], create: Callable[[list[Filter]], Renditions]
    ) -> Renditions:
        return create(list(filters))

    def create_rendition(self, filter: Filter) -> AbstractRendition:
        return self.create_missing_renditions([filter], self._create_as_wagtail_does)[filter]

    def create_renditions(self, *filters: Filter) -> Renditions:
        return self.create_missing_renditions(filters, self._create_as_wagtail_does)

    def _create_as_wagtail_does(self, filters: list[Filter]) -> Renditions:
        # Next in the image model's MRO is Wagtail's AbstractImage, untyped here.
        if len(filters) == 1:
            return {filters[0]: super().create_rendition(filters[0])}  # type: ignore[misc]
        return super().create_renditions(*filters)  # type: ignore[misc]
