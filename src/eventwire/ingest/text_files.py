"""Plain-text articles: an optional ``date YYYY-MM-DD`` header, an optional ``Title:`` line, then the text.

``" date 2022-04-28 Suspected Russian missile strikes ..."`` is an article published on 2022-04-28
whose text starts at "Suspected". The header may be preceded by whitespace, written ``Date:`` too, and
be followed by the text on the same line or on the next one. After it (or at the very start when there is
no header) a line ``Title: ...`` gives the title. Line endings are normalised to ``\\n`` (Windows ``\\r\\n``
and old Mac ``\\r``) and the text is stripped of surrounding whitespace; every offset indexes into that
resulting text. Reading the header takes time linear in its length, whatever it holds.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date

from eventwire.ingest.decode import RejectedInput, decode_text
from eventwire.ingest.notices import warn
from eventwire.ingest.sources import Source
from eventwire.model import Article, Rejection

DATE_HEADER = re.compile(r"\A\s*date:?[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|\Z)\s*", re.IGNORECASE)
TITLE_KEY = re.compile(r"title:", re.IGNORECASE)
LINE_BREAK = re.compile(r"\r\n?")
SPACE = re.compile(r"\s*")
TITLE_PADDING = " \t"


@dataclass(frozen=True, slots=True)
class TextHeader:
    """What the head of a text file says about the article, and where its text starts."""

    published: date | None
    title: str | None
    text_start: int


def read_text(stream: io.BufferedReader, source: Source) -> Article | Rejection:
    """One article from a text input, or a rejection saying why not."""
    try:
        data = stream.read()
        if not data:
            raise RejectedInput("empty file")
        decoded = decode_text(data)
        article = article_from_text(decoded.text, article_id=source.stem, origin=source.origin)
    except RejectedInput as error:
        return Rejection(source.origin, error.reason)
    if decoded.note is not None:
        warn(source.origin, decoded.note)
    return article


def article_from_text(raw: str, article_id: str, origin: str) -> Article:
    """An article from the decoded content of a text file (header read, line endings normalised)."""
    text = LINE_BREAK.sub("\n", raw)
    if not text.strip():
        raise RejectedInput("no text (the file holds only whitespace)")
    header = parse_header(text)
    body = text[header.text_start :].rstrip()
    if not body:
        raise RejectedInput("no article text after the header")
    return Article(id=article_id, text=body, published=header.published, title=header.title, origin=origin)


def parse_header(text: str) -> TextHeader:
    """The publication date and title at the head of ``text``, and the offset where the article starts."""
    published, start = _date_header(text)
    title_line = _title_line(text, start)
    if title_line is None:
        return TextHeader(published, None, _skip_space(text, start))
    title, line_end = title_line
    return TextHeader(published, title, _skip_space(text, line_end + 1))


def _title_line(text: str, start: int) -> tuple[str | None, int] | None:
    """The title on a ``Title: ...`` line at ``start`` (None if blank) and where the line ends, or None.

    A title line ends with a line break; ``Title: x`` as the last line of a file is text, not a title.
    Found by plain string search, not by a backtracking pattern, so that time stays linear.
    """
    key = TITLE_KEY.match(text, start)
    line_end = text.find("\n", start)
    if key is None or line_end < 0:
        return None
    return text[key.end() : line_end].strip(TITLE_PADDING) or None, line_end


def _date_header(text: str) -> tuple[date | None, int]:
    match = DATE_HEADER.match(text)
    if match is None:
        return None, 0
    try:
        return date.fromisoformat(match.group(1)), match.end()
    except ValueError as error:
        raise RejectedInput(f"bad date header {match.group(1)!r} ({error}); write it as date YYYY-MM-DD") from None


def _skip_space(text: str, start: int) -> int:
    match = SPACE.match(text, start)
    return match.end() if match else start
