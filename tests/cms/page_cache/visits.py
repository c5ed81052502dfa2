"""Reading pages as a visitor does, for the page cache's tests."""

from django.urls import reverse


def text(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def search_url(query: str) -> str:
    return f"{reverse('search')}?q={query}"
