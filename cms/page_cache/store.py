"""Whole anonymous page responses, and parts of them, in Django's default cache, invalidated
per path.

Every entry is checked against two tokens stored beside it: one for its path (every query
string of a path goes at once, so filtered and paginated listings need no enumeration) and one
for its language prefix (for what every page of a language shows: menu, footer). One
`get_many` reads entry, parts and tokens together. Tokens are random, not counters: a token
evicted from the cache leaves its entries unreadable instead of valid again.
"""

import hashlib
import uuid
from dataclasses import dataclass

from django.core.cache import cache
from django.http import HttpResponse

PREFIX = "pagecache"


@dataclass(frozen=True)
class Tokens:
    """The validity tokens of one URL as read before its page was rendered."""

    path: str
    language: str


def _path_key(path: str) -> str:
    return f"{PREFIX}:path:{hashlib.sha1(path.encode()).hexdigest()}"  # noqa: S324 (a key)


def _language_key(path: str) -> str:
    return f"{PREFIX}:lang:{language_segment(path)}"


def _entry_key(host: str, path: str, query: str, kind: str = "entry") -> str:
    digest = hashlib.sha1(f"{host}\n{path}\n{query}".encode()).hexdigest()  # noqa: S324
    return f"{PREFIX}:{kind}:{digest}"


@dataclass(frozen=True)
class Found:
    """What the cache holds for one URL, valid under the tokens read with it."""

    response: HttpResponse | None
    # Parts of the page kept between renders (cms/page_cache/parts.py), by name.
    parts: dict[str, object]
    tokens: Tokens


def language_segment(path: str) -> str:
    """The first segment of a path: the language prefix of every public page."""
    return path.lstrip("/").split("/", 1)[0]


def lookup(host: str, path: str, query: str) -> Found:
    """The cached response and parts that are still valid, and the tokens new copies carry."""
    keys = (
        _path_key(path),
        _language_key(path),
        _entry_key(host, path, query),
        _entry_key(host, path, "", "parts"),  # one set of parts serves every query string
    )
    found = cache.get_many(keys)
    tokens = Tokens(
        path=found.get(keys[0]) or _new_token(keys[0]),
        language=found.get(keys[1]) or _new_token(keys[1]),
    )
    entry, parts = found.get(keys[2]), found.get(keys[3])
    valid_parts = parts[1] if parts is not None and parts[0] == tokens else {}
    if entry is None or entry[0] != tokens:
        return Found(None, valid_parts, tokens)
    status, headers, content = entry[1:]
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    return Found(response, valid_parts, tokens)


def _new_token(key: str) -> str:
    # add(), not set(): of two requests that find no token, both end up with the same one.
    cache.add(key, uuid.uuid4().hex, timeout=None)
    return cache.get(key) or ""


def store(
    host: str,
    path: str,
    query: str,
    *,
    tokens: Tokens,
    status: int,
    headers: list[tuple[str, str]],
    content: bytes,
    seconds: int,
) -> None:
    """Keeps a rendered response under the tokens read before it was rendered, so a page
    rendered from data that changed meanwhile is never served: its path was purged, its
    tokens are old."""
    cache.set(_entry_key(host, path, query), (tokens, status, headers, content), timeout=seconds)


def store_parts(
    host: str, path: str, *, tokens: Tokens, parts: dict[str, object], seconds: int
) -> None:
    """Keeps the parts of a page under the tokens read before it was rendered (as `store`),
    for every query string of its path."""
    cache.set(_entry_key(host, path, "", "parts"), (tokens, parts), timeout=seconds)


def invalidate_paths(paths: set[str]) -> None:
    """Every cached copy of these paths, with any query string and on any host, goes."""
    if paths:
        cache.set_many({_path_key(path): uuid.uuid4().hex for path in paths}, timeout=None)


def invalidate_languages(segments: set[str]) -> None:
    """Every cached page under these language prefixes goes (menus and footers change)."""
    if segments:
        cache.set_many(
            {f"{PREFIX}:lang:{segment}": uuid.uuid4().hex for segment in segments}, timeout=None
        )
