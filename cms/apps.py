from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Website")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.apps import apps

        from cms.integrity import content, permissions  # noqa: F401 (register checks, policy)
        from cms.localisation.translation_review import keep_public_content_of_translations
        from cms.models.taxonomies import Taxonomy
        from cms.publishing import pipeline
        from cms.review.notifications import route_notifications_through_tasks

        route_notifications_through_tasks()
        pipeline.connect()
        # Terms have no publishing: every saved change is live.
        pipeline.register_shown_on_pages(
            *(model for model in apps.get_models() if issubclass(model, Taxonomy))
        )
        keep_public_content_of_translations()
