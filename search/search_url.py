"""What SEARCH_URL may say, and how it is shown: `opensearch+https://user:password@host:9200`
or `elasticsearch+https://…` (plain `http` for a local node); in messages and logs the user and
password are always masked."""

import re
from urllib.parse import urlsplit

PRODUCTS = ("opensearch", "elasticsearch")


class SearchUrlError(ValueError):
    pass


def parse_search_url(url: str) -> tuple[str, str]:
    """(product, node URL without the product prefix); a readable error for anything else."""
    scheme, _, rest = url.partition("+")
    try:
        parts = urlsplit(rest)
        parts.port  # noqa: B018 (raises for a port that is not a number)
    except ValueError:
        parts = None
    if scheme not in PRODUCTS or parts is None or parts.scheme not in ("http", "https"):
        raise SearchUrlError(
            f"SEARCH_URL must look like opensearch+https://host:9200 or "
            f"elasticsearch+https://host:9200, not {redact(url)!r}"
        )
    return scheme, rest


def redact(url: str) -> str:
    """The URL with any user and password masked, for messages and logs (a regex rather than
    a URL parser, so that malformed URLs are masked too)."""
    # Everything up to the last "@": a password may hold "/", "#" or "?" when not encoded.
    return re.sub(r"(?<=//).*@", "***@", url) if "@" in url else url
