"""--scale N: many generated narratives for load tests, written in bulk.

Adding and publishing pages one by one runs at a few dozen per second. Here each batch is
written with a handful of bulk queries instead: tree rows, page rows, relations, one published
revision per page, then the search index. The pages end up as if published once (live, with a
live revision), but without log entries or reference-index rows, and without files. Tests that
only list the pages leave the search index out (`search_index=False`).
"""

import datetime
import time
from collections.abc import Iterator, Sequence

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F, Model
from django.utils import timezone
from wagtail.models import Page, Revision
from wagtail.search.backends import get_search_backends

from cms.security.rich_text_sanitiser import sanitise_stored_rich_text
from cms.upstream.pages import child_path, path_step
from narratives.models import NarrativeIndexPage, NarrativePage, ProgrammeSitePage

from .blocks import key_messages, stream
from .content import load_narratives
from .pages import Progress, Tally
from .texts import NarrativeFile

SLUG_PREFIX = "scaled-narrative-"
BATCH_SIZE = 500
RELATIONS = ("topics", "audiences", "values", "approaches", "sites")


def scaled_slug(number: int) -> str:
    return f"{SLUG_PREFIX}{number:04d}"


def build_scaled_narratives(
    index: NarrativeIndexPage,
    count: int,
    terms: dict[str, dict],
    sites: dict[str, ProgrammeSitePage],
    progress: Progress,
    tally: Tally,
    search_index: bool = True,
) -> None:
    """Make sure narratives 1…count exist below index; creates only the missing ones."""
    existing = set(
        NarrativePage.objects.child_of(index)
        .filter(slug__startswith=SLUG_PREFIX)
        .values_list("slug", flat=True)
    )
    missing = [n for n in range(1, count + 1) if scaled_slug(n) not in existing]
    tally.total["scaled narratives"] += count
    tally.created["scaled narratives"] += len(missing)
    tally.total["pages"] += count
    tally.created["pages"] += len(missing)
    related = {
        **{key: list(terms[key].values()) for key in RELATIONS[:-1]},
        "sites": list(sites.values()),
    }
    done = count - len(missing)
    started = time.monotonic()
    text = load_narratives()
    for batch in _chunks(missing, BATCH_SIZE):
        _create_batch(index, batch, related, search_index, text)
        done += len(batch)
        progress(f"Scaled narratives… {done}/{count}")
    if missing:
        rate = len(missing) / max(time.monotonic() - started, 0.001)
        progress(f"Scaled narratives… {len(missing)} new, {rate:.0f} per second")
    else:
        progress(f"Scaled narratives… {count}/{count} (all present)")


def _chunks(items: Sequence, size: int) -> Iterator[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _build_page(
    index: NarrativeIndexPage,
    number: int,
    path: str,
    related: dict[str, list[Model]],
    text: NarrativeFile,
) -> NarrativePage:
    """An unsaved narrative with tree position, publishing state and in-memory relations."""
    template = text.narratives[(number - 1) % len(text.narratives)]
    slug = scaled_slug(number)
    title = text.scaled_title.format(number=f"{number:04d}", title=template.title)
    # Older than the hand-written narratives, so those stay first in "latest" listings.
    published = timezone.now() - datetime.timedelta(days=400, minutes=number)
    page = NarrativePage(
        title=title,
        draft_title=title,
        slug=slug,
        path=path,
        depth=index.depth + 1,
        numchild=0,
        url_path=f"{index.url_path}{slug}/",
        locale_id=index.locale_id,
        live=True,
        has_unpublished_changes=False,
        first_published_at=published,
        last_published_at=published,
        introduction=template.introduction,
        negative_narrative=template.negative,
        counter_narrative=f"{template.counter} (Variante {number})",
        key_messages=key_messages(template.key_messages),
        body=stream([("h2", text.headings.behind), ("p", f"<p>{template.context}</p>")]),
        talking_points=template.talking_points,
        sources=[
            {"type": "source", "value": text.sources[key].value()} for key in template.sources[:1]
        ],
        review_by=timezone.localdate() + datetime.timedelta(days=(number * 37) % 730 - 60),
    )
    for offset, name in enumerate(RELATIONS):
        choices = related[name]
        first = (number + offset) % len(choices)
        picked = {choices[first], choices[(first + number % 3 + 1) % len(choices)]}
        setattr(page, name, sorted(picked, key=lambda obj: obj.pk))
    # Written with raw saves that skip full_clean(): the rich text gets the editor's format here.
    sanitise_stored_rich_text(page)
    # Empty in memory, so that serialising the revision does not query for them per page.
    for name in ("messengers", "materials", "wagtail_admin_comments"):
        setattr(page, name, [])
    return page


def _create_batch(
    index: NarrativeIndexPage,
    numbers: Sequence[int],
    related: dict[str, list[Model]],
    search_index: bool,
    text: NarrativeFile,
) -> None:
    last_path = (
        Page.objects.filter(path__startswith=index.path, depth=index.depth + 1)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    step = path_step(last_path) if last_path else 0
    content_type = ContentType.objects.get_for_model(NarrativePage)
    pages = [
        _build_page(index, number, child_path(index, step + i), related, text)
        for i, number in enumerate(numbers, start=1)
    ]

    # Multi-table inheritance rules out bulk_create on NarrativePage itself: write the
    # wagtailcore_page rows in bulk, then the narrative rows with the insert bulk_create uses
    # underneath (no save(), so no signal receiver reads or purges anything per page).
    base_fields = [f.attname for f in Page._meta.concrete_fields if not f.primary_key]
    base_rows = Page.objects.bulk_create(
        [Page(**{name: getattr(page, name) for name in base_fields}) for page in pages]
    )
    for page, row in zip(pages, base_rows, strict=True):
        page.id = page.page_ptr_id = row.pk
    own_fields = NarrativePage._meta.local_concrete_fields
    rows_per_insert = connection.ops.bulk_batch_size(own_fields, pages)
    for chunk in _chunks(pages, rows_per_insert):
        NarrativePage.objects._insert(chunk, fields=own_fields)

    for name in RELATIONS:
        field = NarrativePage._meta.get_field(name)
        through = field.remote_field.through
        source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        through.objects.bulk_create(
            through(**{source: page.pk, target: obj.pk})
            for page in pages
            for obj in getattr(page, name).all()
        )

    page_type = ContentType.objects.get_for_model(Page)
    revisions = Revision.objects.bulk_create(
        Revision(
            content_type=content_type,
            base_content_type=page_type,
            object_id=str(page.pk),
            object_str=page.title,
            created_at=page.last_published_at,
            content=page.serializable_data(),
        )
        for page in pages
    )
    for row, revision in zip(base_rows, revisions, strict=True):
        row.latest_revision_id = row.live_revision_id = revision.pk
    Page.objects.bulk_update(base_rows, ["latest_revision", "live_revision"])
    Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + len(pages))

    if search_index:
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(NarrativePage, pages)
