from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from wagtail.models import Locale

from .services import search_pages


def search_view(request: HttpRequest) -> HttpResponse:
    results = search_pages(
        request.GET.get("q", ""), Locale.get_active(), request.GET.get("page", 1)
    )
    return TemplateResponse(request, "search/search.html", {"results": results})
