"""JSON bodies written by ``json.dumps`` straight from the view's dicts.

A route that returns a plain dict goes through FastAPI's encoder, which walks every value of a page of
records (tens of milliseconds for 100 events); the views already return JSON values, so the routes
return them as a ``JsonBody`` and the encoder is skipped. The return annotation (a dict) still
describes the body in the OpenAPI document.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from typing import Any, ParamSpec

from fastapi.responses import JSONResponse

P = ParamSpec("P")


class JsonBody(JSONResponse):
    """A JSON response of plain values (dicts, lists, strings, numbers, None), in UTF-8."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


def json_body(route: Callable[P, dict[str, Any]]) -> Callable[P, dict[str, Any]]:
    """``route``'s dict sent as a ``JsonBody`` (FastAPI returns a response object as it is)."""

    @functools.wraps(route)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> dict[str, Any]:
        return JsonBody(route(*args, **kwargs))  # type: ignore[return-value]

    return wrapped
