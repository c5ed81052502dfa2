"""The production settings pass Django's deployment checks, warnings included."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_production_settings_pass_the_deployment_checks(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'deploy.sqlite3'}",
        "DJANGO_SECRET_KEY": "a-unique-production-key-for-this-check-only-" + "x" * 20,
        "DJANGO_ALLOWED_HOSTS": "kurve-kriegen.example.org",
    }
    env.pop("DJANGO_DEBUG", None)
    result = subprocess.run(  # noqa: S603 (this interpreter and our manage.py)
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_pages_cannot_be_framed(client, home):
    response = client.get(home.url)
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
