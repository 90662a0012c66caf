"""What every store is: the ``Store`` protocol that the engine, ``query/`` and the CLI type against.

Two backends implement it (``SQLiteStore`` and ``PostgresStore``); ``open_store(url)`` picks one.
Rows read back are the same on both: the same keys, the same value types (ISO date strings, ints,
floats, None), so the query layer never needs to know which backend it reads.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Protocol, Self

from eventwire.model import ArticleResult, Rejection
from eventwire.store.filters import ArticleFilter, EventFilter, QuoteFilter
from eventwire.store.merged_protocol import MergedStore

Clock = Callable[[], datetime]
StoredRow = dict[str, Any]


class SaveOutcome(enum.StrEnum):
    """What ``Store.save`` did with an article's result."""

    INSERTED = "inserted"  # a new article
    REPLACED = "replaced"  # the article was stored by another pipeline version; its results were replaced
    UNCHANGED = "unchanged"  # already stored by this pipeline version; nothing was written


def utc_now() -> datetime:
    """The default clock: the time recorded with stored articles and rejections (never used for results)."""
    return datetime.now(UTC)


class Store(MergedStore, Protocol):
    """An open store of article results and rejections. Use as a context manager, or call ``close``."""

    @property
    def where(self) -> str:
        """The store's location, for messages (a file path, or a URL without its password)."""
        ...

    @property
    def schema_version(self) -> int:
        """The number of the store's migrations applied to it."""
        ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None: ...

    def close(self) -> None:
        """Release the connection; the store cannot be used afterwards."""
        ...

    def has_result(self, article_hash: str, pipeline_version: str) -> bool:
        """Whether the article with this content hash is stored with results of this pipeline version."""
        ...

    def save(self, result: ArticleResult) -> SaveOutcome:
        """Store an article's results in one transaction, replacing those of another pipeline version."""
        ...

    def save_rejection(self, rejection: Rejection) -> None:
        """Keep a rejection (once per origin and reason) with the time it was first seen."""
        ...

    def results(self) -> Iterator[ArticleResult]:
        """Every stored result, as model objects, by publication date then article id."""
        ...

    def result(self, article_hash: str) -> ArticleResult | None:
        """The stored result of the article with this content hash, or None."""
        ...

    def rejections(self) -> Iterator[tuple[Rejection, str]]:
        """Every stored rejection with the time it was first seen (ISO 8601, UTC), oldest first."""
        ...

    def stats(self) -> dict[str, int]:
        """The number of rows of each kind: articles, events, quotes, places, dates, casualties, rejections."""
        ...

    def event_rows(self, query: EventFilter) -> Iterator[StoredRow]:
        """Events matching ``query`` as flat rows (article columns first), ordered by date, article, ordinal."""
        ...

    def quote_rows(self, query: QuoteFilter) -> Iterator[StoredRow]:
        """Quotes matching ``query`` as flat rows (article columns first), ordered by date, article, ordinal."""
        ...

    def event_counts(self, query: EventFilter) -> Iterator[StoredRow]:
        """Per first day and event type, the number of events matching ``query``: ``day``, ``event_type``,
        ``count`` rows, by day (undated last) then type."""
        ...

    def article_rows(self, query: ArticleFilter) -> Iterator[StoredRow]:
        """Articles matching ``query`` (no text) with their numbers of events and quotes, by publication
        date (undated last) then hash, each with its ``sort_key``."""
        ...

    def save_token(self, token_id: str, name: str, digest: str) -> None:
        """Keep a new API token: its public id, its name (unique) and the digest of its secret."""
        ...

    def token_rows(self) -> Iterator[StoredRow]:
        """Every API token (``id``, ``name``, ``created_at``, ``revoked_at``; no digest), oldest first."""
        ...

    def token_digest(self, token_id: str) -> str | None:
        """The digest of the secret of the unrevoked token ``token_id``, or None."""
        ...

    def revoke_token(self, name: str) -> bool:
        """Revoke the token named ``name`` (or with that id); False if there is no such unrevoked token."""
        ...
