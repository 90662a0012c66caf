"""``eventwire batch`` over N generated articles with a Dask worker killed (SIGKILL) mid-run: exactly one
result per article?

    python benchmarks/batch_kill.py [--articles 20000] [--workers 2] [--kill-after 3] [--out DIR]

The articles are short invented reports (two sentences and a quote, with a count, a place and a day that
vary), one bad JSONL line in every 1,000. One worker is killed when the ``--kill-after``-th partition has
been written; the nanny starts another and the scheduler runs its partitions again. Prints the counts.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import tempfile
import time
from collections import Counter
from pathlib import Path

PLACES = ("Kano", "Aleppo", "Mogadishu", "Kharkiv", "Bamako", "Kandahar", "Goma", "Sanaa")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def write_articles(path: Path, n: int) -> tuple[list[str], int]:
    ids, bad = [], 0
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            text = (
                f"Gunmen killed {i % 40 + 2} people at a market in {PLACES[i % len(PLACES)]} on "
                f'{DAYS[i % len(DAYS)]}, police said. "We are hunting the attackers," said police spokesman '
                f"Ade Bello. Report {i}."
            )
            handle.write(json.dumps({"id": f"gen-{i}", "text": text, "published": "2024-03-06"}) + "\n")
            ids.append(f"gen-{i}")
            if i % 1000 == 500:
                handle.write('{"text": "no closing brace"\n')
                bad += 1
    return ids, bad


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--kill-after", type=int, default=3, help="Kill a worker when this many partitions are in.")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()

    from distributed import Client, LocalCluster

    from eventwire.batch import read_batch, run_batch
    from eventwire.model import Rejection

    work = Path(tempfile.mkdtemp(prefix="eventwire-batch-kill-"))
    source = work / "articles.jsonl"
    ids, bad = write_articles(source, args.articles)
    out = args.out or work / "batch"
    started = time.perf_counter()
    cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True)
    with cluster, Client(cluster) as client:
        written: list[int] = []
        killed: list[int] = []

        def progress(count: int) -> None:
            written.append(count)
            if len(written) == args.kill_after and not killed:
                pid = next(iter(client.run(os.getpid).values()))  # a worker as it is now (one may have restarted)
                os.kill(pid, signal.SIGKILL)
                killed.append(sum(written))

        report = run_batch([source], out, client=client, progress=progress)
    seconds = time.perf_counter() - started
    outcomes = list(read_batch(out))
    found = Counter(o.article.id for o in outcomes if not isinstance(o, Rejection))
    rejections = sum(isinstance(o, Rejection) for o in outcomes)
    missing = len(set(ids) - set(found))
    twice = sum(1 for c in found.values() if c > 1)
    print(
        f"{args.articles} articles and {bad} bad lines, {report.partitions} partitions on {args.workers} workers, "
        f"one worker killed with {killed[0] if killed else 0} outcomes written; {seconds:.0f} s; "
        f"results {sum(found.values())} ({len(found)} articles), rejections {rejections}, missing {missing}, "
        f"twice {twice}, failed partitions {len(report.failed)}"
    )


if __name__ == "__main__":
    main()
