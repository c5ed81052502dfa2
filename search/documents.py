"""What the search engine may know about a page: explicit, per-type document definitions.

Fields are opt-in. A page type without a definition is not indexed at all, and a field not named
here never reaches the engine (internal talking points, review dates, a messenger's private
record). Every backend searches the same scope: the page types defined here, live, public,
translated (no German stand-ins) and, for messengers, with valid consent.
"""

import hashlib
import json
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.query import PageQuerySet
from wagtail.rich_text import get_text_for_indexing

from .highlighting import MARK_END, MARK_START

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

# Facets every document type may fill; values are German slugs, the same in every language
# (relations are stored between German objects), labelled in the visitor's language on display.
FACETS = ("topic", "audience", "site")
# Everything results can be narrowed by (the language is chosen by the URL instead).
FILTERS = ("content_type", *FACETS)


@dataclass(frozen=True)
class DocumentType:
    """One kind of search result and the fields of its pages that are indexed."""

    name: str  # the value of the content type facet
    label: "StrOrPromise"
    models: tuple[str, ...]
    # Short texts that say what the page is about: boosted, and quoted in the result snippet.
    lead: tuple[str, ...] = ("search_description", "introduction")
    # Longer text: stream fields and rich text are flattened to plain text.
    body: tuple[str, ...] = ()
    # facet name -> relation path to a slug, e.g. "topics__slug".
    facets: dict[str, str] = field(default_factory=dict)


INFORMATION = pgettext_lazy("content type", "Information")

DOCUMENT_TYPES = (
    DocumentType(
        "narrative",
        pgettext_lazy("content type", "Narratives"),
        ("narratives.NarrativePage",),
        lead=("introduction", "negative_narrative", "counter_narrative", "search_description"),
        body=("key_messages", "body"),
        facets={"topic": "topics__slug", "audience": "audiences__slug", "site": "sites__slug"},
    ),
    DocumentType(
        "campaign",
        pgettext_lazy("content type", "Campaigns"),
        ("narratives.CampaignPage",),
        lead=("introduction", "goal", "search_description"),
        body=("body",),
        facets={
            "topic": "narratives__topics__slug",
            "audience": "audiences__slug",
            "site": "sites__slug",
        },
    ),
    DocumentType(
        "messenger",
        pgettext_lazy("content type", "Credible messengers"),
        ("narratives.MessengerPage",),
        # The public profile only: alias, role, quote and story. The person's record is another
        # model (narratives.MessengerIdentity) and is never read here.
        lead=("introduction", "role", "quote"),
        body=("story",),
        facets={"site": "sites__slug"},
    ),
    DocumentType(
        "site",
        pgettext_lazy("content type", "Sites"),
        ("narratives.ProgrammeSitePage",),
        body=("body",),
    ),
    # Pages about the programme share one content type, each with its own text fields.
    DocumentType(
        "information",
        INFORMATION,
        ("cms.ContentPage", "cms.EasyReadPage", "cms.LegalPage"),
        body=("body",),
    ),
    DocumentType(
        "information",
        INFORMATION,
        ("cms.AccessibilityStatementPage",),
        body=("non_accessible_content", "body"),
    ),
    DocumentType("information", INFORMATION, ("cms.SignLanguagePage",), body=("videos",)),
    DocumentType(
        "information",
        INFORMATION,
        (
            "cms.EasyReadIndexPage",
            "narratives.NarrativeIndexPage",
            "narratives.CampaignIndexPage",
            "narratives.MessengerIndexPage",
            "narratives.ProgrammeSiteIndexPage",
        ),
    ),
)

FACET_LABELS = {
    "content_type": _("Content type"),
    "topic": _("Topic"),
    "audience": _("Audience"),
    "site": _("Site"),
    "language": _("Language"),
}


def content_type_labels() -> dict[str, str]:
    """Content type facet value -> its name in the active language."""
    return {document_type.name: str(document_type.label) for document_type in DOCUMENT_TYPES}


def document_type_of(model: type[models.Model]) -> DocumentType:
    """The document type of an indexed page model; ValueError for a model that is not."""
    document_type = _document_type_named(model._meta.label)
    if document_type is None:
        raise ValueError(f"{model._meta.label} is not indexed")
    return document_type


@cache
def _document_type_named(label: str) -> DocumentType | None:
    for document_type in DOCUMENT_TYPES:
        if label in document_type.models:
            return document_type
    return None


def indexed_models(document_type: DocumentType | None = None) -> list[type[Page]]:
    types = [document_type] if document_type else DOCUMENT_TYPES
    return [apps.get_model(label) for t in types for label in t.models]


def findable_pages(language: str | None = None) -> PageQuerySet:
    """The pages visitors may find, as one query: what the engine holds and the database
    backend searches. Narrow to one language with `language`."""
    from django.contrib.contenttypes.models import ContentType  # noqa: PLC0415

    # Only lookups on Wagtail's filter fields (id, locale, content_type, live, path), so that
    # the database backend can search this queryset as it is.
    messenger_model = apps.get_model("narratives", "MessengerPage")
    withdrawn = messenger_model.objects.exclude(
        pk__in=messenger_model.objects.consent_valid().values("pk")
    )
    from cms.models.querysets import view_restricted  # noqa: PLC0415 (models load after apps)

    pages = (
        Page.objects.live()
        # Restricted pages as a subquery: Wagtail's .public() reads every restriction first.
        .exclude(id__in=Page.objects.filter(view_restricted()).values("pk"))
        .filter(content_type__in=ContentType.objects.get_for_models(*indexed_models()).values())
        .exclude(id__in=Page.objects.filter(alias_of__isnull=False).values("pk"))
        .exclude(id__in=withdrawn.values("pk"))
    )
    if language:
        pages = pages.filter(locale__in=Locale.objects.filter(language_code=language))
    return pages


def field_text(page: Page, name: str) -> str:
    """A field as plain text: rich text and stream fields flattened, markers removed."""
    model_field = page._meta.get_field(name)
    value = getattr(page, name, None)
    if value is None or value == "":
        return ""
    if isinstance(model_field, StreamField):
        parts = model_field.get_searchable_content(value)
    elif isinstance(model_field, RichTextField):
        parts = [get_text_for_indexing(value)]
    elif isinstance(model_field, models.TextField | models.CharField):
        parts = [str(value)]
    else:
        raise TypeError(f"{page._meta.label}.{name} is not text and cannot be indexed")
    text = " ".join(" ".join(str(part).split()) for part in parts if part)
    # The highlighter's markers must only ever come from the highlighter.
    return text.replace(MARK_START, "").replace(MARK_END, "")


def joined_text(page: Page, names: tuple[str, ...]) -> str:
    """Several fields as one plain text, empty ones left out."""
    return " ".join(filter(None, (field_text(page, name) for name in names)))


def facet_values(pages: list[Page]) -> dict[int, dict[str, list[str]]]:
    """Facet slugs of many pages, one query per page type and facet (not per page)."""
    values: dict[int, dict[str, list[str]]] = {
        page.pk: {name: [] for name in FACETS} for page in pages
    }
    by_model: dict[type[Page], list[int]] = {}
    for page in pages:
        by_model.setdefault(type(page), []).append(page.pk)
    for model, ids in by_model.items():
        document_type = document_type_of(model)
        for facet, path in document_type.facets.items():
            rows = (
                model._default_manager.filter(pk__in=ids)
                .exclude(**{f"{path}__isnull": True})
                .values_list("pk", path)
                .distinct()
            )
            for pk, slug in rows:
                values[pk][facet].append(slug)
    for facets in values.values():
        for slugs in facets.values():
            slugs.sort()
    return values


def language_codes() -> dict[int, str]:
    """Locale id -> language code (a handful of rows, read in one query)."""
    return dict(Locale.objects.values_list("pk", "language_code"))


def build_documents(pages: list[Page]) -> list[dict]:
    """The documents of specific pages (only the fields their document type names), each
    with a fingerprint so that drift between the database and the index can be found."""
    facets = facet_values(pages)
    languages = language_codes()
    documents = []
    for page in pages:
        document_type = document_type_of(type(page))
        document = {
            "page_id": page.pk,
            "language": languages[page.locale_id],
            "content_type": document_type.name,
            "title": page.title,
            "lead": joined_text(page, document_type.lead),
            "body": joined_text(page, document_type.body),
            "url": page.get_url() or "",
            **facets[page.pk],
        }
        document["fingerprint"] = fingerprint(document)
        documents.append(document)
    return documents


def fingerprint(document: dict) -> str:
    content = {key: value for key, value in document.items() if key != "fingerprint"}
    return hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()[:32]
