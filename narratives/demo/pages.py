"""Small helpers the builders share: find-or-create pages, StreamField data, the tally."""

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from wagtail.models import Page

PageT = TypeVar("PageT", bound=Page)
Progress = Callable[[str], None]


class DemoContentError(Exception):
    """The database holds something the demo content cannot build on; the message says what."""


@dataclass
class Tally:
    """How many objects of each kind exist after the run and how many this run created."""

    total: Counter = field(default_factory=Counter)
    created: Counter = field(default_factory=Counter)

    def add(self, kind: str, created: bool) -> None:
        self.total[kind] += 1
        if created:
            self.created[kind] += 1


def stream(blocks: Iterable[tuple]) -> list[dict]:
    """Turn the compact notation of the content modules into raw StreamField data.

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


def narrative_body(
    entry: dict, headings: tuple[str, str] = ("Was dahintersteckt", "Eine andere Geschichte")
) -> list[tuple]:
    """A narrative's body in the compact notation: what lies behind it, a quote, the alternative."""
    behind, alternative = headings
    return [
        ("h2", behind),
        ("p", f"<p>{entry['context']}</p>"),
        ("quote", *entry["quote"]),
        ("h2", alternative),
        ("p", f"<p>{entry['alternative']}</p>"),
    ]


def key_messages(texts: Iterable[str]) -> list[dict]:
    """Raw StreamField data of a narrative's key messages."""
    return [{"type": "message", "value": text} for text in texts]


def indicators(rows: Iterable[tuple[str, str, str]]) -> list[dict]:
    """Raw StreamField data of a campaign's indicators, given as (name, target, method)."""
    return [
        {"type": "indicator", "value": {"name": name, "target": target, "method": method}}
        for name, target, method in rows
    ]


def ensure_page(parent: Page, page: PageT, tally: Tally, kind: str) -> PageT:
    """The child of parent with page's slug; if missing, add page and publish it.

    Existing pages are left as they are, so that editors' changes survive a second run.
    """
    existing = parent.get_children().filter(slug=page.slug).specific().first()
    if existing is not None:
        if not isinstance(existing, type(page)):
            raise DemoContentError(
                f"{parent.url_path}{page.slug}/ is a {type(existing).__name__}, "
                f"not a {type(page).__name__}"
            )
        tally.add(kind, created=False)
        tally.add("pages", created=False)
        return existing
    if page.locale_id is None:
        page.locale = parent.locale
    parent.add_child(instance=page)
    page.save_revision().publish()
    tally.add(kind, created=True)
    tally.add("pages", created=True)
    return page


def pick(objects: dict, keys: Iterable[str]) -> list:
    """The objects for the given keys; a missing key is a bug in the content modules."""
    return [objects[key] for key in keys]
