"""JSONL (and NDJSON, optionally gzipped): one article a line.

Each line is a JSON object with ``text`` (required, kept exactly as given: offsets index into it),
``id``, ``published`` (``YYYY-MM-DD``, a full ISO timestamp whose date part is taken as written, or
null), ``title``, ``url`` and ``source``; other keys are ignored. A bad line becomes a ``Rejection``
whose origin is ``path:line``; the other lines are still read. Blank lines are skipped. The file is
streamed, never loaded whole.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Iterator
from datetime import date
from io import BufferedIOBase
from pathlib import Path
from typing import Any

from eventwire.ingest.decode import RejectedInput, decode_text
from eventwire.model import Article, Rejection

PUBLISHED = re.compile(r"\s*(\d{4}-\d{2}-\d{2})(?:[Tt ]\d[^\n]*)?\s*\Z")
JSON_TYPE_NAMES = {list: "an array", str: "a string", int: "a number", float: "a number", bool: "true/false"}


def read_jsonl(path: Path) -> Iterator[Article | Rejection]:
    """Every non-blank line of ``path`` as an article or a rejection, in file order."""
    try:
        stream = open_lines(path)
    except OSError as error:
        yield Rejection(str(path), f"cannot read the file ({error.strerror or error})")
        return
    with stream:
        yield from _read_lines(stream, path)


def open_lines(path: Path) -> BufferedIOBase:
    """The file's bytes, uncompressed when its name ends in ``.gz``."""
    if path.suffix.lower() == ".gz":
        return gzip.open(path, "rb")
    return path.open("rb")


def file_stem(path: Path) -> str:
    """The name of a file without its suffix (``feed.jsonl.gz`` -> ``feed``)."""
    return Path(path.stem).stem if path.suffix.lower() == ".gz" else path.stem


def _read_lines(lines: Iterable[bytes], path: Path) -> Iterator[Article | Rejection]:
    offset, number, stem = 0, 0, file_stem(path)
    try:
        for number, raw in enumerate(lines, start=1):
            if not raw.isspace():
                yield read_line(raw, offset, f"{path}:{number}", f"{stem}:{number}")
            offset += len(raw)
    except (OSError, EOFError) as error:
        yield Rejection(f"{path}:{number + 1}", f"cannot read the file past line {number} ({error})")


def read_line(raw: bytes, offset: int, origin: str, fallback_id: str) -> Article | Rejection:
    """One line's article; ``offset`` is where the line starts in its file, for the reasons."""
    try:
        record = parse_record(decode_text(raw, offset))
        return article_from_record(record, fallback_id, origin)
    except RejectedInput as error:
        return Rejection(origin, error.reason)


def parse_record(line: str) -> dict[str, Any]:
    """The JSON object on ``line``."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise RejectedInput(f"not JSON ({error.msg}: column {error.colno})") from None
    if not isinstance(record, dict):
        raise RejectedInput(f"not a JSON object but {JSON_TYPE_NAMES.get(type(record), 'null')}")
    return record


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
            f'bad "published" {value!r} ({error}); write YYYY-MM-DD, an ISO timestamp or null'
        ) from None


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
