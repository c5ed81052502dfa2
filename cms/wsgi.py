"""WSGI entry point; production servers load cms.settings.production unless told otherwise.

Cached pages are answered before Django's handler (cms/page_cache/wsgi.py)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

django_application = get_wsgi_application()

from cms.page_cache.wsgi import CachedPages  # noqa: E402 (needs the settings module named)
from narratives.restore_guard import refusing  # noqa: E402 (needs the apps loaded)

application = CachedPages(django_application, passing=refusing)
