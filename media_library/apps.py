from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MediaLibraryConfig(AppConfig):
    name = "media_library"
    verbose_name = _("Media library")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        import warnings

        from django.conf import settings
        from PIL import Image

        from cms.publishing.pipeline import register_shown_on_pages

        from . import integrity  # noqa: F401 (registers its integrity checks)
        from .models import CardSet, CustomImage, Material
        from .pending_uploads import keep_pending_uploads_private
        from .permissions import register_media_permission_policies

        keep_pending_uploads_private()
        register_media_permission_policies()
        register_shown_on_pages(Material, CardSet, CustomImage)
        # Pillow checks the pixel count when it reads a header, before it decodes anything;
        # Wagtail's own check decodes the whole image first. Pillow refuses at twice its
        # limit (and only warns above it), so with half of ours there, a decompression bomb
        # is refused before it takes memory.
        Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS // 2
        warnings.filterwarnings("ignore", category=Image.DecompressionBombWarning)
