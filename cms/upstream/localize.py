"""wagtail-localize internals we call or replace: its translation save, row hooks, editor view
and tree synchronisation."""

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib.auth.models import AnonymousUser, User
from django.db import models
from django.http import HttpRequest, HttpResponse
from wagtail.models import DraftStateMixin, Locale
from wagtail_localize import wagtail_hooks as localize_hooks
from wagtail_localize.models import LocaleSynchronization, Translation, TranslationSource
from wagtail_localize.synctree import PageIndex
from wagtail_localize.views.edit_translation import edit_translation
from wagtail_localize.views.update_translations import UpdateTranslationsView

from .hooks import replace_hook

# wagtail-localize's row buttons of the page explorer and of snippet listings, each registered
# as a hook (by its function, not by a name we could replace).
localize_page_listing_buttons = localize_hooks.page_listing_more_buttons
localize_snippet_listing_buttons = localize_hooks.register_snippet_listing_buttons

PAGE_ROW_HOOK = "register_page_listing_more_buttons"
SNIPPET_ROW_HOOK = "register_snippet_listing_buttons"


def replace_localize_row_hooks(page_buttons: Callable, snippet_buttons: Callable) -> None:
    """Our row buttons take the place of wagtail-localize's; it offers no setting to leave
    its own out."""
    replace_hook(PAGE_ROW_HOOK, localize_page_listing_buttons, page_buttons)
    replace_hook(SNIPPET_ROW_HOOK, localize_snippet_listing_buttons, snippet_buttons)


def open_translation_editor(
    request: HttpRequest, translation: Translation, instance: models.Model
) -> HttpResponse:
    """wagtail-localize's translation editor, opened from a hook of ours; its view function is
    no public API (its URLs open it only for a page that is no alias)."""
    return edit_translation(request, translation, instance)


def sync_locale_trees_except(translation_keys: set) -> None:
    """What wagtail-localize's sync_locale_trees command does, for every page but those whose
    translation key is in `translation_keys`. The command has no option to leave pages out; its
    PageIndex (not public) is the list it synchronises."""
    everything = PageIndex.from_database()
    page_index = PageIndex(
        [entry for entry in everything if entry.translation_key not in translation_keys]
    ).sort_by_tree_position()
    for locale_sync in LocaleSynchronization.objects.all():
        locale_sync.sync_trees(page_index=page_index)


def after_draft_save_of_live_translation(restore: Callable[[models.Model], None]) -> None:
    """Calls `restore(live_object)` after every draft save wagtail-localize makes of a live
    translation, by replacing `TranslationSource.create_or_update_translation`.

    With `publish=False` that method still writes the translated strings into the object's row,
    which is what visitors see of a live page or snippet; wagtail-localize has no option to
    save a draft only (wagtail-localize#463 and #655 ask for one). Every route that saves a
    translation goes through this method. Installing twice changes nothing.
    """
    original = TranslationSource.create_or_update_translation
    if getattr(original, "replaced_upstream", False):
        return

    def create_or_update_translation(  # wagtail-localize's signature
        self: TranslationSource,
        locale: Locale,
        user: models.Model | None = None,
        publish: bool = True,
        **kwargs: Any,
    ) -> tuple[models.Model, bool]:
        model = self.specific_content_type.model_class()
        before = None
        if not publish and issubclass(model, DraftStateMixin):
            before = model._default_manager.filter(
                translation_key=self.object_id, locale=locale, live=True
            ).first()
        translation, created = original(self, locale, user=user, publish=publish, **kwargs)
        if before is not None:
            restore(before)
            translation.refresh_from_db()
        return translation, created

    # Markers on the replacement: mypy knows functions without attributes.
    create_or_update_translation.replaced_upstream = True  # type: ignore[attr-defined]
    create_or_update_translation.__wrapped__ = original  # type: ignore[attr-defined]
    TranslationSource.create_or_update_translation = create_or_update_translation


class UpdateTranslationsWithPublishingFor(UpdateTranslationsView):
    """wagtail-localize's "update translations", offering its "publish immediately" field
    (`publish_translations`) only where `may_publish(user, source_instance)` says so."""

    @staticmethod
    def may_publish(user: User | AnonymousUser, instance: models.Model) -> bool:
        return True

    def get_form(self) -> forms.Form:
        form = super().get_form()
        if not self.may_publish(self.request.user, self.object.get_source_instance()):
            form.fields.pop("publish_translations", None)
        return form

    def form_valid(self, form: forms.Form) -> HttpResponse:
        form.cleaned_data.setdefault("publish_translations", False)
        return super().form_valid(form)
