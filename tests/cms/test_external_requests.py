"""Public pages make no request to another host: no fonts, scripts or images from elsewhere."""

import pytest

from tests.cms.test_public_pages import PAGE_KEYS
from tests.factories.site import build_site, library_urls
from tests.html import foreign_fetches


@pytest.mark.smoke
def test_public_pages_fetch_only_from_this_host(client, home):
    tree = build_site(home)
    urls = [tree.pages[key].url for key in PAGE_KEYS] + list(library_urls(tree).values())
    for url in urls:
        html = client.get(url).content.decode()
        assert not foreign_fetches(html), url
        assert "<script>" not in html and " style=" not in html, url
