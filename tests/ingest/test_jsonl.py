"""JSONL articles: exact texts, line numbers on bad lines, and speed."""

from __future__ import annotations

import gzip
import json
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventwire.ingest import read_file
from eventwire.model import Article, Rejection

GOOD = {"id": "a1", "text": "Protesters marched.", "published": "2023-06-01", "title": "March", "source": "Wire"}


def write_lines(tmp_path: Path, lines: list[str], name: str = "feed.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def line(**record: Any) -> str:
    return json.dumps(record)


def test_one_bad_line_is_a_rejection_with_its_line_number_and_the_others_are_read(tmp_path: Path) -> None:
    path = write_lines(tmp_path, [line(**GOOD), line(id="a2", text="Second report."), "{not json", line(text="Third.")])
    items = list(read_file(path))
    assert [type(i) for i in items] == [Article, Article, Rejection, Article]
    bad = items[2]
    assert isinstance(bad, Rejection)
    assert bad.origin == f"{path}:3"
    assert bad.reason.startswith("not JSON (")
    assert str(bad) == f"{path}:3: {bad.reason}"
    third = items[3]
    assert isinstance(third, Article) and third.id == "feed:4" and third.origin == f"{path}:4"


def test_fields_are_read_and_extra_keys_ignored(tmp_path: Path) -> None:
    record = {**GOOD, "url": "https://wire.example/a1", "gold": {"events": []}}
    (item,) = read_file(write_lines(tmp_path, [json.dumps(record)]))
    assert isinstance(item, Article)
    assert (item.id, item.published, item.title, item.url, item.source) == (
        "a1",
        date(2023, 6, 1),
        "March",
        "https://wire.example/a1",
        "Wire",
    )


def test_text_is_kept_exactly_as_given(tmp_path: Path) -> None:
    text = "  Headline\r\n\r\nBody with \u2028 separator,\ttabs and emoji \U0001f525 and trailing space.  \n"
    (item,) = read_file(write_lines(tmp_path, [line(id=7, text=text, published=None)]))
    assert isinstance(item, Article)
    assert item.text == text
    assert item.id == "7"
    assert item.published is None


@pytest.mark.parametrize(
    ("published", "expected"),
    [("2023-06-01T23:30:00-05:00", date(2023, 6, 1)), ("2023-06-01 08:00", date(2023, 6, 1)), ("", None)],
)
def test_published_timestamps_give_their_date_as_written(tmp_path: Path, published: str, expected: date) -> None:
    (item,) = read_file(write_lines(tmp_path, [line(text="x y", published=published)]))
    assert isinstance(item, Article) and item.published == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('["a list"]', "not a JSON object but an array"),
        (line(id="x"), 'no "text"'),
        (line(text="   "), 'empty "text"'),
        (line(text=12), '"text" is a number'),
        (line(text="ok", published="06/01/2023"), "bad \"published\" '06/01/2023'"),
        (line(text="ok", published="2023-02-30"), "bad \"published\" '2023-02-30'"),
    ],
)
def test_bad_lines_say_why(tmp_path: Path, raw: str, expected: str) -> None:
    path = write_lines(tmp_path, [line(**GOOD), raw])
    first, second = read_file(path)
    assert isinstance(first, Article)
    assert isinstance(second, Rejection)
    assert second.origin == f"{path}:2"
    assert expected in second.reason


def test_blank_lines_are_skipped_but_counted(tmp_path: Path) -> None:
    path = write_lines(tmp_path, ["", line(text="one"), "   ", line(text="two")])
    items = list(read_file(path))
    assert [i.origin for i in items] == [f"{path}:2", f"{path}:4"]


def test_byte_order_mark_and_windows_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "bom.ndjson"
    path.write_bytes(b"\xef\xbb\xbf" + line(text="first").encode() + b"\r\n" + line(text="second").encode() + b"\r\n")
    assert [i.text for i in read_file(path) if isinstance(i, Article)] == ["first", "second"]


def test_a_line_that_is_not_utf8_is_rejected_alone(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    first = line(text="fine").encode() + b"\n"
    path.write_bytes(first + b'{"text": "caf\xe9"}\n' + line(text="also fine").encode() + b"\n")
    items = list(read_file(path))
    assert [type(i) for i in items] == [Article, Rejection, Article]
    assert isinstance(items[1], Rejection) and items[1].origin == f"{path}:2"
    assert f"byte 0xe9 at offset {len(first) + 13}" in items[1].reason


def test_gzipped_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "archive.jsonl.gz"
    path.write_bytes(gzip.compress((line(text="Zipped report.") + "\n").encode()))
    (item,) = read_file(path)
    assert isinstance(item, Article) and item.text == "Zipped report." and item.id == "archive:1"


def test_six_hundred_lines_read_well_under_a_second(tmp_path: Path) -> None:
    body = "Gunmen attacked a convoy near the border, officials said. " * 80
    records = [line(id=str(n), text=f"{n}. {body}", published="2016-07-02", title="t") for n in range(600)]
    path = write_lines(tmp_path, records)
    started = time.perf_counter()
    items = list(read_file(path))
    elapsed = time.perf_counter() - started
    assert len(items) == 600 and all(isinstance(i, Article) for i in items)
    assert elapsed < 0.5
