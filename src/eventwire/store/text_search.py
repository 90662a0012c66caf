"""What a text filter means, on every backend: every word of the text, or a word it begins.

Words are runs of letters and digits. SQLite's FTS5 tokenizer (``unicode61 remove_diacritics 2``)
folds case and diacritics itself; PostgreSQL's text search folds by the server's locale and keeps
diacritics, so for it the store indexes and queries text folded here, the same way on every server.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W_]+")


def query_words(text: str) -> list[str]:
    """The words of a text filter, as typed; none when it has no letters or digits."""
    return _WORD.findall(text)


def folded(text: str) -> str:
    """``text`` without case or diacritics ("Île-de-France" -> "ile-de-france")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def folded_words(text: str) -> str:
    """The folded words of ``text``, separated by spaces: what PostgreSQL indexes for a searched column."""
    return " ".join(query_words(folded(text)))
