"""The editors' view of what visitors look for: the most frequent search terms of recent days."""

import datetime

from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone

from cms.localisation.languages import CONTENT_LANGUAGES

from .models import SearchTermCount

DAYS = 30
TOP = 50
VIEW_PERMISSION = "search.view_searchtermcount"


def search_terms_view(request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm(VIEW_PERMISSION):
        raise PermissionDenied
    languages = dict(CONTENT_LANGUAGES)
    language = request.GET.get("language", "")
    since = timezone.localdate() - datetime.timedelta(days=DAYS)
    counts = SearchTermCount.objects.filter(day__gte=since)
    if language in languages:
        counts = counts.filter(language=language)
    else:
        language = ""
    terms = counts.values("query").annotate(total=Sum("count")).order_by("-total", "query")[:TOP]
    return TemplateResponse(
        request,
        "search/admin/search_terms.html",
        {"terms": terms, "days": DAYS, "languages": CONTENT_LANGUAGES, "language": language},
    )
