"""The SQL that reads stored events and quotes for a filter, the same meaning on every backend.

Only the pieces a backend writes its own way come from its ``Dialect``; everything else (columns,
joins, ordering, which rows a filter selects) is written once here.
"""

from __future__ import annotations

from eventwire.store.dialect import Dialect
from eventwire.store.filters import EventFilter, QuoteFilter
from eventwire.store.text_search import query_words

SqlParams = dict[str, str | int | None]

EVENT_COLUMNS = (
    "e.ordinal, e.event_type, e.sub_event_type, e.plover, e.date, e.time_precision, e.day_first, e.day_last, "
    "e.location, e.location_kind, e.admin1, e.admin2, e.country, e.country_name, e.lat, e.lon, e.geo_precision, "
    'e.killed, e.injured, e.actor1, e.actor2, e.evidence, e.evidence_start, e.evidence_end, e."trigger", e.confidence'
)
QUOTE_COLUMNS = (
    "q.ordinal, q.speaker, q.speaker_title, q.speaker_mention, q.content, q.content_start, q.content_end, "
    "q.cue, q.kind, q.confidence"
)
ARTICLE_COLUMNS = "a.id AS article_id, a.hash AS article_hash, a.title, a.url, a.source, a.published"
RESULT_COLUMNS = "hash, text, origin, result_json"
RESULTS_ORDER = "published IS NULL, published, id, hash"

# The column each full-text index covers, by table.
SEARCHED_COLUMNS = {"events": "evidence", "quotes": "content"}


def event_select(query: EventFilter, dialect: Dialect) -> tuple[str, SqlParams]:
    """A SELECT of the events ``query`` asks for, by date, article and ordinal, with its parameters."""
    where, params = _event_conditions(query, dialect)
    sql = (
        f"SELECT {ARTICLE_COLUMNS}, {EVENT_COLUMNS} FROM events AS e JOIN articles AS a ON a.hash = e.article_hash"
        f"{_where(where)} ORDER BY e.day_first IS NULL, e.day_first, a.id, a.hash, e.ordinal{_limit(query.limit)}"
    )
    return sql, params


def quote_select(query: QuoteFilter, dialect: Dialect) -> tuple[str, SqlParams]:
    """A SELECT of the quotes ``query`` asks for, by publication date, article and ordinal, with its parameters."""
    where, params = _quote_conditions(query, dialect)
    sql = (
        f"SELECT {ARTICLE_COLUMNS}, {QUOTE_COLUMNS} FROM quotes AS q JOIN articles AS a ON a.hash = q.article_hash"
        f"{_where(where)} ORDER BY q.published IS NULL, q.published, a.id, a.hash, q.ordinal{_limit(query.limit)}"
    )
    return sql, params


def _event_conditions(query: EventFilter, dialect: Dialect) -> tuple[list[str], SqlParams]:
    p = dialect.param
    where: list[str] = []
    params: SqlParams = {}
    if query.since is not None:
        where.append(f"e.day_last >= {p('since')}")
        params["since"] = query.since.isoformat()
    if query.until is not None:
        where.append(f"e.day_first <= {p('until')}")
        params["until"] = query.until.isoformat()
    if query.event_type:
        type_is = dialect.equals_ignoring_case
        where.append(f"({type_is('e.event_type', p('type'))} OR {type_is('e.sub_event_type', p('type'))})")
        params["type"] = query.event_type.strip()
    if query.plover:
        where.append(dialect.equals_ignoring_case("e.plover", p("plover")))
        params["plover"] = query.plover.strip()
    if query.place:
        where.append(dialect.contains("e.place_key", p("place")))
        params["place"] = query.place.strip().casefold()
    if query.text:
        where.append(_text_condition("e", "events", query.text, params, dialect))
    if query.article:
        where.append(_article_condition(query.article, params, dialect))
    return where, params


def _quote_conditions(query: QuoteFilter, dialect: Dialect) -> tuple[list[str], SqlParams]:
    p = dialect.param
    where: list[str] = []
    params: SqlParams = {}
    if query.since is not None:
        where.append(f"q.published >= {p('since')}")
        params["since"] = query.since.isoformat()
    if query.until is not None:
        where.append(f"q.published <= {p('until')}")
        params["until"] = query.until.isoformat()
    if query.speaker:
        where.append(dialect.contains("q.speaker_key", p("speaker")))
        params["speaker"] = query.speaker.strip().casefold()
    if query.text:
        where.append(_text_condition("q", "quotes", query.text, params, dialect))
    if query.article:
        where.append(_article_condition(query.article, params, dialect))
    return where, params


def _text_condition(alias: str, table: str, text: str, params: SqlParams, dialect: Dialect) -> str:
    """Every word of ``text`` (or a word it begins) in the searched column, by full-text search; a plain
    substring test when ``text`` has no letters or digits."""
    words = query_words(text)
    if not words:
        params["text"] = text
        return dialect.contains(f"{alias}.{SEARCHED_COLUMNS[table]}", dialect.param("text"))
    params["text"] = dialect.words_query(words)
    return dialect.matches_words(alias, table, dialect.param("text"))


def _article_condition(article: str, params: SqlParams, dialect: Dialect) -> str:
    """The article's id, or (6 characters or more) the beginning of its content hash in any case."""
    article = article.strip()
    params["article"] = article
    if len(article) < 6:
        return f"a.id = {dialect.param('article')}"
    params["hash_prefix"] = article.lower()
    return f"(a.id = {dialect.param('article')} OR substr(a.hash, 1, {len(article)}) = {dialect.param('hash_prefix')})"


def _where(conditions: list[str]) -> str:
    return f" WHERE {' AND '.join(conditions)}" if conditions else ""


def _limit(limit: int | None) -> str:
    return "" if limit is None else f" LIMIT {int(limit)}"
