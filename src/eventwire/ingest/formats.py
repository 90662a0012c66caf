"""Which reader an input goes to: by its file suffix, else by a look at its first (decompressed) bytes."""

from __future__ import annotations

import enum
import io
import re
from collections.abc import Iterator
from pathlib import Path

from eventwire.ingest.decode import RejectedInput, byte_order_mark
from eventwire.ingest.fetch import Fetcher
from eventwire.ingest.html import read_html
from eventwire.ingest.jsonl import count_records, read_jsonl
from eventwire.ingest.limits import ReadLimits
from eventwire.ingest.sources import Source, file_source, open_source
from eventwire.ingest.text_files import read_text
from eventwire.ingest.warc import WARC_START, count_warc, read_warc
from eventwire.ingest.web import looks_like_feed, read_feed, read_url_list
from eventwire.model import Article, Rejection


class InputFormat(enum.Enum):
    TEXT = "text"
    JSONL = "jsonl"
    HTML = "html"
    WARC = "warc"
    FEED = "feed"
    URLS = "urls"


SUFFIX_FORMATS = {
    ".txt": InputFormat.TEXT,
    ".text": InputFormat.TEXT,
    ".jsonl": InputFormat.JSONL,
    ".ndjson": InputFormat.JSONL,
    ".html": InputFormat.HTML,
    ".htm": InputFormat.HTML,
    ".warc": InputFormat.WARC,
    ".rss": InputFormat.FEED,
    ".atom": InputFormat.FEED,
    ".urls": InputFormat.URLS,
}
SUFFIX_FORMATS |= {f"{suffix}.gz": kind for suffix, kind in SUFFIX_FORMATS.items()}
HTML_START = re.compile(r"\A\s*<(?:!doctype\s+html|html|head|body|!--)", re.IGNORECASE)
JSON_START = re.compile(r"\A\s*\{")
SNIFF_BYTES = 1024
DEFAULT_LIMITS = ReadLimits()


def known_format(path: Path) -> InputFormat | None:
    """The format a file's suffix names (``.jsonl.gz`` counts as one suffix), or None."""
    name = path.name.lower()
    double = "".join(path.suffixes[-2:]).lower()
    return SUFFIX_FORMATS.get(double if name.endswith(".gz") else path.suffix.lower())


def sniffed_format(head: bytes) -> InputFormat:
    """WARC, HTML or JSONL if ``head`` (the first bytes of an input) starts like one, else text."""
    mark = byte_order_mark(head)
    start = head[mark.length :].decode(mark.codec, errors="ignore") if mark else head.decode("latin-1")
    if head.startswith(WARC_START):
        return InputFormat.WARC
    if looks_like_feed(head):
        return InputFormat.FEED
    if HTML_START.match(start):
        return InputFormat.HTML
    return InputFormat.JSONL if JSON_START.match(start) else InputFormat.TEXT


def format_of(path: Path, *, limits: ReadLimits = DEFAULT_LIMITS) -> InputFormat:
    """A file's format: from its suffix, else HTML or JSONL if it starts like one, else text."""
    source = file_source(path)
    try:
        with open_source(source, limits) as stream:
            return _format(source, stream)
    except RejectedInput:
        return known_format(Path(path)) or InputFormat.TEXT  # its reader reports why it cannot be read


def read_file(path: Path, *, limits: ReadLimits = DEFAULT_LIMITS) -> Iterator[Article | Rejection]:
    """The articles (or rejections) in one file, whatever its format; gzipped files are decompressed."""
    return read_source(file_source(path), limits)


def read_source(
    source: Source, limits: ReadLimits = DEFAULT_LIMITS, fetcher: Fetcher | None = None
) -> Iterator[Article | Rejection]:
    """The articles (or rejections) in one input; an input that cannot be read at all is one rejection.
    A feed's items and a URL list's pages are fetched with ``fetcher`` (default: settings from the environment)."""
    try:
        with open_source(source, limits) as stream:
            kind = _format(source, stream)
            if kind is InputFormat.JSONL:
                yield from read_jsonl(stream, source)
            elif kind is InputFormat.HTML:
                yield read_html(stream, source)
            elif kind is InputFormat.WARC:
                yield from read_warc(stream, source)
            elif kind in (InputFormat.FEED, InputFormat.URLS):
                data = stream.read()
                web = fetcher or Fetcher()
                read = read_feed if kind is InputFormat.FEED else read_url_list
                yield from read(data, source.origin, web)
            else:
                yield read_text(stream, source)
    except RejectedInput as error:
        yield Rejection(source.origin, error.reason)


def count_source(source: Source, limits: ReadLimits = DEFAULT_LIMITS) -> int:
    """How many items ``read_source`` yields, without decoding or parsing anything."""
    try:
        with open_source(source, limits) as stream:
            kind = _format(source, stream)
            if kind is InputFormat.WARC:
                return count_warc(stream)
            if kind in (InputFormat.FEED, InputFormat.URLS):
                return 1  # known only once fetched
            return count_records(stream) if kind is InputFormat.JSONL else 1
    except RejectedInput:
        return 1


def _format(source: Source, stream: io.BufferedReader) -> InputFormat:
    by_suffix = known_format(source.path) if source.path is not None else None
    return by_suffix or sniffed_format(stream.peek(SNIFF_BYTES)[:SNIFF_BYTES])
