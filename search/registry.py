"""Which page types search indexes, registered by the apps that define them.

Search knows no content app. Each app registers, from its AppConfig.ready(), its document types
(which fields of which page models reach the engine), the models that name the facet values its
pages carry, and the pages it withholds from visitors although they are live and public (a
messenger whose consent ended). Search registers the platform's own information pages itself.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.db.models import Model, QuerySet
from django.utils.translation import pgettext_lazy
from wagtail.models import Page

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

# Facets every document type may fill; values are German slugs, the same in every language
# (relations are stored between German objects), labelled in the visitor's language on display.
FACETS = ("topic", "audience", "site")
# Everything results can be narrowed by (the language is chosen by the URL instead).
FILTERS = ("content_type", *FACETS)

INFORMATION = pgettext_lazy("content type", "Information")


@dataclass(frozen=True)
class DocumentType:
    """One kind of search result and the fields of its pages that are indexed."""

    name: str  # the value of the content type facet
    label: "StrOrPromise"
    models: tuple[type[Page], ...]
    # Short texts that say what the page is about: boosted, and quoted in the result snippet.
    lead: tuple[str, ...] = ("search_description", "introduction")
    # Longer text: stream fields and rich text are flattened to plain text.
    body: tuple[str, ...] = ()
    # facet name -> relation path to a slug, e.g. "topics__slug".
    facets: dict[str, str] = field(default_factory=dict)
    # Relations to pages whose documents hold this page's facets: they change with it.
    carried_by: tuple[str, ...] = ()
    # The live, public pages of these models visitors may still not find, as a queryset.
    withheld: Callable[[], QuerySet] | None = None


_types: list[DocumentType] = []
_by_model: dict[type[Model], DocumentType] = {}
# facet -> the model whose `slug` the facet's values are, and its field that names a value.
facet_label_sources: dict[str, tuple[type[Model], str]] = {}


def register_document_types(*document_types: DocumentType) -> None:
    """Indexes the pages of each type's models; a model belongs to one type only. Nothing is
    registered when one of the types is refused."""
    claimed: dict[type[Model], DocumentType] = {}
    for document_type in document_types:
        unknown = set(document_type.facets) - set(FACETS)
        if unknown:
            raise ValueError(f"{document_type.name}: unknown facets {sorted(unknown)}")
        for model in document_type.models:
            registered = _by_model.get(model) or claimed.get(model)
            if registered is not None and registered != document_type:
                raise ValueError(f"{model._meta.label} is indexed as {registered.name} already")
            claimed[model] = document_type
    _by_model.update(claimed)
    for document_type in document_types:
        if document_type not in _types:
            _types.append(document_type)


def register_facet_labels(facet: str, model: type[Model], label_field: str) -> None:
    """The values of `facet` are slugs of `model`; visitors read its `label_field` instead."""
    if facet not in FACETS:
        raise ValueError(f"unknown facet {facet!r}")
    facet_label_sources[facet] = (model, label_field)


def document_types() -> tuple[DocumentType, ...]:
    return tuple(_types)


def document_type_of(model: type[Model]) -> DocumentType:
    """The document type of an indexed page model; ValueError for a model that is not."""
    document_type = _by_model.get(model)
    if document_type is None:
        raise ValueError(f"{model._meta.label} is not indexed")
    return document_type


def is_indexed(model: type[Model]) -> bool:
    return model in _by_model


def indexed_models(document_type: DocumentType | None = None) -> list[type[Page]]:
    types = [document_type] if document_type else _types
    return [model for t in types for model in t.models]


def content_type_labels() -> dict[str, str]:
    """Content type facet value -> its name in the active language."""
    return {document_type.name: str(document_type.label) for document_type in _types}
