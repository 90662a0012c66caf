"""JSONL articles: exact texts, line numbers on bad lines, and speed."""

from __future__ import annotations

import gzip
import json
import logging
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from _pytest.logging import LogCaptureFixture as LogCapture

from eventwire.ingest import ReadLimits, read_file
from eventwire.model import Article, Rejection

GOOD = {"id": "a1", "text": "Protesters marched.", "published": "2023-06-01", "title": "March", "source": "Wire"}


def write_lines(tmp_path: Path, lines: list[str], name: str = "feed.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def line(ensure_ascii: bool = True, **record: Any) -> str:
    return json.dumps(record, ensure_ascii=ensure_ascii)


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


def test_a_line_in_a_legacy_encoding_is_read_alone_with_a_warning(tmp_path: Path, caplog: LogCapture) -> None:
    path = tmp_path / "mixed.jsonl"
    first = line(text="fine").encode() + b"\n"
    legacy = line(text="\u201cWe will fight,\u201d said the minister of the caf\xe9", ensure_ascii=False).encode(
        "cp1252"
    )
    path.write_bytes(first + legacy + b"\n" + line(text="also fine").encode() + b"\n" + legacy + b"\n")
    with caplog.at_level(logging.WARNING, logger="eventwire.ingest"):
        items = list(read_file(path))
    assert [type(i) for i in items] == [Article, Article, Article, Article]
    assert items[1].text == items[3].text == "\u201cWe will fight,\u201d said the minister of the caf\xe9"
    (warning,) = caplog.messages  # once per file and encoding, not once per line
    assert warning.startswith(f"{path}:2: not UTF-8 (byte 0x93 at offset {len(first) + 10}); read as cp1252")


def test_a_line_of_binary_data_is_rejected_alone(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(line(text="fine").encode() + b"\n\x01\x02\x00\x03\n" + line(text="also fine").encode() + b"\n")
    items = list(read_file(path))
    assert [type(i) for i in items] == [Article, Rejection, Article]
    assert isinstance(items[1], Rejection) and "binary data" in items[1].reason


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


def good_after(tmp_path: Path, bad: str | bytes, name: str = "feed.jsonl") -> list[Article | Rejection]:
    """What is read from a file of a good line, ``bad``, and another good line."""
    raw = bad if isinstance(bad, bytes) else bad.encode()
    path = tmp_path / name
    path.write_bytes(line(text="Before.").encode() + b"\n" + raw + b"\n" + line(text="After.").encode() + b"\n")
    items = list(read_file(path))
    assert [i.text for i in items if isinstance(i, Article)][-1] == "After."  # the lines after a bad one are read
    return items


def test_a_lone_surrogate_becomes_u_fffd_with_a_warning(tmp_path: Path, caplog: LogCapture) -> None:
    with caplog.at_level(logging.WARNING, logger="eventwire.ingest"):
        items = good_after(tmp_path, r'{"text": "x \ud800", "title": "\udfff t", "id": "s\ud83d"}')
    middle = items[1]
    assert isinstance(middle, Article)
    assert (middle.text, middle.title, middle.id) == ("x \ufffd", "\ufffd t", "s\ufffd")
    assert middle.hash  # the text can be encoded (and stored) now
    assert caplog.messages == [
        f"{tmp_path / 'feed.jsonl'}:2: 3 lone surrogate(s) (\\ud800-\\udfff escapes, no character) replaced by U+FFFD"
    ]
    (pair,) = read_file(write_lines(tmp_path, [r'{"text": "fire \ud83d\udd25"}'], "pair.jsonl"))
    assert isinstance(pair, Article) and pair.text == "fire \U0001f525"  # a surrogate pair is one character


def test_c1_controls_that_stand_for_cp1252_punctuation_are_put_back_with_a_warning(
    tmp_path: Path, caplog: LogCapture
) -> None:
    with caplog.at_level(logging.WARNING, logger="eventwire.ingest"):
        record = r'{"text": "the army\u0092s \u0093camp\u0094 \u0096 gone", "title": "Kano\u0092s"}'
        items = good_after(tmp_path, record)
    middle = items[1]
    assert isinstance(middle, Article)
    assert (middle.text, middle.title) == ("the army’s “camp” – gone", "Kano’s")  # one for one
    assert caplog.messages == [
        f"{tmp_path / 'feed.jsonl'}:2: 5 C1 control character(s) (cp1252 punctuation read as Latin-1) put back as "
        "cp1252's"
    ]
    (undefined,) = read_file(write_lines(tmp_path, [r'{"text": "a\u0081b"}'], "undefined.jsonl"))
    assert isinstance(undefined, Article) and undefined.text == "a\x81b"  # no cp1252 character: left as it is


def test_json_nested_deeper_than_the_parser_goes_is_a_rejection(tmp_path: Path) -> None:
    items = good_after(tmp_path, "[" * 100_000 + "]" * 100_000)
    assert isinstance(items[1], Rejection) and "nested too deep" in items[1].reason
    nested_value = '{"text": "ok", "gold": ' + "[" * 50_000 + "]" * 50_000 + "}"
    assert isinstance(good_after(tmp_path, nested_value)[1], Rejection)


def test_an_integer_of_over_4300_digits_is_a_rejection(tmp_path: Path) -> None:
    items = good_after(tmp_path, '{"text": "x", "n": ' + "9" * 5_000 + "}")
    bad = items[1]
    assert isinstance(bad, Rejection) and bad.origin.endswith(":2")
    assert "4300 digits" in bad.reason and "write such numbers as strings" in bad.reason
    assert "set_int_max_str_digits" not in bad.reason


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_utf16_and_utf32_with_a_byte_order_mark(tmp_path: Path, encoding: str) -> None:
    bom = {"utf-16-be": b"\xfe\xff", "utf-32-be": b"\x00\x00\xfe\xff"}.get(encoding, b"")
    content = "\r\n".join(
        [line(text="Crowds in Łódź."), "", "{oops", line(text="Rain in Kraków 🌧", ensure_ascii=False)]
    )
    path = tmp_path / "wide.jsonl"
    path.write_bytes(bom + (content + "\n").encode(encoding))
    items = list(read_file(path))
    assert [type(i) for i in items] == [Article, Rejection, Article]
    assert [i.origin for i in items] == [f"{path}:1", f"{path}:3", f"{path}:4"]
    assert [i.text for i in items if isinstance(i, Article)] == ["Crowds in Łódź.", "Rain in Kraków 🌧"]


def test_broken_utf16_stops_with_a_rejection_after_the_lines_read(tmp_path: Path) -> None:
    path = tmp_path / "broken.jsonl"
    path.write_bytes(
        (line(text="first") + "\n").encode("utf-16") + "\ud800".encode("utf-16-le", "surrogatepass") + b"x"
    )
    items = list(read_file(path))
    assert [type(i) for i in items] == [Article, Rejection]
    assert isinstance(items[1], Rejection) and "broken UTF-16" in items[1].reason


def test_gzip_is_known_by_its_magic_number_whatever_the_name(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"  # gzipped, but not named so
    path.write_bytes(gzip.compress((line(text="one") + "\n" + line(text="two") + "\n").encode()))
    assert [i.text for i in read_file(path) if isinstance(i, Article)] == ["one", "two"]
    (sniffed,) = read_file(_gzip_to(tmp_path / "dump.2023.gz", line(text="sniffed") + "\n"))
    assert isinstance(sniffed, Article) and sniffed.id == "dump.2023:1"


def _gzip_to(path: Path, content: str) -> Path:
    path.write_bytes(gzip.compress(content.encode()))
    return path


def test_a_decompression_bomb_is_a_rejection_naming_the_limit_and_lines_before_it_are_kept(tmp_path: Path) -> None:
    path = _gzip_to(tmp_path / "bomb.jsonl.gz", "".join(line(text=f"Report {n}.") + "\n" for n in range(100)))
    items = list(read_file(path, limits=ReadLimits(max_decompressed_bytes=500)))
    *read, stop = items
    assert read and all(isinstance(i, Article) for i in read)
    assert isinstance(stop, Rejection) and stop.origin == f"{path}:{len(read) + 1}"
    assert stop.reason.startswith(f"stopped reading after line {len(read)}: the gzip data decompresses to more than")
    assert "max_decompressed_bytes=500" in stop.reason


def test_one_long_line_without_a_break_stops_at_the_limit(tmp_path: Path) -> None:
    path = _gzip_to(tmp_path / "long.jsonl.gz", '{"text": "' + "x" * 100_000)
    (stop,) = read_file(path, limits=ReadLimits(max_decompressed_bytes=10_000))
    assert isinstance(stop, Rejection) and "max_decompressed_bytes=10000" in stop.reason


@pytest.mark.parametrize("damage", ["truncated", "corrupted"])
def test_broken_gzip_data_is_a_rejection_after_the_lines_read(tmp_path: Path, damage: str) -> None:
    data = gzip.compress("".join(line(text=f"Report {n}.") + "\n" for n in range(2000)).encode())
    if damage == "truncated":
        data = data[: len(data) // 2]
    else:
        data = data[:20] + bytes(b ^ 0x5A for b in data[20:40]) + data[40:]
    path = tmp_path / "broken.jsonl.gz"
    path.write_bytes(data)
    items = list(read_file(path))
    assert isinstance(items[-1], Rejection) and "gzip data" in items[-1].reason
    assert all(isinstance(i, Article) for i in items[:-1])


def test_a_file_over_the_size_limit_is_one_rejection(tmp_path: Path) -> None:
    path = write_lines(tmp_path, [line(text="x" * 500)])
    (item,) = read_file(path, limits=ReadLimits(max_file_bytes=100))
    assert isinstance(item, Rejection) and item.origin == str(path)
    assert "holds 513 bytes, over the 0.0001 MB limit (max_file_bytes=100)" in item.reason
