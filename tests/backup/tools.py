"""The backup tools the tests run for real: fail under CI=true when one is missing, skip locally."""

import os
import shutil
import subprocess
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
