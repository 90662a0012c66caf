"""Opaque page cursors: the sort order and the last row's key, as URL-safe base64 of a JSON list.

A cursor names its sort order, so one taken from a page in another order is refused, not misread.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from eventwire.errors import FilterError


def encode(kind: str, sort: str, key: list[Any]) -> str:
    raw = json.dumps([kind, sort, *key], separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode(cursor: str, kind: str, sort: str, types: tuple[type, ...]) -> tuple[Any, ...]:
    """The key of ``cursor``, checked to be of ``kind`` pages in ``sort`` order with values of ``types``
    (``str | int`` keys accept either); a bad cursor raises ``FilterError``."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        value = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    except (ValueError, binascii.Error, UnicodeError) as error:
        raise FilterError(f"cursor {cursor[:40]!r} is not one this API made; start again without it") from error
    if not isinstance(value, list) or value[:2] != [kind, sort] or len(value) != 2 + len(types):
        raise FilterError(f"cursor {cursor[:40]!r} belongs to another listing or sort order; start again without it")
    key = tuple(value[2:])
    for item, wanted in zip(key, types, strict=True):
        if not isinstance(item, wanted) or isinstance(item, bool):
            raise FilterError(f"cursor {cursor[:40]!r} is not one this API made; start again without it")
    return key
