"""What visitors can find of the programme's pages: the fields of each page type that reach
the search engine, registered with search from NarrativesConfig.ready().

A messenger's profile is found by its public fields only (alias, role, quote, story); the
person's record is another model (MessengerIdentity) and is never read here. Profiles whose
consent is not valid are withheld from search although they may still be live.
"""

from django.db.models import QuerySet
from django.utils.translation import pgettext_lazy

from search.registry import (
    INFORMATION,
    DocumentType,
    register_document_types,
    register_facet_labels,
)

from .models import (
    CampaignIndexPage,
    CampaignPage,
    MessengerIndexPage,
    MessengerPage,
    NarrativeIndexPage,
    NarrativePage,
    ProgrammeSiteIndexPage,
    ProgrammeSitePage,
)


def messengers_without_consent() -> QuerySet[MessengerPage]:
    return MessengerPage.objects.exclude(pk__in=MessengerPage.objects.consent_valid().values("pk"))


def register() -> None:
    register_document_types(
        DocumentType(
            "narrative",
            pgettext_lazy("content type", "Narratives"),
            (NarrativePage,),
            lead=("introduction", "negative_narrative", "counter_narrative", "search_description"),
            body=("key_messages", "body"),
            facets={"topic": "topics__slug", "audience": "audiences__slug", "site": "sites__slug"},
            # Campaigns are found by the topics of their narratives.
            carried_by=("campaigns",),
        ),
        DocumentType(
            "campaign",
            pgettext_lazy("content type", "Campaigns"),
            (CampaignPage,),
            lead=("introduction", "goal", "search_description"),
            body=("body",),
            facets={
                "topic": "narratives__topics__slug",
                "audience": "audiences__slug",
                "site": "sites__slug",
            },
        ),
        DocumentType(
            "messenger",
            pgettext_lazy("content type", "Credible messengers"),
            (MessengerPage,),
            lead=("introduction", "role", "quote"),
            body=("story",),
            facets={"site": "sites__slug"},
            withheld=messengers_without_consent,
        ),
        DocumentType(
            "site",
            pgettext_lazy("content type", "Sites"),
            (ProgrammeSitePage,),
            body=("body",),
        ),
        # The sections' index pages are information about the programme.
        DocumentType(
            "information",
            INFORMATION,
            (NarrativeIndexPage, CampaignIndexPage, MessengerIndexPage, ProgrammeSiteIndexPage),
        ),
    )
    register_facet_labels("site", ProgrammeSitePage, "title")
