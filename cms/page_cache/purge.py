"""Purges the pages that show a change from the application's cache and from the proxy or CDN.

URLs are worked out at once (a deleted page's URL is gone after the commit) and purged when the
transaction commits: a purge before the commit would let a visitor cache the old version again.
The proxy treats a purged path as that path with any query string, and a path ending in `/*`
as everything below it (docs/deploy/varnish.vcl; CloudFront reads `/*` the same way).
"""

from collections.abc import Iterable
from urllib.parse import urlsplit

from django.conf import settings
from django.db import models, transaction
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, Site

from . import store
from .dependants import Before, Dependants, for_object, for_page, with_translations_and_ancestors

# Past this many pages of one language, clearing the language costs less than naming each
# page to the proxy (renaming a topic that thousands of narratives carry).
WHOLE_LANGUAGE_FROM = 300


def purge(found: Dependants) -> None:
    """Purges every page in `found` (with its language versions and ancestors) after commit."""
    pages = with_translations_and_ancestors(found.page_ids | found.language_page_ids)
    batch = PurgeBatch()
    batch.add_pages(pages)
    per_language: dict[str, int] = {}
    for url in batch.urls:
        segment = store.language_segment(urlsplit(url).path)
        per_language[segment] = per_language.get(segment, 0) + 1
    languages = {segment for segment, count in per_language.items() if count > WHOLE_LANGUAGE_FROM}
    # Menus and footers of every language version's language.
    shown_everywhere = {
        page.translation_key for page in pages if page.pk in found.language_page_ids
    }
    for page in pages:
        url = page.get_full_url(batch) if page.translation_key in shown_everywhere else None
        if url is not None:
            languages.add(store.language_segment(urlsplit(url).path))
    batch.add_urls(found.urls)
    batch.add_urls(search_urls())
    purge_urls(batch.urls, languages)


def purge_page(page: Page, before: Before | None = None) -> None:
    """A page published or unpublished (or a record it shows saved): the pages that show it,
    and the old URLs of everything below it when its path changed."""
    found = for_page(page, before)
    if before is not None and before.url_path != page.url_path:
        found.urls |= old_subtree_urls(page, before.url_path)
    purge(found)


def purge_moved_page(page: Page, url_path_before: str, parent_before: Page) -> None:
    """A page moved: what shows it, its old parent, and everything below it at both places
    (their breadcrumbs and URLs changed)."""
    found = for_page(page)
    found.page_ids.add(parent_before.pk)
    found.urls |= old_subtree_urls(page, url_path_before)
    found.page_ids.update(Page.objects.descendant_of(page).values_list("pk", flat=True))
    purge(found)


def purge_subtree(page: Page) -> None:
    """A page and everything below it (a view restriction changed who may see them)."""
    found = for_page(page)
    found.page_ids.update(Page.objects.descendant_of(page).values_list("pk", flat=True))
    purge(found)


def purge_object(obj: models.Model) -> None:
    """A snippet, term or image changed: the pages that show it."""
    purge(for_object(obj))


def purge_urls(urls: Iterable[str], languages: Iterable[str] = (), *, stale: bool = False) -> None:
    """Purges URLs (any query string) and whole language prefixes once the transaction commits.
    With `stale`, the application's cache keeps each page's last copy to serve, marked stale,
    while it is rendered anew (a deploy: the content is the same; every language goes)."""
    urls, languages = set(urls), set(languages)
    if not urls and not languages:
        return
    # A language cleared as a whole needs none of its pages named one by one.
    urls = {url for url in urls if store.language_segment(urlsplit(url).path) not in languages}
    roots = {site.root_url for site in Site.objects.all()}
    urls |= {f"{root}/{segment}/*" for root in roots for segment in languages}

    def run() -> None:
        store.invalidate_paths({urlsplit(url).path for url in urls})
        if stale:
            store.invalidate_release()
        else:
            store.invalidate_languages(languages)
        # In this process, not queued as Wagtail does: a visitor right after the publish must
        # not wait for the task worker to come round (at most a few hundred URLs, one language
        # purge instead beyond that).
        purge_urls_from_cache_task.call(sorted(urls))

    transaction.on_commit(run)


def purge_search() -> None:
    """The search pages of every language: what they find changed (the engine confirmed it)."""
    purge_urls(search_urls())


def purge_everything(*, stale: bool = False) -> None:
    """Every page of every language: what all of them show changed (a site's name or root),
    or, with `stale`, only how they are rendered (a deploy; see `purge_urls`)."""
    segments = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            segments.add(store.language_segment(reverse("search")))
    purge_urls((), segments, stale=stale)


def search_urls() -> set[str]:
    roots = {site.root_url for site in Site.objects.all()}
    paths = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths |= {reverse("search"), reverse("search_suggestions")}
    return {root + path for root in roots for path in paths}


def old_subtree_urls(page: Page, old_url_path: str) -> set[str]:
    """The URLs a page and everything below it had before its path changed (same site)."""
    url = page.get_full_url()
    relative = _below_home(page.url_path)
    if url is None or not url.endswith(relative):
        return set()
    base = url[: len(url) - len(relative)] + _below_home(old_url_path)
    return {
        base + below.url_path[len(page.url_path) :]
        for below in Page.objects.descendant_of(page, inclusive=True).only("url_path")
    }


def _below_home(url_path: str) -> str:
    """ "/home-de/narrative/foo/" → "narrative/foo/": a page's path below its home page."""
    return url_path.split("/", 2)[2] if url_path.count("/") >= 2 else ""
