import inspect
from pathlib import Path

import polib
import wagtail_localize
from wagtail import hooks
from wagtail_localize import wagtail_hooks as localize_hooks
from wagtail_localize.models import LocaleSynchronization, TranslationSource
from wagtail_localize.synctree import PageIndex

from cms.localisation.admin_listings import page_listing_buttons, snippet_listing_buttons
from cms.upstream import localize
from cms.upstream.wording import WAGTAIL_LOCALIZE_STRINGS

from . import parameters, source_digest


def test_draft_saves_of_translations_go_through_our_replacement():
    """If this fails, re-check after_draft_save_of_live_translation against wagtail-localize's
    new create_or_update_translation (does a draft save still write the object's row?)."""
    installed = TranslationSource.create_or_update_translation
    assert installed.replaced_upstream
    original = installed.__wrapped__
    assert parameters(original) == [
        "self",
        "locale",
        "user",
        "publish",
        "copy_parent_pages",
        "fallback",
    ]
    assert source_digest(original) == "4c68c20a8ba2648b"


def test_our_row_buttons_stand_where_wagtail_localizes_were():
    """If this fails, wagtail-localize changed its row buttons: make ours do what its new ones
    do (cms/localisation/admin_listings.py), then record the new digests."""
    registered = [
        fn
        for name in (localize.PAGE_ROW_HOOK, localize.SNIPPET_ROW_HOOK)
        for fn in hooks.get_hooks(name)
    ]
    assert page_listing_buttons in registered
    assert snippet_listing_buttons in registered
    assert not [fn for fn in registered if fn.__module__ == localize_hooks.__name__]
    assert parameters(localize.localize_page_listing_buttons) == [
        "page",
        "user",
        "view_name",
        "next_url",
    ]
    assert parameters(localize.localize_snippet_listing_buttons) == ["snippet", "user", "next_url"]
    assert source_digest(localize.localize_page_listing_buttons) == "2a98d3b297d8c957"
    assert source_digest(localize.localize_snippet_listing_buttons) == "eabca272586676f0"


def test_the_translation_editor_view_takes_a_translation_and_its_target():
    from wagtail_localize.views.edit_translation import edit_translation

    assert parameters(edit_translation) == ["request", "translation", "instance"]


def test_publishing_on_update_is_the_forms_publish_translations_field():
    """If this fails, re-check UpdateTranslationsWithPublishingFor: the field it takes out."""
    from wagtail_localize.views.update_translations import (
        UpdateTranslationsForm,
        UpdateTranslationsView,
    )

    assert "publish_translations" in UpdateTranslationsForm.base_fields
    assert 'form.cleaned_data["publish_translations"]' in inspect.getsource(
        UpdateTranslationsView.form_valid
    )


def test_tree_synchronisation_takes_a_page_index():
    sync_trees = inspect.signature(LocaleSynchronization.sync_trees).parameters
    assert sync_trees["page_index"].kind is inspect.Parameter.KEYWORD_ONLY
    assert callable(PageIndex.from_database)
    assert callable(PageIndex.sort_by_tree_position)
    assert "translation_key" in PageIndex.Entry.__slots__
    assert parameters(PageIndex) == ["pages"]


def test_the_strings_we_word_are_wagtail_localizes_own():
    """Our catalogue words them; the msgids must stay exactly wagtail-localize's."""
    upstream = polib.pofile(
        str(Path(wagtail_localize.__file__).parent / "locale/de/LC_MESSAGES/django.po")
    )
    assert all(upstream.find(msgid) is not None for msgid in WAGTAIL_LOCALIZE_STRINGS)
