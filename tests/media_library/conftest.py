"""exiftool: a reader of image and PDF metadata independent of the libraries that write it."""

import shutil

import pytest

from tests.conftest import IN_CI


@pytest.fixture
def exiftool() -> str:
    path = shutil.which("exiftool")
    if path is None:
        message = "exiftool not found (apt-get install libimage-exiftool-perl)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture
def admin_client(client, admin_user):
    from tests.factories.second_factor import log_in_with_second_factor

    log_in_with_second_factor(client, admin_user)
    return client
