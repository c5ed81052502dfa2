"""Public pages make no request to another host: no fonts, scripts or images from elsewhere."""

import re

import pytest

from tests.cms.test_public_pages import PAGE_KEYS
from tests.factories.site import build_site, library_urls

# Attributes that make the browser fetch something by itself (links in <a href> do not).
FETCHING = re.compile(
    r"<(?:script|img|source|video|audio|iframe|link)\b[^>]*?\s(?:src|href|srcset|poster)=\"([^\"]+)\"",
    re.IGNORECASE,
)


@pytest.mark.smoke
def test_public_pages_fetch_only_from_this_host(client, home):
    tree = build_site(home)
    urls = [tree.pages[key].url for key in PAGE_KEYS] + list(library_urls(tree).values())
    for url in urls:
        html = client.get(url).content.decode()
        for target in FETCHING.findall(html):
            for candidate in target.split(","):
                address = candidate.strip().split(" ")[0]
                assert address.startswith("/") and not address.startswith("//"), (url, address)
        assert "<script>" not in html and " style=" not in html, url
