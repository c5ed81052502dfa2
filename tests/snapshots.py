"""A real backup of the test database and the media roots, and its restore: SQLite's backup
API, or pg_dump and pg_restore on PostgreSQL, and copies of the directory trees. For tests that
commit (transactional), so that the dump sees what they wrote."""

import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from django.db import connection

from tests.live_servers import unavailable
from tests.narratives.canary import media_roots


@dataclass
class Snapshot:
    database: Path
    media: dict[Path, Path]


def pg_command(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        unavailable(f"{name} is not installed (Debian: postgresql-client)")
    return path


def pg_arguments() -> tuple[list[str], dict[str, str]]:
    config = connection.settings_dict
    arguments = ["--dbname", config["NAME"], "--no-owner"]
    if config.get("HOST"):
        arguments += ["--host", config["HOST"]]
    if config.get("PORT"):
        arguments += ["--port", str(config["PORT"])]
    if config.get("USER"):
        arguments += ["--username", config["USER"]]
    environment = {**os.environ, "PGPASSWORD": config.get("PASSWORD") or ""}
    return arguments, environment


def take(directory: Path) -> Snapshot:
    directory.mkdir(parents=True, exist_ok=True)
    database = directory / "database"
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        with sqlite3.connect(database) as target:
            connection.connection.backup(target)
        target.close()
    elif connection.vendor == "postgresql":
        arguments, environment = pg_arguments()
        subprocess.run(
            [pg_command("pg_dump"), "--format=custom", "--file", str(database), *arguments],
            check=True,
            env=environment,
        )
    else:
        unavailable(f"no backup for {connection.vendor}")
    media = {}
    for number, root in enumerate(media_roots()):
        media[root] = directory / f"media-{number}"
        shutil.copytree(root, media[root])
    return Snapshot(database, media)


def restore(snapshot: Snapshot) -> None:
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(snapshot.database) as source:
            source.backup(connection.connection)
        source.close()
    else:
        connection.close()  # pg_restore drops the tables: no session may hold them
        arguments, environment = pg_arguments()
        subprocess.run(
            [
                pg_command("pg_restore"),
                "--clean",
                "--if-exists",
                "--single-transaction",
                *arguments,
                str(snapshot.database),
            ],
            check=True,
            env=environment,
        )
    for root, copy in snapshot.media.items():
        shutil.rmtree(root)
        shutil.copytree(copy, root)
