"""Request middleware of the project."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.middleware.locale import LocaleMiddleware
from django.utils import translation

from cms.localisation.languages import ADMIN_LANGUAGES

UNPREFIXED_MACHINE_PATHS = ("/api/", "/health/")


class LanguageMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware (the language from the URL prefix, or the browser's at "/"),
    except that the admin never takes a content language the browser asks for: Wagtail keeps
    the active language for staff without a preference, and its own Arabic or Turkish catalogue
    would turn the admin into a language nobody reviews it in."""

    def process_request(self, request: HttpRequest) -> None:
        super().process_request(request)
        if request.path_info.startswith("/admin/") and request.LANGUAGE_CODE not in dict(
            ADMIN_LANGUAGES
        ):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
        if request.path_info.startswith(UNPREFIXED_MACHINE_PATHS):
            # The API and the health check answer in English whatever the browser asks, so
            # that one cached answer fits every caller.
            translation.activate("en")
            request.LANGUAGE_CODE = "en"

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        # Their 404s are answers (JSON), not pages to look for under a language prefix.
        if request.path_info.startswith(UNPREFIXED_MACHINE_PATHS):
            return response
        return super().process_response(request, response)
