"""Videos from a platform are two-click embeds: a page names the video, its platform and what
playing it reveals, and loads nothing from the platform; only links to the allowed platforms are
accepted, and they play from the privacy-enhanced hosts."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StructBlockValidationError

from cms.media.video_providers import parse_video_link
from cms.models.blocks import VideoEmbedBlock
from tests.factories.cms import ContentPageFactory
from tests.factories.narratives import CampaignPageFactory, NarrativePageFactory
from tests.html import fetched_addresses

VIDEO = {"title": "Samir erzählt", "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ"}


@pytest.mark.parametrize(
    ("link", "player", "watch"),
    [
        (
            "https://www.youtube.com/watch?v=aqz-KE-bpKQ&t=42s",
            "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1&rel=0",
            "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
        ),
        (
            "https://youtu.be/aqz-KE-bpKQ?si=tracking",
            "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1&rel=0",
            "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
        ),
        (
            "https://m.youtube.com/shorts/aqz-KE-bpKQ",
            "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1&rel=0",
            "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
        ),
        (
            "https://vimeo.com/76979871",
            "https://player.vimeo.com/video/76979871?autoplay=1&dnt=1",
            "https://vimeo.com/76979871",
        ),
        (
            "https://vimeo.com/76979871/8a1b2c3d4e",
            "https://player.vimeo.com/video/76979871?h=8a1b2c3d4e&autoplay=1&dnt=1",
            "https://vimeo.com/76979871/8a1b2c3d4e",
        ),
    ],
)
def test_links_to_allowed_platforms_play_from_their_privacy_hosts(link, player, watch):
    video = parse_video_link(link)
    assert video.embed_url == player
    assert video.watch_url == watch


@pytest.mark.parametrize(
    "link",
    [
        "http://www.youtube.com/watch?v=aqz-KE-bpKQ",  # not encrypted
        "https://www.youtube.com.evil.example/watch?v=aqz-KE-bpKQ",
        "https://evil.example/www.youtube.com/watch?v=aqz-KE-bpKQ",
        "https://www.youtube.com@evil.example/watch?v=aqz-KE-bpKQ",
        "https://user@www.youtube.com/watch?v=aqz-KE-bpKQ",
        "https://www.youtube.com:8443/watch?v=aqz-KE-bpKQ",
        "https://www.youtube.com:port/watch?v=aqz-KE-bpKQ",
        "https://www.youtube.com/watch?v=aqz-KE-bpKQ%22onload=alert(1)",
        "https://www.youtube.com/@kurvekriegen",  # a channel, not a video
        "https://www.youtube.com/embed/../../evil",
        "https://player.vimeo.com/video/76979871/../../../evil",
        "https://www.dailymotion.com/video/x8abcd",  # not an allowed platform
        "javascript:alert(1)//https://www.youtube.com/watch?v=aqz-KE-bpKQ",
        "data:text/html,<script>alert(1)</script>",
    ],
)
def test_other_links_are_refused(link):
    assert parse_video_link(link) is None


def test_the_editor_is_told_which_platforms_are_allowed():
    block = VideoEmbedBlock()
    with pytest.raises(StructBlockValidationError) as refused:
        block.clean(block.to_python({**VIDEO, "url": "https://www.dailymotion.com/video/x8abcd"}))
    error = refused.value.block_errors["url"]
    assert isinstance(error, ValidationError)
    assert "YouTube, Vimeo" in " ".join(error.messages)
    assert block.clean(block.to_python(VIDEO))["url"] == VIDEO["url"]


# The body's position after the blocks each factory already declares.
@pytest.mark.parametrize(
    ("factory", "position"),
    [(ContentPageFactory, 0), (NarrativePageFactory, 2), (CampaignPageFactory, 0)],
)
def test_a_page_shows_a_placeholder_and_loads_nothing_from_the_platform(
    client, home, factory, position
):
    page = factory(
        parent=home,
        **{
            f"body__{position}__video_embed__title": "Samir erzählt",
            f"body__{position}__video_embed__url": "https://youtu.be/aqz-KE-bpKQ",
        },
    )
    html = client.get(page.url).content.decode()

    assert "Samir erzählt" in html
    assert "YouTube" in html  # the platform is named before anything is played
    assert 'href="https://www.youtube.com/watch?v=aqz-KE-bpKQ"' in html  # works without script
    # No player, no thumbnail: the browser fetches nothing from the platform by itself.
    assert "<iframe" not in html
    assert not [a for a in fetched_addresses(html) if "youtube" in a or "ytimg" in a]
    assert 'data-video-embed-src="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ' in html
    assert "/static/cms/js/video_embed.js" in html


def test_a_link_stored_before_it_was_checked_shows_nothing(client, home):
    """Content imported around the editor's validation cannot smuggle in another player."""
    page = ContentPageFactory(
        parent=home,
        body__0__video_embed__title="Fremdes Video",
        body__0__video_embed__url="https://evil.example/player",
    )
    html = client.get(page.url).content.decode()
    assert page.title in html
    assert "evil.example" not in html
    assert "Fremdes Video" not in html
