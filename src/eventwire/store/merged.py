"""The store's side of merged events: the SQL that the incremental merge and the read side need.

``MergedTables`` is mixed into ``SqlStore``: it reads and writes the tables of ``merged_schema.py``
with the backend's primitives. What goes in is plain rows; the merge layer decides what they say.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from typing import Any

from eventwire.store.dialect import Dialect
from eventwire.store.filters import EventFilter
from eventwire.store.rows import Row
from eventwire.store.selects import event_conditions

StoredRow = dict[str, Any]
CHUNK = 500  # items per IN list: well under every backend's limit on parameters
NEXT_ID = "next_merged_id"
ARTICLE_COUNT = "merged_articles"
MERGED_COLUMNS = (
    "m.id, m.event_type, m.sub_event_type, m.day_first, m.day_last, m.location, m.country, m.killed, "
    "m.injured, m.source_count, m.record_json, m.updated_at"
)
MERGED_TABLES = ("merged_events", "merged_members", "merged_revisions", "merge_articles", "merge_top_terms")


@dataclass
class MergeWrite:
    """What one merge run changes, written in one transaction.

    ``terms`` and ``top_terms`` replace those of their articles; ``term_changes`` adds to each term's
    document frequency and top-term count; the merged events ``replaced`` are deleted (with their members
    and revisions) before ``events``, ``members`` and ``revisions`` are inserted."""

    terms: dict[str, Mapping[str, int]] = field(default_factory=dict)
    top_terms: dict[str, Sequence[str]] = field(default_factory=dict)
    term_changes: dict[str, tuple[int, int]] = field(default_factory=dict)
    replaced: set[int] = field(default_factory=set)
    events: list[Row] = field(default_factory=list)
    members: list[Row] = field(default_factory=list)
    revisions: list[Row] = field(default_factory=list)
    added_articles: int = 0  # articles the merge sees for the first time


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def in_list(column: str, values: Sequence[Any], dialect: Dialect, name: str = "v") -> tuple[str, dict[str, Any]]:
    """``column IN (...)`` over ``values`` with one parameter each."""
    params = {f"{name}{i}": value for i, value in enumerate(values)}
    return f"{column} IN ({', '.join(dialect.param(key) for key in params)})", params


class MergedTables:
    """Reads and writes of the merged-event tables over a backend's primitives (see ``SqlStore``)."""

    dialect: Dialect
    where: str
    _read: Callable[[str, Mapping[str, Any]], Iterator[StoredRow]]
    _execute: Callable[[str, Mapping[str, Any]], None]
    _insert: Callable[[str, Iterable[Row]], None]
    _transaction: Callable[..., AbstractContextManager[None]]
    _now: Callable[[], str]
    _hold_merge_lock: Callable[[], AbstractContextManager[None]]
    _merge_lock_depth: int = 0

    @contextmanager
    def merge_lock(self) -> Iterator[None]:
        """Hold the store's merge lock: one merge at a time per store, across processes (a merge reads the
        merged events, clusters and writes them back; two at once would each miss the other's). Re-entrant;
        another process waits until it is released (SQLite: a lock on a file beside the store's; PostgreSQL:
        a session advisory lock). Both end with the process or the connection."""
        if self._merge_lock_depth:
            self._merge_lock_depth += 1
            try:
                yield
            finally:
                self._merge_lock_depth -= 1
            return
        with self._hold_merge_lock():
            self._merge_lock_depth = 1
            try:
                yield
            finally:
                self._merge_lock_depth = 0

    # ------------------------------------------------------------ what the incremental merge reads

    def _rows_in(self, sql: str, column: str, values: Iterable[Any]) -> Iterator[StoredRow]:
        """The rows of ``sql`` (ending in WHERE or AND) with ``column`` in ``values``, chunk by chunk."""
        for part in chunks(sorted(set(values))):
            condition, params = in_list(column, part, self.dialect)
            yield from self._read(f"{sql} {condition}", params)

    def merge_term_counts(self, hashes: Iterable[str]) -> dict[str, dict[str, int]]:
        """The stored term counts of each of these articles that has been merged."""
        sql = "SELECT article_hash, terms_json FROM merge_articles WHERE"
        return {
            row["article_hash"]: json.loads(row["terms_json"]) for row in self._rows_in(sql, "article_hash", hashes)
        }

    def merge_top_terms_of(self, hashes: Iterable[str]) -> dict[str, list[str]]:
        """The stored top terms of each of these articles."""
        sql = "SELECT article_hash, top_terms_json FROM merge_articles WHERE"
        return {r["article_hash"]: json.loads(r["top_terms_json"]) for r in self._rows_in(sql, "article_hash", hashes)}

    def merge_term_frequencies(self, terms: Iterable[str]) -> dict[str, tuple[int, int]]:
        """Each known term's (document frequency, number of articles with it among their top terms)."""
        sql = "SELECT term, df, top_count FROM merge_terms WHERE"
        return {row["term"]: (int(row["df"]), int(row["top_count"])) for row in self._rows_in(sql, "term", terms)}

    def merge_article_total(self) -> int:
        """How many articles the merge has seen (the N of its inverse document frequencies; kept as a count in
        ``merge_state`` so that reading it costs the same however large the store is)."""
        p = self.dialect.param
        rows = list(self._read(f"SELECT value FROM merge_state WHERE name = {p('name')}", {"name": ARTICLE_COUNT}))
        return int(rows[0]["value"]) if rows else 0

    def articles_with_top_terms(self, terms: Iterable[str]) -> dict[str, list[str]]:
        """Each term -> the stored articles that have it among their top terms."""
        found: dict[str, list[str]] = {}
        for row in self._rows_in("SELECT term, article_hash FROM merge_top_terms WHERE", "term", terms):
            found.setdefault(row["term"], []).append(row["article_hash"])
        return found

    def memberships_of_articles(self, hashes: Iterable[str]) -> list[StoredRow]:
        """The member rows (article_hash, ordinal, merged_id, similarity, features_json) of these articles."""
        sql = "SELECT article_hash, ordinal, merged_id, similarity, features_json FROM merged_members WHERE"
        return list(self._rows_in(sql, "article_hash", hashes))

    def memberships_of_events(self, ids: Iterable[int]) -> list[StoredRow]:
        """The member rows of these merged events."""
        sql = "SELECT article_hash, ordinal, merged_id, similarity, features_json FROM merged_members WHERE"
        return list(self._rows_in(sql, "merged_id", ids))

    def merge_overrides_of(self, hashes: Iterable[str]) -> list[tuple[str, str, str]]:
        """(kind, article_a, article_b) of every override that names one of these articles."""
        wanted = sorted(set(hashes))
        found: set[tuple[str, str, str]] = set()
        for column in ("article_a", "article_b"):
            for row in self._rows_in("SELECT kind, article_a, article_b FROM merge_overrides WHERE", column, wanted):
                found.add((row["kind"], row["article_a"], row["article_b"]))
        return sorted(found)

    def unmerged_article_hashes(self) -> list[str]:
        """The stored articles that no merge has seen yet (saved without merging, or by a run killed before it
        merged), in the order results are read: one anti-join on the merge's primary key, not a list of all."""
        rows = self._read(
            "SELECT a.hash FROM articles a WHERE NOT EXISTS "
            "(SELECT 1 FROM merge_articles m WHERE m.article_hash = a.hash) "
            "ORDER BY a.published IS NULL, a.published, a.id, a.hash",
            {},
        )
        return [row["hash"] for row in rows]

    def article_hashes(self) -> list[str]:
        """Every stored article's hash, in the order results are read (publication date, id)."""
        rows = self._read("SELECT hash FROM articles ORDER BY published IS NULL, published, id, hash", {})
        return [row["hash"] for row in rows]

    # ------------------------------------------------------------ what it writes

    def allocate_merged_ids(self, count: int) -> list[int]:
        """``count`` new merged-event ids, never handed out before."""
        if count <= 0:
            return []
        p = self.dialect.param
        with self._transaction(f"cannot number merged events in the store {self.where}", lock=NEXT_ID):
            rows = list(self._read(f"SELECT value FROM merge_state WHERE name = {p('name')}", {"name": NEXT_ID}))
            first = int(rows[0]["value"]) if rows else 1
            self._execute(
                f"INSERT INTO merge_state (name, value) VALUES ({p('name')}, {p('value')}) "
                "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                {"name": NEXT_ID, "value": first + count},
            )
        return list(range(first, first + count))

    def write_merge(self, change: MergeWrite) -> None:
        """Apply one merge run's changes in one transaction."""
        with self._transaction(f"cannot save merged events in the store {self.where}", lock="merge"):
            self._write_terms(change)
            for part in chunks(sorted(change.replaced)):
                condition, params = in_list("id", part, self.dialect)
                self._execute(f"DELETE FROM merged_events WHERE {condition}", params)
            stamped = [row | {"updated_at": self._now()} for row in change.events]
            self._insert("merged_events", stamped)
            self._insert("merged_members", change.members)
            self._insert("merged_revisions", change.revisions)

    def _write_terms(self, change: MergeWrite) -> None:
        """The articles' term counts and top terms; only the top-term rows that changed are written."""
        p = self.dialect.param
        self._execute(
            f"INSERT INTO merge_state (name, value) VALUES ({p('name')}, {p('value')}) "
            "ON CONFLICT (name) DO UPDATE SET value = merge_state.value + excluded.value",
            {"name": ARTICLE_COUNT, "value": change.added_articles},
        )
        old_tops = self.merge_top_terms_of(change.top_terms)
        gone = [{"term": t, "h": h} for h, tops in old_tops.items() for t in set(tops) - set(change.top_terms[h])]
        for row in gone:
            self._execute(f"DELETE FROM merge_top_terms WHERE term = {p('term')} AND article_hash = {p('h')}", row)
        self._insert(
            "merge_top_terms",
            [
                {"term": t, "article_hash": h}
                for h, tops in change.top_terms.items()
                for t in sorted(set(tops) - set(old_tops.get(h, ())))
            ],
        )
        terms = dict(self.merge_term_counts(change.top_terms.keys() - change.terms.keys())) | dict(change.terms)
        for part in chunks(sorted(terms)):
            condition, params = in_list("article_hash", part, self.dialect)
            self._execute(f"DELETE FROM merge_articles WHERE {condition}", params)
        self._insert(
            "merge_articles",
            [
                {
                    "article_hash": h,
                    "terms_json": json.dumps(dict(sorted(counts.items()))),
                    "top_terms_json": json.dumps(list(change.top_terms.get(h, old_tops.get(h, [])))),
                }
                for h, counts in sorted(terms.items())
            ],
        )
        upsert = (
            f"INSERT INTO merge_terms (term, df, top_count) VALUES ({p('term')}, {p('df')}, {p('top_count')}) "
            "ON CONFLICT (term) DO UPDATE SET df = merge_terms.df + excluded.df, "
            "top_count = merge_terms.top_count + excluded.top_count"
        )
        for term, (df, top) in sorted(change.term_changes.items()):
            if df or top:
                self._execute(upsert, {"term": term, "df": df, "top_count": top})

    def add_merge_overrides(self, overrides: Iterable[tuple[str, str, str]]) -> None:
        """Keep analysts' overrides (kind, article_a, article_b); an override given twice is kept once."""
        p = self.dialect.param
        sql = (
            f"INSERT INTO merge_overrides (kind, article_a, article_b, created_at) VALUES ({p('kind')}, "
            f"{p('a')}, {p('b')}, {p('at')}) ON CONFLICT (kind, article_a, article_b) DO NOTHING"
        )
        with self._transaction(f"cannot save a merge override in the store {self.where}", lock="merge"):
            for kind, a, b in overrides:
                first, second = sorted((a, b))
                opposite = "apart" if kind == "together" else "together"
                self._execute(
                    f"DELETE FROM merge_overrides WHERE kind = {p('kind')} AND article_a = {p('a')} "
                    f"AND article_b = {p('b')}",
                    {"kind": opposite, "a": first, "b": second},
                )
                self._execute(sql, {"kind": kind, "a": first, "b": second, "at": self._now()})

    def clear_merged(self) -> None:
        """Forget every merged event and what the merge keeps about articles; overrides stay."""
        with self._transaction(f"cannot clear the merged events of the store {self.where}", lock="merge"):
            for table in MERGED_TABLES:
                self._execute(f"DELETE FROM {table}", {})
            self._execute(f"DELETE FROM merge_state WHERE name = {self.dialect.param('name')}", {"name": ARTICLE_COUNT})
            self._execute("DELETE FROM merge_terms", {})

    # ------------------------------------------------------------ the read side

    def merged_event_rows(self, query: EventFilter, actor: str | None = None) -> Iterator[StoredRow]:
        """Merged events with a member event that ``query`` selects (and whose actors contain ``actor``),
        by first day, then id."""
        sql, params = self._merged_select(query, actor)
        return self._read(sql, params)

    def _merged_select(self, query: EventFilter, actor: str | None) -> tuple[str, dict[str, Any]]:
        conditions, params = event_conditions(query, self.dialect)
        where: list[str] = []
        if conditions:
            where.append(
                "m.id IN (SELECT mm.merged_id FROM merged_members AS mm JOIN events AS e ON e.article_hash = "
                "mm.article_hash AND e.ordinal = mm.ordinal JOIN articles AS a ON a.hash = e.article_hash "
                f"WHERE {' AND '.join(conditions)})"
            )
        if actor:
            where.append(self.dialect.contains("m.actor_key", self.dialect.param("actor")))
            params["actor"] = actor.strip().casefold()
        sql = f"SELECT {MERGED_COLUMNS} FROM merged_events AS m"
        if where:
            sql += f" WHERE {' AND '.join(where)}"
        sql += " ORDER BY m.day_first IS NULL, m.day_first, m.id"
        if query.limit is not None:
            sql += f" LIMIT {int(query.limit)}"
        return sql, dict(params)

    def merged_event_row(self, merged_id: int) -> StoredRow | None:
        """One merged event's row, or None."""
        rows = list(
            self._read(
                f"SELECT {MERGED_COLUMNS} FROM merged_events AS m WHERE m.id = {self.dialect.param('id')}",
                {"id": merged_id},
            )
        )
        return rows[0] if rows else None

    def merged_id_of(self, article_hash: str, ordinal: int = 0) -> int | None:
        """The merged event that holds event ``ordinal`` of this article, or None."""
        p = self.dialect.param
        rows = list(
            self._read(
                f"SELECT merged_id FROM merged_members WHERE article_hash = {p('hash')} AND ordinal = {p('ordinal')}",
                {"hash": article_hash, "ordinal": ordinal},
            )
        )
        return int(rows[0]["merged_id"]) if rows else None
