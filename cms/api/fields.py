"""Serializer fields that public models name in their `api_fields`.

Each field carries its own OpenAPI schema (`openapi`), so the description cannot drift from
what the field returns. Related items are read through the same rules as the pages that show
them: a related page only when the API lists it too, a material only while it is visible.
"""

from typing import Any

from django.db.models import Model, QuerySet
from rest_framework.fields import Field
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Page

STRING = {"type": "string"}
RENDITION_SCHEMA = {
    "type": "object",
    "nullable": True,
    "description": "A rendition made for the API; the original file is never offered.",
    "properties": {
        "url": STRING,
        "full_url": STRING,
        "width": {"type": "integer"},
        "height": {"type": "integer"},
        "alt": STRING,
        "error": STRING,
    },
    "additionalProperties": False,
}
TERMS_SCHEMA = {
    "type": "array",
    "items": {
        "type": "object",
        "properties": {"slug": STRING, "name": STRING},
        "required": ["slug", "name"],
        "additionalProperties": False,
    },
}
LINKS_SCHEMA = {
    "type": "array",
    "items": {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "title": STRING,
            "detail_url": {"type": "string", "nullable": True},
        },
        "required": ["id", "title", "detail_url"],
        "additionalProperties": False,
    },
}


class RenditionField(ImageRenditionField):
    """An image as one rendition (never the original upload, which may be large or keep
    what the upload clean-up would not catch)."""

    openapi = RENDITION_SCHEMA


class TermsField(Field):
    """Taxonomy terms of a many-to-many field, named in the item's language."""

    openapi = TERMS_SCHEMA

    def __init__(self, relation: str, **kwargs: Any) -> None:
        self.relation = relation
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, instance: Model) -> list[dict[str, str]]:
        from cms.models.querysets import in_locale  # noqa: PLC0415 (the models import this)

        # Relations are stored between German terms; each is read in the item's language.
        selected = getattr(instance, self.relation).all()
        terms = in_locale(selected, instance.locale_id).order_by("name")
        return [{"slug": slug, "name": name} for slug, name in terms.values_list("slug", "name")]


class LinkedItemsField(Field):
    """Related objects as id, title and API address: pages only when the API lists them,
    snippets (materials) only while they are visible."""

    openapi = LINKS_SCHEMA

    def __init__(self, relation: str, reverse: bool = False, **kwargs: Any) -> None:
        self.relation = relation
        self.reverse = reverse
        super().__init__(source="*", read_only=True, **kwargs)

    def related(self, instance: Page) -> QuerySet:
        if self.reverse:
            return instance.reverse_related(self.relation)
        return instance.related_queryset(self.relation)

    def to_representation(self, instance: Page) -> list[dict[str, object]]:
        from search.documents import findable_pages  # noqa: PLC0415 (search loads after cms)

        items = self.related(instance)
        if issubclass(items.model, Page):
            items = items.filter(pk__in=findable_pages().values("pk"))
        else:
            items = items.visible()
        return [
            {"id": pk, "title": title, "detail_url": self.detail_url(items.model, pk)}
            for pk, title in items.order_by("title", "pk").values_list("pk", "title")
        ]

    def detail_url(self, model: type[Model], pk: int) -> str | None:
        # Loads the page model when imported: not while the models that use this field load.
        from wagtail.api.v2.utils import get_object_detail_url  # noqa: PLC0415

        router = self.context["router"]
        if issubclass(model, Page):
            model = Page  # every page is served by the pages endpoint
        return get_object_detail_url(router, self.context["request"], model, pk)


class DownloadField(Field):
    """A material's file: its download address (through the document view, which checks
    permissions each time), type and size."""

    openapi = {
        "type": "object",
        "nullable": True,
        "properties": {"url": STRING, "extension": STRING, "size": {"type": "integer"}},
        "required": ["url", "extension", "size"],
        "additionalProperties": False,
    }

    def to_representation(self, document: Any) -> dict[str, object]:
        return {
            "url": document.url,
            "extension": document.file_extension.lower(),
            "size": document.get_file_size() or 0,
        }


class TextListField(Field):
    """A list of short texts (e.g. a card's prompt questions, one per line in the editor)."""

    openapi = {"type": "array", "items": STRING}

    def to_representation(self, value: list[str]) -> list[str]:
        return [str(item) for item in value]


class LocaleCodeField(Field):
    """The language code of a translatable snippet's locale, as pages show theirs."""

    openapi = STRING

    def to_representation(self, locale: Any) -> str:
        return locale.language_code
