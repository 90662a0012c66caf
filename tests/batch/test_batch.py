"""``eventwire batch`` on a real Dask LocalCluster: Parquet partitions that read back as the results one
process makes, a resumed batch that redoes no finished partition, a worker killed mid-run that costs
nothing (exactly one result per article), and ``ingest --from-parquet`` into a store."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.batch import PARTITION_SIZE, balanced_partition_size, finished_partitions, read_batch, run_batch
from eventwire.cli.main import main
from eventwire.engine import Engine
from eventwire.errors import InputError
from eventwire.model import Rejection
from eventwire.model.canonical import to_json
from eventwire.store import open_store

PLACES = ("Kano", "Aleppo", "Mogadishu", "Kharkiv", "Bamako")


def write_articles(path: Path, n: int, *, bad_line_at: int | None = None) -> list[str]:
    """``n`` invented articles as JSONL (and a line that is not JSON at ``bad_line_at``); their ids."""
    lines, ids = [], []
    for i in range(n):
        place = PLACES[i % len(PLACES)]
        text = (
            f"Gunmen killed {i + 2} people at a market in {place} on Monday, police said. "
            f'"We are hunting the attackers," said police spokesman Ade Bello. Case {i}.'
        )
        lines.append(json.dumps({"id": f"art-{i}", "text": text, "published": "2024-03-06"}))
        ids.append(f"art-{i}")
    if bad_line_at is not None:
        lines.insert(bad_line_at, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ids


def test_a_batch_reads_back_as_one_process_reads_and_resumes_without_redoing(tmp_path: Path) -> None:
    source = tmp_path / "articles.jsonl"
    write_articles(source, 12, bad_line_at=4)
    out = tmp_path / "batch"
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True) as cluster:  # a running scheduler
        report = run_batch([source], out, scheduler=cluster.scheduler_address, partition_size=5)
    assert (report.partitions, report.ran, report.articles, report.rejections) == (3, 3, 12, 1)
    assert not report.failed
    expected = [o if isinstance(o, Rejection) else to_json(o) for o in Engine().extract_paths([source])]
    got = [o if isinstance(o, Rejection) else to_json(o) for o in read_batch(out)]
    key = lambda o: o.origin if isinstance(o, Rejection) else o["id"]  # noqa: E731
    assert sorted(got, key=key) == sorted(expected, key=key)  # type: ignore[arg-type]

    marks = {p.name: p.stat().st_mtime_ns for p in (out / "_done").iterdir()}
    again = run_batch([source], out, workers=1, partition_size=5)
    assert (again.finished_before, again.ran) == (3, 0)
    assert {p.name: p.stat().st_mtime_ns for p in (out / "_done").iterdir()} == marks

    (out / "_done" / "part-00001.json").unlink()  # as if the run had died before finishing partition 1
    resumed = run_batch([source], out, workers=1, partition_size=5)
    assert (resumed.finished_before, resumed.ran, resumed.articles) == (2, 1, 5)
    assert finished_partitions(out) == {0, 1, 2}

    with pytest.raises(InputError, match="other partition_size"):
        run_batch([source], out, workers=1, partition_size=4)

    db = tmp_path / "batch.db"
    loaded = CliRunner().invoke(main, ["ingest", "--from-parquet", str(out), "--db", str(db)])
    assert loaded.exit_code == 0, loaded.output
    assert "13 read" in loaded.output and "12 new" in loaded.output and "1 rejected" in loaded.output
    with open_store(str(db)) as store:
        assert store.stats()["articles"] == 12
        # loaded articles are merged as ingested ones are: every one has been seen by the merge
        assert set(store.merge_term_counts(store.article_hashes())) == set(store.article_hashes())


def test_a_worker_killed_mid_run_costs_nothing(tmp_path: Path) -> None:
    from distributed import Client, LocalCluster

    source = tmp_path / "articles.jsonl"
    ids = write_articles(source, 30)
    out = tmp_path / "batch"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True) as cluster, Client(cluster) as client:
        pids = list(client.run(os.getpid).values())
        written = []

        def kill_a_worker_after_the_first_partition(count: int) -> None:
            written.append(count)
            if len(written) == 1:
                os.kill(pids[0], signal.SIGKILL)

        report = run_batch(
            [source],
            out,
            client=client,
            progress=kill_a_worker_after_the_first_partition,
        )
        assert pids[0] not in client.run(os.getpid).values()  # the worker died (its nanny started another)
        # the default partition size gives each of the 2 workers two partitions: 30 articles in 4 of 8
        assert not report.failed and (report.partitions, report.ran, report.articles) == (4, 4, 30)
        again = run_batch([source], out, client=client)  # the same command again: the size of the first run
        assert (again.finished_before, again.ran) == (4, 0)
    found = [o.article.id for o in read_batch(out) if not isinstance(o, Rejection)]
    assert sorted(found) == sorted(ids)  # exactly one result per article


def test_the_default_partition_size_gives_every_worker_work_on_a_small_input() -> None:
    assert balanced_partition_size(200, 2) == 50  # 4 partitions: two per worker, not one of 500
    assert balanced_partition_size(201, 2) == 51
    assert balanced_partition_size(3, 8) == 1
    assert balanced_partition_size(0, 2) == 1
    assert balanced_partition_size(2_000, 2) == 500
    assert balanced_partition_size(1_000_000, 2) == PARTITION_SIZE == 500
