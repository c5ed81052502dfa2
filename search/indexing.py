"""Keeping the engine's indices in step with the database: the outbox, its worker, a full
rebuild and a drift check. None of this runs without SEARCH_URL (the database backend reads
the pages themselves)."""

import datetime
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.db.models import QuerySet
from django.utils import timezone
from wagtail.models import Locale, Page

from cms.languages import LANGUAGE_CODES

from .documents import build_documents, findable_pages
from .engine import EngineUnavailable, SearchEngine, configured_engine
from .models import IndexUpdate

logger = logging.getLogger(__name__)

BATCH_SIZE = 500
# A document the engine refused (not an outage) is retried later and later, up to this.
MAX_BACKOFF = datetime.timedelta(minutes=30)

Progress = Callable[[str, int, int], None]


def enqueue(pages: QuerySet | list[Page]) -> int:
    """Notes that these pages changed, in the caller's transaction. Nothing without an engine."""
    if configured_engine() is None:
        return 0
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    rows = [
        IndexUpdate(page_id=page.pk, language=languages[page.locale_id])
        for page in pages
        if page.pk is not None
    ]
    IndexUpdate.objects.bulk_create(rows)
    return len(rows)


def enqueue_subtree(page: Page) -> int:
    """The page and everything below it (a move or a new view restriction affects them all)."""
    return enqueue(Page.objects.descendant_of(page, inclusive=True).only("pk", "locale_id"))


def enqueue_translations(translation_key: object) -> int:
    """Every language version of a page (e.g. when a messenger's consent changes)."""
    return enqueue(Page.objects.filter(translation_key=translation_key).only("pk", "locale_id"))


def load_specific(page_ids: list[int]) -> list[Page]:
    return list(
        findable_pages().filter(pk__in=page_ids).select_related("locale").specific().iterator()
    )


@dataclass
class DrainReport:
    indexed: int = 0
    deleted: int = 0
    failed: int = 0
    engine_down: bool = False
    remaining: int = 0


def drain(engine: SearchEngine | None = None, batch_size: int = BATCH_SIZE) -> DrainReport:
    """Takes due outbox rows to the engine until none are left (or the engine is down).

    Rows are deleted only for changes the engine confirmed. A document the engine refuses is
    retried with growing delay; an outage leaves every row as it was, to be retried as soon as
    the engine answers again.
    """
    engine = engine or configured_engine()
    report = DrainReport()
    if engine is None:
        return report
    while True:
        with transaction.atomic():
            due = IndexUpdate.objects.filter(next_attempt_at__lte=timezone.now()).order_by("id")
            if connection.features.has_select_for_update_skip_locked:
                due = due.select_for_update(skip_locked=True)  # several workers share the load
            rows = list(due[:batch_size])
            if not rows:
                break
            try:
                _apply(engine, rows, report)
            except EngineUnavailable as error:
                report.engine_down = True
                logger.warning("Search engine unavailable, %s updates wait: %s", len(rows), error)
                break
    report.remaining = IndexUpdate.objects.count()
    return report


def _apply(engine: SearchEngine, rows: list[IndexUpdate], report: DrainReport) -> None:
    keys = {(row.page_id, row.language) for row in rows}
    pages = {page.pk: page for page in load_specific([page_id for page_id, _lang in keys])}
    documents = {
        document["page_id"]: document for document in build_documents(list(pages.values()))
    }
    actions = []
    for page_id, language in sorted(keys):
        document = documents.get(page_id)
        if document is not None and document["language"] == language:
            actions.append(engine.index_action(document))
        else:
            actions.append(engine.delete_action(page_id, language))
    failures = engine.bulk(actions)
    failed: dict[int, str] = {}
    for failure in failures:
        ((_operation, detail),) = failure.items()
        failed[int(detail["_id"])] = str(detail.get("error", detail))[:1000]
    done = [row.pk for row in rows if row.page_id not in failed]
    IndexUpdate.objects.filter(pk__in=done).delete()
    now = timezone.now()
    for row in rows:
        if row.page_id in failed:
            delay = min(MAX_BACKOFF, datetime.timedelta(seconds=10 * 2**row.attempts))
            IndexUpdate.objects.filter(pk=row.pk).update(
                attempts=row.attempts + 1,
                next_attempt_at=now + delay,
                last_error=failed[row.page_id],
            )
    report.failed += len(failed)
    for action in actions:
        if int(action["_id"]) not in failed:
            if action["_op_type"] == "index":
                report.indexed += 1
            else:
                report.deleted += 1


def chunks(pages: QuerySet, size: int = BATCH_SIZE) -> Iterator[list[Page]]:
    """Specific pages in batches, by primary key (no offset scans on large tables)."""
    last = 0
    while True:
        ids = list(pages.filter(pk__gt=last).order_by("pk").values_list("pk", flat=True)[:size])
        if not ids:
            return
        yield load_specific(ids)
        last = ids[-1]


def rebuild(engine: SearchEngine, progress: Progress | None = None) -> dict[str, int]:
    """Fills a new index per language from the database and swaps it in when complete, so
    visitors search the old index until then. Returns documents per language."""
    counts = {}
    for language in LANGUAGE_CODES:
        pages = findable_pages(language)
        total = pages.count()
        index_name = engine.create_index(language)
        done = 0
        try:
            for batch in chunks(pages):
                actions = [engine.index_action(doc) for doc in build_documents(batch)]
                failures = engine.bulk(actions, index=index_name)
                if failures:
                    raise EngineUnavailable(f"{len(failures)} documents refused: {failures[0]}")
                done += len(batch)
                if progress:
                    progress(language, done, total)
        except Exception:
            engine.delete_indices([index_name])
            raise
        if progress and total == 0:
            progress(language, 0, 0)
        engine.refresh(index_name)  # complete and searchable before visitors see it
        engine.delete_indices(engine.switch_alias(language, index_name))
        counts[language] = done
    return counts


@dataclass
class Drift:
    language: str
    missing: list[int] = field(default_factory=list)
    stale: list[int] = field(default_factory=list)
    orphaned: list[int] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.missing or self.stale or self.orphaned)


def find_drift(engine: SearchEngine, language: str) -> Drift:
    """Documents the index lacks, holds in an old version, or holds but must not."""
    expected = {
        document["page_id"]: document["fingerprint"]
        for batch in chunks(findable_pages(language))
        for document in build_documents(batch)
    }
    indexed = dict(engine.fingerprints(language))
    return Drift(
        language,
        missing=sorted(expected.keys() - indexed.keys()),
        stale=sorted(pk for pk in expected.keys() & indexed.keys() if expected[pk] != indexed[pk]),
        orphaned=sorted(indexed.keys() - expected.keys()),
    )


def repair(engine: SearchEngine, drift: Drift) -> None:
    """Indexes the missing and stale documents and deletes the orphaned ones, directly."""
    pages = load_specific(drift.missing + drift.stale)
    actions = [engine.index_action(document) for document in build_documents(pages)]
    actions += [engine.delete_action(page_id, drift.language) for page_id in drift.orphaned]
    if actions:
        failures = engine.bulk(actions)
        if failures:
            raise EngineUnavailable(f"{len(failures)} documents refused: {failures[0]}")
