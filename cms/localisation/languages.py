"""The programme's languages: one table for settings, URLs, templates and tests.

German is the source. Kurmanji has no catalogue in Django, and easy-read German ("Leichte
Sprache") is no language of its own in any standard; both are registered with Django here so
that URL prefixes, `<html lang>`, text direction and the interface catalogues work as for the
others. Easy-read German is a locale of its own (a translation of the German content) so that
editors see which easy-read pages are missing or out of date after the German source changed;
docs/languages.md gives the reasons.
"""

from django.conf.locale import LANG_INFO
from django.utils import translation
from django.utils.translation import get_language_info

SOURCE_LANGUAGE = "de"
# BCP 47 private-use subtag: valid in lang and hreflang attributes, and it falls back to German
# for any interface string that has no easy-read wording yet.
EASY_READ_LANGUAGE = "de-x-ls"
KURMANJI = "kmr"

# (code, name in the language itself): the order of the language switcher.
CONTENT_LANGUAGES: list[tuple[str, str]] = [
    (SOURCE_LANGUAGE, "Deutsch"),
    (EASY_READ_LANGUAGE, "Leichte Sprache"),
    ("en", "English"),
    ("tr", "Türkçe"),
    ("ar", "العربية"),
    (KURMANJI, "Kurmancî"),
]

LANGUAGE_CODES: list[str] = [code for code, _name in CONTENT_LANGUAGES]

# The admin is used by staff in German or English only.
ADMIN_LANGUAGES: list[tuple[str, str]] = [(SOURCE_LANGUAGE, "Deutsch"), ("en", "English")]

EXTRA_LANG_INFO = {
    KURMANJI: {
        "bidi": False,
        "code": KURMANJI,
        "name": "Kurmanji",
        "name_local": "Kurmancî",
    },
    EASY_READ_LANGUAGE: {
        "bidi": False,
        "code": EASY_READ_LANGUAGE,
        "name": "German (easy-read)",
        "name_local": "Leichte Sprache",
    },
}


def register_language_info() -> None:
    """Makes Django's language metadata (name, direction) know the two extra languages."""
    for code, info in EXTRA_LANG_INFO.items():
        LANG_INFO.setdefault(code, info)


def language_attributes(code: str) -> dict[str, str]:
    """`lang` and `dir` for an element in language `code` on a page in the active language;
    none when the two agree (WCAG 3.1.2: parts in another language say so)."""
    if not code or code == translation.get_language():
        return {}
    return {"lang": code, "dir": "rtl" if get_language_info(code)["bidi"] else "ltr"}
