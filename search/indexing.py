"""Keeping the engine's indices in step with the database: the outbox, its worker, a full
rebuild and a drift check. None of this runs without SEARCH_URL (the database backend reads
the pages themselves)."""

import datetime
import logging
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection, transaction
from django.db.models import QuerySet
from django.utils import timezone
from wagtail.models import Page

from cms.localisation.languages import LANGUAGE_CODES
from cms.page_cache.purge import purge_search

from .documents import build_documents, findable_pages, language_codes
from .engine import EngineUnavailable, SearchEngine, configured_engine, resume_engine
from .models import IndexLock, IndexUpdate
from .registry import document_type_of, is_indexed

logger = logging.getLogger(__name__)

BATCH_SIZE = 500
# A document the engine refused (not an outage) is retried later and later, up to this.
MAX_BACKOFF = datetime.timedelta(minutes=30)

Progress = Callable[[str, int, int], None]


def enqueue(pages: QuerySet | list[Page]) -> int:
    """Notes that these pages changed, in the caller's transaction. Nothing without an engine
    (only whether one is configured counts here: a malformed SEARCH_URL must not stop anyone
    from publishing, and the rows wait until it is fixed)."""
    if not settings.SEARCH_URL:
        return 0
    languages = language_codes()
    rows = [
        IndexUpdate(page_id=page.pk, language=languages[page.locale_id])
        for page in pages
        if page.pk is not None
    ]
    IndexUpdate.objects.bulk_create(rows)
    return len(rows)


def enqueue_every_language(page_ids: Iterable[int]) -> int:
    """These pages in every language, whether or not they exist: for pages whose rows are gone
    but whose documents may not be (a restore brought back an engine's older state)."""
    if not settings.SEARCH_URL:
        return 0
    rows = [IndexUpdate(page_id=pk, language=code) for pk in page_ids for code in LANGUAGE_CODES]
    IndexUpdate.objects.bulk_create(rows)
    return len(rows)


def enqueue_subtree(page: Page) -> int:
    """The page and everything below it (a move or a new view restriction affects them all)."""
    return enqueue(Page.objects.descendant_of(page, inclusive=True).only("pk", "locale_id"))


def enqueue_translations(translation_key: uuid.UUID) -> int:
    """Every language version of a page (e.g. when a messenger's consent changes)."""
    return enqueue(Page.objects.filter(translation_key=translation_key).only("pk", "locale_id"))


class PageOutbox:
    """The outbox as the publish pipeline writes to it (cms.publishing.pipeline.SearchOutbox);
    registered from SearchConfig.ready()."""

    def page_changed(self, page: Page) -> None:
        enqueue([page])
        # Pages whose documents hold this page's facets (see DocumentType.carried_by).
        if is_indexed(type(page)):
            for relation in document_type_of(type(page)).carried_by:
                enqueue(getattr(page, relation).all().only("pk", "locale_id"))

    def page_deleted(self, page: Page) -> None:
        enqueue([page])

    def subtree_changed(self, page: Page) -> None:
        enqueue_subtree(page)

    def translations_changed(self, page: Page) -> None:
        enqueue_translations(page.translation_key)


def load_specific(page_ids: list[int]) -> list[Page]:
    return list(findable_pages().filter(pk__in=page_ids).specific().iterator())


@dataclass
class DrainReport:
    indexed: int = 0
    deleted: int = 0
    failed: int = 0
    engine_down: bool = False
    busy: bool = False  # another worker (or a rebuild) holds the lock
    remaining: int = 0

    @property
    def eventful(self) -> bool:
        return bool(self.indexed or self.deleted or self.failed or self.remaining)

    def __str__(self) -> str:
        state = " (engine unavailable)" if self.engine_down else " (busy)" if self.busy else ""
        return (
            f"{self.indexed} indexed, {self.deleted} deleted, {self.failed} failed, "
            f"{self.remaining} waiting{state}"
        )


LOCK_NAME = "search-index"


@contextmanager
def index_writer(wait: bool) -> Iterator[bool]:
    """Holds the writers' lock (see IndexLock) for the block; yields False when `wait` is
    off and someone else holds it."""
    IndexLock.objects.get_or_create(name=LOCK_NAME)
    with transaction.atomic():
        lock = IndexLock.objects.filter(name=LOCK_NAME)
        if connection.features.has_select_for_update:
            skip = not wait and connection.features.has_select_for_update_skip_locked
            lock = lock.select_for_update(skip_locked=skip)
        yield bool(list(lock))


def drain(engine: SearchEngine | None = None, batch_size: int = BATCH_SIZE) -> DrainReport:
    """Takes due outbox rows to the engine until none are left (or the engine is down).

    Rows are deleted only for changes the engine confirmed. A document the engine refuses, or
    that cannot be built, is retried with growing delay; an outage leaves every row as it was,
    to be retried as soon as the engine answers again.
    """
    engine = engine or configured_engine()
    report = DrainReport()
    if engine is None:
        return report
    with index_writer(wait=False) as holding:
        if not holding:
            report.busy = True
        else:
            try:
                engine.ensure_indices()
                resume_engine()  # it answers: visitors may use it again
                while rows := list(
                    IndexUpdate.objects.filter(next_attempt_at__lte=timezone.now()).order_by("id")[
                        :batch_size
                    ]
                ):
                    _apply(engine, rows, report)
            except EngineUnavailable as error:
                report.engine_down = True
                logger.warning("Search engine unavailable, changes wait: %s", error)
            if report.indexed or report.deleted:
                # Cached search pages showed what the engine found before.
                purge_search()
    report.remaining = IndexUpdate.objects.count()
    return report


def _apply(engine: SearchEngine, rows: list[IndexUpdate], report: DrainReport) -> None:
    keys = {(row.page_id, row.language) for row in rows}
    pages = {page.pk: page for page in load_specific([page_id for page_id, _lang in keys])}
    failed: dict[int, str] = {}
    documents = {}
    for page in pages.values():
        # One page whose document cannot be built must not hold up all the others.
        try:
            (documents[page.pk],) = build_documents([page])
        except Exception as error:  # noqa: BLE001 (kept on the row, retried later)
            logger.exception("Search document of page %s could not be built", page.pk)
            failed[page.pk] = f"{type(error).__name__}: {error}"[:1000]
    actions = []
    for page_id, language in sorted(keys):
        document = documents.get(page_id)
        if page_id in failed:
            continue
        if document is not None and document["language"] == language:
            actions.append(engine.index_action(document))
        else:
            actions.append(engine.delete_action(page_id, language))
    failures = engine.bulk(actions) if actions else []
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
    # Holding the writers' lock: changes made meanwhile wait in the outbox and are drained
    # into the new indices afterwards, instead of into the old ones the swap throws away.
    with index_writer(wait=True), engine.answering():
        for language in LANGUAGE_CODES:
            counts[language] = _rebuild_language(engine, language, progress)
    return counts


def _rebuild_language(engine: SearchEngine, language: str, progress: Progress | None) -> int:
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
        if progress and total == 0:
            progress(language, 0, 0)
        engine.refresh(index_name)  # complete and searchable before visitors see it
        previous = engine.switch_alias(language, index_name)
    except Exception:
        engine.delete_indices([index_name])
        raise
    engine.delete_indices(previous)
    return done


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
