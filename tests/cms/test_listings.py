"""Listings filter by topic, audience and site and paginate; filters survive paging."""

import pytest

from tests.factories.cms import AudienceFactory, TopicFactory
from tests.factories.narratives import (
    NarrativeIndexPageFactory,
    NarrativePageFactory,
    ProgrammeSiteIndexPageFactory,
    ProgrammeSitePageFactory,
)


@pytest.fixture
def listing(home):
    index = NarrativeIndexPageFactory(parent=home)
    sites = ProgrammeSiteIndexPageFactory(parent=home)
    essen = ProgrammeSitePageFactory(parent=sites, title="Essen")
    school = TopicFactory(name="Schule", slug="schule")
    mothers = AudienceFactory(name="Mütter", slug="muetter")
    pages = []
    for number in range(30):
        page = NarrativePageFactory(parent=index, title=f"Narrativ {number:02d}")
        if number % 2 == 0:
            page.topics.set([school])
        if number % 5 == 0:
            page.audiences.set([mothers])
            page.sites.set([essen])
        page.save()
        pages.append(page)
    return index


@pytest.mark.smoke
def test_listing_paginates(client, listing):
    first = client.get(listing.url).content.decode()
    assert first.count('class="card') >= 12
    second = client.get(listing.url, {"page": 3}).content.decode()
    assert "Narrativ" in second
    # Out-of-range and junk page numbers land on a real page instead of an error.
    assert client.get(listing.url, {"page": 999}).status_code == 200
    assert client.get(listing.url, {"page": "x"}).status_code == 200


@pytest.mark.parametrize(
    ("params", "expected"),
    [({"topic": "schule"}, 15), ({"audience": "muetter"}, 6), ({"site": "essen"}, 6)],
)
def test_filters_narrow_the_listing(client, listing, params, expected):
    response = client.get(listing.url, params)
    assert response.context["page_obj"].paginator.count == expected


def test_unknown_filter_value_shows_an_error_not_a_crash(client, listing):
    response = client.get(listing.url, {"topic": "<script>"})
    assert response.status_code == 200
    assert response.context["page_obj"].paginator.count == 30
    assert response.context["filter_form"].errors["topic"]
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


def test_pagination_links_keep_the_filter(client, listing):
    html = client.get(listing.url, {"topic": "schule"}).content.decode()
    assert "topic=schule&amp;page=" in html or "topic=schule&page=" in html


def test_library_filters_materials_by_site_and_kind(client, home):
    from tests.factories.media_library import ImageFactory, LibraryPageFactory, MaterialFactory

    library = LibraryPageFactory(parent=home)
    sites = ProgrammeSiteIndexPageFactory(parent=home)
    essen = ProgrammeSitePageFactory(parent=sites, title="Essen")
    flyer = MaterialFactory(title="Flyer Essen")
    poster = MaterialFactory(title="Plakat", kind="image", image=ImageFactory())
    MaterialFactory(title="Flyer anderswo")
    essen.materials.set([flyer, poster])
    essen.save()

    def titles(params):
        return [m.title for m in client.get(library.url, params).context["items"]]

    assert titles({"site": "essen"}) == ["Flyer Essen", "Plakat"]
    assert titles({"site": "essen", "kind": "image"}) == ["Plakat"]
    assert len(titles({})) == 3
