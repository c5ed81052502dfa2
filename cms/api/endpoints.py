"""The public endpoints: pages, materials and card sets, anonymous and read-only.

Every caller is anonymous (no session, no Basic auth: the API is no way around the login's
second factor and throttling), so every answer is the same for everyone and may be cached.
Only GET is routed; anything else gets 405. Free-text search is left to the search service
(search/services.py), which knows the languages and the engine; the API only filters.
"""

from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import Http404
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from wagtail.api import APIField
from wagtail.api.v2.filters import (
    ChildOfFilter,
    DescendantOfFilter,
    FieldsFilter,
    LocaleFilter,
    OrderingFilter,
    TranslationOfFilter,
)
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet

from media_library.models import CardSet, Material
from search.documents import findable_pages

from .fields import LocaleCodeField

# The largest id or offset a database column can hold; beyond it SQLite and PostgreSQL fail
# instead of finding nothing.
MAX_INTEGER = 2**63 - 1
INTEGER_PARAMETERS = ("limit", "offset", "child_of", "descendant_of", "translation_of")
# Published content changes rarely; a withdrawn consent is off the API within this time.
MAX_AGE_SECONDS = 60


class PublicEndpoint(BaseAPIViewSet):
    authentication_classes: list = []
    permission_classes = [AllowAny]
    # JSON only: DRF's browsable HTML pages would be documentation pages served in production.
    renderer_classes = [JSONRenderer]
    known_query_parameters = BaseAPIViewSet.known_query_parameters - {
        "search",
        "search_operator",
        "format",
        "_",
    }

    @classmethod
    def get_available_fields(cls, model: type, db_fields_only: bool = False) -> list[str]:
        """Filtering and ordering only by plain columns the API shows (never by a relation,
        whose ids would say more than the API does)."""
        fields = super().get_available_fields(model, db_fields_only)
        if not db_fields_only:
            return fields
        columns = {
            field.name
            for field in model._meta.get_fields()
            if getattr(field, "concrete", False) and not field.is_relation
        }
        return [name for name in fields if name in columns]

    def check_query_parameters(self, queryset: QuerySet) -> None:
        super().check_query_parameters(queryset)
        self.check_values(queryset.model)

    def check_values(self, model: type) -> None:
        """Each value must fit what it filters; otherwise a 400 that says which one."""
        for name, values in self.request.GET.lists():
            for value in values:
                if "\x00" in value:
                    raise BadRequestError(f"{name}: null characters are not allowed")
        for name in INTEGER_PARAMETERS:
            value = self.request.GET.get(name, "")
            if value.lstrip("-").isdigit() and abs(int(value)) > MAX_INTEGER:
                raise BadRequestError(f"{name} is out of range")
        filterable = set(self.get_available_fields(model, db_fields_only=True))
        for name in filterable & set(self.request.GET) - {"locale"}:
            field = model._meta.get_field(name)
            try:
                field.get_prep_value(field.to_python(self.request.GET[name]))
            except (ValidationError, ValueError, TypeError) as error:
                raise BadRequestError(f"{name}: not a valid value") from error

    def get_object(self) -> object:
        if int(self.kwargs["pk"]) > MAX_INTEGER:
            raise Http404("not found")
        return super().get_object()

    def find_object(self, queryset: QuerySet, request: Request) -> object:
        self.check_values(queryset.model)
        if "id" in request.GET and not request.GET["id"].isdigit():
            raise BadRequestError("id must be a positive integer")
        if int(request.GET.get("id", 0)) > MAX_INTEGER:
            return None
        return super().find_object(queryset, request)

    def finalize_response(
        self, request: Request, response: Response, *args: object, **kwargs: object
    ) -> Response:
        response = super().finalize_response(request, response, *args, **kwargs)
        # The same for every caller, and never more than published, public content.
        response["Cache-Control"] = f"public, max-age={MAX_AGE_SECONDS}"
        return response


class PublicPagesEndpoint(PublicEndpoint, PagesAPIViewSet):
    filter_backends = [
        FieldsFilter,
        ChildOfFilter,
        DescendantOfFilter,
        OrderingFilter,
        TranslationOfFilter,
        LocaleFilter,
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters - {
        "search",
        "search_operator",
        "format",
        "_",
        "ancestor_of",  # would name the ancestors, which the API does not all list
        "site",
    }
    # No parent (it may be a page the API does not list), no alias (aliases are not listed).
    meta_fields = [
        "type",
        "detail_url",
        "html_url",
        "slug",
        "seo_title",
        "search_description",
        "first_published_at",
        "locale",
    ]
    detail_only_fields: list[str] = []

    def get_base_queryset(self) -> QuerySet:
        # Exactly the pages search finds: live, without view restrictions, real translations,
        # page types with a public document, messengers with valid consent.
        return super().get_base_queryset().filter(pk__in=findable_pages().values("pk"))

    def get_queryset(self) -> QuerySet:
        queryset = super().get_queryset()
        if hasattr(queryset, "consent_valid"):
            # Messengers: the same rows, annotated with their photo consent (one query).
            queryset = queryset.consent_valid()
        return queryset


class SnippetEndpoint(PublicEndpoint):
    """Translatable snippets: each item says its language and can be filtered by it."""

    filter_backends = [FieldsFilter, OrderingFilter, LocaleFilter]
    known_query_parameters = PublicEndpoint.known_query_parameters | {"locale"}
    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, "title", "locale"]

    @classmethod
    def get_meta_fields(cls, model: type) -> list[APIField]:
        locale = APIField("locale", serializer=LocaleCodeField())
        return [*super().get_meta_fields(model), locale]


class MaterialsEndpoint(SnippetEndpoint):
    model = Material
    name = "materials"

    def get_queryset(self) -> QuerySet:
        return Material.objects.visible().select_related("locale", "image", "file").order_by("id")


class CardSetsEndpoint(SnippetEndpoint):
    model = CardSet
    name = "card-sets"

    def get_queryset(self) -> QuerySet:
        return CardSet.objects.visible().select_related("locale").order_by("id")
