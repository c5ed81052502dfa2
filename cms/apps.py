from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Website")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from wagtail.signals import post_page_move

        from .models.review import restart_review_after_move
        from .notifications import route_notifications_through_tasks
        from .page_cache import signals as page_cache_signals
        from .rendition_pregeneration import connect as connect_rendition_pregeneration
        from .translation_review import keep_public_content_of_translations

        route_notifications_through_tasks()
        # Before the page cache's receivers: renditions exist before its purge lets visitors in.
        connect_rendition_pregeneration()
        page_cache_signals.connect()
        keep_public_content_of_translations()
        post_page_move.connect(
            restart_review_after_move, dispatch_uid="cms_restart_review_after_move"
        )
