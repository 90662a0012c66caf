"""What a read of stored events or quotes asks for, and the SQL that selects it.

The filters are plain values (the query layer re-exports them); this module turns them into SQL,
because the store is the only place SQL is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from eventwire.errors import FilterError

SqlParams = dict[str, str | int | None]


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Events whose date (or, without one, the article's publication date) overlaps ``since``..``until``;
    whose type or sub-type is ``event_type`` (case-insensitive); whose location, admin1 or country
    contains ``place``; whose evidence sentence contains the words of ``text``; of article ``article``
    (its id, or a prefix of at least 6 characters of its hash)."""

    since: date | None = None
    until: date | None = None
    event_type: str | None = None
    place: str | None = None
    text: str | None = None
    article: str | None = None
    limit: int | None = None

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


EVENT_COLUMNS = (
    "e.ordinal, e.event_type, e.sub_event_type, e.plover, e.date, e.time_precision, e.day_first, e.day_last, "
    "e.location, e.location_kind, e.admin1, e.admin2, e.country, e.country_name, e.lat, e.lon, e.geo_precision, "
    "e.killed, e.injured, e.actor1, e.actor2, e.evidence, e.evidence_start, e.evidence_end, e.trigger, e.confidence"
)
QUOTE_COLUMNS = (
    "q.ordinal, q.speaker, q.speaker_title, q.speaker_mention, q.content, q.content_start, q.content_end, "
    "q.cue, q.kind, q.confidence"
)
ARTICLE_COLUMNS = "a.id AS article_id, a.hash AS article_hash, a.title, a.url, a.source, a.published"


def event_select(query: EventFilter) -> tuple[str, SqlParams]:
    where, params = _event_conditions(query)
    sql = (
        f"SELECT {ARTICLE_COLUMNS}, {EVENT_COLUMNS} FROM events AS e JOIN articles AS a ON a.hash = e.article_hash"
        f"{_where(where)} ORDER BY e.day_first IS NULL, e.day_first, a.id, a.hash, e.ordinal{_limit(query.limit)}"
    )
    return sql, params


def quote_select(query: QuoteFilter) -> tuple[str, SqlParams]:
    where, params = _quote_conditions(query)
    sql = (
        f"SELECT {ARTICLE_COLUMNS}, {QUOTE_COLUMNS} FROM quotes AS q JOIN articles AS a ON a.hash = q.article_hash"
        f"{_where(where)} ORDER BY q.published IS NULL, q.published, a.id, a.hash, q.ordinal{_limit(query.limit)}"
    )
    return sql, params


def _event_conditions(query: EventFilter) -> tuple[list[str], SqlParams]:
    where: list[str] = []
    params: SqlParams = {}
    if query.since is not None:
        where.append("e.day_last >= :since")
        params["since"] = query.since.isoformat()
    if query.until is not None:
        where.append("e.day_first <= :until")
        params["until"] = query.until.isoformat()
    if query.event_type:
        where.append("(e.event_type = :type COLLATE NOCASE OR e.sub_event_type = :type COLLATE NOCASE)")
        params["type"] = query.event_type.strip()
    if query.place:
        where.append("instr(e.place_key, :place) > 0")
        params["place"] = query.place.strip().casefold()
    if query.text:
        where.append(_text_condition("e", "events_search", "evidence", query.text, params))
    if query.article:
        where.append(_article_condition(query.article, params))
    return where, params


def _quote_conditions(query: QuoteFilter) -> tuple[list[str], SqlParams]:
    where: list[str] = []
    params: SqlParams = {}
    if query.since is not None:
        where.append("q.published >= :since")
        params["since"] = query.since.isoformat()
    if query.until is not None:
        where.append("q.published <= :until")
        params["until"] = query.until.isoformat()
    if query.speaker:
        where.append("instr(q.speaker_key, :speaker) > 0")
        params["speaker"] = query.speaker.strip().casefold()
    if query.text:
        where.append(_text_condition("q", "quotes_search", "content", query.text, params))
    if query.article:
        where.append(_article_condition(query.article, params))
    return where, params


_WORD = re.compile(r"\w+")


def _text_condition(alias: str, search_table: str, column: str, text: str, params: SqlParams) -> str:
    """Every word of ``text`` (or a word it begins) in the column, by full-text search; a plain
    substring test when ``text`` has no word characters."""
    words = _WORD.findall(text)
    if not words:
        params["text"] = text
        return f"instr({alias}.{column}, :text) > 0"
    params["text"] = " ".join(f'"{word}"*' for word in words)
    return f"{alias}.id IN (SELECT rowid FROM {search_table} WHERE {search_table} MATCH :text)"


def _article_condition(article: str, params: SqlParams) -> str:
    params["article"] = article.strip()
    return "(a.id = :article OR (length(:article) >= 6 AND substr(a.hash, 1, length(:article)) = lower(:article)))"


def _where(conditions: list[str]) -> str:
    return f" WHERE {' AND '.join(conditions)}" if conditions else ""


def _limit(limit: int | None) -> str:
    return "" if limit is None else f" LIMIT {int(limit)}"
