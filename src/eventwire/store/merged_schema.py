"""The tables of merged events, the same on both backends (only a few column types differ).

- ``merged_events``: one row per real-world event. ``id`` is eventwire's number for it, never reused
  (``merge_state.next_merged_id``); a few columns to filter and sort on, and ``record_json``, the whole
  record (format ``eventwire.merged-event/1``, docs/FORMAT.md);
- ``merged_members``: which event (article hash, event ordinal) belongs to which merged event, with its
  similarity to the other members and the features that joined it;
- ``merged_revisions``: every report's figure of killed and injured, in publication order;
- ``merge_overrides``: an analyst's decisions, by article content hash: two articles' main events
  ``together`` or ``apart``; every later merge respects them, and a re-ingest keeps them;
- ``merge_articles``, ``merge_top_terms``, ``merge_terms``: what the incremental merge keeps (each merged
  article's term counts, its heaviest terms for candidate retrieval, each term's document frequency).
"""

from __future__ import annotations


def merged_tables(*, integer_key: str, real: str, text: str, prefix: str = "", clustered: str = "") -> tuple[str, ...]:
    """The migration's statements for one backend's column types, schema prefix and the clause that stores a
    table in its primary key's order (SQLite's ``WITHOUT ROWID``: one B-tree instead of two)."""
    p, c = prefix, clustered
    return (
        f"""CREATE TABLE {p}merged_events (
    id {integer_key},
    event_type {text},
    sub_event_type {text},
    day_first {text},
    day_last {text},
    location {text},
    country {text},
    place_key {text} NOT NULL DEFAULT '',
    actor_key {text} NOT NULL DEFAULT '',
    killed integer,
    injured integer,
    source_count integer NOT NULL,
    record_json {text} NOT NULL,
    updated_at {text} NOT NULL
)""",
        f"""CREATE TABLE {p}merged_members (
    article_hash {text} NOT NULL,
    ordinal integer NOT NULL CHECK (ordinal >= 0),
    merged_id bigint NOT NULL REFERENCES {p}merged_events(id) ON DELETE CASCADE,
    similarity {real},
    features_json {text} NOT NULL,
    PRIMARY KEY (article_hash, ordinal)
)""",
        f"""CREATE TABLE {p}merged_revisions (
    merged_id bigint NOT NULL REFERENCES {p}merged_events(id) ON DELETE CASCADE,
    figure {text} NOT NULL CHECK (figure IN ('killed', 'injured')),
    position integer NOT NULL,
    article_hash {text} NOT NULL,
    published {text},
    count integer NOT NULL,
    PRIMARY KEY (merged_id, figure, position)
)""",
        f"""CREATE TABLE {p}merge_overrides (
    kind {text} NOT NULL CHECK (kind IN ('together', 'apart')),
    article_a {text} NOT NULL,
    article_b {text} NOT NULL,
    created_at {text} NOT NULL,
    PRIMARY KEY (kind, article_a, article_b)
)""",
        f"""CREATE TABLE {p}merge_articles (
    article_hash {text} PRIMARY KEY,
    terms_json {text} NOT NULL,
    top_terms_json {text} NOT NULL
){c}""",
        f"""CREATE TABLE {p}merge_top_terms (
    term {text} NOT NULL,
    article_hash {text} NOT NULL,
    PRIMARY KEY (term, article_hash)
){c}""",
        f"""CREATE TABLE {p}merge_terms (
    term {text} PRIMARY KEY,
    df integer NOT NULL,
    top_count integer NOT NULL
){c}""",
        f"""CREATE TABLE {p}merge_state (
    name {text} PRIMARY KEY,
    value bigint NOT NULL
)""",
        f"CREATE INDEX merged_members_by_event ON {p}merged_members(merged_id)",
        f"CREATE INDEX merged_events_by_day ON {p}merged_events(day_first)",
        f"CREATE INDEX merge_overrides_by_b ON {p}merge_overrides(article_b)",
    )
