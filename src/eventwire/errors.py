"""eventwire's exceptions: one tree, each with a stable code and a message that says how to fix it.

Every error eventwire raises on purpose is an ``EventwireError``. Its ``code`` is stable across
releases (the HTTP API returns it as ``{"error": {"code", "message"}}``, scripts may match on it);
its message says what happened and what to do about it. Python's own exceptions (``OSError``,
``ValueError`` from a bug) are never dressed up as these.

::

    EventwireError                      eventwire_error
    ├── SettingsError                   settings_invalid
    ├── InputError                      input_unreadable
    ├── OutputError                     output_unwritable
    ├── PipelineError                   pipeline_invalid
    │   ├── ModelNotInstalledError      model_not_installed
    │   └── StageError                  stage_failed
    ├── StoreError                      store_error
    │   ├── StoreNotFoundError          store_not_found
    │   └── StoreUnsupportedError       store_unsupported
    ├── QueryError                      query_invalid
    │   ├── FilterError                 filter_invalid
    │   ├── ExportFormatError           export_format_unknown
    │   └── NotFoundError               not_found
    ├── RequestError                    request_invalid
    └── AuthError                       unauthorized
"""

from __future__ import annotations

from typing import Any


class EventwireError(Exception):
    """Base of every error eventwire raises on purpose."""

    code = "eventwire_error"

    @property
    def message(self) -> str:
        return str(self)


class SettingsError(EventwireError):
    """A setting has a bad name or value."""

    code = "settings_invalid"


class InputError(EventwireError):
    """Input that cannot be read as articles (missing file, unknown format, ...)."""

    code = "input_unreadable"


class OutputError(EventwireError):
    """A result cannot be written where it was asked to go (no such folder, no permission, disk full)."""

    code = "output_unwritable"


class PipelineError(EventwireError):
    """A pipeline cannot be built (unknown stage, unmet requirement, a layer read without being required)."""

    code = "pipeline_invalid"


class ModelNotInstalledError(PipelineError):
    """The spaCy model named in the settings is not installed."""

    code = "model_not_installed"


class StageError(PipelineError):
    """A stage raised on an article (raised only when the settings ask for strict runs; otherwise the
    article becomes a rejection whose reason says the same)."""

    code = "stage_failed"

    def __init__(self, message: str, *, stage: str = "", article: str = "") -> None:
        super().__init__(message)
        self.stage = stage
        self.article = article

    def __reduce__(self) -> tuple[Any, ...]:  # raised in a worker process, it crosses back whole
        return (type(self), (str(self),), {"stage": self.stage, "article": self.article})


class StoreError(EventwireError):
    """The store cannot be opened, migrated, written or read."""

    code = "store_error"


class StoreNotFoundError(StoreError):
    """A read command names a store that does not exist (reads never create one)."""

    code = "store_not_found"


class StoreUnsupportedError(StoreError):
    """A store URL whose scheme eventwire does not know, or whose driver is not installed."""

    code = "store_unsupported"


class QueryError(EventwireError):
    """A read of the store asks for something that cannot be answered as asked."""

    code = "query_invalid"


class FilterError(QueryError):
    """A filter with a value that cannot select anything meaningful (e.g. a negative limit)."""

    code = "filter_invalid"


class ExportFormatError(QueryError):
    """An export format eventwire does not write."""

    code = "export_format_unknown"


class NotFoundError(QueryError):
    """A record asked for by id that the store does not hold."""

    code = "not_found"


class RequestError(EventwireError):
    """An HTTP request the API cannot take as sent (a malformed body, a media type it does not read, a body
    too large, a method the route does not allow)."""

    code = "request_invalid"


class AuthError(EventwireError):
    """An HTTP request without a valid bearer token where the API needs one (``eventwire token create``)."""

    code = "unauthorized"
