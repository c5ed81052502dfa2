"""Running Python under other settings (production, development) in a fresh interpreter: the
test process cannot switch its own settings module."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def production_environment(**extra: str) -> dict[str, str]:
    """A production environment that passes production.py's own checks; `extra` adds to it."""
    return {
        "DJANGO_SECRET_KEY": "a-unique-production-key-for-this-check-only-" + "x" * 20,
        "DATABASE_URL": "postgres://u:p@localhost/db",
        "DJANGO_ALLOWED_HOSTS": "kurve-kriegen.example.org",
        **extra,
    }


def run_python(module: str, code: str, **env: str) -> subprocess.CompletedProcess:
    """Runs `code` (or `manage.py` arguments, when code starts with "manage.py") with the
    settings module and environment given; DJANGO_* variables of this process stay out."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment.pop("DATABASE_URL", None)
    environment.update(env, DJANGO_SETTINGS_MODULE=module)
    command = code.split() if code.startswith("manage.py") else ["-c", code]
    return subprocess.run(  # noqa: S603 (this interpreter, our code)
        [sys.executable, *command],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def settings_values(module: str, expression: str, **env: str) -> object:
    """The JSON value of `expression` (over `s`, the settings) under another settings module."""
    result = run_python(
        module,
        "import json, django; django.setup(); from django.conf import settings as s;"
        f" print(json.dumps({expression}))",
        **env,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])
