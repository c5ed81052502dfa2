"""Stored rich text reduced to what the editor itself can write.

The editor (Draftail) converts through contentstate and can only produce the elements of its
enabled features. Rich text that arrives any other way (wagtail-localize's translations,
overrides and PO imports, machine translation, the demo builder, imports, a crafted POST) is
cleaned here by nh3 to the same format, so Wagtail's front-end rendering, which passes stored
HTML through unchanged, never meets a script, an event handler or a `javascript:` link. Well
formed output also keeps the editor's HTML-to-contentstate conversion from failing on broken
markup.
"""

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import nh3
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField

# Elements each editor feature writes (Wagtail's contentstate converter); paragraphs and line
# breaks come with every editor.
FEATURE_ELEMENTS: dict[str, frozenset[str]] = {
    "bold": frozenset({"b"}),
    "italic": frozenset({"i"}),
    "h2": frozenset({"h2"}),
    "h3": frozenset({"h3"}),
    "h4": frozenset({"h4"}),
    "ol": frozenset({"ol", "li"}),
    "ul": frozenset({"ul", "li"}),
    "hr": frozenset({"hr"}),
    "link": frozenset({"a"}),
    "document-link": frozenset({"a"}),
}
ALWAYS = frozenset({"p", "br"})

# Wagtail's link types for the internal links these features write: <a linktype="page" id="3">.
FEATURE_LINK_TYPES: dict[str, str] = {"link": "page", "document-link": "document"}

# Schemes the editor's link chooser offers; anything else (javascript:, data:, vbscript:…) goes.
LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel"})

# Block elements carry the editor's block key, which anchors comments on rich text.
BLOCK_KEY = "data-block-key"
KEYED = frozenset({"p", "h2", "h3", "h4", "li"})

# URL blocks (e.g. a source's web address) hold addresses of other sites, nothing else.
WEB_ADDRESS = URLValidator(schemes=["http", "https"])


def _keep_attribute(element: str, attribute: str, value: str) -> str | None:
    if attribute == "id" or attribute == BLOCK_KEY:
        # Page and document ids are numbers; block keys are short random words.
        shape = value.isdigit() if attribute == "id" else value.isalnum() and len(value) <= 16
        return value if value.isascii() and shape else None
    return value


@lru_cache(maxsize=32)
def _cleaner(features: tuple[str, ...]) -> nh3.Cleaner:
    elements = set(ALWAYS).union(*(FEATURE_ELEMENTS.get(name, ()) for name in features))
    attributes: dict[str, set[str]] = {
        element: {BLOCK_KEY} for element in elements if element in KEYED
    }
    link_types = {FEATURE_LINK_TYPES[name] for name in features if name in FEATURE_LINK_TYPES}
    if "a" in elements:
        attributes["a"] = {"id"} | ({"href"} if "link" in features else set())
    return nh3.Cleaner(
        tags=elements,
        attributes=attributes,
        tag_attribute_values={"a": {"linktype": link_types}} if link_types else None,
        attribute_filter=_keep_attribute,
        url_schemes=set(LINK_SCHEMES),
        # Stored links stay as the editor writes them; rel is added when they are rendered.
        link_rel=None,
        strip_comments=True,
    )


def sanitise_rich_text(html: str, features: Iterable[str] | None = None) -> str:
    """`html` with only the elements and attributes the editor writes for these features
    (default: Wagtail's default features)."""
    if not html:
        return html
    if features is None:
        from wagtail.rich_text import features as registry

        features = registry.get_default_features()
    return _cleaner(tuple(sorted(features))).clean(html)


def is_web_address(value: str) -> bool:
    try:
        WEB_ADDRESS(value)
    except ValidationError:
        return False
    return True


def _block_value(block: blocks.Block, value: Any) -> Any:
    if isinstance(block, blocks.RichTextBlock) and isinstance(value, str):
        return sanitise_rich_text(value, block.features)
    if isinstance(block, blocks.URLBlock) and isinstance(value, str):
        return value if not value or is_web_address(value) else ""
    if isinstance(block, blocks.StructBlock) and isinstance(value, dict):
        children = block.child_blocks
        return {
            name: _block_value(children[name], child) if name in children else child
            for name, child in value.items()
        }
    if isinstance(block, blocks.StreamBlock) and isinstance(value, list):
        return _stream_data(block, value)
    if isinstance(block, blocks.ListBlock) and isinstance(value, list):
        return [
            {**item, "value": _block_value(block.child_block, item.get("value"))}
            if isinstance(item, dict) and item.get("type") == "item"
            else _block_value(block.child_block, item)
            for item in value
        ]
    return value


def _stream_data(stream_block: blocks.StreamBlock, data: list) -> list:
    children = stream_block.child_blocks
    return [
        {**item, "value": _block_value(children[item["type"]], item.get("value"))}
        if isinstance(item, dict) and item.get("type") in children
        else item
        for item in data
    ]


def sanitise_stored_rich_text(instance: models.Model) -> None:
    """Cleans every rich text field and every rich text and URL block of `instance`, in
    place; fields that are already clean are left untouched."""
    for field in instance._meta.concrete_fields:
        if isinstance(field, RichTextField):
            value = field.value_from_object(instance)
            if isinstance(value, str):
                setattr(instance, field.attname, sanitise_rich_text(value, field.features))
        elif isinstance(field, StreamField):
            stream = field.value_from_object(instance)
            if stream is None:
                continue
            # From the blocks' current values: translations change them in place, which the
            # stream's raw data does not show.
            data = field.stream_block.get_prep_value(stream)
            cleaned = _stream_data(field.stream_block, data)
            if cleaned != data:
                setattr(instance, field.attname, cleaned)
