"""Admin listings whose per-row translation buttons cost no query per row.

Every row of the page explorer and of a translatable snippet's listing gets buttons from
wagtail-localize ("Translate", "Sync translated …") and from us ("Submit translation for
review"). Asked row by row, they cost three to four queries each, so a listing of 50
narratives needed some 200. Here the listing's own query brings the answers along as
annotations, and the buttons read them; wagtail-localize's row hooks are replaced by
equivalents that do the same (its header buttons on a single page stay as they are).
"""

from collections.abc import Iterator

from django.contrib.admin.utils import quote
from django.contrib.auth.models import User
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Exists, OuterRef, QuerySet, Subquery
from django.http import HttpRequest
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from cms.localisation.translation_review import AWAITING_ANNOTATION
from cms.upstream.localize import (
    localize_page_listing_buttons,
    localize_snippet_listing_buttons,
    replace_localize_row_hooks,
)

# Annotation names; a row without them (e.g. a page header) is answered by queries as before.
AWAITING = AWAITING_ANNOTATION
UNTRANSLATED = "cms_has_locale_to_translate_to"
SYNC_SOURCE = "cms_sync_source_id"


def with_translation_states(queryset: QuerySet) -> QuerySet:
    """The rows of a listing, each annotated with what its translation buttons ask."""
    model = queryset.model
    translation_model = model.get_translation_model()
    translations = translation_model._default_manager.filter(
        translation_key=OuterRef(OuterRef("translation_key"))
    )
    if issubclass(model, Page):
        translations = translations.filter(alias_of__isnull=True)  # aliases are no translations
    content_type = ContentType.objects.get_for_model(translation_model)
    return queryset.annotate(
        **{
            AWAITING: Subquery(
                Translation.objects.filter(
                    source__object_id=OuterRef("translation_key"),
                    target_locale_id=OuterRef("locale_id"),
                    enabled=True,
                ).values("pk")[:1]
            ),
            UNTRANSLATED: Exists(Locale.objects.exclude(id__in=translations.values("locale_id"))),
            SYNC_SOURCE: Subquery(
                TranslationSource.objects.filter(
                    object_id=OuterRef("translation_key"),
                    object__content_type=content_type,
                    locale_id=OuterRef("locale_id"),
                    translations__enabled=True,
                ).values("pk")[:1]
            ),
        }
    )


def annotated(instance: models.Model) -> bool:
    return hasattr(instance, AWAITING)


class TranslationStatesSnippetViewSetMixin:
    """For a SnippetViewSet of a translatable model: its listing brings the answers along."""

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return with_translation_states(self.model._default_manager.all())


@hooks.register("construct_explorer_page_queryset")
def explorer_translation_states(parent: Page, pages: QuerySet, request: HttpRequest) -> QuerySet:
    return with_translation_states(pages)


def sync_url(source_id: int, next_url: str | None) -> str:
    url = reverse("wagtail_localize:update_translations", args=[source_id])
    return url + "?" + urlencode({"next": next_url}) if next_url is not None else url


def page_listing_buttons(
    page: Page, user: User, view_name: str | None = None, next_url: str | None = None
) -> Iterator[Button]:
    """wagtail-localize's row buttons of the page explorer, from the annotations."""
    if not annotated(page):
        yield from localize_page_listing_buttons(page, user, view_name, next_url)
        return
    if page.is_root() or not user.has_perm("wagtail_localize.submit_translation"):
        return
    if getattr(page, UNTRANSLATED):
        url = reverse(
            "wagtail_localize:submit_page_translation", args=[page.alias_of_id or page.id]
        )
        yield Button(
            _("Translate this page"), url, priority=60, icon_name="wagtail-localize-language"
        )
    if getattr(page, SYNC_SOURCE):
        yield Button(
            _("Sync translated pages"),
            sync_url(getattr(page, SYNC_SOURCE), next_url),
            priority=60,
            icon_name="resubmit",
        )


def snippet_listing_buttons(
    snippet: models.Model, user: User, next_url: str | None = None
) -> Iterator[Button]:
    """wagtail-localize's row buttons of a snippet listing, from the annotations."""
    if not annotated(snippet):
        yield from localize_snippet_listing_buttons(snippet, user, next_url)
        return
    if not user.has_perm("wagtail_localize.submit_translation"):
        return
    meta = type(snippet)._meta
    if getattr(snippet, UNTRANSLATED):
        yield Button(
            _("Translate"),
            reverse(
                "wagtail_localize:submit_snippet_translation",
                args=[meta.app_label, meta.model_name, quote(snippet.pk)],
            ),
            attrs={"aria-label": _("Translate '%(title)s'") % {"title": str(snippet)}},
            icon_name="wagtail-localize-language",
            priority=100,
        )
    if getattr(snippet, SYNC_SOURCE):
        yield Button(
            _("Sync translated snippets"),
            sync_url(getattr(snippet, SYNC_SOURCE), next_url),
            attrs={"aria-label": _("Sync translations of '%(title)s'") % {"title": str(snippet)}},
            icon_name="resubmit",
            priority=106,
        )


def use_our_row_buttons() -> None:
    """Our row buttons take the place of wagtail-localize's (called from cms.wagtail_hooks)."""
    replace_localize_row_hooks(page_listing_buttons, snippet_listing_buttons)
