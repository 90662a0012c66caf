"""Plain-text articles: the date header, the title line, decoding and line endings."""

from __future__ import annotations

import gzip
import logging
import time
from datetime import date
from pathlib import Path

import pytest
from _pytest.logging import LogCaptureFixture

from eventwire.ingest import ReadLimits, read_file
from eventwire.ingest.text_files import article_from_text
from eventwire.model import Article, Rejection
from tests.timing import assert_grows_at_most

EXAMPLES = Path(__file__).parents[2] / "examples"
DEFAULT_LIMITS = ReadLimits()


def read_one(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> Article | Rejection:
    (item,) = read_file(path, limits=limits)
    return item


def article(path: Path) -> Article:
    item = read_one(path)
    assert isinstance(item, Article), item
    return item


def rejection(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> Rejection:
    item = read_one(path, limits)
    assert isinstance(item, Rejection), item
    assert item.origin == str(path)
    return item


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


def test_kyiv_example_header_is_the_publication_date_and_is_cut_from_the_text() -> None:
    path = EXAMPLES / "kyiv-2022-04-28.txt"
    kyiv = article(path)
    assert kyiv.id == "kyiv-2022-04-28"
    assert kyiv.published == date(2022, 4, 28)
    assert kyiv.text.startswith("Suspected Russian missile strikes hit downtown Kyiv on Thursday")
    assert "date 2022-04-28" not in kyiv.text
    assert kyiv.origin == str(path)
    assert kyiv.source is None
    assert kyiv.hash and len(kyiv.hash) == 64
    raw = path.read_text(encoding="utf-8")
    assert raw.strip().endswith(kyiv.text)  # the text is the file after the header, byte for byte


def test_header_on_its_own_line_with_leading_whitespace_and_colon(tmp_path: Path) -> None:
    item = article(write(tmp_path, "a.txt", "\n  Date: 2019-11-02\n\nA bridge collapsed in Dornfeld.\n"))
    assert item.published == date(2019, 11, 2)
    assert item.text == "A bridge collapsed in Dornfeld."


def test_no_header_means_no_date_and_the_whole_text(tmp_path: Path) -> None:
    item = article(write(tmp_path, "plain.txt", "Dates were picked in the oasis on 2019-11-02.\n"))
    assert item.published is None
    assert item.text == "Dates were picked in the oasis on 2019-11-02."
    assert item.id == "plain"


def test_a_date_that_does_not_exist_in_the_header_is_rejected(tmp_path: Path) -> None:
    reason = rejection(write(tmp_path, "bad.txt", "date 2022-02-30 Troops moved north.")).reason
    assert "2022-02-30" in reason
    assert "YYYY-MM-DD" in reason


def test_title_line_after_the_header(tmp_path: Path) -> None:
    item = article(write(tmp_path, "t.txt", "date 2020-05-01\nTitle: Strike at the port \nDockers walked out."))
    assert item.title == "Strike at the port"
    assert item.published == date(2020, 5, 1)
    assert item.text == "Dockers walked out."


def test_windows_line_endings_become_newlines(tmp_path: Path) -> None:
    item = article(write(tmp_path, "crlf.txt", "date 2020-05-01\r\nFirst paragraph.\r\n\r\nSecond one.\r\n"))
    assert item.text == "First paragraph.\n\nSecond one."


def test_utf8_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    item = article(write(tmp_path, "bom.txt", b"\xef\xbb\xbfdate 2021-01-02 Caf\xc3\xa9 owners protested."))
    assert item.published == date(2021, 1, 2)
    assert item.text == "Café owners protested."


def test_utf16_with_byte_order_mark_is_read(tmp_path: Path) -> None:
    item = article(write(tmp_path, "u16.txt", "date 2021-01-02 Crowds gathered in Łódź.".encode("utf-16")))
    assert item.text == "Crowds gathered in Łódź."


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("date 2021-01-02 Les employés du café se sont mis en grève jeudi.", "latin-1"),
        ("date 2021-01-02 \u201cWe will not give up,\u201d the minister said \u2014 again.", "cp1252"),
        ("date 2021-01-02 Войска вошли в город в четверг, сообщили власти.", "cp1251"),
    ],
)
def test_a_legacy_encoding_is_read_and_the_guess_is_a_warning(
    tmp_path: Path, caplog: LogCaptureFixture, text: str, encoding: str
) -> None:
    path = write(tmp_path, "legacy.txt", text.encode(encoding))
    with caplog.at_level(logging.WARNING, logger="eventwire.ingest"):
        item = article(path)
    assert item.text == text.removeprefix("date 2021-01-02 ")
    assert item.published == date(2021, 1, 2)
    (warning,) = caplog.messages
    assert warning.startswith(f"{path}: not UTF-8 (byte 0x")
    assert "read as cp125" in warning and "charset-normalizer" in warning


def test_utf8_with_a_few_broken_bytes_stays_utf8(tmp_path: Path, caplog: LogCaptureFixture) -> None:
    text = "Les employés du café se sont mis en grève jeudi. "
    path = write(tmp_path, "damaged.txt", text.encode() + b"Caf\xe9 ferm\xe9.")
    with caplog.at_level(logging.WARNING, logger="eventwire.ingest"):
        item = article(path)
    assert item.text == text + "Caf\ufffd ferm\ufffd."  # not mojibake: the UTF-8 characters are kept
    (warning,) = caplog.messages
    assert f"not valid UTF-8 (2 bad byte(s), the first byte 0xe9 at offset {len(text.encode()) + 3})" in warning


def test_binary_file_is_rejected(tmp_path: Path) -> None:
    reason = rejection(write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")).reason
    assert "binary" in reason
    assert "offset 8" in reason


def test_binary_data_without_nul_bytes_is_rejected(tmp_path: Path) -> None:
    noise = bytes((n * 7919) % 255 + 1 for n in range(4_000))  # every byte value but NUL
    assert "binary data" in rejection(write(tmp_path, "noise.txt", noise)).reason


@pytest.mark.parametrize(
    ("encoding", "bom"), [("utf-32", b""), ("utf-32-be", b"\x00\x00\xfe\xff"), ("utf-16-be", b"\xfe\xff")]
)
def test_utf32_and_big_endian_with_a_byte_order_mark(tmp_path: Path, encoding: str, bom: bytes) -> None:
    item = article(write(tmp_path, "wide.txt", bom + "date 2021-01-02 Crowds gathered in Łódź 🌧.".encode(encoding)))
    assert (item.published, item.text) == (date(2021, 1, 2), "Crowds gathered in Łódź 🌧.")


def test_utf16_without_a_byte_order_mark_is_rejected_with_a_hint(tmp_path: Path) -> None:
    reason = rejection(write(tmp_path, "u16.txt", "Crowds gathered.".encode("utf-16-le"))).reason
    assert "binary data" in reason and "byte-order mark" in reason


def test_gzipped_text_by_suffix_or_by_magic_number(tmp_path: Path) -> None:
    content = gzip.compress(b"date 2021-01-02 Zipped report.")
    by_suffix = article(write(tmp_path, "report.txt.gz", content))
    assert (by_suffix.id, by_suffix.text, by_suffix.published) == ("report", "Zipped report.", date(2021, 1, 2))
    by_magic = article(write(tmp_path, "plain.txt", content))
    assert by_magic.text == "Zipped report."


def test_a_gzip_bomb_is_a_rejection_naming_the_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "bomb.txt.gz", gzip.compress(b" " * 1_000_000 + b"x"))
    reason = rejection(path, limits=ReadLimits(max_decompressed_bytes=100_000)).reason
    assert "decompresses to more than the 0.1 MB limit (max_decompressed_bytes=100000)" in reason
    assert "decompression bomb" in reason


def test_a_file_over_the_size_limit_is_rejected_before_it_is_read(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", "Shelling continued. " * 100)
    reason = rejection(path, limits=ReadLimits(max_file_bytes=1_000)).reason
    assert reason.startswith("the file holds 2,000 bytes, over the 0.001 MB limit (max_file_bytes=1000)")


@pytest.mark.parametrize(
    ("content", "expected"),
    [(b"", "empty file"), (b"  \n\t\n", "only whitespace"), (b" date 2021-01-02 \n\n", "no article text")],
)
def test_files_without_text_are_rejected(tmp_path: Path, content: bytes, expected: str) -> None:
    assert expected in rejection(write(tmp_path, "empty.txt", content)).reason


def test_an_article_of_several_megabytes_is_read_whole(tmp_path: Path) -> None:
    body = "Shelling continued overnight in the district. " * 100_000
    item = article(write(tmp_path, "long.txt", "date 2022-03-01 " + body))
    assert len(item.text) == len(body.rstrip())
    assert item.published == date(2022, 3, 1)


# Heads that made the old backtracking title pattern take cubic time ("Title:" + 2,000 spaces: 6.9 s).
PATHOLOGICAL_HEADS = (
    lambda n: "Title:" + " " * n,
    lambda n: "Title: x" + " \t" * n + "y",
    lambda n: "date 2020-01-01\nTitle:" + " " * n + "x",
    lambda n: "date" + " " * n + "x",
    lambda n: " " * n + "date 2020-01-01" + " " * n + "text",
    lambda n: "Title:" + " " * n + "\n" + " " * n + "text",
)


def header_times(sizes: tuple[int, ...], rounds: int = 7) -> list[float]:
    """For each size, the fastest of ``rounds`` runs reading every pathological head of that size.

    The sizes take turns within each round, so that a moment of load on a shared machine hits all of them.
    """
    texts = [[head(size) for head in PATHOLOGICAL_HEADS] for size in sizes]
    best = [float("inf")] * len(sizes)
    for _ in range(rounds):
        for index, batch in enumerate(texts):
            started = time.perf_counter()
            for text in batch:
                article_from_text(text, article_id="t", origin="t")
            best[index] = min(best[index], time.perf_counter() - started)
    return best


def test_header_parsing_time_is_linear_in_pathological_heads() -> None:
    (small,) = header_times((2_000,), rounds=1)
    assert small < 0.1  # fails fast instead of hanging if the parse turns super-linear again

    def measure() -> tuple[float, float]:
        # Large enough (tens of milliseconds) that a moment of load or an allocation is not most of the time:
        # at 100,000 characters each run took about 3 ms, and one busy moment made it look 4x slower.
        single, double = header_times((1_000_000, 2_000_000), rounds=5)
        return single, double

    assert_grows_at_most(measure, factor=2.5, slack=0.005, attempts=5)


def test_a_title_line_is_found_and_a_last_line_title_is_text(tmp_path: Path) -> None:
    item = article(write(tmp_path, "t.txt", "TITLE:\t Floods in the valley \t\n\n  Rain fell for days."))
    assert (item.title, item.text) == ("Floods in the valley", "Rain fell for days.")
    blank = article(write(tmp_path, "b.txt", "Title:   \nRain fell."))
    assert (blank.title, blank.text) == (None, "Rain fell.")
    last = article(write(tmp_path, "l.txt", "Title: only a title"))
    assert (last.title, last.text) == (None, "Title: only a title")
