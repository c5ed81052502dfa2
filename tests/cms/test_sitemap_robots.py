import pytest

from tests.factories.site import build_site, library_urls


@pytest.mark.smoke
def test_sitemap_lists_public_pages_and_library_items(client, home):
    tree = build_site(home)
    tree.pages["content"].unpublish()
    xml = client.get("/sitemap.xml").content.decode()
    assert tree.pages["narrative"].url in xml
    assert tree.pages["campaign"].url in xml
    for url in library_urls(tree).values():
        assert url in xml
    assert tree.pages["content"].url not in xml


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_admin(client, home):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text
    # Search result pages of every language stay out of the index.
    assert "Disallow: /*/suche/" in text
