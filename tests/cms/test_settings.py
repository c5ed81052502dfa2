"""Configuration comes from the environment; production refuses unsafe defaults."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]


PRINT_SETTINGS = (
    "import django; django.setup(); from django.conf import settings as s;"
    " print(s.DATABASES['default']['ENGINE'], s.DEBUG, s.ALLOWED_HOSTS)"
)


def load_settings(module: str, **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment.pop("DATABASE_URL", None)
    environment.update(env, DJANGO_SETTINGS_MODULE=module)
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings as s;"
            " print(s.DATABASES['default']['ENGINE'], s.DEBUG, s.ALLOWED_HOSTS)",
        ],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.smoke
def test_development_defaults_give_a_sqlite_site():
    result = load_settings("cms.settings.dev")
    assert result.returncode == 0, result.stderr
    assert "sqlite3 True" in result.stdout


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({}, "DJANGO_SECRET_KEY must be set"),
        (
            {
                "DJANGO_SECRET_KEY": "django-insecure-development-only-key-never-use-in-production",
                "DATABASE_URL": "postgres://u:p@localhost/db",
                "DJANGO_ALLOWED_HOSTS": "example.org",
            },
            "unique value",
        ),
        (
            {"DJANGO_SECRET_KEY": "x" * 50, "DJANGO_ALLOWED_HOSTS": "example.org"},
            "DATABASE_URL must be set",
        ),
    ],
)
def test_production_refuses_to_start_unsafely(env, message):
    result = load_settings("cms.settings.production", **env)
    assert result.returncode != 0
    assert message in result.stderr


def test_production_starts_with_real_configuration():
    result = load_settings(
        "cms.settings.production",
        DJANGO_SECRET_KEY="k" * 50,
        DATABASE_URL="postgres://u:p@localhost/db",
        DJANGO_ALLOWED_HOSTS="narrative.example.org,www.example.org",
    )
    assert result.returncode == 0, result.stderr
    assert "postgresql False ['narrative.example.org', 'www.example.org']" in result.stdout


@pytest.mark.smoke
def test_nothing_in_the_admin_calls_another_host_and_no_write_api():
    assert settings.LANGUAGE_CODE == "de"
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False
    assert not [app for app in settings.INSTALLED_APPS if app.startswith("wagtail.api")]


def machine_translator(**env: str) -> str:
    environment = {k: v for k, v in os.environ.items() if k != "DEEPL_API_KEY"}
    environment.update(env, DJANGO_SETTINGS_MODULE="cms.settings.dev")
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup();"
            " from wagtail_localize.machine_translators import get_machine_translator as g;"
            " print(type(g()).__name__)",
        ],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_machine_translation_is_deepl_only_with_a_key():
    assert machine_translator() == "DummyTranslator"
    assert machine_translator(DEEPL_API_KEY="a-key:fx") == "DeepLTranslator"
