"""Highlighted snippets made by the service itself, for backends without a highlighter of their
own (SQLite's full-text search has none that Wagtail exposes). The fragments are plain text
with a flag; templates escape them and wrap matches in <mark>, so no markup is ever built from
content or queries here."""

import re
from dataclasses import dataclass

WORD = re.compile(r"\w[\w'’-]*", re.UNICODE)
# Words of context around the first match.
CONTEXT_WORDS = 12
MAX_WORDS = 40


@dataclass(frozen=True)
class Fragment:
    text: str
    match: bool


def _matches(word: str, terms: list[str]) -> bool:
    # Prefix matching: "Schul" finds "Schule", "Familie" finds "Familien".
    folded = word.casefold()
    return any(folded.startswith(term) for term in terms)


def highlight(text: str, query: str) -> list[Fragment]:
    """Up to MAX_WORDS words of `text` around the first word that matches a query term,
    split into fragments that are or are not matches. Empty when the text is empty."""
    terms = [term.casefold() for term in query.split() if term]
    words = list(WORD.finditer(text))
    if not words:
        return []
    first = next((i for i, m in enumerate(words) if _matches(m.group(), terms)), 0)
    start = max(0, first - CONTEXT_WORDS)
    end = min(len(words), start + MAX_WORDS)
    fragments: list[Fragment] = []
    if start > 0:
        fragments.append(Fragment("… ", False))
    position = words[start].start() if start else 0
    for m in words[start:end]:
        if _matches(m.group(), terms):
            if m.start() > position:
                fragments.append(Fragment(text[position : m.start()], False))
            fragments.append(Fragment(m.group(), True))
            position = m.end()
    # The rest of the text when it ends here (its final punctuation too), else the last word.
    tail_end = len(text.rstrip()) if end == len(words) else words[end - 1].end()
    if tail_end > position:
        fragments.append(Fragment(text[position:tail_end], False))
    if end < len(words):
        fragments.append(Fragment(" …", False))
    return fragments
