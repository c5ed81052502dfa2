import functools

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from cms.page_cache.middleware import share_with_everyone

from .services import count_search, search_pages, suggest


@require_GET
def search_view(request: HttpRequest) -> HttpResponse:
    # Purged whenever what it finds changes. Kept by the application only, which counts the
    # searches it answers from its cache (count_cached_search); a proxy would hide them.
    share_with_everyone(request, proxy=False)
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


@functools.cache
def search_path(language: str) -> str:
    # Asked on every page-cache hit: reversing each time would cost more than the hit itself.
    with translation.override(language):
        return reverse("search")


def count_cached_search(sender: type, request: HttpRequest, **kwargs: object) -> None:
    """Counts a search the page cache answered (connected to `served_from_cache`)."""
    language = translation.get_language_from_path(request.path_info)
    if language is None or request.path_info != search_path(language):
        return
    count_search(request.GET.get("q", ""), language, request.GET.get("page", 1))
