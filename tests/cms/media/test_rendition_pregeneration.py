"""Publishing makes the renditions a page shows, so the first visitor waits for no encoder;
images whose person did not consent, or that were withdrawn, get none."""

from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from cms.media.renditions import PLACES
from media_library.models import CustomRendition
from narratives.takedown import withdraw_images
from tests.factories.cms import ContentPageFactory
from tests.factories.media_library import ImageFactory, LibraryPageFactory, MaterialFactory
from tests.factories.narratives import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    MessengerIdentityFactory,
    MessengerIndexPageFactory,
    MessengerPageFactory,
    NarrativeIndexPageFactory,
    NarrativePageFactory,
)


def specs(image: object, *places: str) -> set[str]:
    return {spec for place in places for spec in PLACES[place].specs(image)}


def made_for(image: object) -> set[str]:
    return set(CustomRendition.objects.filter(image=image).values_list("filter_spec", flat=True))


def publish(obj: object, capture: object) -> None:
    with capture(execute=True):
        obj.save_revision().publish()


def visit(client: object, *urls: str) -> list[str]:
    pages = []
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        pages.append(response.content.decode())
    return pages


@pytest.fixture
def messenger(home: object) -> object:
    """A profile with consent to show the photo, created (not published) by the factory, so
    that no rendition of the photo exists yet."""
    index = MessengerIndexPageFactory(parent=home)
    page = MessengerPageFactory(parent=index, photo=ImageFactory())
    MessengerIdentityFactory(messenger=page)
    return page


def test_a_published_narrative_shows_its_card_and_its_messengers_without_encoding(
    client, home, messenger, encodings, django_capture_on_commit_callbacks
):
    index = NarrativeIndexPageFactory(parent=home)
    narrative = NarrativePageFactory(
        parent=index, live=False, image=ImageFactory(), body__2__image__caption="Im Boxverein"
    )
    narrative.messengers.set([messenger])
    assert CustomRendition.objects.count() == 0

    publish(narrative, django_capture_on_commit_callbacks)

    body_image = narrative.body[2].value["image"]
    assert made_for(narrative.image) == specs(narrative.image, "card")
    assert made_for(body_image) == specs(body_image, "body")
    assert made_for(messenger.photo) == specs(messenger.photo, "portrait")
    made = len(encodings)
    html = visit(client, narrative.url, index.url, home.url)
    assert len(encodings) == made, f"visitors encoded {encodings.specs[made:]}"
    assert html[0].count("<picture>") == 2  # the body image and the messenger's card
    assert "<picture>" in html[1] and "<picture>" in html[2]


def test_a_published_campaign_shows_its_card_and_its_messengers_without_encoding(
    client, home, messenger, encodings, django_capture_on_commit_callbacks
):
    index = CampaignIndexPageFactory(parent=home)
    campaign = CampaignPageFactory(parent=index, live=False, image=ImageFactory())
    campaign.messengers.set([messenger])

    publish(campaign, django_capture_on_commit_callbacks)

    assert made_for(campaign.image) == specs(campaign.image, "card")
    made = len(encodings)
    html = visit(client, campaign.url, index.url)
    assert len(encodings) == made, f"visitors encoded {encodings.specs[made:]}"
    assert all("<picture>" in page for page in html)


def test_a_published_messenger_shows_photo_and_card_without_encoding(
    client, messenger, encodings, django_capture_on_commit_callbacks
):
    publish(messenger, django_capture_on_commit_callbacks)

    assert made_for(messenger.photo) == specs(messenger.photo, "messenger_photo", "portrait")
    made = len(encodings)
    html = visit(client, messenger.url, messenger.get_parent().url)
    assert len(encodings) == made, f"visitors encoded {encodings.specs[made:]}"
    assert all("<picture>" in page for page in html)


def test_a_published_material_shows_in_the_library_without_encoding(
    client, home, encodings, django_capture_on_commit_callbacks
):
    library = LibraryPageFactory(parent=home)
    material = MaterialFactory(live=False, image=ImageFactory())

    publish(material, django_capture_on_commit_callbacks)

    assert made_for(material.image) == specs(material.image, "card", "material")
    made = len(encodings)
    html = visit(client, library.url, library.material_url(material))
    assert len(encodings) == made, f"visitors encoded {encodings.specs[made:]}"
    assert all("<picture>" in page for page in html)


def test_a_published_content_page_shows_its_image_blocks_without_encoding(
    client, home, encodings, django_capture_on_commit_callbacks
):
    page = ContentPageFactory(parent=home, live=False, body__0__image__caption="Training")

    publish(page, django_capture_on_commit_callbacks)

    made = len(encodings)
    (html,) = visit(client, page.url)
    assert len(encodings) == made, f"visitors encoded {encodings.specs[made:]}"
    assert "<picture>" in html


def test_renditions_are_made_only_once_the_publish_is_committed(home, encodings):
    # Without the commit (the test's transaction stays open) nothing is encoded: a publish
    # that is rolled back leaves no work behind.
    page = ContentPageFactory(parent=home, live=False, body__0__image__caption="Training")
    page.save_revision().publish()
    assert len(encodings) == 0
    assert CustomRendition.objects.count() == 0


def test_a_photo_without_consent_gets_no_rendition_when_the_profile_is_published(
    client, home, encodings, django_capture_on_commit_callbacks
):
    index = MessengerIndexPageFactory(parent=home)
    page = MessengerPageFactory(parent=index, photo=ImageFactory())
    MessengerIdentityFactory(messenger=page, consent_photo=False)

    publish(page, django_capture_on_commit_callbacks)

    assert made_for(page.photo) == set()
    assert len(encodings) == 0
    html = client.get(page.url).content.decode()
    assert page.title in html and "<picture>" not in html and "/media/images/" not in html


def test_a_withdrawn_photo_gets_no_rendition_from_a_page_still_using_it(
    client, home, messenger, encodings, django_capture_on_commit_callbacks
):
    # A narrative that used the messenger's photo as its teaser, published after a takedown.
    withdraw_images({messenger.photo_id})
    index = NarrativeIndexPageFactory(parent=home)
    narrative = NarrativePageFactory(parent=index, live=False, image=messenger.photo)

    publish(narrative, django_capture_on_commit_callbacks)

    assert made_for(messenger.photo) == set()
    html = visit(client, index.url, narrative.url)
    assert len(encodings) == 0
    assert not any("<picture>" in page or "not-found" in page for page in html)


def test_listing_cards_need_no_query_per_image_once_renditions_exist(
    client, home, django_capture_on_commit_callbacks
):
    index = NarrativeIndexPageFactory(parent=home)

    def queries_with(count: int) -> int:
        for _ in range(count):
            narrative = NarrativePageFactory(parent=index, live=False, image=ImageFactory())
            publish(narrative, django_capture_on_commit_callbacks)
        cache.clear()  # the page cache and Wagtail's rendition cache
        with CaptureQueriesContext(connection) as queries:
            assert "<picture>" in client.get(index.url).content.decode()
        return len(queries)

    assert queries_with(1) == queries_with(4)


def test_the_command_makes_what_content_published_before_shows(client, home, messenger):
    # Content from before (factories publish without the signal): no renditions yet.
    hidden = MessengerPageFactory(parent=messenger.get_parent(), photo=ImageFactory())
    MessengerIdentityFactory(messenger=hidden, consent_photo=False)
    material = MaterialFactory(image=ImageFactory())
    draft = ContentPageFactory(parent=home, live=False, body__0__image__caption="Entwurf")

    out = StringIO()
    with translation.override("en"):
        call_command("make_renditions", "--dry-run", stdout=out)
    assert CustomRendition.objects.count() == 0
    assert "for 2 images on 2 published objects" in out.getvalue()

    call_command("make_renditions", stdout=StringIO())
    assert made_for(messenger.photo) == specs(messenger.photo, "messenger_photo", "portrait")
    assert made_for(material.image) == specs(material.image, "card", "material")
    assert made_for(hidden.photo) == set()  # no consent for the photo
    assert made_for(draft.body[0].value["image"]) == set()  # not published
