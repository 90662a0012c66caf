"""JSONL (and NDJSON, gzipped or not, or on standard input): one article a line.

Each line is a JSON object with ``text`` (required, kept as given: offsets index into it), ``id``,
``published`` (``YYYY-MM-DD``, a full ISO timestamp whose date part is taken as written, or null),
``title``, ``url`` and ``source``; other keys are ignored. A bad line becomes a ``Rejection`` whose
origin is ``path:line``, and the lines after it are still read: a line that is not JSON, not an object,
nested deeper than Python's parser goes (about 1,000 levels), holding an integer of more than 4,300
digits, or without a usable ``text``. Blank lines are skipped. The input is streamed, never loaded
whole.

Encodings: a file that starts with a UTF-16 or UTF-32 byte-order mark is decoded as such throughout;
otherwise each line is decoded alone (UTF-8, else a guessed legacy encoding, see ``decode``), so one
line in cp1252 does not spoil the others. A lone surrogate escape (``"\\ud800"``, which encodes no
character and cannot be written as UTF-8) in ``text``, ``id``, ``title``, ``url`` or ``source`` is
replaced by U+FFFD and the line is read with a warning: one code point for one, so offsets hold.
So is a C1 control character that stands for cp1252 punctuation (``"Benghazi\\u0092s"``: text decoded as
Latin-1 where it was cp1252, before it was written as JSON): it is put back as that punctuation ("Benghazi’s").
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from eventwire.ingest.decode import (
    Decoded,
    RejectedInput,
    byte_order_mark,
    decode_text,
    repair_c1,
    replace_surrogates,
)
from eventwire.ingest.notices import warn
from eventwire.ingest.sources import Source
from eventwire.model import Article, Rejection

PUBLISHED = re.compile(r"\s*(\d{4}-\d{2}-\d{2})(?:[Tt ]\d[^\n]*)?\s*\Z")
JSON_TYPE_NAMES = {list: "an array", str: "a string", int: "a number", float: "a number", bool: "true/false"}
STRING_FIELDS = ("text", "id", "title", "url", "source")
WIDE_UNICODE = ("UTF-16", "UTF-32")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a JSONL input: its number (from 1), its content and the byte offset where it starts."""

    number: int
    content: bytes | str
    offset: int

    @property
    def blank(self) -> bool:
        return self.content.isspace()


class StoppedReading(Exception):
    """Reading stopped part way through an input; ``reason`` says why, ``after`` is the last line read."""

    def __init__(self, reason: str, after: int) -> None:
        super().__init__(reason)
        self.reason = reason
        self.after = after


def read_jsonl(stream: io.BufferedReader, source: Source) -> Iterator[Article | Rejection]:
    """Every non-blank line of the input as an article or a rejection, in order."""
    reported: set[str] = set()
    try:
        for line in numbered_lines(stream):
            if not line.blank:
                yield read_line(line, source, reported)
    except StoppedReading as stop:
        after = f"stopped reading after line {stop.after}: " if stop.after else ""
        yield Rejection(f"{source.origin}:{stop.after + 1}", after + stop.reason)


def count_records(stream: io.BufferedReader) -> int:
    """How many items ``read_jsonl`` yields for this input: its non-blank lines (and one if it stops early)."""
    count = 0
    try:
        for line in numbered_lines(stream):
            count += not line.blank
    except StoppedReading:
        count += 1
    return count


def numbered_lines(stream: io.BufferedReader) -> Iterator[Line]:
    """The input's lines: bytes, or text when a UTF-16/32 byte-order mark names the encoding."""
    mark = byte_order_mark(stream.peek(4)[:4])
    if mark is not None and mark.name in WIDE_UNICODE:
        stream.read(mark.length)
        yield from _decoded_lines(io.TextIOWrapper(stream, encoding=mark.codec, newline="\n"), mark.name)
    else:
        yield from _byte_lines(stream)


def _byte_lines(stream: io.BufferedReader) -> Iterator[Line]:
    number, offset = 0, 0
    try:
        for number, raw in enumerate(stream, start=1):
            yield Line(number, raw, offset)
            offset += len(raw)
    except RejectedInput as error:
        raise StoppedReading(error.reason, number) from None


def _decoded_lines(text: io.TextIOWrapper, encoding: str) -> Iterator[Line]:
    number = 0
    try:
        for number, content in enumerate(text, start=1):
            yield Line(number, content, -1)
    except RejectedInput as error:
        raise StoppedReading(error.reason, number) from None
    except UnicodeDecodeError:
        raise StoppedReading(f"broken {encoding}; convert it with iconv -f {encoding} -t UTF-8", number) from None


def read_line(line: Line, source: Source, reported: set[str] | None = None) -> Article | Rejection:
    """One line's article, or a rejection saying why not; ``reported`` holds the encodings already warned about."""
    origin = f"{source.origin}:{line.number}"
    try:
        text = _line_text(line, origin, set() if reported is None else reported)
        record, replaced = without_surrogates(parse_record(text))
        record, repaired = with_cp1252_punctuation(record)
        article = article_from_record(record, f"{source.stem}:{line.number}", origin)
    except RejectedInput as error:
        return Rejection(origin, error.reason)
    except RecursionError:
        return Rejection(origin, "a value nested too deep to read; flatten it")
    if replaced:
        warn(origin, f"{replaced} lone surrogate(s) (\\ud800-\\udfff escapes, no character) replaced by U+FFFD")
    if repaired:
        warn(origin, f"{repaired} C1 control character(s) (cp1252 punctuation read as Latin-1) put back as cp1252's")
    return article


def _line_text(line: Line, origin: str, reported: set[str]) -> str:
    if isinstance(line.content, str):
        return line.content
    decoded: Decoded = decode_text(line.content, line.offset)
    if decoded.note is not None and decoded.encoding not in reported:
        reported.add(decoded.encoding)
        warn(origin, f"{decoded.note} (later lines read the same way are not reported)")
    return decoded.text


def parse_record(line: str) -> dict[str, Any]:
    """The JSON object on ``line``."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise RejectedInput(f"not JSON ({error.msg}: column {error.colno})") from None
    except RecursionError:
        raise RejectedInput("JSON nested too deep to read (Python's limit is about 1,000 levels); flatten it") from None
    except ValueError as error:  # an integer longer than Python converts (sys.get_int_max_str_digits)
        reason = f"JSON that Python cannot read ({_first_clause(error)}); write such numbers as strings"
        raise RejectedInput(reason) from None
    if not isinstance(record, dict):
        raise RejectedInput(f"not a JSON object but {JSON_TYPE_NAMES.get(type(record), 'null')}")
    return record


def _first_clause(error: ValueError) -> str:
    return str(error).split(";")[0]


def with_cp1252_punctuation(record: dict[str, Any]) -> tuple[dict[str, Any], int]:
    """``record`` with the C1 controls in its string fields that stand for cp1252 punctuation put back
    (``decode.repair_c1``: "Benghazi\\x92s" -> "Benghazi’s"), and how many there were."""
    return _each_string_field(record, repair_c1)


def without_surrogates(record: dict[str, Any]) -> tuple[dict[str, Any], int]:
    """``record`` with lone surrogates in its string fields replaced by U+FFFD, and how many there were."""
    return _each_string_field(record, replace_surrogates)


def _each_string_field(record: dict[str, Any], fix: Callable[[str], tuple[str, int]]) -> tuple[dict[str, Any], int]:
    """``record`` with ``fix`` applied to each of its string fields, and the sum of the counts it gave."""
    fixed, total = dict(record), 0
    for key in STRING_FIELDS:
        value = record.get(key)
        if isinstance(value, str):
            fixed[key], count = fix(value)
            total += count
    return fixed, total


def article_from_record(record: dict[str, Any], fallback_id: str, origin: str) -> Article:
    """The article a JSON object describes; its ``text`` is kept exactly as given."""
    return Article(
        id=_record_id(record.get("id"), fallback_id),
        text=_record_text(record.get("text")),
        published=parse_published(record.get("published")),
        title=_optional_string(record.get("title")),
        url=_optional_string(record.get("url")),
        source=_optional_string(record.get("source")),
        origin=origin,
    )


def parse_published(value: object) -> date | None:
    """A publication date from ``YYYY-MM-DD`` or an ISO timestamp (its date as written); null or "" is None."""
    if value is None or value == "":
        return None
    match = PUBLISHED.match(value) if isinstance(value, str) else None
    try:
        if match is None:
            raise ValueError("not YYYY-MM-DD")
        return date.fromisoformat(match.group(1))
    except ValueError as error:
        raise RejectedInput(
            f'bad "published" {_shown(value)} ({error}); write YYYY-MM-DD, an ISO timestamp or null'
        ) from None


def _shown(value: object, width: int = 60) -> str:
    """A value as a reason quotes it: its repr, cut to ``width`` characters."""
    text = repr(value) if isinstance(value, str) else json.dumps(value, ensure_ascii=True)
    return text if len(text) <= width else text[: width - 3] + "..."


def _record_text(value: object) -> str:
    if value is None:
        raise RejectedInput('no "text"')
    if not isinstance(value, str):
        raise RejectedInput(f'"text" is {JSON_TYPE_NAMES.get(type(value), "an object")}, not a string')
    if not value.strip():
        raise RejectedInput('empty "text"')
    return value


def _record_id(value: object, fallback: str) -> str:
    if value is None or value == "":
        return fallback
    if isinstance(value, str | int) and not isinstance(value, bool):
        return str(value)
    raise RejectedInput(f'"id" is {JSON_TYPE_NAMES.get(type(value), "an object")}; give a string or a number')


def _optional_string(value: object) -> str | None:
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    return text.strip() or None
