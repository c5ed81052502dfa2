"""Searchable chooser modals that list one language: the one of the item being edited.

Wagtail's chooser modals receive the edited item's language as ?locale= (its chooser widgets
send the admin's active content locale). For a translatable snippet they only preselect it in a
language filter; its page chooser ignores it when searching. These choosers keep to it: the
listing, its search and its pages show that language only, without aliases standing in for
untranslated German pages, and offer no other language to switch to.
"""

from django.db.models import Model, QuerySet
from django.utils.functional import cached_property
from wagtail.admin.views.generic import chooser as generic_chooser
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.widgets import BaseChooser
from wagtail.coreutils import resolve_model_string
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.views import chooser as snippet_chooser
from wagtail.snippets.widgets import AdminSnippetChooser

from .forms import in_own_language

# The query parameters a chooser keeps while searching and paging: its language included.
PRESERVED_PARAMETERS = ["multiple", "locale"]


class OwnLanguageChooseMixin:
    """For a chooser view: with ?locale=, that language only and no language filter."""

    @cached_property
    def chosen_locale(self) -> Locale | None:
        code = self.request.GET.get("locale")
        if not code or not issubclass(self.model_class, TranslatableMixin):
            return None
        return Locale.objects.filter(language_code=code).first()

    @cached_property
    def i18n_enabled(self) -> bool:
        # Wagtail adds the language filter and column for translatable models; neither has
        # anything to offer once the language is fixed.
        return super().i18n_enabled and self.chosen_locale is None

    def get_object_list(self) -> QuerySet:
        objects = super().get_object_list()
        if self.chosen_locale:
            # Only fields the search index knows (the chooser's search filters through it):
            # the locale, and for pages the ids of those that are no aliases.
            objects = objects.filter(locale=self.chosen_locale)
            if issubclass(self.model_class, Page):
                own = in_own_language(self.model_class.objects.all(), self.chosen_locale.pk)
                objects = objects.filter(id__in=own.values("id"))
        return objects


class PageChooseView(OwnLanguageChooseMixin, generic_chooser.ChooseView):
    ordering = "title"


class PageChooseResultsView(OwnLanguageChooseMixin, generic_chooser.ChooseResultsView):
    ordering = "title"


class PageRelationChooserViewSet(ChooserViewSet):
    """A flat, searchable list of one page type (all narratives, say), unlike Wagtail's page
    chooser, which browses the tree and searches every language."""

    choose_view_class = PageChooseView
    choose_results_view_class = PageChooseResultsView
    preserve_url_parameters = PRESERVED_PARAMETERS
    per_page = 20
    # Foreign keys to pages keep Wagtail's page chooser.
    register_widget = False

    def on_register(self) -> None:
        super().on_register()
        _page_choosers[resolve_model_string(self.model)] = self


_page_choosers: dict[type[Model], PageRelationChooserViewSet] = {}


class SnippetChooseView(OwnLanguageChooseMixin, snippet_chooser.ChooseView):
    pass


class SnippetChooseResultsView(OwnLanguageChooseMixin, snippet_chooser.ChooseResultsView):
    pass


class OwnLanguageSnippetChooserViewSet(snippet_chooser.SnippetChooserViewSet):
    """For a snippet viewset's `chooser_viewset_class`."""

    choose_view_class = SnippetChooseView
    choose_results_view_class = SnippetChooseResultsView
    preserve_url_parameters = PRESERVED_PARAMETERS


def chooser_widget(model: type[Model]) -> BaseChooser:
    """Wagtail's single-item chooser widget for the model: the page type's chooser registered
    here, or the snippet's own."""
    if issubclass(model, Page):
        return _page_choosers[model].widget_class()
    return AdminSnippetChooser(model)
