from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from cms.models.base import register_listing_text_filter
        from cms.page_cache.middleware import served_from_cache
        from cms.publishing.pipeline import register_search_outbox

        from . import checks, integrity  # noqa: F401 (register system and integrity checks)
        from .indexing import PageOutbox
        from .services import filter_listing_by_text
        from .views import count_cached_search

        served_from_cache.connect(count_cached_search, dispatch_uid="search_count_cached")
        register_search_outbox(PageOutbox())
        register_listing_text_filter(filter_listing_by_text)
