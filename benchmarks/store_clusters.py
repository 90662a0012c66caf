"""Cluster quality through the store: merged events after ingest, at once and in parts, against ``extract --merge``.

For each cluster dev set of the evaluation kit: the articles are extracted once (the engine's pipeline),
then stored and merged the way ``eventwire ingest`` does it (``Store.save`` for every article, then
``merge_into_store`` over the run's articles), into a new SQLite store in a temporary folder: once with
every article in one run, once in ``--parts`` runs of consecutive articles. Each article's cluster is
the merged event of its main event (or of the article, when no event was found in it). The kit's
``score.py`` scores each against the gold clusters, and so does the batch clustering of
``extract --merge`` (``merge.cluster_ids``) on the same results. Prints one line per set and way.

    .venv/bin/python benchmarks/store_clusters.py [--set clusters-gva ...] [--parts 4] [--eval-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from eventwire.engine import Engine
from eventwire.merge import cluster_ids
from eventwire.merge.incremental import merge_into_store
from eventwire.model import ArticleResult, Rejection
from eventwire.store import Store, open_store

DEFAULT_EVAL_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
SETS = ("clusters-ecbplus", "clusters-gva")


def extract(gold: Path) -> list[ArticleResult]:
    outcomes = Engine().extract_paths([gold])
    return [outcome for outcome in outcomes if not isinstance(outcome, Rejection)]


def ingest_in_runs(results: Sequence[ArticleResult], runs: int, path: Path) -> tuple[dict[str, str], float]:
    """Store and merge ``results`` in ``runs`` consecutive runs; each article id's merged event, and the
    seconds the merging took."""
    size = -(-len(results) // runs)
    seconds = 0.0
    with open_store(str(path)) as store:
        for start in range(0, len(results), size):
            part = results[start : start + size]
            for result in part:
                store.save(result)
            started = time.perf_counter()
            merge_into_store(store, [r.article.hash for r in part])
            seconds += time.perf_counter() - started
        return clusters_in(store, results), seconds


def clusters_in(store: Store, results: Sequence[ArticleResult]) -> dict[str, str]:
    clusters = {}
    for result in results:
        merged = store.merged_id_of(result.article.hash, 0)
        clusters[result.article.id] = f"m{merged}" if merged is not None else f"a:{result.article.hash}"
    return clusters


def score(scorer: Path, gold: Path, clusters: dict[str, str], out: Path) -> dict[str, float]:
    out.write_text("".join(json.dumps({"id": i, "cluster": c}) + "\n" for i, c in clusters.items()), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(scorer), "clusters", str(gold), str(out)], capture_output=True, text=True, check=True
    )
    figures = json.loads(done.stdout)
    return {"b3_f1": figures["b3_f1"], "ari": figures["ari"], "clusters": figures["n_pred_clusters"]}


def run_set(name: str, eval_dir: Path, parts: int, folder: Path) -> list[str]:
    gold = eval_dir / "dev" / f"{name}.jsonl"
    scorer = eval_dir / "score.py"
    results = extract(gold)
    batch = dict(zip((r.article.id for r in results), cluster_ids(results), strict=True))
    lines = [f"{name}  extract --merge   {_shown(score(scorer, gold, batch, folder / f'{name}.batch.jsonl'))}"]
    for runs in (1, parts):
        clusters, seconds = ingest_in_runs(results, runs, folder / f"{name}-{runs}.db")
        figures = score(scorer, gold, clusters, folder / f"{name}.{runs}.jsonl")
        way = "at once " if runs == 1 else f"in {runs} parts"
        lines.append(f"{name}  ingest {way}  {_shown(figures)}  (merging {seconds:.1f} s)")
    return lines


def _shown(figures: dict[str, float]) -> str:
    return f"B-cubed F1 {figures['b3_f1']:.4f}  ARI {figures['ari']:.4f}  clusters {figures['clusters']}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", action="append", dest="sets", help="A cluster dev set (repeatable; default: both).")
    parser.add_argument("--parts", type=int, default=4, help="Ingest runs for the incremental way (default: 4).")
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR, help="The evaluation kit.")
    args = parser.parse_args(argv)
    if not (args.eval_dir / "dev").is_dir():
        print(f"store_clusters: no evaluation kit at {args.eval_dir}; skipped", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory(prefix="eventwire-store-clusters-") as folder:
        for name in args.sets or SETS:
            for line in run_set(name, args.eval_dir, args.parts, Path(folder)):
                print(line, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
