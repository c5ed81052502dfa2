"""Every public interface string reads in the visitor's language, easy-read German included.

The pages are rendered in each language while every string the templates and views look up is
recorded; each of the project's own strings among them must have a translation in that
language's catalogue. (Wagtail's and Django's strings come with their own catalogues.)
"""

from pathlib import Path

import polib
import pytest
from django.core.management import call_command
from django.utils.translation import trans_real

from cms.localisation.languages import CONTENT_LANGUAGES, SOURCE_LANGUAGE
from tests.cms.test_public_pages import PAGE_KEYS
from tests.factories.site import build_site, library_urls

LOCALE_DIR = Path(__file__).resolve().parents[3] / "cms" / "locale"
TRANSLATED_LANGUAGES = [code for code, _name in CONTENT_LANGUAGES if code not in ("de", "en")]


def catalogue(language: str) -> polib.POFile:
    return polib.pofile(str(LOCALE_DIR / trans_real.to_locale(language) / "LC_MESSAGES/django.po"))


@pytest.fixture
def looked_up(monkeypatch) -> set[str]:
    """The msgids looked up while the test runs (singular forms for plurals)."""
    seen: set[str] = set()
    gettext, ngettext = trans_real.DjangoTranslation.gettext, trans_real.DjangoTranslation.ngettext

    def recording_gettext(self, message):
        seen.add(message)
        return gettext(self, message)

    def recording_ngettext(self, singular, plural, number):
        seen.add(singular)
        return ngettext(self, singular, plural, number)

    monkeypatch.setattr(trans_real.DjangoTranslation, "gettext", recording_gettext)
    monkeypatch.setattr(trans_real.DjangoTranslation, "ngettext", recording_ngettext)
    return seen


def public_urls(tree) -> list[str]:
    urls = [tree.pages[key].url for key in PAGE_KEYS] + list(library_urls(tree).values())
    return [*urls, "/de/suche/?q=Familie", "/de/suche/?q=", "/de/anmelden/", "/de/gibt-es-nicht/"]


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_every_public_interface_string_is_translated(client, home, language, looked_up):
    tree = build_site(home)
    call_command("sync_locale_trees")
    for url in public_urls(tree):
        assert url.startswith("/de/"), url
        response = client.get(f"/{language}/{url.removeprefix('/de/')}")
        assert response.status_code in (200, 404), url
        assert f'lang="{language}"' in response.content.decode()[:300], url

    ours = catalogue(language)
    own_msgids = {entry.msgid for entry in catalogue(SOURCE_LANGUAGE)}
    missing = sorted(
        msgid
        for msgid in looked_up & own_msgids
        if not (ours.find(msgid) and ours.find(msgid).translated())
    )
    assert len(looked_up & own_msgids) > 40
    assert not missing, f"{language}: {len(missing)} untranslated: {missing[:15]}"
