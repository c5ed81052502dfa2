"""Serving documents: Wagtail's view, plus what restricted documents need on top."""

from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control
from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve


def serve_document(request: HttpRequest, document_id: str, document_filename: str) -> HttpResponse:
    """Wagtail's serve view (collection restrictions, nosniff, `default-src 'none'`); a
    restricted document is also sandboxed and kept out of every shared cache."""
    response = serve(request, document_id, document_filename)
    if response.status_code != 200:
        return response
    document = get_document_model().objects.select_related("collection").get(pk=document_id)
    if document.is_restricted:
        patch_cache_control(response, private=True, no_store=True)
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
