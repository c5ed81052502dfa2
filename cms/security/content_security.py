"""Content-Security-Policy: the strict policy of the public site (settings.CONTENT_SECURITY_POLICY),
the looser one of Wagtail's admin (settings.ADMIN_CONTENT_SECURITY_POLICY), and the endpoint
browsers report violations to.

django-csp builds and sends the header; Wagtail's admin needs inline scripts and styles, which
django-csp's per-view decorators cannot reach in views we don't own, so the admin's policy is
chosen here by path. Both policies allow no host but ours, apart from the video players of
cms.media.video_providers once a visitor plays a video.
"""

import functools
import json
import logging
import time
from urllib.parse import urlsplit

from csp.constants import SELF
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

logger = logging.getLogger(__name__)

# Browsers post report-uri reports as application/csp-report (some older ones as JSON).
REPORT_CONTENT_TYPES = ("application/csp-report", "application/json")
# CSP keywords a browser puts in place of an address.
KEYWORD_SOURCES = {"inline", "eval", "wasm-eval", "trusted-types-policy", "trusted-types-sink"}


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's policy for Wagtail's admin.

    Previews are pages rendered for a request Wagtail makes up with the page's own path, which
    runs through this middleware too: they keep the public policy, so editors see what the
    policy allows, and only may be framed by the admin's preview panel."""

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if report_only or parts.config is not None:
            return parts
        if getattr(request, "is_preview", False):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        elif is_admin_path(request.path_info):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts


def is_admin_path(path: str) -> bool:
    return path.startswith(admin_prefix())


@functools.cache
def admin_prefix() -> str:
    # Asked for every response, cached pages included: the URLconf does not change.
    return reverse("wagtailadmin_home")


@csrf_exempt  # browsers send reports without a token, and no state changes here
@require_POST
def csp_report(request: HttpRequest) -> HttpResponse:
    """Logs the violations a browser reports, without anything that could identify a person:
    no address, no browser, no query strings, no samples of the blocked code."""
    content_type = request.content_type
    if content_type not in REPORT_CONTENT_TYPES:
        return HttpResponse(
            "Send a violation report as application/csp-report.",
            status=415,
            content_type="text/plain",
        )
    limit = settings.CSP_REPORT_MAX_BYTES
    declared = request.headers.get("Content-Length") or "0"
    body = b"" if not declared.isdigit() or int(declared) > limit else request.read(limit + 1)
    if not body or len(body) > limit:
        return HttpResponse(
            f"A violation report must have 1 to {limit} bytes.",
            status=413,
            content_type="text/plain",
        )
    try:
        violation = _violation(json.loads(body)["csp-report"])
    except (ValueError, TypeError, KeyError, AttributeError):
        return HttpResponse("Not a violation report.", status=400, content_type="text/plain")
    if not _within_budget():
        return HttpResponse(status=429)
    logger.warning("Content-Security-Policy violation: %s", json.dumps(violation))
    return HttpResponse(status=204)


def _violation(report: dict[str, object]) -> dict[str, object]:
    """Where the policy bit, and nothing more."""
    return {
        "directive": str(
            report.get("effective-directive") or report.get("violated-directive") or ""
        )[:100],
        "blocked": _origin(report.get("blocked-uri")),
        "document": _path(report.get("document-uri")),
        "source": _path(report.get("source-file")),
        "line": _number(report.get("line-number")),
        "disposition": str(report.get("disposition") or "enforce")[:20],
    }


def _origin(address: object) -> str:
    """What was blocked: its origin or a CSP keyword, never its path or query."""
    text = str(address or "")
    if text in KEYWORD_SOURCES:
        return text
    parts = urlsplit(text)
    if parts.scheme in ("http", "https", "ws", "wss") and parts.hostname:
        port = f":{parts.port}" if parts.port else ""
        return f"{parts.scheme}://{parts.hostname}{port}"[:200]
    return parts.scheme[:20]  # data:, blob: …


def _path(address: object) -> str:
    """A page or script by its path alone: queries can hold search terms or tokens."""
    return urlsplit(str(address or "")).path[:200]


def _number(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _within_budget() -> bool:
    """A site-wide budget per minute, so that a flood of reports can't flood the log; counted
    for everyone together, since keeping addresses to count per sender would be personal data."""
    key = f"csp-reports:{int(time.time() // 60)}"
    cache.add(key, 0, timeout=120)
    try:
        total = cache.incr(key)
    except ValueError:  # the minute's counter expired in between
        cache.add(key, 1, timeout=120)
        total = 1
    return total <= settings.CSP_REPORTS_PER_MINUTE
