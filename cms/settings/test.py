"""Tests: the same suite runs on SQLite by default and on PostgreSQL when DATABASE_URL says so."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-secret-key-for-the-test-suite-only-0123456789"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# SQLite's test database in a file, not in memory: an in-memory one is a single connection the
# browser tests' live server shares between its threads, so two requests at once (an upload
# while the editor autosaves) broke each other's transactions. A file gives each its own.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["TEST"] = {
        "NAME": str(Path(tempfile.mkdtemp(prefix="narrative-cms-db-")) / "test.sqlite3")
    }
MEDIA_ROOT = tempfile.mkdtemp(prefix="narrative-cms-media-")
PRIVATE_MEDIA_ROOT = tempfile.mkdtemp(prefix="narrative-cms-private-")
STORAGES["private"]["OPTIONS"]["location"] = PRIVATE_MEDIA_ROOT
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
STATIC_ROOT = tempfile.mkdtemp(prefix="narrative-cms-static-")
# Browser tests restore the migrated data after each test; wagtail-localize synchronises trees
# whenever a locale's sync setting is saved, even while that data is being restored (before its
# locale is), so its rows are left out of the restore. Those tests need no synchronisation.
TEST_NON_SERIALIZED_APPS = ["wagtail_localize"]
# CI runs the suite on Redis (.ci/run starts one), the cache of production; locally the
# embedded default.
if env.str("REDIS_TEST_URL", default=""):
    CACHES = {
        "default": {
            "BACKEND": "cms.redis_cache.RedisCache",
            "LOCATION": env.str("REDIS_TEST_URL"),
        }
    }
# Most tests change content and read it back inside one transaction that never commits, so the
# purges (run on commit) never happen: the application's page cache is off for them and on in
# the tests of the cache itself (tests/cms/test_page_cache.py), which run what the commit runs.
# The same holds for the parts of pages kept between renders.
PAGE_CACHE_SECONDS = 0
PAGE_PARTS_SECONDS = 0
