"""What the search engine may know about a page: explicit, per-type document definitions.

Fields are opt-in. A page type without a registered definition (registry.py) is not indexed at
all, and a field its definition does not name never reaches the engine (internal talking points,
review dates, a messenger's private record). Every backend searches the same scope: the page
types registered, live, public, translated (no German stand-ins) and not withheld by the app that
defines them (messengers without valid consent).
"""

import hashlib
import json

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.query import PageQuerySet
from wagtail.rich_text import get_text_for_indexing

from .highlighting import MARK_END, MARK_START
from .registry import FACETS, document_type_of, document_types, indexed_models

FACET_LABELS = {
    "content_type": _("Content type"),
    "topic": _("Topic"),
    "audience": _("Audience"),
    "site": _("Site"),
    "language": _("Language"),
}


def findable_pages(language: str | None = None) -> PageQuerySet:
    """The pages visitors may find, as one query: what the engine holds and the database
    backend searches. Narrow to one language with `language`."""
    from django.contrib.contenttypes.models import ContentType  # noqa: PLC0415

    from cms.models.querysets import view_restricted  # noqa: PLC0415 (models load after apps)

    # Only lookups on Wagtail's filter fields (id, locale, content_type, live, path), so that
    # the database backend can search this queryset as it is.
    pages = (
        Page.objects.live()
        # Restricted pages as a subquery: Wagtail's .public() reads every restriction first.
        .exclude(id__in=Page.objects.filter(view_restricted()).values("pk"))
        .filter(content_type__in=ContentType.objects.get_for_models(*indexed_models()).values())
        .exclude(id__in=Page.objects.filter(alias_of__isnull=False).values("pk"))
    )
    for document_type in document_types():
        if document_type.withheld is not None:
            pages = pages.exclude(id__in=document_type.withheld().values("pk"))
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
