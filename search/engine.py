"""OpenSearch or Elasticsearch behind one interface, built with the official clients' DSL.

`SEARCH_URL` picks the product and the cluster: `opensearch+https://user:password@host:9200`
or `elasticsearch+https://…` (plain `http` for a local node). The two DSLs (opensearchpy and
elasticsearch.dsl) share their API, so everything below is written once against `self.dsl`;
only the client differs. One index per content language, reached through an alias, so that a
rebuild fills a new index and swaps the alias when it is complete.
"""

import datetime
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol

from django.conf import settings
from django.core.cache import cache as django_cache

from cms.localisation.languages import LANGUAGE_CODES

from .analysis import suggest_analyzer, text_analyzer
from .highlighting import MARK_END, MARK_START
from .registry import FILTERS
from .search_url import parse_search_url

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch
    from opensearchpy import OpenSearch

SNIPPET_LENGTH = 220


class EngineUnavailable(Exception):
    """The engine could not answer (down, unreachable, refused): callers fall back."""


@dataclass(frozen=True)
class EngineHit:
    page_id: int
    title: str
    url: str
    content_type: str
    highlight: str  # text with MARK_START…MARK_END around matches


@dataclass(frozen=True)
class EngineResponse:
    total: int
    hits: list[EngineHit]
    # facet -> value -> count; "language" counts every language, the others the visitor's.
    facets: dict[str, dict[str, int]]


class DslIndex(Protocol):
    """An index of either DSL (opensearchpy or elasticsearch.dsl)."""

    def create(self) -> object: ...


class DslSearch(Protocol):
    """A search request of either DSL; its response iterates over hits."""

    def execute(self) -> Any: ...


class DslHit(Protocol):
    """A hit of either DSL: the document's source fields, and the engine's `meta`."""

    meta: Any
    page_id: int
    title: str
    url: str
    content_type: str


class SearchEngine:
    client: "OpenSearch | Elasticsearch"

    def __init__(self, product: str, node_url: str, prefix: str, timeout: float = 5.0) -> None:
        self.product = product
        self.prefix = prefix
        if product == "opensearch":
            import opensearchpy  # noqa: PLC0415 (optional dependency)
            from opensearchpy import helpers  # noqa: PLC0415

            self.dsl: ModuleType = opensearchpy
            self.helpers: ModuleType = helpers
            self.client = opensearchpy.OpenSearch(
                hosts=[node_url], timeout=timeout, max_retries=0, retry_on_timeout=False
            )
            self.transport_errors: tuple[type[Exception], ...] = (
                opensearchpy.exceptions.ConnectionError,
                opensearchpy.exceptions.ConnectionTimeout,
                opensearchpy.exceptions.TransportError,
            )
        else:
            import elasticsearch  # noqa: PLC0415 (optional dependency)
            import elasticsearch.dsl  # noqa: PLC0415
            import elasticsearch.helpers  # noqa: PLC0415

            self.dsl = elasticsearch.dsl
            self.helpers = elasticsearch.helpers
            self.client = elasticsearch.Elasticsearch(
                node_url, request_timeout=timeout, max_retries=0, retry_on_timeout=False
            )
            self.transport_errors = (
                elasticsearch.ConnectionError,
                elasticsearch.ConnectionTimeout,
                elasticsearch.ApiError,
                elasticsearch.TransportError,
            )

    @contextmanager
    def answering(self) -> Iterator[None]:
        """Any failure to get an answer from the engine becomes EngineUnavailable."""
        try:
            yield
        except self.transport_errors as error:
            raise EngineUnavailable(str(error)) from error

    # Index layout

    def alias(self, language: str) -> str:
        return f"{self.prefix}-{language}".lower()

    def index_definition(self, name: str, language: str) -> DslIndex:
        """An index for one language: its analysis and the explicit mapping of documents."""
        dsl = self.dsl
        text = text_analyzer(dsl, language)
        suggest = suggest_analyzer(dsl, language)
        index = dsl.Index(name, using=self.client)
        index.settings(number_of_shards=1, number_of_replicas=0, max_result_window=10_000)
        mapping = dsl.Mapping()
        mapping.meta("dynamic", "strict")  # a field not defined here is refused, not indexed
        mapping.field("page_id", dsl.Integer())
        mapping.field("language", dsl.Keyword())
        mapping.field("fingerprint", dsl.Keyword(index=False))
        mapping.field("url", dsl.Keyword(index=False))
        mapping.field(
            "title",
            dsl.Text(
                analyzer=text,
                fields={"suggest": dsl.SearchAsYouType(analyzer=suggest)},
            ),
        )
        mapping.field("lead", dsl.Text(analyzer=text))
        mapping.field("body", dsl.Text(analyzer=text))
        for facet in FILTERS:
            mapping.field(facet, dsl.Keyword())
        index.mapping(mapping)
        return index

    def new_index_name(self, language: str) -> str:
        stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d%H%M%S%f")
        return f"{self.alias(language)}-{stamp}"

    def create_index(self, language: str) -> str:
        """A new, empty index for the language (not yet behind the alias)."""
        name = self.new_index_name(language)
        self.index_definition(name, language).create()
        return name

    def ensure_indices(self) -> None:
        """Every language's alias points at an index with our mapping; creates the missing
        ones (before anything is written, so the engine never guesses a mapping)."""
        with self.answering():
            for language in LANGUAGE_CODES:
                if not self.client.indices.exists_alias(name=self.alias(language)):
                    self.switch_alias(language, self.create_index(language))

    def switch_alias(self, language: str, index_name: str) -> list[str]:
        """Points the alias at the index in one atomic step; returns the indices it left."""
        alias = self.alias(language)
        previous = []
        if self.client.indices.exists_alias(name=alias):
            previous = list(self.client.indices.get_alias(name=alias))
        elif self.client.indices.exists(index=alias):
            # An index under the alias's name, created by the engine itself from a write that
            # came before any of ours (with a guessed mapping): it goes.
            self.client.indices.delete(index=alias)
        actions = [{"remove": {"index": old, "alias": alias}} for old in previous]
        actions.append({"add": {"index": index_name, "alias": alias}})
        self.client.indices.update_aliases(body={"actions": actions})
        return previous

    def delete_indices(self, names: Iterable[str]) -> None:
        for name in names:
            self.client.indices.delete(index=name, ignore_unavailable=True)

    def drop_all(self) -> None:
        """Deletes every index of this prefix (tests, and resetting a broken setup)."""
        self.client.indices.delete(index=f"{self.prefix}-*".lower(), ignore_unavailable=True)

    def refresh(self, index: str | None = None) -> None:
        """Makes what was written searchable now (the engine does so within a second)."""
        self.client.indices.refresh(index=index or f"{self.prefix}-*".lower())

    # Writing

    def bulk(self, actions: Iterable[dict], index: str | None = None) -> list[dict]:
        """Runs index/delete actions; returns the failed ones (a delete of a missing document
        is not a failure). Raises EngineUnavailable when the engine cannot be reached."""
        prepared = [
            {
                "_index": index or self.alias(action["language"]),
                **{key: value for key, value in action.items() if key != "language"},
            }
            for action in actions
        ]
        errors: list[dict[str, dict]]
        with self.answering():
            _ok, errors = self.helpers.bulk(
                self.client, prepared, raise_on_error=False, raise_on_exception=True
            )
        return [
            error
            for error in errors
            if next(iter(error.values()), {}).get("status") != 404 or next(iter(error)) != "delete"
        ]

    @staticmethod
    def index_action(document: dict) -> dict:
        return {
            "_op_type": "index",
            "_id": document["page_id"],
            "_source": document,
            "language": document["language"],
        }

    @staticmethod
    def delete_action(page_id: int, language: str) -> dict:
        return {"_op_type": "delete", "_id": page_id, "language": language}

    # Reading

    def fingerprints(self, language: str) -> Iterator[tuple[int, str]]:
        """(page id, fingerprint) of every document of a language, for drift checks."""
        search = (
            self.dsl.Search(using=self.client, index=self.alias(language))
            .source(["page_id", "fingerprint"])
            .params(size=1000)
        )
        with self.answering():
            for hit in search.scan():
                yield hit.page_id, hit.fingerprint

    def text_query(self, query: str) -> object:
        """Pages with all the words (across title, lead and body) first; then pages with most
        of them, also allowing a typo or two per word (questions in whole sentences)."""
        Q = self.dsl.Q  # noqa: N806 (the DSL's name)
        fields = ["title^3", "lead^2", "body"]
        return Q(
            "bool",
            should=[
                Q(
                    "multi_match",
                    query=query,
                    fields=fields,
                    type="cross_fields",
                    operator="and",
                    boost=3,
                ),
                Q(
                    "multi_match",
                    query=query,
                    fields=fields,
                    type="cross_fields",
                    minimum_should_match="75%",
                ),
                Q(
                    "multi_match",
                    query=query,
                    fields=fields,
                    type="most_fields",
                    fuzziness="AUTO",
                    prefix_length=1,
                    minimum_should_match="75%",
                    boost=0.5,
                ),
            ],
            minimum_should_match=1,
        )

    def build_search(
        self, query: str, language: str, filters: dict[str, str], start: int, size: int
    ) -> DslSearch:
        """The request of a results page: hits in the visitor's language, highlighted, with
        facet counts within the chosen filters, and counts per language."""
        dsl = self.dsl
        indices = [self.alias(code) for code in LANGUAGE_CODES]
        search = dsl.Search(using=self.client, index=indices).query(self.text_query(query))
        for facet, value in filters.items():
            search = search.filter("term", **{facet: value})
        search = search.post_filter("term", language=language)
        in_language = search.aggs.bucket("in_language", "filter", term={"language": language})
        for facet in FILTERS:
            in_language.bucket(facet, "terms", field=facet, size=50)
        search.aggs.bucket("language", "terms", field="language", size=len(LANGUAGE_CODES))
        search = search.highlight(
            "lead", "body", fragment_size=SNIPPET_LENGTH, number_of_fragments=1
        ).highlight_options(
            pre_tags=[MARK_START],
            post_tags=[MARK_END],
            no_match_size=SNIPPET_LENGTH,
            require_field_match=False,
        )
        search = search.source(["page_id", "title", "url", "content_type"])
        return search.extra(track_total_hits=True)[start : start + size]

    def search(
        self, query: str, language: str, filters: dict[str, str], start: int, size: int
    ) -> EngineResponse:
        search = self.build_search(query, language, filters, start, size)
        with self.answering():
            response = search.execute()
        facets = {
            facet: {
                bucket.key: bucket.doc_count
                for bucket in getattr(response.aggregations.in_language, facet).buckets
            }
            for facet in FILTERS
        }
        facets["language"] = {
            bucket.key: bucket.doc_count for bucket in response.aggregations.language.buckets
        }
        return EngineResponse(
            total=response.hits.total.value,
            hits=[self._hit(hit) for hit in response],
            facets=facets,
        )

    @staticmethod
    def _hit(hit: DslHit) -> EngineHit:
        highlights = getattr(hit.meta, "highlight", None)
        snippet = ""
        if highlights is not None:
            lead = list(getattr(highlights, "lead", []))
            body = list(getattr(highlights, "body", []))
            # The lead when it has a match (or there is no match anywhere), else the body.
            marked = [text for text in lead + body if MARK_START in text]
            snippet = (marked or lead or body or [""])[0]
        return EngineHit(
            page_id=hit.page_id,
            title=hit.title,
            url=hit.url,
            content_type=hit.content_type,
            highlight=snippet,
        )

    def matching(self, query: str, language: str, content_type: str, limit: int) -> list[int]:
        """Ids of the best matches of one content type (a listing's free-text filter)."""
        search = (
            self.dsl.Search(using=self.client, index=self.alias(language))
            .query(self.text_query(query))
            .filter("term", content_type=content_type)
            .source(["page_id"])[:limit]
        )
        with self.answering():
            return [hit.page_id for hit in search.execute()]

    def build_suggest(self, prefix: str, language: str, size: int) -> DslSearch:
        return (
            self.dsl.Search(using=self.client, index=self.alias(language))
            .query(
                "multi_match",
                query=prefix,
                type="bool_prefix",
                fields=["title.suggest", "title.suggest._2gram", "title.suggest._3gram"],
            )
            .source(["page_id", "title", "url", "content_type"])[:size]
        )

    def suggest(self, prefix: str, language: str, size: int = 8) -> list[EngineHit]:
        with self.answering():
            response = self.build_suggest(prefix, language, size).execute()
        return [
            EngineHit(hit.page_id, hit.title, hit.url, hit.content_type, "") for hit in response
        ]

    def healthy(self) -> bool:
        try:
            return bool(self.client.ping())
        except Exception:  # noqa: BLE001 (any failure means: not usable now)
            return False


# After the engine failed to answer, requests go straight to the database for this long
# instead of each waiting SEARCH_TIMEOUT for an engine that is down. In the cache, so that with
# a shared cache (production) every process knows, and the worker lifts it when it gets through.
ENGINE_PAUSE_SECONDS = 30
ENGINE_PAUSED_KEY = "search:engine-paused"


def pause_engine() -> None:
    django_cache.set(ENGINE_PAUSED_KEY, True, ENGINE_PAUSE_SECONDS)


def resume_engine() -> None:
    django_cache.delete(ENGINE_PAUSED_KEY)


def engine_paused() -> bool:
    return bool(django_cache.get(ENGINE_PAUSED_KEY))


def configured_engine() -> SearchEngine | None:
    """The engine SEARCH_URL names, or None for the database backend."""
    url = getattr(settings, "SEARCH_URL", "")
    if not url:
        return None
    return _engine(url, settings.SEARCH_INDEX_PREFIX, settings.SEARCH_TIMEOUT)


@cache
def _engine(url: str, prefix: str, timeout: float) -> SearchEngine:
    product, node_url = parse_search_url(url)
    return SearchEngine(product, node_url, prefix, timeout)
