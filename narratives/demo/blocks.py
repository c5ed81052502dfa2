"""Raw StreamField data from the data files' records: body blocks, key messages, indicators."""

from collections.abc import Iterable
from dataclasses import asdict

from .texts import Headings, Indicator, NarrativeText


def stream(blocks: Iterable[tuple]) -> list[dict]:
    """Turn the compact notation of the data files' blocks into raw StreamField data.

    ("h2", text) and ("h3", text) become headings, ("p", html) paragraphs,
    ("quote", text, attribution) quotes, ("cta", text, page) calls to action.
    """
    data: list[dict] = []
    for kind, *args in blocks:
        if kind in ("h2", "h3"):
            data.append({"type": "heading", "value": {"text": args[0], "level": kind}})
        elif kind == "p":
            data.append({"type": "paragraph", "value": args[0]})
        elif kind == "quote":
            data.append({"type": "quote", "value": {"text": args[0], "attribution": args[1]}})
        elif kind == "cta":
            data.append({"type": "call_to_action", "value": {"text": args[0], "page": args[1]}})
        else:
            raise ValueError(f"Unknown block kind {kind!r}")
    return data


def narrative_body(text: NarrativeText, headings: Headings) -> list[tuple]:
    """A narrative's body in the compact notation: what lies behind it, a quote, the alternative."""
    return [
        ("h2", headings.behind),
        ("p", f"<p>{text.context}</p>"),
        ("quote", text.quote, text.quote_by),
        ("h2", headings.alternative),
        ("p", f"<p>{text.alternative}</p>"),
    ]


def key_messages(texts: Iterable[str]) -> list[dict]:
    """Raw StreamField data of a narrative's key messages."""
    return [{"type": "message", "value": text} for text in texts]


def indicators(rows: Iterable[Indicator]) -> list[dict]:
    """Raw StreamField data of a campaign's indicators."""
    return [{"type": "indicator", "value": asdict(row)} for row in rows]


def for_city(blocks: Iterable[tuple[str, ...]], city: str) -> list[tuple]:
    """A site page's body blocks, with {city} in their texts filled in."""
    return [(kind, *(text.format(city=city) for text in texts)) for kind, *texts in blocks]
