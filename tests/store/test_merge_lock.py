"""Two processes merging into one store at once: the merge lock makes them take turns, so that the second
sees the first's merged events (without it, each would cluster without the other's reports and one event
would end up as two merged events)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from eventwire.merge.incremental import merge_into_store
from eventwire.model import ArticleResult
from eventwire.query import find_merged
from eventwire.store import open_store
from tests.merge.test_clusters import report

EVENTS = 40

MERGER = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from eventwire.merge.incremental import merge_into_store
    from eventwire.store import open_store

    url, hashes, ready, go = sys.argv[1], json.loads(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4])
    with open_store(url) as store:
        ready.touch()
        while not go.exists():
            time.sleep(0.001)
        merge_into_store(store, hashes)
    """
)


def reports_of(n: int) -> tuple[ArticleResult, ArticleResult]:
    """Two reports of one invented event with names of its own."""
    town, owner = f"Brenvale{n}", f"Odrick Tamsen{n}"
    # a month apart: the events share every word but their names, and look-alike reports of one template
    # a few days apart are another matter (the clustering's, not the lock's)
    day = (date(2020, 1, 1) + timedelta(days=35 * n)).isoformat()
    first = report(
        f"Fire at {town} sawmill owned by {owner} kills two",
        f"A fire at the {town} sawmill killed two workers on Tuesday. The owner, {owner}, said the kiln failed.",
        day,
        ((town, "GPE"), (owner, "PERSON")),
        day=day,
        killed=2,
    )
    second = report(
        f"{town} sawmill fire: {owner} blames kiln",
        f"{owner} said a failed kiln started the fire at his {town} sawmill that killed two workers.",
        day,
        ((town, "GPE"), (owner, "PERSON")),
        day=day,
        killed=2,
    )
    return first, second


def start_merger(url: str, hashes: Sequence[str], ready: Path, go: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", MERGER, url, json.dumps(list(hashes)), str(ready), str(go)])


def test_two_processes_merging_at_once_give_what_one_merge_gives(store_url: str, tmp_path: Path) -> None:
    pairs = [reports_of(n) for n in range(EVENTS)]
    with open_store(store_url) as store:
        for pair in pairs:
            for result in pair:
                store.save(result)
    go = tmp_path / "go"
    readies = [tmp_path / "ready-a", tmp_path / "ready-b"]
    halves = [[first.article.hash for first, _ in pairs], [second.article.hash for _, second in pairs]]
    mergers = [start_merger(store_url, half, ready, go) for half, ready in zip(halves, readies, strict=True)]
    deadline = time.monotonic() + 60
    while not all(r.exists() for r in readies) and time.monotonic() < deadline:
        time.sleep(0.01)
    go.touch()  # both start merging now
    assert [merger.wait(timeout=120) for merger in mergers] == [0, 0]
    with open_store(store_url) as store:
        merged = find_merged(store)
        together = {frozenset(s["article_hash"] for s in m.sources) for m in merged}
        assert together == {frozenset(r.article.hash for r in pair) for pair in pairs}
        assert sum(m.source_count for m in merged) == 2 * EVENTS  # no report in two merged events
        merge_into_store(store, [h for half in halves for h in half])  # merging again changes nothing
        assert {frozenset(s["article_hash"] for s in m.sources) for m in find_merged(store)} == together


def test_the_merge_lock_is_reentrant_and_released(store_url: str) -> None:
    with open_store(store_url) as store:
        with store.merge_lock(), store.merge_lock():
            merge_into_store(store, [])
        with store.merge_lock():  # released above: taking it again does not wait for ever
            pass
