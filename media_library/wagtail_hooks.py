from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.localisation.admin_listings import TranslationStatesSnippetViewSetMixin
from cms.relations.choosers import OwnLanguageSnippetChooserViewSet
from cms.review.editing import GuardedSnippetEditView

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


def without_download_url(fields: list[str]) -> list[str]:
    return [field for field in fields if field != "download_url"]


class OriginalFreeImagesAdminAPIViewSet(ImagesAdminAPIViewSet):
    """The admin's image API without the original's URL, which private storage has not
    (media_library.storage): wagtail-localize's translation editor asks this API for the
    thumbnail of every image field, and the download URL answered 500 instead."""

    meta_fields = without_download_url(ImagesAdminAPIViewSet.meta_fields)
    listing_default_fields = without_download_url(ImagesAdminAPIViewSet.listing_default_fields)
    nested_default_fields = without_download_url(ImagesAdminAPIViewSet.nested_default_fields)


# After wagtail.images' own hook, whose endpoint this replaces.
@hooks.register("construct_admin_api", order=100)
def register_images_admin_api(router: WagtailAPIRouter) -> None:
    router.register_endpoint("images", OriginalFreeImagesAdminAPIViewSet)
