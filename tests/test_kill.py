"""kill -9 at a random point of ``eventwire ingest --workers 2`` on a fresh store, then the same command again:
the store is never damaged (SQLite's integrity and foreign-key checks are clean after every kill), the
killed run's workers exit with it, and the last run leaves exactly what one uninterrupted run leaves
(the same counts of articles, events, quotes, places, dates, casualties and rejections; no duplicate).

CI runs 3 kill points; ``EVENTWIRE_KILL_POINTS=20`` runs the full test (figures in RELIABILITY.md).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

KILL_POINTS = int(os.environ.get("EVENTWIRE_KILL_POINTS", "3"))
ARTICLES = 80
EVENTWIRE = [sys.executable, "-c", "from eventwire.cli.main import main; main()"]


def write_articles(path: Path) -> None:
    lines = []
    for i in range(ARTICLES):
        text = (
            f"Gunmen killed {i + 2} people and wounded {i + 5} at a market in Kano on Monday, police said. "
            f'"We are hunting the attackers," said police spokesman Ade Bello on Tuesday. Report {i}.\n' * 4
        )
        lines.append(json.dumps({"id": f"k{i}", "text": text, "published": "2024-03-06"}))
        if i % 25 == 10:
            lines.append('{"text": "no closing brace"')  # a rejection, stored once
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def children_of(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def checked_counts(db: Path) -> dict[str, int]:
    connection = sqlite3.connect(db)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        counts = {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("articles", "events", "quotes", "places", "dates", "casualties", "rejections")
        }
        distinct = connection.execute("SELECT count(DISTINCT id) FROM articles").fetchone()[0]
        assert distinct == counts["articles"], "an article stored twice"
        return counts
    finally:
        connection.close()


def ingest(source: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [*EVENTWIRE, "ingest", str(source), "--db", str(db), "--workers", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_kill_9_at_random_points_of_ingest_then_again_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    source = tmp_path / "articles.jsonl"
    write_articles(source)
    clean = tmp_path / "clean.db"
    started = time.monotonic()
    assert ingest(source, clean).wait(timeout=600) == 0
    clean_seconds = time.monotonic() - started  # kills fall anywhere in a run's time, start-up included
    expected = checked_counts(clean)
    assert expected["articles"] == ARTICLES

    generator = random.Random(int(os.environ.get("EVENTWIRE_KILL_SEED", "11")))
    stored_when_killed = []
    for point in range(KILL_POINTS):
        db = tmp_path / f"killed-{point}.db"  # each kill point on a fresh store, then the same command again
        run = ingest(source, db)
        time.sleep(generator.uniform(0.2, clean_seconds))
        workers = children_of(run.pid)
        os.kill(run.pid, signal.SIGKILL)
        run.wait()
        deadline = time.monotonic() + 10
        while any(alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(alive(w) for w in workers), "a worker outlived its killed parent"
        stored_when_killed.append(checked_counts(db)["articles"] if db.exists() else None)
        assert ingest(source, db).wait(timeout=600) == 0
        assert checked_counts(db) == expected
    print(f"{KILL_POINTS} kills; articles stored when killed: {stored_when_killed}; after each re-run: {expected}")


def batch(source: Path, out: Path) -> subprocess.Popen[bytes]:
    """``eventwire batch`` in a session of its own (so that its Dask cluster's processes can be killed with it)."""
    return subprocess.Popen(
        [*EVENTWIRE, "batch", str(source), "--out", str(out), "--workers", "1", "--partition-size", "10"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def test_kill_9_of_batch_mid_run_then_again_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from eventwire.batch import TABLES, read_batch
    from eventwire.model import Rejection

    source = tmp_path / "articles.jsonl"
    write_articles(source)  # 80 articles and 3 bad lines: 9 partitions of 10
    out = tmp_path / "batch"
    run = batch(source, out)
    deadline = time.monotonic() + 600
    while len(list((out / "_done").glob("*.json"))) < 2 and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(run.pid, signal.SIGKILL)  # the command, its scheduler and its worker, mid-run
    run.wait()
    finished_when_killed = len(list((out / "_done").glob("*.json")))
    assert 2 <= finished_when_killed < 9, "the kill did not fall mid-run"

    again = batch(source, out)
    assert again.wait(timeout=600) == 0
    outcomes = list(read_batch(out))
    ids = [o.article.id for o in outcomes if not isinstance(o, Rejection)]
    assert sorted(ids) == sorted(f"k{i}" for i in range(ARTICLES))  # each article once: none lost, none twice
    assert sum(isinstance(o, Rejection) for o in outcomes) == 3
    for mark in (out / "_done").glob("*.json"):  # no half-written partition: every file whole, as counted
        rows = json.loads(mark.read_text())["rows"]
        for table in TABLES:
            assert pq.read_metadata(out / table / f"{mark.stem}.parquet").num_rows == rows[table]
    print(f"batch killed with {finished_when_killed} of 9 partitions finished; after the re-run: {len(ids)} articles")
