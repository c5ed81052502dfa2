"""Configuration comes from the environment; production refuses unsafe defaults."""

import subprocess

import pytest
from django.conf import settings

from tests.other_settings import production_environment, run_python

PRINT_SETTINGS = (
    "import django; django.setup(); from django.conf import settings as s;"
    " print(s.DATABASES['default']['ENGINE'], s.DEBUG, s.ALLOWED_HOSTS)"
)


def load_settings(module: str, **env: str) -> subprocess.CompletedProcess:
    return run_python(module, PRINT_SETTINGS, **env)


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


def machine_translator(module: str, **env: str) -> str:
    result = run_python(
        module,
        "import django; django.setup();"
        " from wagtail_localize.machine_translators import get_machine_translator as g;"
        " print(type(g()).__name__)",
        **env,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_machine_translation_is_deepl_only_with_a_key():
    """The development stand-in, which reverses German words, is offered nowhere else."""
    assert machine_translator("cms.settings.dev") == "DevelopmentTranslator"
    assert machine_translator("cms.settings.dev", DEEPL_API_KEY="a-key:fx") == "DeepLTranslator"
    production = production_environment()
    assert machine_translator("cms.settings.production", **production) == "NoneType"
    assert machine_translator("cms.settings.test") == "NoneType"
    production = production_environment(DEEPL_API_KEY="a-key:fx")
    assert machine_translator("cms.settings.production", **production) == "DeepLTranslator"
