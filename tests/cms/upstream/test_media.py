from wagtail.images.models import AbstractImage
from wagtail.models import UploadedFile
from wagtail.utils.file import hash_filelike

from cms.upstream.media import RenditionCreationMixin, refresh_file_metadata
from media_library.models import CustomImage
from media_library.storage import private_storage
from tests.factories.media_library import DocumentFactory, ImageFactory

from . import source_digest


def test_file_metadata_is_read_from_the_stored_file(db):
    for obj in (ImageFactory(), DocumentFactory()):
        obj.file_size, obj.file_hash = None, ""
        refresh_file_metadata(obj)
        with obj.open_file() as stored:
            assert obj.file_hash == hash_filelike(stored)
        assert obj.file_size == obj.file.size > 0


def test_pending_uploads_are_kept_privately_and_described_as_wagtails():
    field = UploadedFile._meta.get_field("file")
    assert isinstance(field.storage, type(private_storage()))
    assert "storage" not in field.deconstruct()[3]


def test_wagtails_creation_of_renditions_goes_through_ours():
    """If this fails, re-check RenditionCreationMixin: it relies on create_renditions() handing
    a single filter to create_rendition()."""
    assert CustomImage.create_rendition is RenditionCreationMixin.create_rendition
    assert CustomImage.create_renditions is RenditionCreationMixin.create_renditions
    assert source_digest(AbstractImage.create_renditions) == "1521f52ce67e3a88"
    assert source_digest(AbstractImage.create_rendition) == "6d0e50db85e6b53f"
