"""Two-click videos in a real browser: a page with a YouTube or Vimeo video asks the platform for
nothing until the visitor presses play; then the player appears in its place, from the
privacy-enhanced host. Without JavaScript the visitor gets a link to the video instead."""

import re

import pytest
from playwright.sync_api import Route, expect

from .policy_watch import PolicyWatch

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PLATFORMS = re.compile(r"youtube|ytimg|googlevideo|vimeo")


@pytest.fixture
def video_page(site_tree) -> str:
    from tests.factories.cms import ContentPageFactory

    ContentPageFactory(
        parent=site_tree["home"],
        slug="video",
        title="Geschichten",
        body__0__video_embed__title="Samir erzählt",
        body__0__video_embed__url="https://youtu.be/aqz-KE-bpKQ",
        body__1__video_embed__title="Mütter erzählen",
        body__1__video_embed__url="https://vimeo.com/76979871",
    )
    return "/de/video/"


def test_nothing_comes_from_the_platform_until_the_visitor_plays(
    video_page, new_context, live_server
):
    context = new_context()
    watch = PolicyWatch(context, live_server.url)
    platform_requests = []

    def platform(route: Route) -> None:
        # No network here; the request having been made is what counts.
        platform_requests.append(route.request.url)
        route.fulfill(status=200, content_type="text/html", body="<p>Player</p>")

    context.route(PLATFORMS, platform)
    page = context.new_page()
    page.goto(video_page)
    page.wait_for_load_state("networkidle")
    # Located by position: the placeholder, and its text with it, gives way to the player.
    youtube = page.locator("main figure").first
    expect(youtube).to_contain_text("Samir erzählt")
    expect(youtube).to_contain_text("YouTube")
    expect(page.locator("iframe")).to_have_count(0)
    watch.assert_clean(page, "before the click")
    assert platform_requests == []

    play = youtube.get_by_role("button", name="YouTube")
    play.click()
    player = youtube.locator("iframe")
    expect(player).to_have_attribute("title", "Samir erzählt")
    expect(player).to_be_focused()
    expect(player).to_have_attribute(
        "src", "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1&rel=0"
    )
    page.wait_for_load_state("networkidle")
    assert platform_requests == [
        "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1&rel=0"
    ]
    # The other video stays a placeholder: one click is one platform.
    expect(page.locator("iframe")).to_have_count(1)
    # The policy lets the player in (frame-src), and nothing else broke a rule.
    page.evaluate("0")
    assert watch.violations == []
    assert watch.foreign_requests() == platform_requests


def test_without_javascript_a_link_leads_to_the_video(video_page, new_context):
    context = new_context(java_script_enabled=False)
    requests = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    page.goto(video_page)
    vimeo = page.locator("figure", has_text="Mütter erzählen")
    expect(vimeo.get_by_role("button")).to_be_hidden()
    expect(vimeo.get_by_role("link", name=re.compile("Vimeo"))).to_have_attribute(
        "href", "https://vimeo.com/76979871"
    )
    assert not [url for url in requests if PLATFORMS.search(url)]
