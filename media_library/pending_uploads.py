"""Uploads waiting for their details (Wagtail's multiple uploader).

When a file passes the uploader's checks but the object needs more (our images need an
alternative text), Wagtail keeps it as an `UploadedFile` until the editor fills in the form.
Left alone, that file keeps its upload name and metadata, sits under MEDIA_ROOT where it is
served, and stays forever if the editor walks away. So such files are cleaned and renamed like
every original, kept in private storage, and deleted after a day.
"""

from datetime import timedelta
from pathlib import PurePath

from django.db.models.signals import pre_save
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import UploadedFile

from cms.upstream.media import store_pending_uploads_in

from .metadata import (
    OFFICE_EXTENSIONS,
    image_without_metadata,
    office_without_metadata,
    pdf_without_metadata,
    random_name,
)
from .storage import private_storage

ABANDONED_AFTER = timedelta(days=1)


def clean_pending_upload(sender: type, instance: UploadedFile, **kwargs: object) -> None:
    if not instance.file or instance.file._committed:
        return
    upload = instance.file
    model = instance.for_content_type.model_class() if instance.for_content_type_id else None
    if model is get_image_model():
        # The uploader already refused what cannot be read (the image model's clean()).
        instance.file, _width, _height = image_without_metadata(upload)
    elif model is get_document_model() and upload.name.lower().endswith(".pdf"):
        instance.file = pdf_without_metadata(upload)
    elif model is get_document_model() and PurePath(upload.name).suffix in OFFICE_EXTENSIONS:
        instance.file = office_without_metadata(upload)
    else:
        upload.name = random_name(upload.name)


def keep_pending_uploads_private() -> None:
    """Called once at start-up: Wagtail's model stores them in the default (public) storage."""
    store_pending_uploads_in(private_storage())
    pre_save.connect(clean_pending_upload, sender=UploadedFile, dispatch_uid="clean_pending_upload")


def delete_abandoned_uploads() -> int:
    """Deletes uploads nobody finished within a day, with their files; returns how many.

    Wagtail's model has no timestamp; the stored file's modification time serves as one.
    """
    cutoff = timezone.now() - ABANDONED_AFTER
    count = 0
    for upload in UploadedFile.objects.iterator():
        storage = upload.file.storage
        name = upload.file.name
        if name and storage.exists(name) and storage.get_modified_time(name) >= cutoff:
            continue
        if name and storage.exists(name):
            storage.delete(name)
        upload.delete()
        count += 1
    return count
