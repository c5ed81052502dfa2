"""Settings shared by every environment. Secrets and hosts come from the environment only."""

from pathlib import Path

import environ
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

from cms.localisation.languages import ADMIN_LANGUAGES, CONTENT_LANGUAGES, register_language_info
from cms.media.video_providers import EMBED_ORIGINS

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

env = environ.Env()

DEBUG = env.bool("DJANGO_DEBUG", default=False)
# The development key only ever works with DEBUG on; production.py refuses it.
INSECURE_DEFAULT_SECRET_KEY = "django-insecure-development-only-key-never-use-in-production"  # noqa: S105
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default=INSECURE_DEFAULT_SECRET_KEY)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])

INSTALLED_APPS = [
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    # Purges pages from the caching proxy in front (FRONTEND_CACHE_PURGE_URL below).
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Its catalogue translates the admin's relative times ("vor 3 Minuten"); Wagtail uses
    # its naturaltime filter without installing it.
    "django.contrib.humanize",
    # The admin's second factor: an authenticator app (TOTP) and one-time recovery codes.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    # The queue of background tasks in production (django-tasks-db's DatabaseBackend).
    "django_tasks_db",
    # After Wagtail's apps: cms replaces some of their signal wiring when it starts.
    "cms",
    "cms.second_factor",
    "narratives",
    "media_library",
    "search",
]

MIDDLEWARE = [
    # Outermost: while erasures of the ledger wait to be applied again after a restore, no
    # public page is answered, not even from the cache (narratives/restore_guard.py).
    "narratives.restore_guard.RestoreGuardMiddleware",
    # A cached page is kept with the headers of everything below, and a hit costs no database
    # query (most hits are answered before Django, by cms/page_cache/wsgi.py).
    "cms.page_cache.middleware.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Before WhiteNoise, which answers static files itself: those get the headers too.
    "cms.security.content_security.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Public URLs carry their language (/de/, /en/ …); no language cookie is ever set, so
    # one cached copy of a page serves every visitor of that language.
    "cms.localisation.middleware.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Marks whether the session passed the second factor; the next one closes the admin until
    # it has.
    "django_otp.middleware.OTPMiddleware",
    "cms.second_factor.middleware.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DJANGO_CONN_MAX_AGE", default=0)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The editor autosaves while an upload or another tab writes: with SQLite's default
    # (deferred) transactions the second writer fails at once with "database is locked";
    # immediate ones wait their turn, up to the timeout.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: German is the source language of content and of the admin. Every public
# URL starts with its language; the admin follows each user's language preference (German or
# English; Wagtail activates it in admin views).
register_language_info()
LANGUAGE_CODE = "de"
LANGUAGES = CONTENT_LANGUAGES
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = CONTENT_LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = ADMIN_LANGUAGES
LOCALE_PATHS = [PROJECT_DIR / "locale"]
# The admin's date pickers write German dates in either admin language (English reads them
# too: cms/formats).
WAGTAIL_DATE_FORMAT = "%d.%m.%Y"
WAGTAIL_DATETIME_FORMAT = "%d.%m.%Y %H:%M"
FORMAT_MODULE_PATH = ["cms.formats"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(BASE_DIR / "static")))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(BASE_DIR / "media")))
MEDIA_URL = "/media/"
# Image originals and documents: never under MEDIA_ROOT, so nothing serves them directly
# (media_library/storage.py).
PRIVATE_MEDIA_ROOT = Path(env.str("PRIVATE_MEDIA_ROOT", default=str(BASE_DIR / "private_media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "media_library.storage.PrivateFileStorage",
        # A string: Wagtail's tasks that delete files carry the storage's options as JSON.
        "OPTIONS": {"location": str(PRIVATE_MEDIA_ROOT)},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = _("Narratives against clan crime")
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "media_library.CustomImage"
WAGTAILDOCS_DOCUMENT_MODEL = "media_library.CustomDocument"
# Titles never copied from file names (media_library/forms.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "media_library.forms.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "media_library.forms.DocumentForm"

# wagtail-localize: a translation is a draft until its own review approves it (the default
# would publish the translation of a live page at once).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Machine translation: DeepL when a key is configured, none otherwise (no button in the
# translation editor). It fills only strings nobody has translated yet; a translator's work
# is never overwritten. Development adds a stand-in translator (dev.py).
DEEPL_API_KEY = env.str("DEEPL_API_KEY", default="")
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = (
    {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY},
    }
    if DEEPL_API_KEY
    else None
)
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "pptx", "xlsx", "mp4", "webm", "mp3", "ogg", "vtt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 50 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Virus scan of every upload by a ClamAV daemon: a socket path or host:port; empty for none.
# Once set, an upload the scanner has not declared clean is refused (media_library/virus_scan.py).
CLAMD_ADDRESS = env.str("CLAMD_ADDRESS", default="")
CLAMD_TIMEOUT = env.int("CLAMD_TIMEOUT", default=30)
# Nothing in the admin talks to another host.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAILEMBEDS_FINDERS: list[dict] = []
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Staff search in the admin, and the public search without an engine (SEARCH_URL below). On
# PostgreSQL with German stemming; SQLite ignores the configuration.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "german"},
}
# Documents are served through Django so that permission checks always run.
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# Background tasks (django-tasks, which Wagtail 8 uses: mails, renditions made at publish time,
# Wagtail's own): inline on a fresh machine; in production queued in the database and run by
# `manage.py db_worker`, a process of its own (production.py).
TASKS = {
    "default": {
        "BACKEND": env.str(
            "DJANGO_TASKS_BACKEND", default="django_tasks.backends.immediate.ImmediateBackend"
        )
    }
}

# Caches, the page cache and the proxy purge (caching.py).
from .caching import *  # noqa: E402, F403

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
# Lax, not Strict: a reviewer who follows the link in a notification mail arrives signed in.
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# A working day; the admin's sign-in without "remember me" ends with the browser anyway.
SESSION_COOKIE_AGE = 8 * 60 * 60
# No page of ours is framed, not even by ourselves; Wagtail's previews and wagtail-localize's
# translation editor set SAMEORIGIN on their own responses.
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Content-Security-Policy (django-csp). Public pages load nothing but files from this host: no
# inline script or style, no other host, except the players of cms.media.video_providers, which a
# visitor's click puts into a frame. Violations go to our own endpoint
# (cms/security/content_security.py).
# report-uri rather than report-to: browsers send it at once (report-to batches for a minute),
# and every browser still supports it.
_CSP_REPORTING = {"report-uri": "/csp-report/"}
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": list(EMBED_ORIGINS),
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        **_CSP_REPORTING,
    },
}
# Wagtail's admin (and its previews of public pages) needs inline scripts and styles, data: and
# blob: images for uploads, and frames its own previews; still no other host.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "media-src": [SELF, "blob:"],
        "worker-src": [SELF, "blob:"],
        "frame-src": [SELF, *EMBED_ORIGINS],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
        **_CSP_REPORTING,
    },
}
CSP_REPORT_MAX_BYTES = 16 * 1024
CSP_REPORTS_PER_MINUTE = env.int("CSP_REPORTS_PER_MINUTE", default=120)
# Powerful browser features nobody here needs are off for our pages and every frame in them
# (the video players too). Fullscreen, autoplay and clipboard stay for players and the admin;
# security keys stay for the staff's second factor. "interest-cohort" is gone from browsers
# ("browsing-topics" replaced it) and would only earn a console error.
PERMISSIONS_POLICY: dict[str, list[str]] = {
    feature: []
    for feature in (
        "accelerometer",
        "ambient-light-sensor",
        "bluetooth",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "local-fonts",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Our log lines never carry a visitor's IP address (cms.security.server_logs).
    "filters": {"no_ip_addresses": {"()": "cms.security.server_logs.RedactIPAddresses"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["no_ip_addresses"]},
    },
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", default="WARNING")},
    # The search clients log every failed request with a traceback; search.indexing and
    # search.services log an unreachable engine in one line each time they give up on it.
    "loggers": {
        **{
            name: {"level": "ERROR"}
            for name in ("opensearch", "elastic_transport", "elasticsearch")
        },
        # Wagtail logs every page it publishes, unpublishes or deletes with its title, at INFO:
        # a messenger's alias would reach the server logs even as the messenger is erased.
        "wagtail": {"level": "WARNING"},
    },
}

# Review: only the revision the reviewers approved goes live, published by the workflow itself;
# an edit during review restarts the approvals.
WAGTAIL_FINISH_WORKFLOW_ACTION = "cms.publishing.publish_reviewed_revision"
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True

# Practitioners log in on the public site; pages restricted to logged-in users send them here.
WAGTAIL_FRONTEND_LOGIN_URL = "login"  # a URL name: the login page in the language being read
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"
# Sign-in, second factor and password reset are throttled per account and per client IP
# (cms/security/throttling.py). The client IP is this many entries from the end of X-Forwarded-For
# (0: no reverse proxy in front, the connection's address counts).
TRUSTED_PROXY_COUNT = env.int("DJANGO_TRUSTED_PROXY_COUNT", default=0)
WAGTAILADMIN_USER_LOGIN_FORM = "cms.security.login_forms.AdminLoginForm"
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "cms.security.password_reset.ThrottledPasswordResetForm"  # noqa: S105
# The name authenticator apps show next to the account.
OTP_TOTP_ISSUER = "Narrative CMS"

# Public search: empty means Wagtail's database backend; an engine is chosen by URL, e.g.
# opensearch+https://user:password@search.example:9200 or elasticsearch+https://…
SEARCH_URL = env.str("SEARCH_URL", default="")
SEARCH_INDEX_PREFIX = env.str("SEARCH_INDEX_PREFIX", default="narrative-cms")
# Seconds the site waits for the engine before it answers from the database instead.
SEARCH_TIMEOUT = env.float("SEARCH_TIMEOUT", default=3.0)

# Retention of personal data, applied by run_scheduled_jobs (docs/privacy.md, "Retention"):
# messengers whose consent ended this many days ago are erased; the log of who opened a private
# record is kept this long; rotated server logs in SERVER_LOG_DIR (if set) are deleted after
# this long.
MESSENGER_CONSENT_RETENTION_DAYS = env.int("MESSENGER_CONSENT_RETENTION_DAYS", default=180)
IDENTITY_VIEW_LOG_RETENTION_DAYS = env.int("IDENTITY_VIEW_LOG_RETENTION_DAYS", default=365)
SERVER_LOG_DIR = env.str("SERVER_LOG_DIR", default="")
# The erasure ledger (docs/erasure-ledger.md): every erasure and takedown, outside the database
# and the media roots so that no restore of theirs reaches it; backed up on its own. Each
# process looks for entries the database lacks at most this often.
ERASURE_LEDGER_DIR = Path(
    env.str("ERASURE_LEDGER_DIR", default=str(BASE_DIR / "var" / "erasure-ledger"))
)
ERASURE_LEDGER_CHECK_SECONDS = env.float("ERASURE_LEDGER_CHECK_SECONDS", default=5.0)
SERVER_LOG_RETENTION_DAYS = env.int("SERVER_LOG_RETENTION_DAYS", default=7)

# Backups (docs/backups.md): the periodic job asks pgBackRest and restic about their
# repositories and keeps the answer (age, size, failure) for the health check and the admin.
# A target without its setting is off. The commands may carry a prefix and options (e.g.
# `sudo -u postgres pgbackrest --config=/etc/pgbackrest/pgbackrest.conf`); restic also reads
# its usual variables (S3 credentials) from the environment.
BACKUP_PGBACKREST_STANZA = env.str("BACKUP_PGBACKREST_STANZA", default="")
BACKUP_PGBACKREST_COMMAND = env.str("BACKUP_PGBACKREST_COMMAND", default="pgbackrest")
RESTIC_REPOSITORY = env.str("RESTIC_REPOSITORY", default="")
RESTIC_PASSWORD_FILE = env.str("RESTIC_PASSWORD_FILE", default="")
BACKUP_RESTIC_COMMAND = env.str("BACKUP_RESTIC_COMMAND", default="restic")
# Older than this, a backup is overdue: a day's schedule plus slack for the database (its WAL
# goes to the archive continuously), an hourly one for the media.
BACKUP_DATABASE_MAX_AGE_HOURS = env.int("BACKUP_DATABASE_MAX_AGE_HOURS", default=26)
BACKUP_MEDIA_MAX_AGE_HOURS = env.int("BACKUP_MEDIA_MAX_AGE_HOURS", default=3)
BACKUP_COMMAND_TIMEOUT = env.int("BACKUP_COMMAND_TIMEOUT", default=120)
