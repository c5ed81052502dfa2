"""An original that cannot be written whole because the disk is full is refused, and nothing
of it stays on the disk; what fits is stored as before. The disk is a real tmpfs of 64 KiB
(mounting one needs root, as CI has)."""

import errno
import os
import subprocess

import pytest
from django.core.files.base import ContentFile

from media_library.storage import PrivateFileStorage
from tests.conftest import IN_CI


@pytest.fixture
def small_disk(tmp_path):
    if os.geteuid() != 0:
        message = "mounting a tmpfs needs root"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(tmp_path)], check=True)
    yield tmp_path
    subprocess.run(["umount", str(tmp_path)], check=True)


def test_an_original_the_disk_cannot_hold_is_refused_and_leaves_nothing(small_disk):
    storage = PrivateFileStorage(location=str(small_disk))
    with pytest.raises(OSError) as refused:
        storage.save("original_images/portrait.png", ContentFile(os.urandom(256 * 1024)))
    assert refused.value.errno == errno.ENOSPC
    assert [path for path in small_disk.rglob("*") if path.is_file()] == []

    name = storage.save("original_images/portrait.png", ContentFile(os.urandom(8 * 1024)))
    assert storage.size(name) == 8 * 1024
