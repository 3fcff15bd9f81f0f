"""Every string that leaves extraction is valid Unicode, cleaned here once.

Pages carry text no encoder accepts: a JSON-LD escape of half an emoji (``"\\ud83c"``) decodes
to a lone surrogate, a ``\\u0000`` escape to a NUL that PostgreSQL refuses. Later stages, the
store and the CLI's printing may then assume clean text.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

_UNWRITABLE = re.compile("[\ud800-\udfff\x00]")
_T = TypeVar("_T")


def valid_text(text: str) -> str:
    """``text`` with surrogate halves joined where they pair, lone ones replaced by U+FFFD,
    and NULs dropped."""
    if not _UNWRITABLE.search(text):
        return text
    text = text.replace("\x00", "")
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def valid_strings(record: _T) -> _T:
    """The record (a dataclass, tuple, list or dict of them, or a string) with every string
    made :func:`valid_text`; unchanged parts are the same objects."""
    return _clean(record)  # type: ignore[no-any-return]


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return valid_text(value)
    if isinstance(value, tuple | list):
        cleaned = [_clean(item) for item in value]
        changed = any(new is not old for new, old in zip(cleaned, value, strict=True))
        return type(value)(cleaned) if changed else value
    if isinstance(value, dict):
        items = {_clean(key): _clean(item) for key, item in value.items()}
        return items if list(items.items()) != list(value.items()) else value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for field in dataclasses.fields(value):
            old = getattr(value, field.name)
            new = _clean(old)
            if new is not old:
                changes[field.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value
