"""Production: refuses to start without a real secret key, a database URL and allowed hosts."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .media_storage import media_origin, object_storages

DEBUG = env.bool("DJANGO_DEBUG", default=False)

for _name in ("DJANGO_SECRET_KEY", "DATABASE_URL", "DJANGO_ALLOWED_HOSTS"):
    if not env.str(_name, default=""):
        raise ImproperlyConfigured(f"{_name} must be set in production.")
if SECRET_KEY == INSECURE_DEFAULT_SECRET_KEY or len(SECRET_KEY) < 40:
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY must be a unique value of at least 40 characters."
    )

DATABASES["default"]["CONN_MAX_AGE"] = env.int("DJANGO_CONN_MAX_AGE", default=60)

STORAGES["staticfiles"] = {
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
}
# Media on object storage when configured, so every instance sees every upload; public
# pages then load renditions from the bucket's host, which the policy must allow.
STORAGES.update(object_storages(env))
if _media_origin := media_origin(STORAGES):
    for _policy in (CONTENT_SECURITY_POLICY, ADMIN_CONTENT_SECURITY_POLICY):
        _policy["DIRECTIVES"]["img-src"].append(_media_origin)
# Session and CSRF cookies: HTTPS only, out of reach of scripts, not sent along with
# cross-site requests (HttpOnly and SameSite=Lax come from base.py).
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# One reverse proxy in front by default (it also tells us about HTTPS, see below).
TRUSTED_PROXY_COUNT = env.int("DJANGO_TRUSTED_PROXY_COUNT", default=1)
# Redis, shared by every instance: login throttling counts there (cms/security/throttling.py), so an
# attacker gains nothing from being spread over several instances.
if env.str("REDIS_URL", default=""):
    CACHES = {
        "default": {**env.cache("REDIS_URL"), "BACKEND": "cms.page_cache.redis_cache.RedisCache"}
    }
# Tasks wait in the database for `manage.py db_worker`: a publish does not wait for the
# renditions it makes, a mail server's hiccup does not fail a request, and any instance's
# tasks are run by whichever worker is free.
TASKS["default"]["BACKEND"] = env.str(
    "DJANGO_TASKS_BACKEND", default="django_tasks_db.DatabaseBackend"
)
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Only announces the wish; the domain's owner decides whether to submit it to the preload list.
SECURE_HSTS_PRELOAD = env.bool("DJANGO_HSTS_PRELOAD", default=True)

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = env.str("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="no-reply@localhost")
