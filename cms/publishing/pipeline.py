"""What follows a change visitors can see runs here, in one written order, whoever made it.

The single receiver of Wagtail's publish, unpublish, delete, move and view-restriction signals
for pages and registered snippets (the editor, a review's last approval, a schedule, a
translation sync, a takedown or a command all send them). Each receiver calls the steps that
apply, in this order:

1. renditions: queued for the commit (cms/media/rendition_pregeneration.py), so that they exist
   before the purge lets the first visitor in;
2. the search outbox: rows written in the change's own transaction (search/indexing.py);
3. the cache purge: what shows the change, worked out now and purged on commit
   (cms/page_cache/purge.py);
4. notifications: the review mails (cms/review/notifications.py) follow Wagtail's workflow signals,
   which it sends once the approved revision is published, so they are queued after the purge.

A move, last, restarts a review under way with the workflow of the page's new place.

A reader follows edit → review → publish → index → purge through cms/review/editing.py,
cms/models/review.py, cms/publishing/__init__.py, this module, search/indexing.py and
cms/page_cache/purge.py.

The platform imports no app: apps register, from their AppConfig.ready(), which of their models
pages show, which records belong to a page, and the search outbox.
"""

from typing import Any, Protocol

from django.apps import apps
from django.db import models
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from wagtail.models import DraftStateMixin, Page, PageViewRestriction, Site
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from cms.media.rendition_pregeneration import make_renditions_after_commit
from cms.models.review import restart_review_after_move
from cms.page_cache.dependants import Before, read_before
from cms.page_cache.purge import (
    purge_everything,
    purge_moved_page,
    purge_object,
    purge_page,
    purge_subtree,
)
from cms.upstream.receivers import disconnect_frontend_cache_receivers


class SearchOutbox(Protocol):
    """Where the pipeline notes the pages whose search documents may have changed."""

    def page_changed(self, page: Page) -> None: ...
    def page_deleted(self, page: Page) -> None: ...
    def subtree_changed(self, page: Page) -> None: ...
    def translations_changed(self, page: Page) -> None: ...


class NoSearchOutbox:
    """Until the search app registers its outbox (or without one): nothing to note."""

    def page_changed(self, page: Page) -> None:
        pass

    def page_deleted(self, page: Page) -> None:
        pass

    def subtree_changed(self, page: Page) -> None:
        pass

    def translations_changed(self, page: Page) -> None:
        pass


search_outbox: SearchOutbox = NoSearchOutbox()
# Models whose records belong to one page and decide what it shows (a messenger's private
# record: its consent decides whether the profile is public), with the column naming the page.
page_parts: dict[type[models.Model], str] = {}


def register_search_outbox(outbox: SearchOutbox) -> None:
    """The search app's outbox, step 2 of every change."""
    global search_outbox  # noqa: PLW0603 (set once, from SearchConfig.ready())
    search_outbox = outbox


def register_shown_on_pages(*shown: type[models.Model]) -> None:
    """Models whose objects pages show (snippets, images, terms): a change purges those pages.

    A model with publishing (a snippet with DraftStateMixin) changes when it is published,
    unpublished or deleted, and its published objects get their renditions; any other model
    changes at every save and deletion."""
    for model in shown:
        if issubclass(model, DraftStateMixin):
            published.connect(snippet_published, sender=model, dispatch_uid="publish_pipeline")
            unpublished.connect(object_changed, sender=model, dispatch_uid="publish_pipeline")
        else:
            post_save.connect(object_changed, sender=model, dispatch_uid="publish_pipeline")
        pre_delete.connect(object_changed, sender=model, dispatch_uid="publish_pipeline")


def register_page_part(model: type[models.Model], page_field: str) -> None:
    """Records of `model` belong to the page its `page_field` names: saving or deleting one
    changes that page in every language, for the search index and the caches."""
    field = model._meta.get_field(page_field)
    if not isinstance(field, models.ForeignKey):
        raise TypeError(f"{model.__name__}.{page_field} is not a foreign key to a page")
    page_parts[model] = field.attname
    for signal in (post_save, post_delete):
        signal.connect(page_part_changed, sender=model, dispatch_uid="publish_pipeline")


def page_published_receiver(sender: type, instance: Page, **kwargs: Any) -> None:
    make_renditions_after_commit(instance)
    search_outbox.page_changed(instance)
    purge_page(instance, _before(instance))


def page_unpublished_receiver(sender: type, instance: Page, **kwargs: Any) -> None:
    search_outbox.page_changed(instance)
    purge_page(instance, _before(instance))


def _before(page: Page) -> Before | None:
    """What the page showed before the save that publishes it (see remember_before)."""
    before = getattr(page, "_page_cache_before", None)
    page._page_cache_before = None
    return before


def snippet_published(sender: type, instance: models.Model, **kwargs: Any) -> None:
    make_renditions_after_commit(instance)
    purge_object(instance)


def object_changed(sender: type, instance: models.Model, **kwargs: Any) -> None:
    purge_object(instance)


def page_deleted(sender: type, instance: Page, **kwargs: Any) -> None:
    # Every page row fires this, whatever its type; connected for Page, once per page. Before
    # the row goes: afterwards nothing refers to it any more.
    search_outbox.page_deleted(instance)
    purge_page(instance)


def page_moved(
    sender: type, instance: Page, url_path_before: str, url_path_after: str, **kwargs: Any
) -> None:
    search_outbox.subtree_changed(instance)
    purge_moved_page(instance, url_path_before, kwargs["parent_page_before"])
    restart_review_after_move(sender, instance)


def page_slug_changed_receiver(sender: type, instance: Page, **kwargs: Any) -> None:
    # The new URL is purged with the publish that changed it (its path before was remembered).
    search_outbox.subtree_changed(instance)


def restriction_changed(sender: type, instance: PageViewRestriction, **kwargs: Any) -> None:
    # Read by id: when the page itself is being deleted, its row may be gone already.
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        search_outbox.subtree_changed(page)
        purge_subtree(page)


def page_part_changed(sender: type, instance: models.Model, **kwargs: Any) -> None:
    page_id = getattr(instance, page_parts[sender])
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        search_outbox.translations_changed(page)
        purge_page(page)


def site_changed(sender: type, instance: Site, **kwargs: Any) -> None:
    # Its name is in every title, and pages keep the site they were routed through.
    purge_everything()


def remember_before(sender: type, instance: Page, update_fields: Any = None, **kwargs: Any) -> None:
    # Publishing saves the whole page; drafts and bookkeeping save named fields only.
    if update_fields is None:
        instance._page_cache_before = read_before(instance)


def connect() -> None:
    """Connects the pipeline to Wagtail's page signals. Called from CmsConfig.ready(), after
    Wagtail's apps are ready: their frontend cache receivers purge the page alone and before
    the commit, so they are disconnected (the purge of step 3 replaces them)."""
    for model in apps.get_models():
        if issubclass(model, Page):
            disconnect_frontend_cache_receivers(model)
            pre_save.connect(remember_before, sender=model, dispatch_uid="publish_pipeline")
    page_published.connect(page_published_receiver, dispatch_uid="publish_pipeline")
    page_unpublished.connect(page_unpublished_receiver, dispatch_uid="publish_pipeline")
    pre_delete.connect(page_deleted, sender=Page, dispatch_uid="publish_pipeline")
    post_page_move.connect(page_moved, dispatch_uid="publish_pipeline")
    page_slug_changed.connect(page_slug_changed_receiver, dispatch_uid="publish_pipeline")
    for signal in (post_save, post_delete):
        signal.connect(
            restriction_changed, sender=PageViewRestriction, dispatch_uid="publish_pipeline"
        )
        signal.connect(site_changed, sender=Site, dispatch_uid="publish_pipeline")
