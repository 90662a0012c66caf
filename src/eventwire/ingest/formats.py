"""Which reader a file goes to: by its suffix, else by a look at its first bytes."""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from pathlib import Path

from eventwire.ingest.html import read_html_file
from eventwire.ingest.jsonl import read_jsonl
from eventwire.ingest.text_files import read_text_file
from eventwire.model import Article, Rejection


class InputFormat(enum.Enum):
    TEXT = "text"
    JSONL = "jsonl"
    HTML = "html"


SUFFIX_FORMATS = {
    ".txt": InputFormat.TEXT,
    ".text": InputFormat.TEXT,
    ".jsonl": InputFormat.JSONL,
    ".ndjson": InputFormat.JSONL,
    ".jsonl.gz": InputFormat.JSONL,
    ".ndjson.gz": InputFormat.JSONL,
    ".html": InputFormat.HTML,
    ".htm": InputFormat.HTML,
}
HTML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*<(?:!doctype\s+html|html|head|body|!--)", re.IGNORECASE)
JSON_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*\{")
SNIFF_BYTES = 1024


def known_format(path: Path) -> InputFormat | None:
    """The format a file's suffix names (``.jsonl.gz`` counts as one suffix), or None."""
    name = path.name.lower()
    double = "".join(path.suffixes[-2:]).lower()
    return SUFFIX_FORMATS.get(double if name.endswith(".gz") else path.suffix.lower())


def format_of(path: Path) -> InputFormat:
    """A file's format: from its suffix, else HTML or JSONL if it starts like one, else text."""
    by_suffix = known_format(path)
    if by_suffix is not None:
        return by_suffix
    try:
        with path.open("rb") as stream:
            head = stream.read(SNIFF_BYTES)
    except OSError:
        return InputFormat.TEXT  # the text reader reports why it cannot be read
    if HTML_START.match(head):
        return InputFormat.HTML
    return InputFormat.JSONL if JSON_START.match(head) else InputFormat.TEXT


def read_file(path: Path) -> Iterator[Article | Rejection]:
    """The articles (or rejections) in one file, whatever its format."""
    path = Path(path)
    kind = format_of(path)
    if kind is InputFormat.JSONL:
        yield from read_jsonl(path)
    elif kind is InputFormat.HTML:
        yield read_html_file(path)
    else:
        yield read_text_file(path)
