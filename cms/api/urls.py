"""/api/v2/: the public endpoints and their OpenAPI description (no write API is installed)."""

from django.http import HttpRequest, JsonResponse
from django.urls import path, re_path
from wagtail.api.v2.router import WagtailAPIRouter

from .endpoints import CardSetsEndpoint, MaterialsEndpoint, PublicPagesEndpoint
from .openapi import openapi_view

router = WagtailAPIRouter("publicapi")
router.register_endpoint("pages", PublicPagesEndpoint)
router.register_endpoint("materials", MaterialsEndpoint)
router.register_endpoint("card-sets", CardSetsEndpoint)


def not_found(request: HttpRequest, rest: str) -> JsonResponse:
    """Any other address under the API: a JSON 404 like the endpoints' own, not a page."""
    return JsonResponse({"message": "not found"}, status=404)


urlpatterns = [
    path("openapi.json", openapi_view, name="openapi"),
    path("", router.urls),
    re_path(r"^(?P<rest>.*)$", not_found),
]
