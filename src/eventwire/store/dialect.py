"""What differs in SQL between the backends, as one small object per backend.

The shared SQL (``selects.py``, the writes in ``sql_store.py``) asks its dialect for the few pieces
that differ: how a parameter is written, a case-insensitive comparison, a substring test, a
full-text match, and the extra columns a backend's search index needs.
"""

from __future__ import annotations

from typing import Protocol

from eventwire.store.rows import Row


class Dialect(Protocol):
    """The SQL pieces one backend writes its own way."""

    def param(self, name: str) -> str:
        """A named parameter (``:name`` or ``%(name)s``)."""
        ...

    def equals_ignoring_case(self, column: str, value: str) -> str:
        """A condition: ``column`` equals the SQL ``value``, ignoring (ASCII) case."""
        ...

    def contains(self, column: str, value: str) -> str:
        """A condition: ``column`` contains the SQL ``value`` (case-sensitive)."""
        ...

    def matches_words(self, alias: str, table: str, value: str) -> str:
        """A condition: the searched column of ``table`` (as ``alias``) matches the full-text query ``value``."""
        ...

    def words_query(self, words: list[str]) -> str:
        """The full-text query value for these words: every one of them, or a word it begins."""
        ...

    def search_columns(self, table: str, row: Row) -> Row:
        """Columns to store beside ``row`` of ``table`` for its full-text index (none if the index needs none)."""
        ...
