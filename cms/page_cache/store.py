"""Whole anonymous page responses, and parts of them, in Django's default cache, invalidated
per path.

Every entry is checked against two tokens stored beside it: one for its path (every query
string of a path goes at once, so filtered and paginated listings need no enumeration) and one
for its language prefix (for what every page of a language shows: menu, footer), and a third
for the release, renewed by a purge after a deploy: a page whose release alone is old is still
what its content shows and may be served as a stale copy while it is rendered anew. One
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
    # A default, so entries kept by a version without it still compare (as invalid).
    release: str = ""


def _path_key(path: str) -> str:
    return f"{PREFIX}:path:{hashlib.sha1(path.encode()).hexdigest()}"  # noqa: S324 (a key)


def _language_key(path: str) -> str:
    return f"{PREFIX}:lang:{language_segment(path)}"


RELEASE_KEY = f"{PREFIX}:release"


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
    # The copy kept before the last deploy purge, while no current one is (page is None).
    stale: CachedPage | None
    # Parts of the page kept between renders (cms/page_cache/parts.py), by name; None when
    # they were not looked up.
    parts: dict[str, object] | None


def language_segment(path: str) -> str:
    """The first segment of a path: the language prefix of every public page."""
    return path.lstrip("/").split("/", 1)[0]


def lookup(address: Address, *, page: bool = True, parts: bool = True) -> Found:
    """The cached page and parts that are still valid (those asked for), and the tokens new
    copies carry. A whole-page hit needs no parts: they are left in the cache unless asked."""
    keys = [_path_key(address.path), _language_key(address.path), RELEASE_KEY]
    if page:
        keys.append(_entry_key(address))
    if parts:
        keys.append(_parts_key(address))
    found = cache.get_many(keys)
    tokens = Tokens(
        path=found.get(keys[0]) or _new_token(keys[0]),
        language=found.get(keys[1]) or _new_token(keys[1]),
        release=found.get(keys[2]) or _new_token(keys[2]),
    )
    entry = found.get(keys[3]) if page else None
    current = _valid(entry, tokens)
    return Found(
        page=current,
        tokens=tokens,
        stale=_stale(entry, tokens) if current is None else None,
        parts=(_valid(found.get(keys[-1]), tokens) or {}) if parts else None,
    )


def kept_parts(address: Address, tokens: Tokens) -> dict[str, object]:
    """The parts of a page that are valid under tokens read before (by `lookup`)."""
    return _valid(cache.get(_parts_key(address)), tokens) or {}


def _valid(entry: tuple[Tokens, Any] | None, tokens: Tokens) -> Any:
    """The cached value (a page or a dict of parts) when its tokens are current, else None."""
    return entry[1] if entry is not None and entry[0] == tokens else None


def _stale(entry: tuple[Tokens, CachedPage] | None, tokens: Tokens) -> CachedPage | None:
    """A page kept before the last deploy purge whose content has not changed since."""
    if entry is None:
        return None
    kept = entry[0]
    same_content = (kept.path, kept.language) == (tokens.path, tokens.language)
    return entry[1] if same_content and kept.release else None


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


def invalidate_release() -> None:
    """Every cached page and part goes, but a page's last copy may still be served, marked
    stale, while one request renders it anew (after a deploy: the content is the same)."""
    cache.set(RELEASE_KEY, uuid.uuid4().hex, timeout=None)
    _announce_purge()


# Single flight: the first request for a page that is not kept renders it; the others for the
# same page and tokens wait for its copy (flight.py). The render lock holds its owner's id, or
# UNSHARED once the holder's answer could not be kept (nobody waits for it then).
UNSHARED = "unshared"


def _lock_key(address: Address, tokens: Tokens) -> str:
    # Under the tokens read on arrival: a request after a purge takes a lock of its own.
    valid = f"{tokens.path}{tokens.language}{tokens.release}"
    return f"{_entry_key(address, 'render')}:{valid}"


def claim_render(address: Address, tokens: Tokens, seconds: int) -> str | None:
    """The right to render this page for `seconds` at most (its owner id), or None when
    another request has it."""
    owner = uuid.uuid4().hex
    return owner if cache.add(_lock_key(address, tokens), owner, timeout=seconds) else None


def release_render(address: Address, tokens: Tokens, owner: str) -> None:
    """Ends a render: the waiting requests read its copy, or one of them renders when there
    is none (the render failed)."""
    key = _lock_key(address, tokens)
    if cache.get(key) == owner:  # else expired, and another request may hold it now
        cache.delete(key)


def release_unshared(address: Address, tokens: Tokens, owner: str, seconds: int) -> None:
    """Ends a render whose answer could not be kept (the visitor's own, not found): for
    `seconds`, the requests for this page render at once instead of waiting for a copy that
    will not come, and the stale copy, no longer this URL's answer, goes."""
    key = _lock_key(address, tokens)
    if cache.get(key) == owner:
        cache.delete(_entry_key(address))
        cache.set(key, UNSHARED, timeout=seconds)


def rendered(address: Address, tokens: Tokens) -> tuple[CachedPage | None, str | None]:
    """The page as kept under `tokens` (None until then) and who holds its render lock."""
    entry_key, lock_key = _entry_key(address), _lock_key(address, tokens)
    found = cache.get_many([entry_key, lock_key])
    return _valid(found.get(entry_key), tokens), found.get(lock_key)


def _announce_purge() -> None:
    # Only Redis is shared by workers; local memory is the cache itself on a fresh machine.
    if hasattr(cache, "publish"):
        cache.publish(PURGED_CHANNEL, b"1")
