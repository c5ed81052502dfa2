"""Revision content as editors see it, so that "did this save change anything?" has one answer.

Four eyes and the editor's save both ask whether a revision changed the content. Comparing raw
revision JSON says yes far too often: the rich text editor re-serialises stored HTML (it adds
random `data-block-key` attributes and normalises markup written by imports, demo data or
factories), StreamField blocks gain ids, and bookkeeping fields move on every save. A reviewer
who only approved would then count as an author of the content and lose the right to approve.
"""

import json
import re
from functools import lru_cache
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField

# Revision keys that record bookkeeping rather than content: a save that changes only these
# (e.g. a review action taken in the editor, a comment) is not an edit of the content.
BOOKKEEPING_KEYS = frozenset(
    {
        "pk",
        "comments",
        "content_type",
        "depth",
        "draft_title",
        "expired",
        "first_published_at",
        "has_unpublished_changes",
        "last_published_at",
        "latest_revision",
        "latest_revision_created_at",
        "live",
        "live_revision",
        "locked",
        "locked_at",
        "locked_by",
        "numchild",
        "owner",
        "path",
        "url_path",
    }
)

BLOCK_KEY_ATTRIBUTE = re.compile(r'\sdata-block-key="[^"]*"')


@lru_cache(maxsize=4096)
def _normalised_rich_text(html: str, features: tuple[str, ...] | None) -> str:
    # Imported here: the admin's rich text machinery must not load while models are loading.
    from wagtail.admin.rich_text import get_rich_text_editor_widget

    if not html.strip():
        return ""
    converter = get_rich_text_editor_widget(features=list(features) if features else None)
    converter = getattr(converter, "converter", None)
    if converter is not None:
        # What the editor would write back for this HTML if nobody touched it.
        html = converter.to_database_format(converter.from_database_format(html))
    return BLOCK_KEY_ATTRIBUTE.sub("", html)


def normalised_rich_text(html: str | None, features: list[str] | None = None) -> str:
    return _normalised_rich_text(html or "", tuple(features) if features else None)


def _block_value(block: blocks.Block, value: Any) -> Any:
    if isinstance(block, blocks.RichTextBlock):
        return normalised_rich_text(value, block.features)
    if isinstance(block, blocks.StructBlock) and isinstance(value, dict):
        children = block.child_blocks
        return {
            name: _block_value(children[name], child) if name in children else child
            for name, child in value.items()
        }
    if isinstance(block, blocks.StreamBlock):
        return _stream_value(block, value)
    if isinstance(block, blocks.ListBlock) and isinstance(value, list):
        items = [
            item["value"] if isinstance(item, dict) and item.get("type") == "item" else item
            for item in value
        ]
        return [_block_value(block.child_block, item) for item in items]
    return value


def _stream_value(stream_block: blocks.StreamBlock, value: Any) -> list:
    if isinstance(value, str):
        value = json.loads(value) if value.strip() else []
    children = stream_block.child_blocks
    # Block ids are identities, not content: the editor adds them where stored data has none.
    return [
        (
            item.get("type"),
            _block_value(children[item["type"]], item.get("value"))
            if item.get("type") in children
            else item.get("value"),
        )
        for item in value or []
    ]


def comparable_content(model: type[models.Model], data: dict) -> dict:
    """`data` (a revision's content or `serializable_data()`) without bookkeeping, with rich
    text and StreamFields in the form the editor would save them."""
    # Stored revisions went through JSON (dates became strings); compare like with like.
    data = json.loads(json.dumps(data, cls=DjangoJSONEncoder))
    comparable = {}
    for key, value in data.items():
        if key in BOOKKEEPING_KEYS:
            continue
        try:
            field = model._meta.get_field(key)
        except models.FieldDoesNotExist:
            comparable[key] = value
            continue
        if isinstance(field, RichTextField):
            value = normalised_rich_text(value, field.features)
        elif isinstance(field, StreamField):
            value = _stream_value(field.stream_block, value)
        elif field.one_to_many and isinstance(value, list):
            # Inline children (e.g. contact points): compared by their own content.
            child_model = field.related_model
            value = [
                comparable_content(child_model, child) if isinstance(child, dict) else child
                for child in value
            ]
        comparable[key] = value
    return comparable
