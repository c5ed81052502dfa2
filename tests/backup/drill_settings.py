"""The restore drill's application settings: development's, without debugging, with a cache the
drill's processes share (a file cache standing in for production's Redis)."""

from cms.settings.dev import *  # noqa: F403

DEBUG = False
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": env.str("DRILL_CACHE_DIR"),  # noqa: F405
    }
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
