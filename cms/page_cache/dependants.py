"""Which pages show an object: what publishing, unpublishing, moving or deleting it must purge.

A page is shown by itself, by its language versions (they share relations, and each one's
language switcher lists the others), by its ancestors (listings, the home page), by the pages
that refer to it (Wagtail's reference index: foreign keys, StreamField blocks, rich text) and
by the pages that select it in a many-to-many field, which the index does not record. Pages
that list a relation backwards (a messenger's narratives, a site's campaigns) are found from
the other side: the pages this one selects, before and after the change. Snippets, images and
terms are shown by the pages that refer to them or select them, by the listings whose filters
name them, and by the URLs they declare themselves (`shown_on`: a material's library pages).
Home pages and their sections appear in every page of their language (menu, footer): changing
one clears the language.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from django.apps import apps
from django.db import models
from wagtail.models import Page, ReferenceIndex, TranslatableMixin

# Root (1), home pages (2), their sections (3): the menu and the footer show these.
SECTION_DEPTH = 3
# Snippets referring to snippets (an image in a material shown on a page) are followed this far.
MAX_HOPS = 3


@dataclass(frozen=True)
class Before:
    """What a page showed before a change, read from the database before it is saved."""

    title: str
    url_path: str
    selected_page_ids: frozenset[int]


@dataclass
class Dependants:
    page_ids: set[int] = field(default_factory=set)
    # URLs beyond the pages' own (routes of routable pages: a material in the library).
    urls: set[str] = field(default_factory=set)
    # Pages whose every language version is shown on every page of that language.
    language_page_ids: set[int] = field(default_factory=set)

    def update(self, other: "Dependants") -> None:
        self.page_ids |= other.page_ids
        self.urls |= other.urls
        self.language_page_ids |= other.language_page_ids


@cache
def _selecting_fields(
    model: type[models.Model],
) -> tuple[tuple[type[models.Model], str], ...]:
    """(model, field name) of every many-to-many field that selects objects of this model."""
    targets = {klass for klass in model.__mro__ if isinstance(klass, type)}
    return tuple(
        (holder, relation.name)
        for holder in apps.get_models()
        for relation in holder._meta.get_fields()
        if relation.many_to_many
        and not relation.auto_created
        and relation.concrete
        and relation.related_model in targets
        and relation.model is holder
    )


@cache
def _page_selecting_fields(model: type[models.Model]) -> tuple[str, ...]:
    """Names of this model's many-to-many fields that select pages."""
    return tuple(
        relation.name
        for relation in model._meta.get_fields()
        if relation.many_to_many
        and not relation.auto_created
        and relation.concrete
        and relation.related_model is not None
        and issubclass(relation.related_model, Page)
    )


@cache
def _listing_models() -> tuple[type[Page], ...]:
    from cms.models import ListingPage  # noqa: PLC0415 (models import this package's users)

    return tuple(
        model
        for model in apps.get_models()
        if issubclass(model, ListingPage) and not model._meta.abstract
    )


def selected_page_ids(page: Page) -> set[int]:
    """The pages this page selects in many-to-many fields, as stored (not as edited)."""
    model: type[models.Model] = type(page)
    ids: set[int] = set()
    for name in _page_selecting_fields(model):
        ids.update(
            model._default_manager.filter(pk=page.pk, **{f"{name}__isnull": False}).values_list(
                name, flat=True
            )
        )
    return ids


def read_before(page: Page) -> Before | None:
    """The stored state of a page about to be saved; None for a new one."""
    if page.pk is None:
        return None
    stored = Page.objects.filter(pk=page.pk).values("title", "url_path").first()
    if stored is None:
        return None
    return Before(selected_page_ids=frozenset(selected_page_ids(page)), **stored)


def _translation_pks(obj: models.Model) -> list[int]:
    if not isinstance(obj, TranslatableMixin):
        return [obj.pk]
    manager = type(obj)._default_manager
    return list(manager.filter(translation_key=obj.translation_key).values_list("pk", flat=True))


def _holders(obj: models.Model, hops: int) -> Dependants:
    """The pages (and, through snippets, their pages) that refer to or select an object."""
    found = Dependants()
    for source, _references in ReferenceIndex.get_references_to(obj).group_by_source_object():
        _add(found, source, hops)
    pks = _translation_pks(obj)
    for holder, name in _selecting_fields(type(obj)):
        selecting = holder._default_manager.filter(**{f"{name}__in": pks}).distinct()
        if issubclass(holder, Page):
            found.page_ids.update(selecting.values_list("pk", flat=True))
        else:
            for snippet in selecting:
                _add(found, snippet, hops)
    return found


def _add(found: Dependants, obj: models.Model | None, hops: int) -> None:
    if obj is None:
        return
    if isinstance(obj, Page):
        found.page_ids.add(obj.pk)
    elif hops < MAX_HOPS:
        found.update(for_object(obj, hops=hops + 1))


def _filtering_listings(model: type[models.Model]) -> set[int]:
    ids: set[int] = set()
    for listing in _listing_models():
        if listing.is_filtered_by(model):
            ids.update(listing.objects.values_list("pk", flat=True))
    return ids


def for_page(page: Page, before: Before | None = None) -> Dependants:
    """Every page that shows this page, before and after a change to it."""
    found = _holders(page, hops=0)
    found.page_ids.add(page.pk)
    # A messenger lists the narratives that select it: the selected pages, then and now.
    found.page_ids |= selected_page_ids(page)
    if before is not None:
        found.page_ids |= before.selected_page_ids
    found.page_ids |= _filtering_listings(type(page))
    if page.depth is not None and page.depth <= SECTION_DEPTH:
        found.language_page_ids.add(page.pk)
    elif before is not None and before.title != page.title:
        # Breadcrumbs below show the title.
        found.page_ids.update(Page.objects.descendant_of(page).values_list("pk", flat=True))
    return found


def for_object(obj: models.Model, hops: int = 0) -> Dependants:
    """Every page that shows a snippet, term or image."""
    found = _holders(obj, hops)
    found.page_ids |= _filtering_listings(type(obj))
    for shown in getattr(obj, "shown_on", lambda: ())():
        if isinstance(shown, Page):
            found.page_ids.add(shown.pk)
        else:
            found.urls.add(shown)
    return found


def with_translations_and_ancestors(page_ids: Iterable[int]) -> list[Page]:
    """The pages, every language version of them, and the ancestors of all (without the
    tree's root): the listings and home pages that show them."""
    keys = Page.objects.filter(pk__in=set(page_ids)).values("translation_key")
    pages = list(
        Page.objects.filter(models.Q(pk__in=set(page_ids)) | models.Q(translation_key__in=keys))
    )
    prefixes = {
        page.path[:end]
        for page in pages
        for end in range(Page.steplen * 2, len(page.path), Page.steplen)
    }
    known = {page.pk for page in pages}
    pages += [
        ancestor for ancestor in Page.objects.filter(path__in=prefixes) if ancestor.pk not in known
    ]
    return pages
