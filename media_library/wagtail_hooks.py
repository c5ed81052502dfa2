from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.admin_listings import TranslationStatesSnippetViewSetMixin
from cms.editing import GuardedSnippetEditView
from cms.relations.choosers import OwnLanguageSnippetChooserViewSet

from .models import CardSet, Material


class MaterialViewSet(TranslationStatesSnippetViewSetMixin, SnippetViewSet):
    model = Material
    edit_view_class = GuardedSnippetEditView
    chooser_viewset_class = OwnLanguageSnippetChooserViewSet
    icon = "doc-full-inverse"
    list_display = ["title", "kind", "format", "language", "expires_at"]
    list_filter = ["kind", "format", "language", "live"]
    search_fields = ["title", "summary"]
    copy_view_enabled = False


class CardSetViewSet(TranslationStatesSnippetViewSetMixin, SnippetViewSet):
    model = CardSet
    edit_view_class = GuardedSnippetEditView
    icon = "table"
    list_display = ["title", "expires_at"]
    search_fields = ["title"]
    copy_view_enabled = False


class LibraryViewSetGroup(SnippetViewSetGroup):
    items = (MaterialViewSet, CardSetViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Materials")
    menu_name = "materials"
    menu_order = 200


register_snippet(LibraryViewSetGroup)
