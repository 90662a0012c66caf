"""Files and folders: recursion, order, skipped entries, missing paths, counting."""

from __future__ import annotations

import gzip
import io
import json
import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.errors import InputError, SettingsError
from eventwire.ingest import InputFormat, ReadLimits, count_inputs, format_of, read_file, read_paths
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


LOOP = "a symbolic link that loops back on itself"


@pytest.fixture
def loops(tmp_path: Path) -> Path:
    """A folder with a link to itself, and two folders whose links point at each other."""
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "one" / "a.txt").write_text("First article.")
    (tmp_path / "one" / "me.txt").symlink_to("me.txt")
    (tmp_path / "one" / "there.jsonl").symlink_to(tmp_path / "two" / "back.jsonl")
    (tmp_path / "two" / "back.jsonl").symlink_to(tmp_path / "one" / "there.jsonl")
    (tmp_path / "two" / "up").symlink_to(tmp_path / "one")
    (tmp_path / "two" / "z.txt").write_text("Last article.")
    return tmp_path


def test_links_that_loop_are_rejections_and_the_rest_is_read(loops: Path) -> None:
    items = list(read_paths([loops]))
    assert [(type(i), i.origin) for i in items] == [
        (Article, str(loops / "one" / "a.txt")),
        (Rejection, str(loops / "one" / "me.txt")),
        (Rejection, str(loops / "one" / "there.jsonl")),
        (Rejection, str(loops / "two" / "back.jsonl")),
        (Article, str(loops / "two" / "z.txt")),
    ]
    assert all(LOOP in i.reason for i in items if isinstance(i, Rejection))
    assert count_inputs([loops]) == len(items)


def test_a_link_that_loops_named_explicitly_is_a_rejection(loops: Path) -> None:
    items = list(read_paths([loops / "one" / "me.txt", loops / "two" / "z.txt"]))
    assert [type(i) for i in items] == [Rejection, Article]
    assert isinstance(items[0], Rejection) and LOOP in items[0].reason
    assert count_inputs([loops / "one" / "me.txt"]) == 1


def test_a_broken_link_named_explicitly_raises_before_anything_is_read(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nothing.txt")
    with pytest.raises(InputError, match="a broken symbolic link"):
        read_paths([tmp_path / "gone.txt"])


@pytest.fixture
def socket_file(tmp_path: Path) -> Iterator[Path]:
    """A file that exists but cannot be opened, even by root: a Unix socket."""
    path = tmp_path / "s.txt"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        yield path


def test_a_file_that_cannot_be_opened_is_a_rejection_and_the_others_are_read(tmp_path: Path, socket_file: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("A good article.")
    items = list(read_paths([socket_file, good]))
    assert [type(i) for i in items] == [Rejection, Article]
    assert isinstance(items[0], Rejection) and items[0].reason.startswith("cannot read the file (")
    assert count_inputs([socket_file, good]) == 2


def test_a_file_without_read_permission_is_a_rejection(tmp_path: Path) -> None:
    secret = tmp_path / "secret.jsonl"
    secret.write_text(json.dumps({"text": "Hidden."}) + "\n")
    secret.chmod(0)
    if os.access(secret, os.R_OK):
        pytest.skip("this user reads a file whatever its permissions (root)")
    good = tmp_path / "good.txt"
    good.write_text("A good article.")
    items = list(read_paths([secret, good]))
    assert [type(i) for i in items] == [Rejection, Article]
    assert isinstance(items[0], Rejection) and "permission denied" in items[0].reason
    assert count_inputs([secret, good]) == 2


def test_stdin_is_one_stream_of_jsonl_or_text() -> None:
    feed = (json.dumps({"text": "From a pipe."}) + "\n{oops\n").encode()
    items = list(read_paths(["-"], stdin=io.BytesIO(feed)))
    assert [(type(i), i.origin) for i in items] == [(Article, "<stdin>:1"), (Rejection, "<stdin>:2")]
    assert items[0].id == "stdin:1"
    (text,) = read_paths(["-"], stdin=io.BytesIO(gzip.compress(b"date 2020-01-02 Piped and zipped.")))
    assert isinstance(text, Article) and (text.id, text.origin, text.text) == ("stdin", "<stdin>", "Piped and zipped.")
    (empty,) = read_paths(["-"], stdin=io.BytesIO(b""))
    assert isinstance(empty, Rejection) and empty.origin == "<stdin>"


def test_stdin_has_the_size_limit_of_a_file() -> None:
    (item,) = read_paths(["-"], stdin=io.BytesIO(b"x" * 5_000), limits=ReadLimits(max_file_bytes=1_000))
    assert isinstance(item, Rejection) and "max_file_bytes=1000" in item.reason


def test_count_inputs_cannot_count_stdin_without_using_it_up() -> None:
    assert count_inputs(["-"]) is None


def test_a_folder_tree_deeper_than_the_recursion_limit(tmp_path: Path) -> None:
    folders = [tmp_path / "d"]
    for _ in range(sys.getrecursionlimit() + 100):  # Path.mkdir(parents=True) would recurse too deep itself
        folders.append(folders[-1] / "d")
    try:
        for folder in folders:
            folder.mkdir()
        (folders[-1] / "bottom.txt").write_text("Deep article.")
        (item,) = read_paths([tmp_path])
        assert isinstance(item, Article) and item.text == "Deep article."
        assert count_inputs([tmp_path]) == 1
    finally:  # pytest's own clean-up (shutil.rmtree) recurses and would fail on this tree
        (folders[-1] / "bottom.txt").unlink(missing_ok=True)
        for folder in reversed(folders):
            if folder.exists():
                folder.rmdir()


def test_a_file_name_that_is_not_utf8_is_shown_with_u_fffd(tmp_path: Path) -> None:
    os.close(os.open(os.fsencode(tmp_path) + b"/caf\xe9.txt", os.O_CREAT | os.O_WRONLY))
    with open(os.fsencode(tmp_path) + b"/caf\xe9.txt", "w") as handle:
        handle.write("An article.")
    (item,) = read_paths([tmp_path])
    assert isinstance(item, Article)
    assert (item.id, item.origin) == ("caf\ufffd", str(tmp_path / "caf\ufffd.txt"))
    item.origin.encode("utf-8")  # can be written out


def test_gzipped_text_and_html_suffixes_are_read_in_folders(tmp_path: Path) -> None:
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(b"Zipped text."))
    (tmp_path / "b.ndjson.gz").write_bytes(gzip.compress(json.dumps({"text": "Zipped line."}).encode()))
    (tmp_path / "c.tar.gz").write_bytes(gzip.compress(b"not an article"))
    assert [i.text for i in read_paths([tmp_path]) if isinstance(i, Article)] == ["Zipped text.", "Zipped line."]
    assert format_of(tmp_path / "a.txt.gz") is InputFormat.TEXT


def test_count_inputs_survives_bad_inputs_and_matches_what_is_read(loops: Path) -> None:
    bad = loops / "bad"
    bad.mkdir()
    good = json.dumps({"text": "Good."})
    (bad / "surrogate.jsonl").write_text('{"text": "x \\ud800"}\n' + good + "\n")
    (bad / "deep.jsonl").write_text("[" * 100_000 + "]" * 100_000 + "\n" + good + "\n")
    (bad / "bigint.jsonl").write_text('{"text": "x", "n": ' + "9" * 5_000 + "}\n" + good + "\n")
    (bad / "wide.jsonl").write_bytes(("\n".join([good, "", good]) + "\n").encode("utf-16"))
    (bad / "broken.jsonl").write_bytes((good + "\n").encode("utf-16") + b"\x00\xd8x")
    (bad / "bomb.jsonl.gz").write_bytes(gzip.compress(("\n".join([good] * 50) + "\n").encode()))
    (bad / "cut.jsonl.gz").write_bytes(gzip.compress(("\n".join([good] * 500) + "\n").encode())[:300])
    (bad / "legacy.txt").write_bytes("Grève au café.".encode("latin-1"))
    limits = ReadLimits(max_decompressed_bytes=300)
    items = list(read_paths([loops], limits=limits))
    assert count_inputs([loops], limits=limits) == len(items)
    kinds = {Path(i.origin).name: type(i) for i in items}
    assert kinds["surrogate.jsonl:1"] is Article and kinds["legacy.txt"] is Article and kinds["wide.jsonl:3"] is Article
    assert kinds["deep.jsonl:1"] is kinds["bigint.jsonl:1"] is kinds["broken.jsonl:2"] is Rejection
    assert kinds["deep.jsonl:2"] is kinds["bigint.jsonl:2"] is Article  # the lines after a bad line are read


def test_read_limits_must_be_positive_numbers_of_bytes() -> None:
    assert ReadLimits() == ReadLimits(max_file_bytes=200_000_000, max_decompressed_bytes=200_000_000)
    with pytest.raises(SettingsError, match="'max_decompressed_bytes' must be a positive number of bytes"):
        ReadLimits(max_decompressed_bytes=0)
