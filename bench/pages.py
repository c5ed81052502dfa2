"""The pages the site benchmark measures, one of each public page type, in German; read from
the database after the demo content is built (needs Django set up)."""

import math
from dataclasses import dataclass

from django.urls import reverse
from django.utils import translation

from cms.models import HomePage
from media_library.models import LibraryPage
from narratives.demo.content import load_narratives
from narratives.models import CampaignPage, MessengerPage, NarrativeIndexPage, NarrativePage

LISTING_PAGE = 200
SEARCH_QUERY = "Familie"


@dataclass(frozen=True)
class MeasuredPage:
    name: str
    path: str
    # A page that must be about as fast as this one (listing page 200 and page 1).
    as_fast_as: str = ""


def by_name(pages: list[MeasuredPage], name: str) -> MeasuredPage:
    return next(page for page in pages if page.name == name)


def german(model: type) -> object:
    return model.objects.live().filter(locale__language_code="de").order_by("path").first()


def detail_narrative() -> NarrativePage:
    """The first hand-written demo narrative: relations to messengers, campaigns, materials."""
    return NarrativePage.objects.get(
        slug=load_narratives().narratives[0].slug, locale__language_code="de"
    )


def measured_pages() -> list[MeasuredPage]:
    index = german(NarrativeIndexPage)
    listing = index.url
    narratives = index.get_listing_queryset().count()
    # Page 200 of 835 at 10,000 narratives; the last page when there are fewer.
    far_page = min(LISTING_PAGE, max(1, math.ceil(narratives / index.per_page)))
    narrative = detail_narrative()
    topic = narrative.topics.order_by("slug").first()
    with translation.override("de"):
        search = reverse("search")
    return [
        MeasuredPage("home", german(HomePage).url),
        MeasuredPage("listing p1", listing),
        MeasuredPage(f"listing p{far_page}", f"{listing}?page={far_page}", "listing p1"),
        MeasuredPage("listing filtered", f"{listing}?topic={topic.slug}"),
        MeasuredPage("narrative", narrative.url),
        MeasuredPage("messenger", german(MessengerPage).url),
        MeasuredPage("campaign", german(CampaignPage).url),
        MeasuredPage("material library", german(LibraryPage).url),
        MeasuredPage("search", f"{search}?q={SEARCH_QUERY}"),
    ]
