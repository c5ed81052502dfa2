"""Reading HTML in tests: what a browser would fetch by itself when it renders a page."""

import re

# Attributes that make the browser fetch something on its own (a link in <a href> does not, nor
# does <link rel="alternate">, which names the page in another language for search engines).
ALTERNATE_LINK = re.compile(r"<link\b[^>]*\brel=\"alternate\"[^>]*>", re.IGNORECASE)
FETCHING = re.compile(
    r"<(?:script|img|source|video|audio|iframe|link|embed|object)\b[^>]*?\s"
    r"(?:src|href|srcset|poster|data)=\"([^\"]+)\"",
    re.IGNORECASE,
)


def fetched_addresses(html: str) -> list[str]:
    addresses = []
    for target in FETCHING.findall(ALTERNATE_LINK.sub("", html)):
        addresses += [candidate.strip().split(" ")[0] for candidate in target.split(",")]
    return addresses


def foreign_fetches(html: str) -> list[str]:
    """Addresses on another host: anything not a path on this one."""
    return [a for a in fetched_addresses(html) if not a.startswith("/") or a.startswith("//")]
