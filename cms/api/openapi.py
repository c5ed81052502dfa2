"""The OpenAPI 3 description of the public API, the search suggestions and the health check.

Built from the same declarations the endpoints serve (each model's `api_fields`, each custom
field's `openapi` schema, the endpoints' meta fields), so a field added to a model appears here
or the build fails; objects allow no properties beyond those described, so a test that checks
real responses against this document also catches a field that should not be there.
"""

from django.db import models
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField

from cms.localisation.languages import LANGUAGE_CODES

from .fields import STRING

API_PREFIX = "/api/v2"
INTEGER = {"type": "integer"}
ID = {"type": "integer", "minimum": 1}
STREAM = {
    "type": "array",
    "description": "StreamField blocks: images and documents by id, rich text as stored "
    "unless rich_text_format says otherwise.",
    "items": {
        "type": "object",
        "properties": {"type": STRING, "value": {}, "id": STRING},
        "required": ["type", "value", "id"],
    },
}
ERROR = {"$ref": "#/components/schemas/Error"}


def closed(properties: dict, required: tuple[str, ...] = ()) -> dict:
    schema = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        schema["required"] = list(required)
    return schema


def column_schema(field: models.Field) -> dict:
    if isinstance(field, StreamField):
        return STREAM
    if field.choices:
        schema = {"type": "string", "enum": [value for value, _label in field.choices]}
    elif isinstance(field, models.DateTimeField):
        schema = {"type": "string", "format": "date-time"}
    elif isinstance(field, models.DateField):
        schema = {"type": "string", "format": "date"}
    elif isinstance(field, models.BooleanField):
        schema = {"type": "boolean"}
    elif isinstance(field, models.IntegerField):
        schema = dict(INTEGER)
    elif isinstance(field, models.CharField | models.TextField | RichTextField):
        schema = dict(STRING)
    else:
        raise TypeError(f"{field.model._meta.label}.{field.name}: no OpenAPI type; give it one")
    if field.null:
        schema["nullable"] = True
    return schema


def field_schema(model: type[models.Model], api_field: APIField) -> dict:
    if api_field.serializer is not None:
        return api_field.serializer.openapi
    field = model._meta.get_field(api_field.name)
    if field.one_to_many:  # inline children (contact points, cards), shown whole
        child = field.related_model
        return {"type": "array", "items": nested_item_schema(child)}
    return column_schema(field)


def declared_api_fields(model: type[models.Model]) -> list[APIField]:
    """The model's `api_fields`, names made APIFields, as Wagtail's endpoints read them."""
    fields = getattr(model, "api_fields", ())
    return [field if isinstance(field, APIField) else APIField(field) for field in fields]


def body_properties(model: type[models.Model]) -> dict:
    return {
        api_field.name: field_schema(model, api_field) for api_field in declared_api_fields(model)
    }


def nested_item_schema(model: type[models.Model]) -> dict:
    return closed(
        {"id": INTEGER, "meta": closed({"type": STRING}), **body_properties(model)}, ("id",)
    )


def page_schemas() -> dict:
    from search.registry import indexed_models  # noqa: PLC0415 (models load after apps)

    properties = {"id": INTEGER, "title": STRING}
    for model in indexed_models():
        for name, schema in body_properties(model).items():
            if properties.setdefault(name, schema) != schema:
                raise ValueError(f"API field {name!r} has different types on different pages")
    properties["meta"] = closed(
        {
            "type": STRING,
            "detail_url": STRING,
            "html_url": {"type": "string", "nullable": True},
            "slug": STRING,
            "seo_title": STRING,
            "search_description": STRING,
            "first_published_at": {"type": "string", "format": "date-time", "nullable": True},
            "locale": {"type": "string", "enum": LANGUAGE_CODES},
        }
    )
    return {"Page": closed(properties, ("id", "meta")), "PageListing": listing("Page")}


def snippet_schema(model: type[models.Model]) -> dict:
    meta = closed({"type": STRING, "detail_url": STRING, "locale": STRING})
    return closed({"id": INTEGER, "meta": meta, **body_properties(model)}, ("id", "meta"))


def listing(item: str) -> dict:
    return closed(
        {
            "meta": closed({"total_count": INTEGER}, ("total_count",)),
            "items": {"type": "array", "items": {"$ref": f"#/components/schemas/{item}"}},
        },
        ("meta", "items"),
    )


def query(name: str, schema: dict, description: str) -> dict:
    return {"name": name, "in": "query", "schema": schema, "description": description}


def json_content(schema: str) -> dict:
    return {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}


def listing_parameters(pages: bool) -> list[dict]:
    parameters = [
        query("fields", STRING, "Fields to show: e.g. title,body; * for all; -name to drop one."),
        query("limit", {"type": "integer", "minimum": 0, "maximum": 20}, "Items per answer."),
        query("offset", {"type": "integer", "minimum": 0}, "Skip so many."),
        query("order", STRING, "A shown field to sort by (-field descending), or random."),
        query("locale", {"type": "string", "enum": LANGUAGE_CODES}, "Only this language."),
        query("slug", STRING, "Only the item with this slug."),
        query(
            "rich_text_format",
            {"type": "string", "enum": ["db_html", "html", "db_markdown", "markdown"]},
            "How rich text is given.",
        ),
    ]
    if pages:
        parameters += [
            query(
                "type",
                STRING,
                "Page types, e.g. narratives.NarrativePage; their fields may "
                "then be filtered by (?field=value) and asked for (fields=).",
            ),
            query("child_of", ID, "Only the children of this (listed) page."),
            query("descendant_of", ID, "Only pages below this (listed) page."),
            query("translation_of", ID, "The other language versions of this page."),
        ]
    return parameters


def responses(schema: str, *errors: int) -> dict:
    answers = {"200": {"description": "OK", "content": json_content(schema)}}
    for status in errors:
        answers[str(status)] = {
            "description": "Bad request" if status == 400 else "Not found",
            "content": {"application/json": {"schema": ERROR}},
        }
    return answers


def endpoint_paths(prefix: str, item: str, tag: str, pages: bool) -> dict:
    id_parameter = {"name": "id", "in": "path", "required": True, "schema": ID}
    detail_parameters = [
        query("fields", STRING, "Fields to show, as in the listing."),
        query(
            "rich_text_format",
            {"type": "string", "enum": ["db_html", "html", "db_markdown", "markdown"]},
            "How rich text is given.",
        ),
    ]
    find = [query("id", ID, "Find by id.")]
    if pages:
        find.append(query("html_path", STRING, "Find by the page's path on the site."))
    return {
        f"{prefix}/": {
            "get": {
                "tags": [tag],
                "operationId": f"list_{tag}",
                "parameters": listing_parameters(pages),
                "responses": responses(f"{item}Listing", 400, 404),
            }
        },
        f"{prefix}/{{id}}/": {
            "get": {
                "tags": [tag],
                "operationId": f"get_{tag}",
                "parameters": [id_parameter, *detail_parameters],
                "responses": responses(item, 400, 404),
            }
        },
        f"{prefix}/find/": {
            "get": {
                "tags": [tag],
                "operationId": f"find_{tag}",
                "parameters": find,
                "responses": {
                    "302": {"description": "Found: redirects to the item's detail address."},
                    **{k: v for k, v in responses(item, 400, 404).items() if k != "200"},
                },
            }
        },
    }


HEALTH = closed(
    {
        "status": {"type": "string", "enum": ["ok", "degraded", "down"]},
        "checks": {
            "type": "object",
            "additionalProperties": closed(
                {
                    "status": {"type": "string", "enum": ["ok", "degraded", "down", "off"]},
                    "required": {"type": "boolean"},
                    "oldest_pending_seconds": {"type": "integer", "minimum": 0},
                    # integrity: the last run of the checks (counts only)
                    "findings": {"type": "integer", "minimum": 0},
                    "failed_checks": {"type": "integer", "minimum": 0},
                    "last_run_seconds": {"type": "integer", "minimum": 0},
                },
                ("status", "required"),
            ),
        },
    },
    ("status", "checks"),
)
SUGGESTIONS = closed(
    {
        "suggestions": {
            "type": "array",
            "items": closed({"title": STRING, "url": STRING, "type": STRING}, ("title", "url")),
        }
    },
    ("suggestions",),
)


def openapi_document() -> dict:
    from media_library.models import CardSet, Material  # noqa: PLC0415

    paths = {
        **endpoint_paths(f"{API_PREFIX}/pages", "Page", "pages", pages=True),
        **endpoint_paths(f"{API_PREFIX}/materials", "Material", "materials", pages=False),
        **endpoint_paths(f"{API_PREFIX}/card-sets", "CardSet", "card_sets", pages=False),
        "/{language}/suche/vorschlaege/": {
            "get": {
                "tags": ["search"],
                "operationId": "suggest",
                "summary": "Titles of published pages that start like the words typed so far.",
                "parameters": [
                    {
                        "name": "language",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string", "enum": LANGUAGE_CODES},
                    },
                    query("q", STRING, "What the visitor typed (two letters at least)."),
                ],
                "responses": {
                    **responses("Suggestions"),
                    # What any address outside the language prefixes gets from the site.
                    "302": {"description": "Not a language: to the address under one."},
                    "404": {"description": "Not a language"},
                },
            }
        },
        "/health/": {
            "get": {
                "tags": ["health"],
                "operationId": "health",
                "summary": "State of database, cache, search engine and index queue.",
                "responses": {
                    "200": {
                        "description": "Serving (possibly degraded: search answers from the "
                        "database)",
                        "content": json_content("Health"),
                    },
                    "503": {
                        "description": "A required component is down",
                        "content": json_content("Health"),
                    },
                },
            }
        },
    }
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Narrative CMS: public API",
            "version": "2",
            "description": "Published, public content only, read-only and the same for "
            "every caller (no authentication). Search lives at the suggestions endpoint and "
            "the search page, not here.",
        },
        "paths": paths,
        "components": {
            "schemas": {
                "Error": closed({"message": STRING}, ("message",)),
                **page_schemas(),
                "Material": snippet_schema(Material),
                "MaterialListing": listing("Material"),
                "CardSet": snippet_schema(CardSet),
                "CardSetListing": listing("CardSet"),
                "Suggestions": SUGGESTIONS,
                "Health": HEALTH,
            }
        },
    }


@require_GET
@cache_control(public=True, max_age=3600)
def openapi_view(request: HttpRequest) -> JsonResponse:
    return JsonResponse(openapi_document())
