"""The two ways of answering a search, with one interface: Wagtail's database backend (SQLite
FTS on a fresh machine, PostgreSQL full-text search in production) and the engine."""

from dataclasses import dataclass
from typing import Protocol

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, models
from django.db.models import CharField, Count, F, Q, QuerySet, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from wagtail.models import Page
from wagtail.query import PageQuerySet

from .documents import findable_pages, joined_text
from .engine import SearchEngine
from .highlighting import Fragment, highlight, marked_fragments, postgres_headlines
from .registry import FACETS, document_type_of, document_types, indexed_models


@dataclass(frozen=True)
class Hit:
    page_id: int
    title: str
    url: str
    content_type: str
    snippet: list[Fragment]


@dataclass(frozen=True)
class Outcome:
    total: int
    hits: list[Hit]
    # facet -> value -> count (content_type, topic, audience, site, language).
    facets: dict[str, dict[str, int]]


class SearchBackend(Protocol):
    name: str

    def search(
        self, query: str, language: str, filters: dict[str, str], start: int, size: int
    ) -> Outcome: ...

    def suggest(self, prefix: str, language: str, size: int) -> list[Hit]: ...

    def matching(
        self, query: str, language: str, content_type: str, limit: int
    ) -> list[int] | QuerySet:
        """Ids of matching pages of one type (a list, or a subquery), for listing filters."""


def filtered(pages: PageQuerySet, filters: dict[str, str]) -> PageQuerySet:
    """Pages narrowed by facet values, as id subqueries (the database backend only searches
    querysets filtered on Wagtail's filter fields). An unknown value matches nothing."""
    for facet, value in filters.items():
        condition = Q()
        for document_type in document_types():
            if facet == "content_type":
                if document_type.name == value:
                    models = indexed_models(document_type)
                    condition |= Q(
                        content_type__in=ContentType.objects.get_for_models(*models).values()
                    )
                continue
            path = document_type.facets.get(facet)
            for model in indexed_models(document_type) if path else []:
                condition |= Q(**{f"{model._meta.model_name}__{path}": value})
        if not condition:
            return pages.none()
        pages = pages.filter(id__in=Page.objects.filter(condition).values("pk"))
    return pages


# Matches read per search on the database backend (the engines stop at the same number).
MAX_MATCHES = 10_000


class DatabaseSearch:
    """Wagtail's database backend on the same scope as the engine (documents.findable_pages)."""

    name = "database"

    def search(
        self, query: str, language: str, filters: dict[str, str], start: int, size: int
    ) -> Outcome:
        # One full-text query over every language, ranked, as (id, language, type) rows: the hits,
        # the total, the counts per language and the facets' input all come from it. Without
        # an index on the combined vectors each full-text query scans every entry, so running
        # it once instead of once per count and facet is what makes this backend usable.
        matches = filtered(findable_pages(), filters).search(query, operator="or")
        ranked = matches.get_queryset().values_list(
            "pk", "locale__language_code", "content_type_id"
        )[:MAX_MATCHES]
        in_language = []
        types = {}
        languages: dict[str, int] = {}
        for pk, code, content_type_id in ranked:
            languages[code] = languages.get(code, 0) + 1
            if code == language:
                in_language.append(pk)
                types[pk] = content_type_id
        shown = in_language[start : start + size]
        pages = specific_pages({pk: types[pk] for pk in shown})
        facets = self.facet_counts(in_language)
        facets["language"] = languages
        return Outcome(
            total=len(in_language),
            hits=self.hits([pages[pk] for pk in shown if pk in pages], query),
            facets=facets,
        )

    @staticmethod
    def facet_counts(ids: list[int]) -> dict[str, dict[str, int]]:
        """Counts of every facet value among the matches, in one query (a UNION of a count
        per page type and facet)."""
        facets: dict[str, dict[str, int]] = {"content_type": {}, **{f: {} for f in FACETS}}
        if not ids:
            return facets
        matched = id_set(ids)
        parts = [
            Page.objects.filter(pk__in=matched)
            .annotate(facet=Value("content_type"), value=Cast("content_type_id", CharField()))
            .values("facet", "value")
            .annotate(n=Count("pk"))
            .values_list("facet", "value", "n")
            .order_by()
        ]
        for document_type in document_types():
            for facet, path in document_type.facets.items():
                for model in indexed_models(document_type):
                    parts.append(
                        model._default_manager.filter(pk__in=matched)
                        .exclude(**{f"{path}__isnull": True})
                        .annotate(facet=Value(facet), value=F(path))
                        .values("facet", "value")
                        .annotate(n=Count("pk", distinct=True))
                        .values_list("facet", "value", "n")
                        .order_by()
                    )
        for facet, value, count in parts[0].union(*parts[1:], all=True):
            if facet == "content_type":
                value = document_type_of(_model_of(int(value))).name
            facets[facet][value] = facets[facet].get(value, 0) + count
        return facets

    def hits(self, pages: list[Page], query: str) -> list[Hit]:
        texts = [joined_text(page, document_type_of(type(page)).lead) for page in pages]
        if connection.vendor == "postgresql":
            snippets = postgres_headlines(texts, query, database_search_config())
        else:
            snippets = [highlight(text, query) for text in texts]
        return [
            Hit(
                page.pk,
                page.title,
                page.get_url() or "",
                document_type_of(type(page)).name,
                snippet,
            )
            for page, snippet in zip(pages, snippets, strict=True)
        ]

    def suggest(self, prefix: str, language: str, size: int) -> list[Hit]:
        pages = findable_pages(language).specific().autocomplete(prefix)[:size]
        return [
            Hit(page.pk, page.title, page.get_url() or "", document_type_of(type(page)).name, [])
            for page in pages
        ]

    def matching(self, query: str, language: str, content_type: str, limit: int) -> QuerySet:
        scope = filtered(findable_pages(language), {"content_type": content_type})
        return scope.search(query, operator="or").get_queryset().order_by().values("pk")


def specific_pages(content_types: dict[int, int]) -> dict[int, Page]:
    """Pages by id, read from their own models (one query per type, none for the base rows)."""
    by_type: dict[int, list[int]] = {}
    for pk, content_type_id in content_types.items():
        by_type.setdefault(content_type_id, []).append(pk)
    pages: dict[int, Page] = {}
    for content_type_id, ids in by_type.items():
        pages.update(_model_of(content_type_id)._default_manager.in_bulk(ids))
    return pages


def _model_of(content_type_id: int) -> type[models.Model]:
    """The model of a findable page's content type (each has one)."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        raise LookupError(f"Content type {content_type_id} has no model")
    return model


def id_set(ids: list[int]) -> RawSQL | list[int]:
    """Many ids for an `__in` lookup. PostgreSQL gets them as one array parameter: thousands
    of separate parameters cost more to parse and plan than the counting itself."""
    if connection.vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::bigint[])", [ids])
    return ids


def database_search_config() -> str:
    """PostgreSQL's text-search configuration the database backend uses."""
    options = settings.WAGTAILSEARCH_BACKENDS["default"]
    return options.get("SEARCH_CONFIG") or "simple"


class EngineSearch:
    """The engine; every hit is checked against the database before it is shown, so a change
    the outbox has not delivered yet (a withdrawn consent, an unpublished page) never shows."""

    name = "engine"

    def __init__(self, engine: SearchEngine) -> None:
        self.engine = engine

    def search(
        self, query: str, language: str, filters: dict[str, str], start: int, size: int
    ) -> Outcome:
        response = self.engine.search(query, language, filters, start, size)
        allowed = still_findable([hit.page_id for hit in response.hits])
        return Outcome(
            total=response.total,
            hits=[
                Hit(
                    hit.page_id,
                    hit.title,
                    hit.url,
                    hit.content_type,
                    marked_fragments(hit.highlight),
                )
                for hit in response.hits
                if hit.page_id in allowed
            ],
            facets=response.facets,
        )

    def suggest(self, prefix: str, language: str, size: int) -> list[Hit]:
        hits = self.engine.suggest(prefix, language, size)
        allowed = still_findable([hit.page_id for hit in hits])
        return [
            Hit(hit.page_id, hit.title, hit.url, hit.content_type, [])
            for hit in hits
            if hit.page_id in allowed
        ]

    def matching(self, query: str, language: str, content_type: str, limit: int) -> list[int]:
        return self.engine.matching(query, language, content_type, limit)


def still_findable(page_ids: list[int]) -> set[int]:
    if not page_ids:
        return set()
    return set(findable_pages().filter(id__in=page_ids).values_list("pk", flat=True))
