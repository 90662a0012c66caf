"""The SQL that reads stored events and quotes for a filter, the same meaning on every backend.

Only the pieces a backend writes its own way come from its ``Dialect``; everything else (columns,
joins, ordering, which rows a filter selects) is written once here.
"""

from __future__ import annotations

from datetime import date, timedelta

from eventwire.store.dialect import Dialect
from eventwire.store.filters import ArticleFilter, EventFilter, QuoteFilter
from eventwire.store.text_search import query_words

SqlParams = dict[str, str | int | float | None]

# The most days one date value covers (a year: ``day_ranges.days_covered``), so day_first >= day_last - this.
MAX_DAYS_COVERED = 366
# Where undated rows sort in a page: after every date.
UNDATED = "9999-12-31"
# The sort key of each page order of events (``EventFilter.sort`` without its "-").
EVENT_SORT_KEYS = {
    "date": f"coalesce(e.day_first, '{UNDATED}')",
    "casualties": "coalesce(e.killed, 0) + coalesce(e.injured, 0)",
}
QUOTE_SORT_KEY = f"coalesce(q.published, '{UNDATED}')"
ARTICLE_SORT_KEY = f"coalesce(a.published, '{UNDATED}')"

EVENT_COLUMNS = (
    "e.ordinal, e.event_type, e.sub_event_type, e.plover, e.date, e.time_precision, e.day_first, e.day_last, "
    "e.location, e.location_kind, e.admin1, e.admin2, e.country, e.country_name, e.lat, e.lon, e.geo_precision, "
    'e.killed, e.injured, e.actor1, e.actor2, e.evidence, e.evidence_start, e.evidence_end, e."trigger", e.confidence'
)
QUOTE_COLUMNS = (
    "q.ordinal, q.speaker, q.speaker_title, q.speaker_mention, q.content, q.content_start, q.content_end, "
    "q.cue, q.kind, q.confidence"
)
ARTICLE_COLUMNS = "a.id AS article_id, a.hash AS article_hash, a.title, a.url, a.source, a.published, a.stored_at"
RESULT_COLUMNS = "hash, text, origin, result_json"
RESULTS_ORDER = "published IS NULL, published, id, hash"

# The column each full-text index covers, by table.
SEARCHED_COLUMNS = {"events": "evidence", "quotes": "content"}


def event_select(query: EventFilter, dialect: Dialect) -> tuple[str, SqlParams]:
    """A SELECT of the events ``query`` asks for, by date, article and ordinal (or in the page order of
    ``query.sort``, with a ``sort_key`` column, after its cursor), with its parameters."""
    where, params = _event_conditions(query, dialect)
    order = "e.day_first IS NULL, e.day_first, a.id, a.hash, e.ordinal"
    key_column = ""
    if query.sort is not None:
        key = EVENT_SORT_KEYS[query.sort.lstrip("-")]
        key_column = f", {key} AS sort_key"
        if query.since is not None and query.since.year > 2 and query.sort.lstrip("-") == "date":
            # implied by day_last >= since (a date value covers a year at most): lets the page start in the index
            where.append(f"{key} >= {dialect.param('since_floor')}")
            params["since_floor"] = (query.since - timedelta(days=MAX_DAYS_COVERED)).isoformat()
        order = _keyset(key, "e", query.sort.startswith("-"), query.after, where, params, dialect)
    sql = (
        f"SELECT {ARTICLE_COLUMNS}, {EVENT_COLUMNS}{key_column} FROM events AS e "
        f"JOIN articles AS a ON a.hash = e.article_hash{_where(where)} ORDER BY {order}{_limit(query.limit)}"
    )
    return sql, params


def quote_select(query: QuoteFilter, dialect: Dialect) -> tuple[str, SqlParams]:
    """A SELECT of the quotes ``query`` asks for, by publication date, article and ordinal (or in the page
    order of ``query.sort``, with a ``sort_key`` column, after its cursor), with its parameters."""
    where, params = _quote_conditions(query, dialect)
    order = "q.published IS NULL, q.published, a.id, a.hash, q.ordinal"
    key_column = ""
    if query.sort is not None:
        key_column = f", {QUOTE_SORT_KEY} AS sort_key"
        order = _keyset(QUOTE_SORT_KEY, "q", query.sort.startswith("-"), query.after, where, params, dialect)
    sql = (
        f"SELECT {ARTICLE_COLUMNS}, {QUOTE_COLUMNS}{key_column} FROM quotes AS q "
        f"JOIN articles AS a ON a.hash = q.article_hash{_where(where)} ORDER BY {order}{_limit(query.limit)}"
    )
    return sql, params


def event_count_select(query: EventFilter, dialect: Dialect) -> tuple[str, SqlParams]:
    """Per first day and event type, the number of events ``query`` selects (its sort, cursor and limit
    aside): columns ``day``, ``event_type``, ``count``, by day (undated last) then type."""
    where, params = _event_conditions(query, dialect)
    sql = (
        "SELECT e.day_first AS day, e.event_type AS event_type, count(*) AS count FROM events AS e "
        f"JOIN articles AS a ON a.hash = e.article_hash{_where(where)} "
        "GROUP BY e.day_first, e.event_type ORDER BY e.day_first IS NULL, e.day_first, e.event_type"
    )
    return sql, params


def article_select(query: ArticleFilter, dialect: Dialect) -> tuple[str, SqlParams]:
    """A SELECT of the articles ``query`` asks for (without their text), with their numbers of events and
    quotes, by publication date (undated last) then hash, with a ``sort_key`` column."""
    p = dialect.param
    where: list[str] = []
    params: SqlParams = {}
    _published_between("a.published", query.since, query.until, where, params, dialect)
    if query.source:
        where.append(dialect.contains("lower(coalesce(a.source, ''))", p("source")))
        params["source"] = query.source.strip().lower()
    if query.after is not None:
        where.append(f"({ARTICLE_SORT_KEY}, a.hash) > ({p('after_key')}, {p('after_hash')})")
        params["after_key"], params["after_hash"] = query.after
    sql = (
        f"SELECT {ARTICLE_COLUMNS}, a.origin, a.stored_at, {ARTICLE_SORT_KEY} AS sort_key, "
        "(SELECT count(*) FROM events AS e WHERE e.article_hash = a.hash) AS events, "
        "(SELECT count(*) FROM quotes AS q WHERE q.article_hash = a.hash) AS quotes "
        f"FROM articles AS a{_where(where)} ORDER BY {ARTICLE_SORT_KEY}, a.hash{_limit(query.limit)}"
    )
    return sql, params


def _keyset(
    key: str,
    alias: str,
    descending: bool,
    after: tuple[str | int, str, int] | None,
    where: list[str],
    params: SqlParams,
    dialect: Dialect,
) -> str:
    """The ORDER BY of a page sorted by ``key`` then article hash and ordinal, and (given the previous
    page's last row) the condition that starts the page after it."""
    columns = f"{key}, {alias}.article_hash, {alias}.ordinal"
    if after is not None:
        p = dialect.param
        where.append(
            f"({columns}) {'<' if descending else '>'} ({p('after_key')}, {p('after_hash')}, {p('after_ord')})"
        )
        params["after_key"], params["after_hash"], params["after_ord"] = after
    if descending:
        return f"{key} DESC, {alias}.article_hash DESC, {alias}.ordinal DESC"
    return columns


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
    _page_conditions(query, where, params, dialect)
    return where, params


def event_conditions(query: EventFilter, dialect: Dialect) -> tuple[list[str], SqlParams]:
    """The conditions (over ``e``, the events, and ``a``, their articles) that select the events ``query``
    asks for, with their parameters: merged events are filtered by their members the same way."""
    return _event_conditions(query, dialect)


def _page_conditions(query: EventFilter, where: list[str], params: SqlParams, dialect: Dialect) -> None:
    """The conditions of the filters that only pages (the HTTP API) use."""
    p = dialect.param
    if query.sub_event_type:
        where.append(dialect.equals_ignoring_case("e.sub_event_type", p("sub_type")))
        params["sub_type"] = query.sub_event_type.strip()
    if query.actor:
        actors = "lower(coalesce(e.actor1, '') || ' | ' || coalesce(e.actor2, ''))"
        where.append(dialect.contains(actors, p("actor")))
        params["actor"] = query.actor.strip().lower()
    if query.min_casualties is not None:
        where.append(f"coalesce(e.killed, 0) + coalesce(e.injured, 0) >= {p('min_casualties')}")
        params["min_casualties"] = query.min_casualties
    if query.bbox is not None:
        west, south, east, north = query.bbox
        where.append(f"e.lat BETWEEN {p('south')} AND {p('north')}")
        crosses = west > east  # the box crosses the antimeridian
        where.append(f"(e.lon >= {p('west')} {'OR' if crosses else 'AND'} e.lon <= {p('east')})")
        params.update(west=west, south=south, east=east, north=north)


def _published_between(
    column: str, since: date | None, until: date | None, where: list[str], params: SqlParams, dialect: Dialect
) -> None:
    """The conditions of a publication-date range (articles and quotes alike) on ``column``."""
    if since is not None:
        where.append(f"{column} >= {dialect.param('since')}")
        params["since"] = since.isoformat()
    if until is not None:
        where.append(f"{column} <= {dialect.param('until')}")
        params["until"] = until.isoformat()


def _quote_conditions(query: QuoteFilter, dialect: Dialect) -> tuple[list[str], SqlParams]:
    p = dialect.param
    where: list[str] = []
    params: SqlParams = {}
    _published_between("q.published", query.since, query.until, where, params, dialect)
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
