"""The one way content is searched: the search page, the suggestions and the listings' free-text
filter all come here, and never see which backend answers."""

import logging
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar
from urllib.parse import urlencode

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Q, QuerySet, Value
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from cms.localisation.languages import CONTENT_LANGUAGES

from .backends import DatabaseSearch, EngineSearch, Hit, Outcome, SearchBackend
from .documents import FACET_LABELS
from .engine import (
    ENGINE_PAUSE_SECONDS,
    EngineUnavailable,
    configured_engine,
    engine_paused,
    pause_engine,
)
from .indexing import drain, enqueue_every_language
from .models import SearchTermCount
from .registry import FILTERS, content_type_labels, facet_label_sources
from .search_url import SearchUrlError, redact

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10
# The engines return at most 10,000 hits per query; nobody pages that far.
MAX_PAGE = 10_000 // RESULTS_PER_PAGE
SUGGESTIONS = 8
MIN_SUGGEST_LENGTH = 2
LISTING_MATCH_LIMIT = 1_000

# Inside words these stay (Kurve-kriegen, Ankara'da); everything else is not part of a word and
# would only reach the engine as query syntax (quotes, brackets, operators, wildcards).
WORD_JOINERS = "-'’"


def in_word(char: str) -> bool:
    # Combining marks (Arabic vowel signs, decomposed umlauts) belong to their letter.
    return char.isalnum() or char in WORD_JOINERS or unicodedata.category(char).startswith("M")


def normalise_query(raw: str) -> str:
    """Words only, whitespace collapsed, at most MAX_QUERY_LENGTH characters."""
    kept = "".join(char if in_word(char) else " " for char in raw)
    words = [word.strip(WORD_JOINERS) for word in kept[: MAX_QUERY_LENGTH * 2].split()]
    return " ".join(word for word in words if word)[:MAX_QUERY_LENGTH]


def clean_filters(params: Mapping[str, str]) -> dict[str, str]:
    """The facet filters of a request: known names, slug-like values, anything else dropped."""
    filters = {}
    for name in FILTERS:
        value = str(params.get(name) or "")[:100]
        if value and all(char.isalnum() or char in "-_" for char in value):
            filters[name] = value
    return filters


def page_number(raw: object) -> int:
    try:
        number = int(str(raw))
    except ValueError:
        return 1
    return min(max(number, 1), MAX_PAGE)


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    url: str  # the results with this option chosen (or, when selected, dropped)
    language: str = ""  # for the language facet: the option's language code


@dataclass(frozen=True)
class Facet:
    name: str
    label: str
    options: list[FacetOption]


@dataclass
class SearchResults:
    query: str
    page: PaginatorPage | None
    filters: dict[str, str] = field(default_factory=dict)
    facets: list[Facet] = field(default_factory=list)
    # The engine did not answer; the database answered instead (the page says so).
    degraded: bool = False

    @property
    def count(self) -> int:
        return self.page.paginator.count if self.page else 0

    @property
    def filter_query(self) -> str:
        """The query string of these results without the page number (for pagination)."""
        return urlencode({"q": self.query, **self.filters})


class ResultWindow(Sequence):
    """One page of hits posing as the whole result list, so Django's Paginator numbers pages
    from the total without fetching anything else."""

    def __init__(self, total: int, hits: list[Hit]) -> None:
        self.total = total
        self.hits = hits

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, key: object) -> list[Hit]:
        return self.hits


def public_backend() -> SearchBackend:
    engine = configured_engine()
    return EngineSearch(engine) if engine else DatabaseSearch()


T = TypeVar("T")


def _run(ask: Callable[[SearchBackend], T]) -> tuple[T, bool]:
    """Asks the configured backend, or the database when the engine is down (or SEARCH_URL is
    malformed, which the system check reports at start-up); True when the database stood in."""
    if engine_paused():
        return ask(DatabaseSearch()), True
    try:
        return ask(public_backend()), False
    except (EngineUnavailable, SearchUrlError) as error:
        logger.warning(
            "Search engine unavailable, the database answers for %ss: %s",
            ENGINE_PAUSE_SECONDS,
            redact(str(error)),
        )
        pause_engine()
        return ask(DatabaseSearch()), True


def count_search(raw_query: str, language: str, raw_page: object = 1) -> None:
    """Counts a search: aggregate counts only (see SearchTermCount), and only its first result
    page (further pages are not new searches). Also for answers from the page cache."""
    query = normalise_query(raw_query)
    if query and page_number(raw_page) == 1:
        SearchTermCount.record(query, language)


def search_pages(
    raw_query: str,
    locale: Locale,
    raw_page: object = 1,
    params: Mapping[str, str] | None = None,
) -> SearchResults:
    query = normalise_query(raw_query)
    filters = clean_filters(params or {})
    if not query:
        return SearchResults(query="", page=None, filters=filters)
    language = locale.language_code
    requested = number = page_number(raw_page)

    def results_page(backend: SearchBackend) -> Outcome:
        start = (number - 1) * RESULTS_PER_PAGE
        return backend.search(query, language, filters, start, RESULTS_PER_PAGE)

    outcome, degraded = _run(results_page)
    last_page = max(1, -(-outcome.total // RESULTS_PER_PAGE))
    if number > last_page:
        # Past the end (an old link): the last page, not an empty one.
        number = min(last_page, MAX_PAGE)
        outcome, degraded = _run(results_page)
    if requested == 1:
        count_search(query, language)
    paginator = Paginator(ResultWindow(outcome.total, outcome.hits), RESULTS_PER_PAGE)
    return SearchResults(
        query=query,
        page=paginator.page(min(number, paginator.num_pages)),
        filters=filters,
        facets=labelled_facets(outcome, query, filters, locale),
        degraded=degraded,
    )


def labelled_facets(
    outcome: Outcome, query: str, filters: dict[str, str], locale: Locale
) -> list[Facet]:
    """Facets in the visitor's language, each option linking to the narrowed results."""
    labels = facet_value_labels(outcome.facets, locale)
    facets = []
    for name in FILTERS:
        counts = outcome.facets.get(name, {})
        options = []
        for value, count in counts.items():
            chosen = {**filters, name: value}
            if filters.get(name) == value:
                chosen.pop(name)
            options.append(
                FacetOption(
                    value=value,
                    label=labels[name].get(value, value),
                    count=count,
                    selected=filters.get(name) == value,
                    url="?" + urlencode({"q": query, **chosen}),
                )
            )
        if options:
            options.sort(key=lambda option: (-option.count, option.label.casefold()))
            facets.append(Facet(name, str(FACET_LABELS[name]), options))
    languages = outcome.facets.get("language", {})
    options = []
    for code, name in CONTENT_LANGUAGES:
        if languages.get(code) and code != locale.language_code:
            with translation.override(code):
                # Facet values are the same in every language: the counts were narrowed by the
                # filters, and so is the link.
                url = reverse("search") + "?" + urlencode({"q": query, **filters})
            options.append(FacetOption(code, name, languages[code], False, url, language=code))
    if options:
        facets.append(Facet("language", str(FACET_LABELS["language"]), options))
    return facets


def facet_value_labels(
    counts: dict[str, dict[str, int]], locale: Locale
) -> dict[str, dict[str, str]]:
    """Names of the facet values (German slugs) in the visitor's language."""
    from cms.models.listing import localised_options  # noqa: PLC0415 (models load after apps)

    labels: dict[str, dict[str, str]] = {"content_type": content_type_labels()}
    parts = []
    for facet, (model, label_field) in facet_label_sources.items():
        labels[facet] = {}
        slugs = list(counts.get(facet, {}))
        if slugs:
            options = localised_options(
                model._default_manager.filter(slug__in=slugs), locale.pk, label_field
            )
            parts.append(options.order_by().annotate(facet=Value(facet)))
    if parts:  # the labels of all facets in one query
        for slug, label, _language, facet in parts[0].union(*parts[1:], all=True):
            labels[facet][slug] = label
    return labels


def suggest(raw_prefix: str, locale: Locale) -> list[dict[str, str]]:
    """Titles that start like what the visitor is typing, for the as-you-type list."""
    prefix = normalise_query(raw_prefix)
    if len(prefix) < MIN_SUGGEST_LENGTH:
        return []
    hits, _degraded = _run(
        lambda backend: backend.suggest(prefix, locale.language_code, SUGGESTIONS)
    )
    labels = content_type_labels()
    return [
        {"title": hit.title, "url": hit.url, "type": labels.get(hit.content_type, "")}
        for hit in hits
    ]


def filter_listing_by_text(
    queryset: QuerySet, raw_query: str, locale: Locale, content_type: str
) -> QuerySet:
    """A listing narrowed to the items that match the words (the listing keeps its order)."""
    query = normalise_query(raw_query)
    if not query:
        return queryset
    ids, _degraded = _run(
        lambda backend: backend.matching(
            query, locale.language_code, content_type, LISTING_MATCH_LIMIT
        )
    )
    return queryset.filter(pk__in=ids)


def update_index_now() -> None:
    """Takes the waiting changes to the engine at once instead of at the next scheduled run:
    what was taken down or erased leaves the results now. Nothing without an engine."""
    drain()


def forget_pages(page_ids: Iterable[int]) -> None:
    """Makes the engine drop whatever it holds of these pages, in every language, now (pages
    erased again after a restore). A page that exists is sent as it is instead."""
    enqueue_every_language(page_ids)
    drain()


def forget_search_terms(containing: Iterable[str]) -> int:
    """Deletes the counts of every search term that contains one of these words (people type
    names into search boxes); returns how many were deleted."""
    matches = Q()
    for word in containing:
        matches |= Q(query__contains=word)
    if not matches:
        return 0
    deleted, _details = SearchTermCount.objects.filter(matches).delete()
    return deleted


def compact_database_index() -> None:
    """Makes deleted words leave the database backend's full-text index: SQLite keeps them in
    its segments until they are merged."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO wagtailsearch_indexentry_fts(wagtailsearch_indexentry_fts) "
                "VALUES ('optimize')"
            )
