"""Reading HTML in tests: what a browser would fetch by itself when it renders a page."""

import re
from html.parser import HTMLParser

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


class _EditForm(HTMLParser):
    """The fields of the form marked `data-edit-form` (Wagtail's editor), as collected so far."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # > 0 inside the edit form
        self.fields: list[tuple[str, str]] = []
        self.textarea: str | None = None
        self.select: str | None = None
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {key: value or "" for key, value in attrs}
        if tag == "form":
            if self.depth or "data-edit-form" in attributes:
                self.depth += 1
            return
        if not self.depth or "disabled" in attributes:
            return
        name = attributes.get("name")
        if tag == "input" and name:
            kind = attributes.get("type", "text")
            if kind in ("submit", "button", "image", "file", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attributes:
                return
            self.fields.append((name, attributes.get("value", "on" if kind == "checkbox" else "")))
        elif tag == "textarea" and name:
            self.textarea, self.text = name, ""
        elif tag == "select" and name:
            self.select = name
        elif tag == "option" and self.select and "selected" in attributes:
            self.fields.append((self.select, attributes.get("value", "")))

    def handle_endtag(self, tag: str) -> None:
        if tag == "form" and self.depth:
            self.depth -= 1
        elif tag == "textarea" and self.textarea:
            self.fields.append((self.textarea, self.text.removeprefix("\n")))
            self.textarea = None
        elif tag == "select":
            self.select = None

    def handle_data(self, data: str) -> None:
        if self.textarea:
            self.text += data


def edit_form_data(html: str) -> dict[str, str | list[str]]:
    """What a browser posts from Wagtail's editor when nobody touched the form (its scripts
    aside): every named field's value as rendered, lists for repeated names."""
    parser = _EditForm()
    parser.feed(html)
    data: dict[str, str | list[str]] = {}
    for name, value in parser.fields:
        if name in data:
            previous = data[name]
            data[name] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            data[name] = value
    return data
