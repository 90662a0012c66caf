"""Files and folders: recursion, order, skipped entries, missing paths, counting."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.ingest import InputFormat, count_inputs, format_of, read_file, read_paths
from eventwire.model import Article, Rejection

EXAMPLES = Path(__file__).parents[2] / "examples"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / ".cache").mkdir()
    (tmp_path / "b" / "two.txt").write_text("date 2020-01-02 Second article.")
    (tmp_path / "a" / "deep" / "one.text").write_text("First article.")
    (tmp_path / "a" / "feed.jsonl").write_text(json.dumps({"text": "Feed one."}) + "\n" + "oops\n")
    (tmp_path / "a" / "notes.md").write_text("Not an article.")
    (tmp_path / "a" / "photo.png").write_bytes(b"\x89PNG\x00")
    (tmp_path / ".hidden.txt").write_text("Hidden article.")
    (tmp_path / ".cache" / "c.txt").write_text("Cached article.")
    (tmp_path / "empty.txt").write_text("")
    return tmp_path


def test_folders_are_read_recursively_in_sorted_order_skipping_hidden_and_unknown(corpus: Path) -> None:
    items = list(read_paths([corpus]))
    origins = [i.origin for i in items]
    assert origins == [
        str(corpus / "a" / "deep" / "one.text"),
        f"{corpus / 'a' / 'feed.jsonl'}:1",
        f"{corpus / 'a' / 'feed.jsonl'}:2",
        str(corpus / "b" / "two.txt"),
        str(corpus / "empty.txt"),
    ]
    assert [type(i) for i in items] == [Article, Article, Rejection, Article, Rejection]


def test_count_inputs_matches_what_is_read(corpus: Path) -> None:
    assert count_inputs([corpus, EXAMPLES]) == len(list(read_paths([corpus, EXAMPLES])))
    assert count_inputs([corpus / "missing"]) is None


def test_a_missing_path_raises_before_anything_is_read(corpus: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder") as raised:
        read_paths([corpus / "b" / "two.txt", corpus / "nope.jsonl"])
    assert "nope.jsonl" in str(raised.value)


def test_files_are_read_in_the_order_given(corpus: Path) -> None:
    items = list(read_paths([str(corpus / "b" / "two.txt"), EXAMPLES / "kyiv-2022-04-28.txt"]))
    assert [i.id for i in items if isinstance(i, Article)] == ["two", "kyiv-2022-04-28"]


def test_a_file_named_explicitly_is_read_whatever_its_suffix(corpus: Path) -> None:
    (item,) = read_paths([corpus / "a" / "notes.md"])
    assert isinstance(item, Article) and item.text == "Not an article."
    (hidden,) = read_paths([corpus / ".hidden.txt"])
    assert isinstance(hidden, Article)


def test_unknown_suffixes_are_sniffed(tmp_path: Path) -> None:
    page = tmp_path / "page.dat"
    page.write_text("<!DOCTYPE html>\n<html><body><p>Hi</p></body></html>")
    feed = tmp_path / "dump.out"
    feed.write_text(json.dumps({"text": "From a dump."}) + "\n")
    note = tmp_path / "README"
    note.write_text("Just words.")
    assert [format_of(p) for p in (page, feed, note)] == [InputFormat.HTML, InputFormat.JSONL, InputFormat.TEXT]
    (item,) = read_file(feed)
    assert isinstance(item, Article) and item.text == "From a dump."


def test_the_bundled_examples_all_read(corpus: Path) -> None:
    items = list(read_paths([EXAMPLES]))
    assert items and all(isinstance(i, Article) for i in items)
    assert sum(1 for i in items if i.origin.startswith(str(EXAMPLES / "gvc-sample.jsonl"))) == len(items) - 1


def test_links_to_folders_are_not_followed_so_a_loop_ends(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "one.txt").write_text("One article.")
    (tmp_path / "news" / "loop").symlink_to(tmp_path)
    assert [i.origin for i in read_paths([tmp_path])] == [str(tmp_path / "news" / "one.txt")]
