"""WSGI entry point; production servers load cms.settings.production unless told otherwise.

Cached pages are answered before Django's handler (cms/page_cache/wsgi.py)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

from cms.page_cache.wsgi import CachedPages  # noqa: E402 (needs the settings module named)

application = CachedPages(get_wsgi_application())
