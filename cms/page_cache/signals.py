"""What purges the page caches: every change a visitor can see, wherever it is made (the
editor, a workflow, a scheduled publish, a translation sync, a command).

Replaces wagtail.contrib.frontend_cache's own receivers, which purge the page alone and before
the transaction commits.
"""

from django.apps import apps
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from wagtail.contrib.frontend_cache import signal_handlers as frontend_cache_receivers
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from . import dependants
from .purge import purge, purge_everything


def remember_before(
    sender: type, instance: Page, update_fields: object = None, **kwargs: object
) -> None:
    # Publishing saves the whole page; drafts and bookkeeping save named fields only.
    if update_fields is None:
        instance._page_cache_before = dependants.read_before(instance)


def page_changed(sender: type, instance: Page, **kwargs: object) -> None:
    before = getattr(instance, "_page_cache_before", None)
    instance._page_cache_before = None
    found = dependants.for_page(instance, before)
    if before is not None and before.url_path != instance.url_path:
        found.urls |= old_subtree_urls(instance, before.url_path)
    purge(found)


def page_moved(
    sender: type, instance: Page, url_path_before: str, url_path_after: str, **kwargs: object
) -> None:
    found = dependants.for_page(instance)
    found.page_ids.add(kwargs["parent_page_before"].pk)
    found.urls |= old_subtree_urls(instance, url_path_before)
    # Everything below moved too: its breadcrumbs and URLs changed.
    found.page_ids.update(Page.objects.descendant_of(instance).values_list("pk", flat=True))
    purge(found)


def page_deleted(sender: type, instance: Page, **kwargs: object) -> None:
    # Every page row fires this, whatever its type; one per page is enough. Worked out before
    # the row goes: afterwards nothing refers to it any more.
    if sender is Page:
        purge(dependants.for_page(instance))


def object_changed(sender: type, instance: object, **kwargs: object) -> None:
    purge(dependants.for_object(instance))


def restriction_changed(sender: type, instance: PageViewRestriction, **kwargs: object) -> None:
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        found = dependants.for_page(page)
        found.page_ids.update(Page.objects.descendant_of(page).values_list("pk", flat=True))
        purge(found)


def consent_changed(sender: type, instance: object, **kwargs: object) -> None:
    for page in Page.objects.filter(pk=instance.messenger_id):
        purge(dependants.for_page(page))


def site_changed(sender: type, instance: Site, **kwargs: object) -> None:
    # Its name is in every title, and pages keep the site they were routed through (parts.py).
    purge_everything()


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


def connect() -> None:
    from cms.models.taxonomies import Taxonomy  # noqa: PLC0415 (apps are loading)
    from media_library.models import CardSet, CustomImage, Material  # noqa: PLC0415
    from narratives.models import MessengerIdentity  # noqa: PLC0415

    for model in apps.get_models():
        if issubclass(model, Page):
            page_published.disconnect(
                frontend_cache_receivers.page_published_signal_handler, sender=model
            )
            page_unpublished.disconnect(
                frontend_cache_receivers.page_unpublished_signal_handler, sender=model
            )
            pre_save.connect(remember_before, sender=model, dispatch_uid="page_cache_before")
    page_published.connect(page_changed, dispatch_uid="page_cache_published")
    page_unpublished.connect(page_changed, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(page_moved, dispatch_uid="page_cache_moved")
    pre_delete.connect(page_deleted, sender=Page, dispatch_uid="page_cache_deleted")
    for model in (Material, CardSet):
        published.connect(object_changed, sender=model, dispatch_uid="page_cache_published")
        unpublished.connect(object_changed, sender=model, dispatch_uid="page_cache_unpublished")
        pre_delete.connect(object_changed, sender=model, dispatch_uid="page_cache_deleted")
    # Terms and images have no publishing: every saved change is live.
    terms = [model for model in apps.get_models() if issubclass(model, Taxonomy)]
    for model in (*terms, CustomImage):
        for signal in (post_save, pre_delete):
            signal.connect(
                object_changed, sender=model, dispatch_uid=f"page_cache_{signal is post_save}"
            )
    for signal in (post_save, post_delete):
        signal.connect(
            restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"page_cache_restriction_{signal is post_save}",
        )
        signal.connect(
            site_changed, sender=Site, dispatch_uid=f"page_cache_site_{signal is post_save}"
        )
        signal.connect(
            consent_changed,
            sender=MessengerIdentity,
            dispatch_uid=f"page_cache_consent_{signal is post_save}",
        )
