"""Highlighted snippets as plain-text fragments with a flag; templates escape them and wrap
matches in <mark>, so no markup is ever built from content or queries.

Three sources, one shape: the engine's highlighter and PostgreSQL's ts_headline mark matches
with two private-use characters (never in indexed text, see documents.field_text), which
`marked_fragments` splits on; on SQLite, which has no highlighter Wagtail exposes, `highlight`
cuts the snippet itself.
"""

import re
from dataclasses import dataclass

from django.db import connection

# Private-use code points: no content contains them, so they cannot be forged by a page.
MARK_START = "\ue000"
MARK_END = "\ue001"

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


def marked_fragments(text: str) -> list[Fragment]:
    """Fragments of a text whose matches a highlighter wrapped in MARK_START…MARK_END."""
    fragments: list[Fragment] = []
    for part in re.split(f"({MARK_START}.*?{MARK_END})", text, flags=re.DOTALL):
        if part.startswith(MARK_START) and part.endswith(MARK_END):
            fragments.append(Fragment(part[1:-1], True))
        elif part:
            fragments.append(Fragment(part.replace(MARK_START, "").replace(MARK_END, ""), False))
    return fragments


def postgres_headlines(texts: list[str], query: str, config: str) -> list[list[Fragment]]:
    """ts_headline for several texts in one query, with the text-search configuration the
    database backend searches with (so stems match: "Müttern" marks "Mütter")."""
    if not texts:
        return []
    options = f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=35, MinWords=15, ShortWord=2"
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT ts_headline(%s::regconfig, text, plainto_tsquery(%s::regconfig, %s), %s) "
            "FROM unnest(%s::text[]) WITH ORDINALITY AS texts(text, position) ORDER BY position",
            [config, config, query, options, texts],
        )
        # ts_headline leaves a space where it drops tag-like text; collapse the runs.
        return [marked_fragments(re.sub(r"\s+", " ", row[0]).strip()) for row in cursor.fetchall()]
