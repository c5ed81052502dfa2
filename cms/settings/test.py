"""Tests: the same suite runs on SQLite by default and on PostgreSQL when DATABASE_URL says so."""

import os
import tempfile
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

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
# Each test gets a directory of its own as well (tests/conftest.py): the rows that mark entries
# applied are rolled back after every test, the ledger's lines are not.
ERASURE_LEDGER_DIR = tempfile.mkdtemp(prefix="narrative-cms-ledger-")
# Browser tests restore the migrated data after each test; wagtail-localize synchronises trees
# whenever a locale's sync setting is saved, even while that data is being restored (before its
# locale is), so its rows are left out of the restore. Those tests need no synchronisation.
TEST_NON_SERIALIZED_APPS = ["wagtail_localize"]
# CI runs the suite on Redis (.ci/run starts one), the cache of production; locally the
# embedded default. Parallel test workers (pytest-xdist names them gw0, gw1, ...) each take the
# next Redis database and a key prefix of their own, which also keeps their purge channels apart.
TEST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
REDIS_TEST_URL = env.str("REDIS_TEST_URL", default="")
if REDIS_TEST_URL and TEST_WORKER:
    _redis = urlsplit(REDIS_TEST_URL)
    _database = int(_redis.path.strip("/") or 0) + int(TEST_WORKER.removeprefix("gw"))
    REDIS_TEST_URL = urlunsplit(_redis._replace(path=f"/{_database}"))
if REDIS_TEST_URL:
    CACHES = {
        "default": {
            "BACKEND": "cms.page_cache.redis_cache.RedisCache",
            "LOCATION": REDIS_TEST_URL,
            "KEY_PREFIX": TEST_WORKER,
        }
    }
# Most tests change content and read it back inside one transaction that never commits, so the
# purges (run on commit) never happen: the application's page cache is off for them and on in
# the tests of the cache itself (tests/cms/page_cache/), which run what the commit runs.
# The same holds for the parts of pages kept between renders.
PAGE_CACHE_SECONDS = 0
PAGE_PARTS_SECONDS = 0
