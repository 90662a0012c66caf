"""The CLI through click's runner: real files in tmp_path, a real store on each backend (a SQLite file,
then a PostgreSQL database when EVENTWIRE_TEST_POSTGRES_URL names a server)."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from eventwire.cli.main import EventwireGroup, main
from eventwire.store import open_store

ARTICLE = (
    " date 2024-03-05 Police in Lagos said two people were killed and five injured on Monday when gunmen "
    'attacked a market. "We are hunting the attackers," police spokesman Ade Bello told reporters.\n'
)


def store_exists(url: str) -> bool:
    """Whether a store was made at ``url``: the SQLite file, or the eventwire schema in the database."""
    if not url.startswith("postgresql://"):
        return Path(url).exists()
    import psycopg

    with psycopg.connect(url) as connection:
        return bool(connection.execute("SELECT 1 FROM pg_namespace WHERE nspname = 'eventwire'").fetchall())


def one_error_line(result: Result) -> str:
    """The run failed with exit code 1 and said why in one ``Error:`` line on stderr; that line."""
    assert result.exit_code == 1, result.output
    (line,) = result.stderr.splitlines()
    assert line.startswith("Error: ")
    assert "Traceback" not in result.output
    return line


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "lagos.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_extract_one_file_prints_canonical_json(runner: CliRunner, article_file: Path) -> None:
    result = runner.invoke(main, ["extract", str(article_file)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["format"] == "eventwire.article/1"
    assert data["id"] == "lagos" and data["published"] == "2024-03-05"
    text = ARTICLE.strip().removeprefix("date 2024-03-05").strip()
    for place in data["places"]:
        assert text[place["start"] : place["end"]] == place["text"]


def test_extract_jsonl_reports_bad_lines_and_keeps_the_others(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Protesters marched in Nairobi on Friday.", "published": "2023-01-06"}),
        "{not json",
        json.dumps({"id": "c", "title": "no text here"}),
        json.dumps({"id": "d", "text": "Troops clashed with rebels near Goma.", "published": None}),
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    result = runner.invoke(main, ["extract", str(source), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["a", "d"]
    warnings = [line for line in result.stderr.splitlines() if line.startswith("Warning:")]
    assert len(warnings) == 2
    assert "feed.jsonl:2" in warnings[0] and "not JSON" in warnings[0]
    assert "feed.jsonl:3" in warnings[1] and "text" in warnings[1]
    strict = runner.invoke(main, ["extract", str(source), "--out", str(out), "--strict"])
    assert strict.exit_code == 1


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"\x00\x01\x02binary\x00", "binary"), (gzip.compress(b"\x00binary"), "binary")],
)
def test_extract_bad_file_is_one_warning_line(runner: CliRunner, tmp_path: Path, content: bytes, reason: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = runner.invoke(main, ["extract", str(bad)])
    assert result.exit_code == 0
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("Warning:") and reason in line


def test_missing_path_is_one_error_line(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith("Error:") and "nope.txt" in line


def test_ingest_is_idempotent_and_queries_read_the_store(runner: CliRunner, article_file: Path, store_url: str) -> None:
    db = store_url
    first = runner.invoke(main, ["ingest", str(article_file), "--db", db])
    assert first.exit_code == 0, first.output
    assert "1 new" in first.stderr
    again = runner.invoke(main, ["ingest", str(article_file), "--db", db])
    assert again.exit_code == 0 and "1 unchanged" in again.stderr and "0 new" in again.stderr

    quotes = runner.invoke(main, ["quotes", "--db", db, "--format", "json"])
    assert quotes.exit_code == 0, quotes.output
    records = [json.loads(line) for line in quotes.stdout.splitlines()]
    assert any("hunting the attackers" in json.dumps(r) for r in records)

    events_csv = runner.invoke(main, ["events", "--db", db, "--format", "csv"])
    assert events_csv.exit_code == 0, events_csv.output
    rows = list(csv.DictReader(io.StringIO(events_csv.stdout)))
    assert rows, "the market attack should be stored as an event"

    table = runner.invoke(main, ["events", "--db", db])
    assert table.exit_code == 0 and "Lagos" in table.stdout

    exported = runner.invoke(main, ["export", "--db", db, "--format", "geojson"])
    assert exported.exit_code == 0, exported.output
    assert json.loads(exported.stdout)["type"] == "FeatureCollection"


def test_read_command_on_missing_store_is_an_error(runner: CliRunner, store_url: str) -> None:
    for command in ("events", "quotes", "export"):
        result = runner.invoke(main, [command, "--db", store_url])
        assert result.exit_code == 1
        assert result.stderr.startswith("Error: no store at")
        assert len(result.stderr.splitlines()) == 1
    assert not store_exists(store_url)  # the reads created nothing


def test_extract_merge_gives_reports_of_one_event_one_cluster(runner: CliRunner, tmp_path: Path) -> None:
    reports = [
        ("a", "2021-06-03", "Gunmen killed four villagers in Kadiri, Niger State, on Wednesday, police said."),
        ("b", "2021-06-03", "Four villagers were killed by gunmen in Kadiri in Niger State on Wednesday, police said."),
        ("c", "2019-11-20", "Protesters marched through Santiago on Tuesday demanding pension reform."),
    ]
    source = tmp_path / "reports.jsonl"
    source.write_text(
        "".join(json.dumps({"id": i, "published": p, "title": t, "text": t}) + "\n" for i, p, t in reports),
        encoding="utf-8",
    )
    result = runner.invoke(main, ["extract", "--merge", str(source)])
    assert result.exit_code == 0, result.output
    clusters = {obj["id"]: obj["cluster"] for obj in map(json.loads, result.stdout.splitlines())}
    assert clusters["a"] == clusters["b"] != clusters["c"]


def test_extract_reads_stdin_as_dash(runner: CliRunner) -> None:
    feed = json.dumps({"id": "p", "text": "Protesters marched in Nairobi on Friday.", "published": "2023-01-06"})
    result = runner.invoke(main, ["extract", "-"], input=gzip.compress((feed + "\n{oops\n").encode()))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["id"] == "p"
    (warning,) = result.stderr.splitlines()
    assert warning.startswith("Warning: <stdin>:2: not JSON")


def test_extract_warns_about_a_guessed_encoding_and_reads_the_file(runner: CliRunner, tmp_path: Path) -> None:
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(ARTICLE.replace("Police", "Polícia").encode("latin-1"))
    result = runner.invoke(main, ["extract", str(legacy)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["id"], data["published"]) == ("legacy", "2024-03-05")
    (warning,) = result.stderr.splitlines()
    assert warning.startswith(f"Warning: {legacy}: not UTF-8 (byte 0xed at offset 20); read as cp1252")


@pytest.fixture
def unreadable(tmp_path: Path) -> Iterator[Path]:
    """A file named on the command line that cannot be read: without permission, or (for root) a socket."""
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    path.chmod(0)
    if not os.access(path, os.R_OK):
        yield path
        return
    path.unlink()  # root reads whatever the permissions: a socket cannot be opened by anyone
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        yield path


def test_an_unreadable_file_is_a_warning_and_the_others_are_read(
    runner: CliRunner, unreadable: Path, article_file: Path
) -> None:
    result = runner.invoke(main, ["extract", str(unreadable), str(article_file)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["id"] == "lagos"
    (warning,) = result.stderr.splitlines()
    assert warning.startswith(f"Warning: {unreadable}: cannot read the file (")


def test_extract_to_a_missing_folder_is_one_error_line(runner: CliRunner, article_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "no" / "such" / "x.jsonl"
    line = one_error_line(runner.invoke(main, ["extract", str(article_file), "--out", str(out)]))
    assert line == f"Error: cannot write {out}: No such file or directory"


def test_export_to_a_folder_is_one_error_line(runner: CliRunner, store_url: str, tmp_path: Path) -> None:
    open_store(store_url).close()
    line = one_error_line(runner.invoke(main, ["export", "--db", store_url, "--out", str(tmp_path)]))
    assert line == f"Error: cannot write {tmp_path}: Is a directory"


def test_an_output_that_cannot_be_finished_is_one_error_line(runner: CliRunner, tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full, a device whose every write fails with 'No space left on device'")
    db = str(tmp_path / "events.db")
    open_store(db).close()
    line = one_error_line(runner.invoke(main, ["export", "--db", db, "--format", "geojson", "--out", "/dev/full"]))
    assert line == "Error: cannot write /dev/full: No space left on device"


@pytest.fixture
def unwritable_folder(tmp_path: Path) -> Path:
    """A folder in which no file can be created: a read-only folder, or (for root, whom file modes do not
    stop) a sysfs folder."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    for candidate in (folder, Path("/sys")):
        try:
            (candidate / "probe").touch()
        except OSError:
            return candidate
        (candidate / "probe").unlink()
    pytest.skip("no folder here refuses to create a file (running as root without a read-only sysfs)")


def test_ingest_into_an_unwritable_folder_is_one_error_line(
    runner: CliRunner, article_file: Path, unwritable_folder: Path
) -> None:
    db = unwritable_folder / "events.db"
    line = one_error_line(runner.invoke(main, ["ingest", str(article_file), "--db", str(db)]))
    assert line.startswith(f"Error: cannot open the store {db}: ") and "denied" in line
    assert not db.exists()


@pytest.mark.parametrize(
    ("where", "reason"),
    [("folder", "is a folder"), ("file/events.db", "is not a folder"), ("no/such/events.db", "does not exist")],
)
def test_ingest_into_an_impossible_place_is_one_error_line(
    runner: CliRunner, article_file: Path, tmp_path: Path, where: str, reason: str
) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "file").write_text("not a folder\n")
    line = one_error_line(runner.invoke(main, ["ingest", str(article_file), "--db", str(tmp_path / where)]))
    assert reason in line


def test_an_unknown_store_scheme_is_one_error_line(runner: CliRunner) -> None:
    line = one_error_line(runner.invoke(main, ["events", "--db", "mysql://localhost/events"]))
    assert "unknown store URL scheme 'mysql'" in line and "postgresql://" in line


def test_the_db_can_come_from_the_environment(runner: CliRunner, store_url: str) -> None:
    open_store(store_url).close()
    result = runner.invoke(main, ["quotes", "--format", "json"], env={"EVENTWIRE_DB": store_url})
    assert result.exit_code == 0, result.output
    assert result.stdout == ""


def test_any_os_error_that_reaches_the_group_is_one_error_line(runner: CliRunner, tmp_path: Path) -> None:
    """The safety net: an OSError that no command converted still becomes one line, never a traceback."""

    @click.group(cls=EventwireGroup)
    def group() -> None:
        pass

    @group.command()
    def read() -> None:
        (tmp_path / "missing.txt").read_text()

    line = one_error_line(runner.invoke(group, ["read"]))
    assert line == f"Error: {tmp_path / 'missing.txt'}: No such file or directory"
