"""Property-based tests: whatever an input holds, no reader raises, and every bad item is a rejection with a reason.

Budgets are fixed and modest (``max_examples``) so that the suite stays fast; no example database is kept.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.ingest import ReadLimits, count_inputs, read_file, read_paths
from eventwire.ingest.decode import RejectedInput
from eventwire.ingest.text_files import parse_header
from eventwire.model import Article, Rejection

PROPERTIES = settings(
    max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
SMALL_LIMITS = ReadLimits(max_file_bytes=50_000, max_decompressed_bytes=20_000)
SUFFIXES = ("a.txt", "a.jsonl", "a.ndjson", "a.txt.gz", "a.jsonl.gz", "a.dat")
PREFIXES = (b"", b"\x1f\x8b", b"\x1f\x8b\x08\x00", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE, b"{")

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(st.characters(exclude_categories=())),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4),
    max_leaves=12,
)
records = st.fixed_dictionaries(
    {},
    optional={
        "text": json_values,
        "id": json_values,
        "published": json_values | st.sampled_from(["2023-06-01", "2023-02-30", "2023-06-01T25:00", " 2023-06-01 "]),
        "title": json_values,
        "url": json_values,
        "source": json_values,
    },
)
json_fragments = st.sampled_from(
    ['{"text": ', "{", "}", "[", "]", '"', "\\ud800", "\\u", "9" * 5_000, ",", ":", "null"]
)
json_ish = st.one_of(
    records.map(json.dumps),
    json_values.map(lambda value: json.dumps(value, ensure_ascii=False)),
    st.lists(json_fragments, max_size=12).map("".join),
    st.integers(1, 3_000).map(lambda depth: '{"text": "x", "deep": ' + "[" * depth + "]" * depth + "}"),
)
bad_lines = st.one_of(
    json_ish.map(lambda line: line.encode("utf-8", "surrogatepass")),
    json_ish.map(lambda line: line.encode("utf-16", "surrogatepass")),
    st.binary(max_size=200),
).map(lambda raw: raw.replace(b"\n", b" "))


def good_line(number: int) -> bytes:
    return json.dumps({"text": f"Good report {number}.", "id": f"good-{number}"}).encode()


def check_items(items: Sequence[Article | Rejection]) -> None:
    """Every item is an article that can be written out, or a rejection with a reason."""
    for item in items:
        assert isinstance(item, Article | Rejection)
        item.origin.encode("utf-8")
        if isinstance(item, Rejection):
            assert item.reason.strip()
            item.reason.encode("utf-8")
        else:
            assert item.text.strip() and item.hash
            for value in (item.id, item.title, item.url, item.source):
                (value or "").encode("utf-8")


def read_written(folder: Path, name: str, data: bytes, limits: ReadLimits = SMALL_LIMITS) -> list[Article | Rejection]:
    path = folder / name
    path.write_bytes(data)
    items = list(read_file(path, limits=limits))
    check_items(items)
    assert count_inputs([path], limits=limits) == len(items)
    return items


@PROPERTIES
@given(data=st.binary(max_size=2_000), prefix=st.sampled_from(PREFIXES), name=st.sampled_from(SUFFIXES))
def test_arbitrary_bytes_never_escape_a_reader(tmp_path: Path, data: bytes, prefix: bytes, name: str) -> None:
    read_written(tmp_path, name, prefix + data)


@PROPERTIES
@given(data=st.binary(max_size=3_000), name=st.sampled_from(SUFFIXES))
def test_arbitrary_gzipped_bytes_never_escape_a_reader(tmp_path: Path, data: bytes, name: str) -> None:
    compressed = gzip.compress(data)
    read_written(tmp_path, name, compressed)
    read_written(tmp_path, name, compressed[: len(compressed) // 2])  # truncated
    read_written(tmp_path, name, compressed, ReadLimits(max_decompressed_bytes=max(1, len(data) // 2)))


@settings(max_examples=25, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=1_000), markup=st.sampled_from([b"", b"<html><body><p>", b"<!doctype html><p>"]))
def test_arbitrary_bytes_never_escape_the_html_reader(tmp_path: Path, data: bytes, markup: bytes) -> None:
    read_written(tmp_path, "a.html", markup + data)


@PROPERTIES
@given(bad=st.lists(bad_lines, min_size=1, max_size=5))
def test_bad_jsonl_lines_are_rejections_and_good_lines_are_read(tmp_path: Path, bad: list[bytes]) -> None:
    lines = [good_line(0)]
    for number, raw in enumerate(bad, start=1):
        lines += [raw, good_line(number)]
    items = read_written(tmp_path, "feed.jsonl", b"\n".join(lines) + b"\n", ReadLimits())
    path = tmp_path / "feed.jsonl"
    assert len(items) == sum(not line.isspace() and line != b"" for line in lines)  # one item per non-blank line
    by_origin = {item.origin: item for item in items}
    for line_number in range(1, len(lines) + 1, 2):  # the good lines: 1, 3, 5, ...
        item = by_origin[f"{path}:{line_number}"]
        assert isinstance(item, Article) and item.id == f"good-{line_number // 2}"


@PROPERTIES
@given(data=st.binary(max_size=2_000), prefix=st.sampled_from(PREFIXES))
def test_arbitrary_bytes_on_stdin_never_escape(data: bytes, prefix: bytes) -> None:
    check_items(list(read_paths(["-"], stdin=io.BytesIO(prefix + data), limits=SMALL_LIMITS)))


# The title pattern before header parsing was made linear: the new parse must mean the same on small inputs.
OLD_TITLE_LINE = re.compile(r"title:[ \t]*([^\n]*?)[ \t]*\n\s*", re.IGNORECASE)
head_texts = st.lists(
    st.sampled_from(["date", "Date:", " 2020-01-02", "title", "Title:", "TITLE:", " ", "\t", "\n", "x", "é", "\u00a0"]),
    max_size=12,
).map("".join)


@settings(max_examples=300, deadline=None, database=None)
@given(text=head_texts)
def test_the_linear_header_parse_reads_titles_as_the_old_pattern_did(text: str) -> None:
    try:
        header = parse_header(text)
    except RejectedInput:  # a date header that is no date: rejected before any title is looked for
        return
    start = _date_end(text)
    old: Any = OLD_TITLE_LINE.match(text, start)
    if old is None:
        assert header.title is None
    else:
        assert (header.title, header.text_start) == (old.group(1) or None, old.end())


def _date_end(text: str) -> int:
    match = re.match(r"\A\s*date:?[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|\Z)\s*", text, re.IGNORECASE)
    return match.end() if match else 0
