"""Crawling the public site in a test: every page in every language, every internal link
followed, and the German text a page in another language shows without saying so.

German text outside German pages is found by its content: the names and titles of German
objects (pages, snippets, taxonomy terms) that the page's language has no translation of with
the same wording, and the images' alternative texts, which are written in German only. No
occurrence may be left in the page's own language: an element around it must say it is
German (`lang="de"`), so that screen readers pronounce it as German (WCAG 3.1.2). Easy-read
German (de-x-ls) counts as a language of its own.
"""

from collections import Counter, deque
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

import polib
from django.apps import apps
from django.conf import settings
from django.test import Client
from django.utils.translation import to_locale
from wagtail.images import get_image_model
from wagtail.models import Page, TranslatableMixin

from cms.localisation.languages import CONTENT_LANGUAGES, LANGUAGE_CODES, SOURCE_LANGUAGE

# Fields whose German value a page may show verbatim (cards, menus, tags, headings, the header).
SHOWN_FIELDS = ("title", "name", "site_name")
# Fields a card shows shortened ("…" at the end).
SHORTENED_FIELDS = ("introduction", "summary")
# Pseudonyms of people, the same in every language (quoted in translated texts too).
NAMES = "narratives.MessengerPage"
# Never followed: the admin, and files (their links are checked, not their content).
NOT_CRAWLED = ("/admin/", "/django-admin/", "/documents/", "/media/", "/static/")
VOID_ELEMENTS = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "param",
    "source",
    "track",
    "wbr",
}


@dataclass(frozen=True)
class Fragment:
    """A piece of text and the language its nearest `lang` attribute declares."""

    text: str
    lang: str
    where: str  # "text" or "alt"


class _Reader(HTMLParser):
    """Links and text of one page, each text with its nearest declared language."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.fragments: list[Fragment] = []
        self._langs: list[tuple[str, str]] = []  # (tag, lang) of each open element
        self._skip = 0  # inside <head>, <script>, <style>

    def _lang(self) -> str:
        return self._langs[-1][1] if self._langs else ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        lang = values.get("lang")
        if lang is None:
            lang = self._lang()
        if tag == "a" and values.get("href"):
            self.links.append(values["href"] or "")
        if tag == "img" and values.get("alt"):
            self.fragments.append(Fragment(values["alt"] or "", lang, "alt"))
        if tag in VOID_ELEMENTS:
            return
        self._langs.append((tag, lang))
        if tag in ("head", "script", "style", "template"):
            self._skip += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_ELEMENTS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        # Close up to the matching element (browsers forgive missing end tags, so do we).
        for position in range(len(self._langs) - 1, -1, -1):
            if self._langs[position][0] == tag:
                closed = self._langs[position:]
                del self._langs[position:]
                self._skip -= sum(
                    1 for name, _ in closed if name in ("head", "script", "style", "template")
                )
                return

    def handle_data(self, data: str) -> None:
        text = " ".join(data.split())
        if text and not self._skip:
            self.fragments.append(Fragment(text, self._lang(), "text"))


def read_page(html: str) -> _Reader:
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader


def interface_texts(code: str) -> set[str]:
    """The interface's own words in a language (its catalogue's, and the English originals):
    a German title that is also one of them ("Narrative") proves nothing."""
    catalogues = Path(settings.BASE_DIR) / "cms" / "locale"
    texts = {entry.msgid for entry in polib.pofile(catalogues / "de" / "LC_MESSAGES" / "django.po")}
    own = catalogues / to_locale(code) / "LC_MESSAGES" / "django.po"
    if own.exists():
        texts |= {entry.msgstr for entry in polib.pofile(own) if entry.msgstr}
    return texts


def _has_field(model: type, name: str) -> bool:
    return any(field.name == name for field in model._meta.get_fields())


def _values(model: type, objects: object, names: tuple[str, ...]) -> set[str]:
    found = set()
    for name in names:
        if _has_field(model, name):
            found.update(" ".join(v.split()) for v in objects.values_list(name, flat=True) if v)
    return found


@dataclass
class GermanTexts:
    """What counts as German on a page in another language."""

    shown: dict[str, set[str]]  # language -> whole texts
    shortened: dict[str, set[str]]  # language -> texts a card may shorten
    alt_texts: set[str]

    @classmethod
    def from_database(cls) -> "GermanTexts":
        shown: dict[str, set[str]] = {code: set() for code in LANGUAGE_CODES}
        shortened: dict[str, set[str]] = {code: set() for code in LANGUAGE_CODES}
        models = [
            model
            for model in apps.get_models()
            if issubclass(model, TranslatableMixin) and not model._meta.abstract
        ]
        for model in models:
            if issubclass(model, Page) and model is not Page and not _has_field(model, "site_name"):
                continue  # page titles are read once, from Page itself
            manager = model._default_manager
            german = manager.filter(locale__language_code=SOURCE_LANGUAGE)
            german_shown = _values(model, german, SHOWN_FIELDS)
            german_short = _values(model, german, SHORTENED_FIELDS) if model is not Page else set()
            for code in LANGUAGE_CODES:
                if code == SOURCE_LANGUAGE:
                    continue
                own = manager.filter(locale__language_code=code)
                if issubclass(model, Page):
                    own = own.filter(alias_of__isnull=True)
                shown[code] |= german_shown - _values(model, own, SHOWN_FIELDS)
                shortened[code] |= german_short - _values(model, own, SHORTENED_FIELDS)
        names = set(apps.get_model(NAMES).objects.values_list("title", flat=True))
        for code in shown:
            shown[code] -= names | interface_texts(code)
        image_model = get_image_model()
        alt_texts = {
            " ".join(text.split())
            for text in image_model.objects.values_list("alt_text", flat=True)
            if text
        }
        return cls(shown=shown, shortened=shortened, alt_texts=alt_texts)

    def is_german(self, fragment: Fragment, language: str) -> bool:
        if (fragment.lang, fragment.text) in CONTENT_LANGUAGES:
            return False  # a language's name in itself ("Leichte Sprache" in the switcher)
        if fragment.where == "alt":
            return fragment.text in self.alt_texts
        if fragment.text in self.shown[language]:
            return True
        if fragment.text.endswith("…") and len(fragment.text) > 20:
            start = fragment.text.rstrip("…").strip()
            return any(text.startswith(start) for text in self.shortened[language])
        return False


@dataclass
class CrawlResult:
    statuses: dict[str, int] = field(default_factory=dict)
    # Broken link -> a page that links to it.
    broken: dict[str, str] = field(default_factory=dict)
    # (page, text) of German text not marked as German, on pages of other languages.
    unmarked: list[tuple[str, str]] = field(default_factory=list)

    def language_of(self, url: str) -> str:
        first = urlsplit(url).path.strip("/").split("/")[0]
        return first if first in LANGUAGE_CODES else ""

    def broken_per_language(self) -> Counter:
        return Counter(self.language_of(url) for url in self.broken)

    def unmarked_per_language(self) -> Counter:
        return Counter(self.language_of(page) for page, _text in self.unmarked)


def _internal(href: str, page_url: str) -> str | None:
    """The path (and query) of a link to this site, without its fragment; None otherwise.

    The login link of every page differs only in where it leads back to (`next`): the login
    page is visited once per language."""
    if href.startswith(("mailto:", "tel:", "javascript:", "#")):
        return None
    absolute = urljoin("http://testserver" + page_url, href)
    parts = urlsplit(absolute)
    if parts.netloc not in ("testserver", "localhost", "127.0.0.1"):
        return None
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k != "next"])
    return parts.path + (f"?{query}" if query else "")


def crawl(client: Client, start: list[str], german: GermanTexts) -> CrawlResult:
    """Visits every page reachable from `start`, checks every internal link once."""
    result = CrawlResult()
    queue = deque((url, "") for url in start)
    seen = set(start)
    while queue:
        url, referrer = queue.popleft()
        response = client.get(url)
        status = response.status_code
        result.statuses[url] = status
        if status >= 400:
            result.broken[url] = referrer
            continue
        targets = []
        if 300 <= status < 400:
            targets = [response["Location"]]
        elif url.startswith(NOT_CRAWLED) or "html" not in response.get("Content-Type", ""):
            continue
        else:
            page = read_page(response.content.decode())
            targets = page.links
            language = result.language_of(url)
            if language and language != SOURCE_LANGUAGE:
                result.unmarked += [
                    (url, fragment.text)
                    for fragment in page.fragments
                    if fragment.lang == language and german.is_german(fragment, language)
                ]
        for href in targets:
            target = _internal(href, url)
            if target is not None and target not in seen and not target.startswith("/admin/"):
                seen.add(target)
                queue.append((target, url))
    return result
