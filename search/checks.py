"""Start-up checks: a malformed SEARCH_URL is reported before anyone searches."""

from collections.abc import Sequence

from django.apps import AppConfig
from django.conf import settings
from django.core.checks import CheckMessage, Error, register

from .search_url import SearchUrlError, parse_search_url


@register()
def search_url_check(
    app_configs: Sequence[AppConfig] | None = None, **kwargs: object
) -> list[CheckMessage]:
    if not settings.SEARCH_URL:
        return []
    try:
        parse_search_url(settings.SEARCH_URL)
    except SearchUrlError as error:
        return [Error(str(error), id="search.E001", hint="Leave it empty to search the database.")]
    return []
