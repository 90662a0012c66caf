"""One error shape for every response that is not a success: ``{"error": {"code", "message"}}``.

The code is an ``eventwire.errors`` code; the HTTP status follows from it (``STATUS``).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from eventwire.errors import AuthError, EventwireError, NotFoundError, RequestError

LOGGER = logging.getLogger("eventwire.serve")

STATUS = {
    "not_found": 404,
    "unauthorized": 401,
    "filter_invalid": 400,
    "query_invalid": 400,
    "export_format_unknown": 400,
    "request_invalid": 400,
    "input_unreadable": 400,
    "settings_invalid": 400,
    "store_not_found": 503,
    "store_error": 503,
    "store_unsupported": 503,
}


def error_body(code: str, message: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message}}


def error_response(error: EventwireError, status: int | None = None) -> JSONResponse:
    code = error.code
    headers = {"WWW-Authenticate": "Bearer"} if isinstance(error, AuthError) else None
    return JSONResponse(error_body(code, error.message), status_code=status or STATUS.get(code, 500), headers=headers)


# The error responses the OpenAPI description lists for every route.
ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message"],
            "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
        }
    },
}


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    described = {400: "Bad request", 401: "Missing or invalid bearer token", 404: "Not found", 503: "Store unavailable"}
    return {
        status: {
            "description": described.get(status, "Error"),
            "content": {"application/json": {"schema": ERROR_SCHEMA}},
        }
        for status in statuses
    }


def install_handlers(app: FastAPI) -> None:
    """Make every error, ours, FastAPI's and Starlette's, the one JSON shape."""

    @app.exception_handler(EventwireError)
    async def eventwire_error(request: Request, error: EventwireError) -> JSONResponse:
        return error_response(error)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> JSONResponse:
        return error_response(_validation_error(error))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> JSONResponse:
        if error.status_code == 404:
            return error_response(NotFoundError(f"no such page: {request.url.path}"))
        if error.status_code == 405:
            return error_response(RequestError(f"{request.method} is not allowed on {request.url.path}"), 405)
        return error_response(RequestError(str(error.detail)), error.status_code)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception) -> JSONResponse:
        LOGGER.exception("unexpected error on %s %s", request.method, request.url.path)
        return JSONResponse(error_body("eventwire_error", f"internal error: {type(error).__name__}"), status_code=500)


def _validation_error(error: RequestValidationError) -> EventwireError:
    from eventwire.errors import FilterError

    parts = []
    for problem in error.errors():
        where = ".".join(str(part) for part in problem.get("loc", ()) if part not in ("query", "path", "body"))
        parts.append(f"{where or 'request'}: {problem.get('msg', 'invalid')}")
    message = "; ".join(parts) or "invalid request"
    in_body = any(problem.get("loc", ("",))[0] == "body" for problem in error.errors())
    return RequestError(message) if in_body else FilterError(message)
