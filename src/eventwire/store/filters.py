"""What a read of stored events or quotes asks for: plain values that the query layer re-exports.

``selects.py`` turns them into SQL, the same meaning on every backend.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from eventwire.errors import FilterError


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Events whose date (or, without one, the article's publication date) overlaps ``since``..``until``;
    whose type or sub-type is ``event_type`` (case-insensitive); whose location, admin1 or country
    contains ``place``; whose evidence sentence contains the words of ``text``; of article ``article``
    (its id, or a prefix of at least 6 characters of its hash); whose PLOVER category is ``plover``
    (case-insensitive: ``CONSULT``)."""

    since: date | None = None
    until: date | None = None
    event_type: str | None = None
    place: str | None = None
    text: str | None = None
    article: str | None = None
    limit: int | None = None
    plover: str | None = None

    def __post_init__(self) -> None:
        _check_limit(self.limit)


@dataclass(frozen=True, slots=True)
class QuoteFilter:
    """Quotes from articles published ``since``..``until``; whose resolved speaker name contains ``speaker``
    (case-insensitive); whose content contains the words of ``text``; of article ``article``."""

    since: date | None = None
    until: date | None = None
    speaker: str | None = None
    text: str | None = None
    article: str | None = None
    limit: int | None = None

    def __post_init__(self) -> None:
        _check_limit(self.limit)


def _check_limit(limit: int | None) -> None:
    if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or limit < 0):
        raise FilterError(f"limit must be a whole number of at least 0, got {limit!r}")
