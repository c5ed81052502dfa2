from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from .services import search_pages, suggest


@require_GET
def search_view(request: HttpRequest) -> HttpResponse:
    results = search_pages(
        request.GET.get("q", ""), Locale.get_active(), request.GET.get("page", 1), request.GET
    )
    return TemplateResponse(request, "search/search.html", {"results": results})


@require_GET
def suggest_view(request: HttpRequest) -> JsonResponse:
    """Titles for the as-you-type list (progressive enhancement: the form works without it)."""
    response = JsonResponse({"suggestions": suggest(request.GET.get("q", ""), Locale.get_active())})
    # Published titles only, the same for everyone in a language: cacheable like the pages.
    response["Cache-Control"] = "public, max-age=60"
    return response
