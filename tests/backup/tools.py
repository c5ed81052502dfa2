"""The backup tools the tests run for real: fail under CI=true when one is missing, skip locally."""

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from tests.live_servers import unavailable

POSTGRES_BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))


def require(*names: str) -> None:
    missing = [name for name in names if not find(name)]
    if not missing:
        return
    unavailable(
        f"needs {', '.join(missing)} (Debian: apt-get install pgbackrest restic postgresql)"
    )


def find(name: str) -> str | None:
    if name in ("initdb", "pg_ctl", "psql"):
        path = POSTGRES_BIN / name
        return str(path) if path.exists() else None
    return shutil.which(name)


def restic_repository(directory: Path) -> dict[str, str]:
    """A new restic repository in `directory`: the variables restic reads."""
    password = directory / "restic-password"
    password.write_text("drill password, not a secret\n")
    env = {
        **os.environ,
        "RESTIC_REPOSITORY": str(directory / "restic"),
        "RESTIC_PASSWORD_FILE": str(password),
    }
    subprocess.run(["restic", "init", "--quiet"], env=env, check=True, capture_output=True)
    return env


def media_snapshots(tmp_path: Path, settings: object) -> Callable[..., None]:
    """A restic repository of a media root holding one 1,000-byte file, configured as the
    site's; returns what takes a snapshot (at a given time, e.g. "2026-01-01 00:00:00")."""
    require("restic")
    env = restic_repository(tmp_path)
    root = tmp_path / "media"
    root.mkdir()
    (root / "original.jpg").write_bytes(b"x" * 1000)
    settings.RESTIC_REPOSITORY = env["RESTIC_REPOSITORY"]
    settings.RESTIC_PASSWORD_FILE = env["RESTIC_PASSWORD_FILE"]
    settings.BACKUP_MEDIA_MAX_AGE_HOURS = 3

    def snapshot(when: str | None = None) -> None:
        at = ["--time", when] if when else []
        command = ["restic", "backup", "--quiet", *at, str(root)]
        subprocess.run(command, env=env, check=True, capture_output=True)

    return snapshot
