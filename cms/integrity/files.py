"""Which rows name a file the storage does not hold: one listing per directory (one request per
thousand names on object storage) instead of an `exists()` per file."""

import posixpath
from collections import defaultdict

from django.core.files.storage import Storage
from django.db.models import QuerySet

from .registry import Findings


def listed_files(storage: Storage, directory: str) -> set[str]:
    try:
        _directories, files = storage.listdir(directory)
    except FileNotFoundError:  # the local directory itself is gone
        return set()
    return set(files)


def missing_files(queryset: QuerySet, field: str = "file") -> Findings:
    """The rows of the queryset whose file (in the field's own storage) is missing."""
    storage = queryset.model._meta.get_field(field).storage
    by_directory: dict[str, list[tuple[object, str]]] = defaultdict(list)
    missing = []
    for pk, name in queryset.order_by("pk").values_list("pk", field).iterator():
        if name:
            by_directory[posixpath.dirname(name)].append((pk, posixpath.basename(name)))
        else:
            missing.append(pk)
    for directory, entries in by_directory.items():
        present = listed_files(storage, directory)
        missing.extend(pk for pk, name in entries if name not in present)
    return Findings.of(queryset.model, sorted(missing))
