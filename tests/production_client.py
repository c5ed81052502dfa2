"""A test client that reaches the site as production's WSGI application does (cms/wsgi.py):
cached pages answered before Django's handler, everything else by Django.

Django's own test client calls the handler directly; this one puts cms.page_cache.wsgi in
front of it, so a test sees which answers never reached Django."""

from collections.abc import Iterable

import pytest
from django.core.handlers.wsgi import WSGIRequest
from django.http import HttpResponse
from django.test import Client
from django.test.client import ClientHandler

from cms.page_cache.wsgi import CachedPages


class ProductionHandler(ClientHandler):
    def __call__(self, environ: dict) -> HttpResponse:
        reached_django: list[HttpResponse] = []

        def django(environ: dict, start_response) -> Iterable[bytes]:
            response = super(ProductionHandler, self).__call__(environ)
            reached_django.append(response)
            return [response.content]

        status_and_headers: list = []
        body = CachedPages(django)(environ, lambda *args: status_and_headers.extend(args))
        if reached_django:
            response = reached_django[0]
            response.reached_django = True
            return response
        status, headers = status_and_headers
        response = HttpResponse(b"".join(body), status=int(status.split()[0]), headers=headers)
        response.wsgi_request = WSGIRequest(environ)
        response.reached_django = False
        return response


class ProductionClient(Client):
    def __init__(self, **defaults: object) -> None:
        super().__init__(**defaults)
        self.handler = ProductionHandler(enforce_csrf_checks=False)


@pytest.fixture
def production_client() -> ProductionClient:
    return ProductionClient()
