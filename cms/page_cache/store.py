"""Whole anonymous page responses, and parts of them, in Django's default cache, invalidated
per path.

Every entry is checked against two tokens stored beside it: one for its path (every query
string of a path goes at once, so filtered and paginated listings need no enumeration) and one
for its language prefix (for what every page of a language shows: menu, footer). One
`get_many` reads the page with its tokens; the parts, only needed when the page must be
rendered, are read with the tokens where the whole-page cache is off, and on their own after
a miss otherwise. Tokens are random, not counters: a token evicted from the cache leaves its
entries unreadable instead of valid again. Every purge is also announced, for the pages
workers keep in memory (local.py).
"""

import hashlib
import uuid
from dataclasses import dataclass
from typing import Any

from django.core.cache import cache

PREFIX = "pagecache"
# Every purge is announced here: workers forget the pages they keep in memory (local.py).
PURGED_CHANNEL = f"{PREFIX}:purged"


@dataclass(frozen=True)
class Tokens:
    """The validity tokens of one URL as read before its page was rendered."""

    path: str
    language: str


def _path_key(path: str) -> str:
    return f"{PREFIX}:path:{hashlib.sha1(path.encode()).hexdigest()}"  # noqa: S324 (a key)


def _language_key(path: str) -> str:
    return f"{PREFIX}:lang:{language_segment(path)}"


@dataclass(frozen=True)
class Address:
    """What tells cached copies apart: a page is the same for every anonymous visitor of one
    scheme, host, path and query string (its language is in its path)."""

    scheme: str | None  # as HttpRequest.scheme; a WSGI request always has one
    host: str
    path: str
    query: str


def _entry_key(address: Address, kind: str = "entry") -> str:
    url = f"{address.scheme}\n{address.host}\n{address.path}\n{address.query}"
    return f"{PREFIX}:{kind}:{hashlib.sha1(url.encode()).hexdigest()}"  # noqa: S324 (a key)


@dataclass(frozen=True)
class CachedPage:
    """A response as it left the application, all its headers included."""

    status: int
    headers: list[tuple[str, str]]
    content: bytes
    # False for answers whose hits must reach Django (the search counts its terms on each).
    served_before_django: bool


@dataclass(frozen=True)
class Found:
    """What the cache holds for one URL, valid under the tokens read with it."""

    page: CachedPage | None
    tokens: Tokens
    # Parts of the page kept between renders (cms/page_cache/parts.py), by name; None when
    # they were not looked up.
    parts: dict[str, object] | None


def language_segment(path: str) -> str:
    """The first segment of a path: the language prefix of every public page."""
    return path.lstrip("/").split("/", 1)[0]


def lookup(address: Address, *, page: bool = True, parts: bool = True) -> Found:
    """The cached page and parts that are still valid (those asked for), and the tokens new
    copies carry. A whole-page hit needs no parts: they are left in the cache unless asked."""
    keys = [_path_key(address.path), _language_key(address.path)]
    if page:
        keys.append(_entry_key(address))
    if parts:
        keys.append(_parts_key(address))
    found = cache.get_many(keys)
    tokens = Tokens(
        path=found.get(keys[0]) or _new_token(keys[0]),
        language=found.get(keys[1]) or _new_token(keys[1]),
    )
    return Found(
        page=_valid(found.get(keys[2]), tokens) if page else None,
        tokens=tokens,
        parts=(_valid(found.get(keys[-1]), tokens) or {}) if parts else None,
    )


def kept_parts(address: Address, tokens: Tokens) -> dict[str, object]:
    """The parts of a page that are valid under tokens read before (by `lookup`)."""
    return _valid(cache.get(_parts_key(address)), tokens) or {}


def _valid(entry: tuple[Tokens, Any] | None, tokens: Tokens) -> Any:
    """The cached value (a page or a dict of parts) when its tokens are current, else None."""
    return entry[1] if entry is not None and entry[0] == tokens else None


def _parts_key(address: Address) -> str:
    # One set of parts serves every query string of a path.
    return _entry_key(Address(address.scheme, address.host, address.path, ""), "parts")


def _new_token(key: str) -> str:
    # add(), not set(): of two requests that find no token, both end up with the same one.
    cache.add(key, uuid.uuid4().hex, timeout=None)
    return cache.get(key) or ""


def store(address: Address, page: CachedPage, *, tokens: Tokens, seconds: int) -> None:
    """Keeps a rendered page under the tokens read before it was rendered, so a page rendered
    from data that changed meanwhile is never served: its path was purged, its tokens are
    old."""
    cache.set(_entry_key(address), (tokens, page), timeout=seconds)


def store_parts(
    address: Address, *, tokens: Tokens, parts: dict[str, object], seconds: int
) -> None:
    """Keeps the parts of a page under the tokens read before it was rendered (as `store`),
    for every query string of its path."""
    cache.set(_parts_key(address), (tokens, parts), timeout=seconds)


def invalidate_paths(paths: set[str]) -> None:
    """Every cached copy of these paths, with any query string and on any host, goes."""
    if paths:
        cache.set_many({_path_key(path): uuid.uuid4().hex for path in paths}, timeout=None)
        _announce_purge()


def invalidate_languages(segments: set[str]) -> None:
    """Every cached page under these language prefixes goes (menus and footers change)."""
    if segments:
        cache.set_many(
            {f"{PREFIX}:lang:{segment}": uuid.uuid4().hex for segment in segments}, timeout=None
        )
        _announce_purge()


def _announce_purge() -> None:
    # Only Redis is shared by workers; local memory is the cache itself on a fresh machine.
    if hasattr(cache, "publish"):
        cache.publish(PURGED_CHANNEL, b"1")
