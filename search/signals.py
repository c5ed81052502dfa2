"""What puts a page into the search outbox: every change that can alter what visitors find.

Receivers only write outbox rows, inside the transaction of the change; they never call the
engine, so publishing does not wait for it and cannot fail because of it.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from cms.page_cache.middleware import served_from_cache

from .indexing import enqueue, enqueue_subtree, enqueue_translations


def page_changed(sender: type, instance: Page, **kwargs: object) -> None:
    enqueue([instance])
    # Campaigns are found by the topics of their narratives.
    campaigns = getattr(instance, "campaigns", None)
    if campaigns is not None:
        enqueue(campaigns.all().only("pk", "locale_id"))


def page_deleted(sender: type, instance: Page, **kwargs: object) -> None:
    # Every page row fires this, whatever its type; one row per page is enough.
    if sender is Page:
        enqueue([instance])


def page_moved(sender: type, instance: Page, **kwargs: object) -> None:
    # Moves and new slugs change the URLs of the page and everything below it.
    enqueue_subtree(instance)


def restriction_changed(sender: type, instance: PageViewRestriction, **kwargs: object) -> None:
    # Read by id: when the page itself is being deleted, its row may be gone already (and its
    # deletion is queued by page_deleted).
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        enqueue_subtree(page)


def consent_changed(sender: type, instance: object, **kwargs: object) -> None:
    key = Page.objects.filter(pk=instance.messenger_id).values_list("translation_key", flat=True)
    if key:
        enqueue_translations(key[0])


def connect() -> None:
    from narratives.models import MessengerIdentity  # noqa: PLC0415 (apps are loading)

    from .views import count_cached_search  # noqa: PLC0415 (views import models)

    served_from_cache.connect(count_cached_search, dispatch_uid="search_count_cached")

    page_published.connect(page_changed, dispatch_uid="search_page_published")
    page_unpublished.connect(page_changed, dispatch_uid="search_page_unpublished")
    post_delete.connect(page_deleted, sender=Page, dispatch_uid="search_page_deleted")
    post_page_move.connect(page_moved, dispatch_uid="search_page_moved")
    page_slug_changed.connect(page_moved, dispatch_uid="search_page_slug_changed")
    for signal in (post_save, post_delete):
        signal.connect(
            restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"search_restriction_{signal is post_save}",
        )
        signal.connect(
            consent_changed,
            sender=MessengerIdentity,
            dispatch_uid=f"search_consent_{signal is post_save}",
        )
