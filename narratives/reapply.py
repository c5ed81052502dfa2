"""Reapplying the erasure ledger after a restore: whatever a backup brought back of an erased or
taken-down messenger goes again, in the database, the media storages, the search engine and the
caches (docs/erasure-ledger.md).

Each entry is applied by the action that wrote it (erasure.py, takedown.py), given the entry:
profiles are found by their translation key, which a restore cannot give to another page;
images and documents by id only where the row still names the file the ledger lists (ids may
have gone to new uploads since the restore). Files are found by hashing the names the
storages list. Applying an entry twice finds nothing the second time.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.files.storage import Storage, storages
from django.db import transaction
from django.db.models import Q
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from cms.page_cache.purge import purge_everything
from search.services import forget_pages

from . import erasure_ledger
from .erasure import erase_files, erase_messenger, same_files
from .erasure_ledger import ERASURE, Entry
from .models import MessengerPage
from .takedown import take_down_messenger

logger = logging.getLogger(__name__)

Progress = Callable[[str], None]


@dataclass
class Reapplied:
    entries: int = 0
    profiles_erased: int = 0
    profiles_taken_down: int = 0
    files_deleted: int = 0


def profiles_with_key(translation_key: str) -> list[MessengerPage]:
    return list(
        MessengerPage.objects.filter(
            Q(translation_key=translation_key) | Q(alias_of__translation_key=translation_key)
        ).order_by("pk")
    )


def reapply(entries: list[Entry], progress: Progress | None = None) -> Reapplied:
    """Applies the entries again, oldest first, each in its own transaction, then deletes their
    files, drops their pages from the engine and purges every cached page (all of them were
    rendered before the restore)."""
    report = Reapplied()
    done = erasure_ledger.applied([entry.id for entry in entries])
    for number, entry in enumerate(entries, start=1):
        if progress:
            progress(f"{number}/{len(entries)}: {entry.kind} {entry.id} ({entry.at})")
        reapply_entry(entry, already_applied=entry.id in done, report=report)
        report.entries += 1
    keys = {key for entry in entries for key in entry.files}
    report.files_deleted = delete_files(keys, progress)
    forget_pages({page_id for entry in entries for page_id in entry.pages})
    if report.entries:
        purge_everything()
    erasure_ledger.watch.forget()
    return report


def reapply_entry(entry: Entry, *, already_applied: bool, report: Reapplied) -> None:
    copies = profiles_with_key(entry.translation_key)
    if entry.kind == ERASURE:
        if copies:
            erase_messenger(copies[0], entry=entry)
            report.profiles_erased += 1
        else:
            with transaction.atomic():
                erase_files(
                    get_image_model(), same_files(get_image_model(), entry.images, entry.files)
                )
                erase_files(
                    get_document_model(),
                    same_files(get_document_model(), entry.documents, entry.files),
                )
                erasure_ledger.write(entry)
    elif not already_applied:
        # A takedown is undone by a later review that publishes the profile again: only one the
        # database has not seen is applied again.
        if copies:
            take_down_messenger(copies[0], entry=entry)
            report.profiles_taken_down += 1
        else:
            with transaction.atomic():
                erasure_ledger.write(entry)


def media_storages() -> dict[str, Storage]:
    return {alias: storages[alias] for alias in settings.STORAGES if alias != "staticfiles"}


def listed_files(storage: Storage, directory: str = "") -> list[str]:
    directories, files = storage.listdir(directory)
    names = [f"{directory}/{name}" if directory else name for name in files]
    for name in directories:
        names += listed_files(storage, f"{directory}/{name}" if directory else name)
    return names


def delete_files(keys: set[str], progress: Progress | None = None) -> int:
    """Deletes the files under the media storages whose names hash to one of the keys, unless
    a row refers to the file (a rendition made again under the same name since)."""
    if not keys:
        return 0
    deleted = 0
    for alias, storage in media_storages().items():
        try:
            names = listed_files(storage)
        except FileNotFoundError:
            continue
        matches = {name for name in names if erasure_ledger.file_key(name) in keys}
        erased = matches - referenced(matches)
        for name in erased:
            storage.delete(name)
        deleted += len(erased)
        if progress:
            progress(f"storage {alias}: {len(names)} files looked at, {len(erased)} deleted")
    return deleted


def referenced(names: set[str]) -> set[str]:
    if not names:
        return set()
    image_model = get_image_model()
    return {
        *image_model.objects.filter(file__in=names).values_list("file", flat=True),
        *image_model.get_rendition_model()
        .objects.filter(file__in=names)
        .values_list("file", flat=True),
        *get_document_model().objects.filter(file__in=names).values_list("file", flat=True),
    }
