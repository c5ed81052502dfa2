"""While the erasure ledger has entries this database lacks (it was restored from an older
backup), every public URL answers 503: the restore may have brought back a person who was
erased. The admin (to act), the health check (which reports it) and static files stay up.

The answer costs a clock reading per request; erasure_ledger.Watch checks again every few
seconds.
"""

from collections.abc import Callable
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from .erasure_ledger import pending_count

RETRY_AFTER_SECONDS = 300
# Outermost, so the project's header middleware never sees this answer: it sets its own.
HEADERS = {
    "Retry-After": str(RETRY_AFTER_SECONDS),
    "Cache-Control": "no-store",
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; "
        "form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


def open_paths() -> tuple[str, ...]:
    return (
        reverse("wagtailadmin_home"),
        reverse("health"),
        urlsplit(settings.STATIC_URL).path or "/static/",
    )


def refusal(request: HttpRequest) -> HttpResponse:
    if request.path_info.startswith("/api/"):
        return JsonResponse(
            {"detail": "Temporarily unavailable: maintenance after a restore."},
            status=503,
            headers=HEADERS,
        )
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        html = render_to_string(
            "narratives/restore_pending.html",
            {"retry_minutes": RETRY_AFTER_SECONDS // 60, "title": _("Temporarily unavailable")},
        )
    return HttpResponse(html, status=503, headers=HEADERS)


class RestoreGuardMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.open_paths: tuple[str, ...] | None = None

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if self.open_paths is None:  # URLs resolve only once every app is loaded
            self.open_paths = open_paths()
        if request.path_info.startswith(self.open_paths) or not pending_count():
            return self.get_response(request)
        return refusal(request)


def refusing() -> bool:
    """For the WSGI application in front of Django (cms/wsgi.py): cached pages wait as well."""
    return pending_count() > 0
