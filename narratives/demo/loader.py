"""Reads a TOML data file into frozen dataclasses, checking every value against the type hints.

Bad data fails with one line naming the file and the key (`DemoDataError`), so that whoever
edits the texts sees what to fix without reading a traceback.
"""

import dataclasses
import tomllib
import types
import typing
from pathlib import Path
from typing import Any, NewType, TypeVar

from .pages import DemoContentError

T = TypeVar("T")

# One body block in the notation pages.stream reads: ("h2", text), ("h3", text), ("p", html) or
# ("quote", text, attribution). In TOML: a table with one of h2, h3, p, or quote and by.
Block = NewType("Block", tuple[str, ...])
BLOCK_KINDS = {"h2": (), "h3": (), "p": (), "quote": ("by",)}


class DemoDataError(DemoContentError):
    """A data file does not hold what the demo reads from it; the message names file and key."""


@dataclasses.dataclass(frozen=True)
class Placeholders:
    """Marks texts (in `Annotated`) that are formatted with these names, e.g. {city}."""

    names: tuple[str, ...]


class _Invalid(Exception):
    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where, self.problem = where, problem


def read(path: Path, cls: type[T]) -> T:
    """The file's contents as an instance of the dataclass cls."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise DemoDataError(f"{shown(path)}: cannot be read ({error.strerror})") from error
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise DemoDataError(f"{shown(path)}: not valid TOML: {error}") from error
    try:
        return _convert(cls, data, "")
    except _Invalid as error:
        raise DemoDataError(f"{shown(path)}: {error.where or '(top)'}: {error.problem}") from None


def shown(path: Path) -> str:
    """The path as error messages name it: relative to the working directory if inside it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _describe(value: object) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return "a text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


def _wrong(value: object, what: str, where: str) -> _Invalid:
    return _Invalid(where, f"expected {what}, found {_describe(value)}")


def _convert(tp: Any, value: object, where: str) -> Any:
    if tp is Block:
        return _block(value, where)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _record(tp, value, where)
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is typing.Annotated:
        result = _convert(args[0], value, where)
        for mark in args[1:]:
            if isinstance(mark, Placeholders):
                _check_placeholders(result, mark.names, where)
        return result
    if origin in (types.UnionType, typing.Union):  # X | None: an optional key, absent when None
        return _convert(next(a for a in args if a is not type(None)), value, where)
    if origin is typing.Literal:
        if value not in args:
            raise _Invalid(where, f"expected one of {', '.join(map(repr, args))}, found {value!r}")
        return value
    if origin is tuple:
        if not isinstance(value, list):
            raise _wrong(value, "a list", where)
        return tuple(_convert(args[0], item, f"{where}[{i}]") for i, item in enumerate(value))
    if origin is dict:
        if not isinstance(value, dict):
            raise _wrong(value, "a table", where)
        return {key: _convert(args[1], item, _join(where, key)) for key, item in value.items()}
    kinds = {str: "a text", int: "a whole number", bool: "true or false"}
    if tp in kinds:
        # TOML's true and false are Python bools, which are ints too.
        if not isinstance(value, tp) or (tp is int and isinstance(value, bool)):
            raise _wrong(value, kinds[tp], where)
        return value
    raise TypeError(f"{tp!r} is not a type the demo data can hold")


def _record(cls: type[Any], value: object, where: str) -> Any:
    if not isinstance(value, dict):
        raise _wrong(value, "a table", where)
    name = value.get("slug") or value.get("city")
    if name and where.endswith("]"):
        where = f"{where} ({name})"
    hints = typing.get_type_hints(cls, include_extras=True)
    fields = {field.name: field for field in dataclasses.fields(cls)}
    unknown = sorted(set(value) - set(fields))
    if unknown:
        raise _Invalid(_join(where, unknown[0]), f"unknown key (known: {', '.join(fields)})")
    values = {}
    for key, field in fields.items():
        if key in value:
            values[key] = _convert(hints[key], value[key], _join(where, key))
        elif field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING:
            raise _Invalid(_join(where, key), "missing")
    return cls(**values)


def _block(value: object, where: str) -> Block:
    if not isinstance(value, dict):
        raise _wrong(value, "a table with one of h2, h3, p or quote", where)
    kinds = [key for key in value if key in BLOCK_KINDS]
    if len(kinds) != 1:
        raise _Invalid(where, f"expected one of h2, h3, p or quote, found {', '.join(value)}")
    kind = kinds[0]
    expected = (kind, *BLOCK_KINDS[kind])
    for key in value:
        if key not in expected:
            raise _Invalid(_join(where, key), f"unknown key in a {kind} block")
    for key in expected:
        if key not in value:
            raise _Invalid(
                _join(where, key), f"missing (a {kind} block needs {' and '.join(expected)})"
            )
        if not isinstance(value[key], str):
            raise _wrong(value[key], "a text", _join(where, key))
    return Block((kind, *(value[key] for key in expected)))


def _check_placeholders(value: object, names: tuple[str, ...], where: str) -> None:
    """Every text in value formats with these names and no others."""
    if isinstance(value, str):
        try:
            value.format(**dict.fromkeys(names, ""))
        except (KeyError, IndexError, ValueError) as error:
            allowed = ", ".join(f"{{{name}}}" for name in names)
            raise _Invalid(
                where, f"bad placeholder {error} (this text may use {allowed})"
            ) from None
    elif isinstance(value, tuple):
        block = all(isinstance(text, str) for text in value)  # one block: its texts share a key
        for index, item in enumerate(value):
            _check_placeholders(item, names, where if block else f"{where}[{index}]")
