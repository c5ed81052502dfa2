"""Checks that Wagtail and wagtail-localize still have the shape our overrides (cms/upstream/)
rely on. A failure after an upgrade names the override to re-check against the new code."""

import hashlib
import inspect


def source_digest(obj: object) -> str:
    """A short digest of an upstream function's or class's source: it changes with the code."""
    return hashlib.sha256(inspect.getsource(obj).encode()).hexdigest()[:16]


def parameters(fn: object) -> list[str]:
    return list(inspect.signature(fn).parameters)
