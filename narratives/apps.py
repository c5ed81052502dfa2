from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NarrativesConfig(AppConfig):
    name = "narratives"
    verbose_name = _("Narratives")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from cms.publishing.pipeline import register_page_part

        from . import (
            integrity,  # noqa: F401 (registers its integrity checks)
            search_documents,
        )
        from .models import MessengerIdentity

        # The consent on the private record decides whether the profile is public.
        register_page_part(MessengerIdentity, page_field="messenger")
        search_documents.register()
