"""Which language versions a page has, for hreflang links, the language switcher and the
notice on pages that are not translated yet.

wagtail-localize keeps every language's tree in step with the German one: a page that nobody
has translated yet exists in the other trees as an alias of the German page, so every
language has a URL for every page. Such an alias shows German content; it is no translation
and must not be offered to search engines as one.
"""

from dataclasses import dataclass

from django.http import HttpRequest
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import get_language_info
from wagtail.images.models import AbstractImage
from wagtail.models import Locale, Page

from cms.localisation.languages import CONTENT_LANGUAGES, SOURCE_LANGUAGE
from cms.models.querysets import view_restricted


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str  # in the language itself
    url: str
    translated: bool  # False: an alias that shows the German page
    current: bool
    bidi: bool


def page_versions(page: Page, request: HttpRequest) -> list[LanguageVersion]:
    """The page in every content language that shows it publicly, in the switcher's order.

    One query: all pages sharing the page's translation key, with their locale.
    """
    current = translation.get_language()
    rows = (
        Page.objects.filter(translation_key=page.translation_key, live=True)
        .exclude(view_restricted())
        .select_related("locale")
        .only("id", "url_path", "alias_of_id", "locale__language_code", "translation_key")
    )
    by_code: dict[str, Page] = {row.locale.language_code: row for row in rows}
    # Trees are synchronised from German, so an untranslated page is an alias of the German one.
    source_pk = getattr(by_code.get(SOURCE_LANGUAGE), "pk", None)
    versions = []
    for code, name in CONTENT_LANGUAGES:
        row = by_code.get(code)
        if row is None:
            continue
        url = row.get_url(request)
        if not url:
            continue
        versions.append(
            LanguageVersion(
                code=code,
                name=name,
                url=url,
                translated=not (row.alias_of_id and row.alias_of_id == source_pk),
                current=code == current,
                bidi=get_language_info(code)["bidi"],
            )
        )
    return versions


def path_versions(request: HttpRequest) -> list[LanguageVersion]:
    """The same non-page view (search, login) in every content language."""
    current = translation.get_language()
    path = request.get_full_path()
    return [
        LanguageVersion(
            code=code,
            name=name,
            url=translate_url(path, code),
            translated=True,
            current=code == current,
            bidi=get_language_info(code)["bidi"],
        )
        for code, name in CONTENT_LANGUAGES
    ]


# Locale ids and their language codes: a handful of rows whose ids never change, read once.
_LOCALE_CODES: dict[int, str] = {}


def locale_code(locale_id: int) -> str:
    code = _LOCALE_CODES.get(locale_id)
    if code is None:  # a locale added since (or the first look-up)
        _LOCALE_CODES.update(Locale.all_objects.values_list("id", "language_code"))
        code = _LOCALE_CODES.get(locale_id, "")
    return code


def content_language(shown: object) -> str:
    """The language of what an object shows; "" when it has none (plain text) or says so
    itself (`text_language`).

    Objects read through `in_locale` are German where no translation exists; a page's
    stand-in in another language's tree (an alias of the German page) shows German; images
    carry the German alternative text their editors wrote.
    """
    if isinstance(shown, AbstractImage):
        return SOURCE_LANGUAGE
    if getattr(shown, "text_language", None) is not None:
        return shown.text_language  # said by whoever built it
    locale_id = getattr(shown, "locale_id", None)
    if locale_id is None:
        return ""
    code = locale_code(locale_id)
    if getattr(shown, "alias_of_id", None) and code != SOURCE_LANGUAGE:
        # Trees are synchronised from German: an alias there stands in for the German page.
        return SOURCE_LANGUAGE
    return code
