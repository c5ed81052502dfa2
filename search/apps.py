from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from cms.models import (
            AccessibilityStatementPage,
            Audience,
            ContentPage,
            EasyReadIndexPage,
            EasyReadPage,
            LegalPage,
            SignLanguagePage,
            Topic,
        )
        from cms.models.listing import register_listing_text_filter
        from cms.page_cache.middleware import served_from_cache
        from cms.publishing.pipeline import register_search_outbox

        from . import checks, integrity  # noqa: F401 (register system and integrity checks)
        from .indexing import PageOutbox
        from .registry import (
            INFORMATION,
            DocumentType,
            register_document_types,
            register_facet_labels,
        )
        from .services import filter_listing_by_text
        from .views import count_cached_search

        # The platform's pages about the programme share one content type, each with its own
        # text fields; content apps register theirs from their own ready().
        register_document_types(
            DocumentType(
                "information",
                INFORMATION,
                (ContentPage, EasyReadPage, LegalPage),
                body=("body",),
            ),
            DocumentType(
                "information",
                INFORMATION,
                (AccessibilityStatementPage,),
                body=("non_accessible_content", "body"),
            ),
            DocumentType("information", INFORMATION, (SignLanguagePage,), body=("videos",)),
            DocumentType("information", INFORMATION, (EasyReadIndexPage,)),
        )
        register_facet_labels("topic", Topic, "name")
        register_facet_labels("audience", Audience, "name")
        served_from_cache.connect(count_cached_search, dispatch_uid="search_count_cached")
        register_search_outbox(PageOutbox())
        register_listing_text_filter(filter_listing_by_text)
