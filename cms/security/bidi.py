"""Titles and names without the bidirectional controls that can disguise text.

An override (U+202E, "right-to-left override") makes "gpj.exe" read as "exe.jpg" and can turn a
title into something else in every listing, search result and e-mail that shows it. Overrides,
embeddings and isolates are removed; the marks real Arabic and Kurdish text needs stay:
LEFT-TO-RIGHT MARK (U+200E), RIGHT-TO-LEFT MARK (U+200F) and ARABIC LETTER MARK (U+061C).
"""

from django.db import models

# LRE, RLE, PDF, LRO, RLO, then LRI, RLI, FSI, PDI.
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def without_bidi_controls(text: str) -> str:
    return text.translate(BIDI_CONTROLS) if text else text


def strip_bidi_controls(instance: models.Model, *fields: str) -> None:
    """Removes the controls from these text fields of a model instance, in place."""
    for name in fields:
        value = getattr(instance, name, None)
        if isinstance(value, str):
            setattr(instance, name, without_bidi_controls(value))
