"""Independent tools the media tests check against: exiftool (a reader of metadata that none of
our libraries wrote) and a real ClamAV daemon."""

import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

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


CLAMD = "/usr/sbin/clamd"
# A signature of our own: the real databases come from the internet, which CI cannot reach.
MALWARE_MARKER = b"NARRATIVE-CMS-MALWARE-TEST-SIGNATURE"


@pytest.fixture(scope="session")
def clamd_socket(tmp_path_factory) -> Iterator[str]:
    """A real ClamAV daemon with one test signature, listening on a socket of its own."""
    if not Path(CLAMD).exists():
        message = "clamd not found (apt-get install clamav-daemon)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    home = tmp_path_factory.mktemp("clamd")
    (home / "db").mkdir()
    (home / "db" / "test.ndb").write_text(f"Narrative.Test.Malware:0:*:{MALWARE_MARKER.hex()}\n")
    socket = home / "clamd.sock"
    (home / "clamd.conf").write_text(
        f"Foreground yes\nLocalSocket {socket}\nDatabaseDirectory {home / 'db'}\n"
        f"LogFile {home / 'clamd.log'}\nStreamMaxLength 60M\n"
    )
    daemon = subprocess.Popen(  # noqa: S603 (a fixed program and our own configuration)
        [CLAMD, f"--config-file={home / 'clamd.conf'}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while not socket.exists():
        if daemon.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"clamd did not start: {(home / 'clamd.log').read_text()[-500:]}")
        time.sleep(0.1)
    yield str(socket)
    daemon.terminate()
    daemon.wait(timeout=10)
