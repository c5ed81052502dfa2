"""The one way content is searched; views never see which backend answers."""

from dataclasses import dataclass

from django.apps import apps
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import QuerySet
from wagtail.models import Locale, Page

from .highlighting import highlight
from .models import SearchTermCount

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


# Inside words these stay (Kurve-kriegen, Ankara'da); everything else is not part of a word and
# would only reach the engine as query syntax (quotes, brackets, operators, wildcards).
WORD_JOINERS = "-'’"


def normalise_query(raw: str) -> str:
    """Words only, whitespace collapsed, at most MAX_QUERY_LENGTH characters."""
    kept = "".join(char if char.isalnum() or char in WORD_JOINERS else " " for char in raw)
    words = [word.strip(WORD_JOINERS) for word in kept[: MAX_QUERY_LENGTH * 2].split()]
    return " ".join(word for word in words if word)[:MAX_QUERY_LENGTH]


@dataclass
class SearchResults:
    query: str
    page: PaginatorPage | None

    def __post_init__(self) -> None:
        # Snippets for the results shown (one page of them), highlighted by the service.
        for result in self.page or []:
            result.snippet = highlight(snippet_text(result), self.query)

    @property
    def count(self) -> int:
        return self.page.paginator.count if self.page else 0


def snippet_text(page: Page) -> str:
    """The text a result's snippet is cut from: the fields the page type names for it."""
    fields = getattr(page, "search_snippet_fields", ("search_description", "introduction"))
    return " ".join(str(getattr(page, name, "") or "") for name in fields).strip()


def hide_unfindable(queryset: QuerySet, locale: Locale) -> QuerySet:
    """Published pages that must not be found: messenger profiles without valid consent, and
    pages not translated yet (aliases that show the German page in another language). Both as
    subqueries, so the exclusion costs no extra query and no list of ids, however many."""
    messenger_model = apps.get_model("narratives", "MessengerPage")
    withdrawn = (
        messenger_model.objects.filter(locale=locale)
        .exclude(pk__in=messenger_model.objects.consent_valid().values("pk"))
        .values("pk")
    )
    untranslated = Page.objects.filter(locale=locale, alias_of__isnull=False).values("pk")
    return queryset.exclude(id__in=withdrawn).exclude(id__in=untranslated)


def search_pages(raw_query: str, locale: Locale, page_number: str | int = 1) -> SearchResults:
    query = normalise_query(raw_query)
    if not query:
        return SearchResults(query="", page=None)
    queryset = Page.objects.live().public().filter(locale=locale).exclude(depth__lte=1)
    queryset = hide_unfindable(queryset, locale)
    if str(page_number) == "1":
        # Aggregate counts only (see SearchTermCount); further result pages are not new searches.
        SearchTermCount.record(query, locale.language_code)
    results = queryset.specific().search(query)
    paginator = Paginator(results, RESULTS_PER_PAGE)
    return SearchResults(query=query, page=paginator.get_page(page_number))
