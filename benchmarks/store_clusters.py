"""Cluster quality through the store: merged events after ingest, at once and in parts, against ``extract --merge``.

For each cluster dev set of the evaluation kit: the articles are extracted once (the engine's pipeline),
then stored and merged the way ``eventwire ingest`` does it (``Store.save`` for every article, then
``merge_into_store`` over the run's articles), into a new SQLite store in a temporary folder: once with
every article in one run, once in ``--parts`` runs of consecutive articles. Each article's cluster is
the merged event of its main event (or of the article, when no event was found in it). The kit's
``score.py`` scores each against the gold clusters, and so does the batch clustering of
``extract --merge`` (``merge.cluster_ids``) on the same results. Prints one line per set and way.

With ``--blocks N`` the batch clustering also runs on each of N blocks of topics alone (a topic: the gold
cluster's leading number, ECB+'s ``20ecb`` and ``20plus`` are topic 20; else the cluster itself; topics in
order, cut into N runs of equal count), as a held-out set of a few topics is clustered: the spread of the
blocks' B-cubed F1 says how far the whole set's figure carries (a weight chosen on the whole set may suit
its size only).

    .venv/bin/python benchmarks/store_clusters.py [--set clusters-gva ...] [--parts 4] [--blocks 4]
                                                  [--eval-dir DIR]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import ModuleType

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


def topic_of(cluster: str) -> str:
    """The topic of a gold cluster: its leading number when a suffix follows (``20plus`` -> ``20``), else itself."""
    found = re.fullmatch(r"(\d+)\D.*", cluster)
    return found.group(1) if found else cluster


def topic_blocks(gold: Mapping[str, str], blocks: int) -> list[list[str]]:
    """The document ids of ``gold`` (id -> gold cluster) in ``blocks`` blocks of whole topics: topics in order
    (numbers by value), cut into runs of nearly equal topic count; ids in the order of ``gold``."""
    topics = sorted(
        {topic_of(c) for c in gold.values()}, key=lambda t: (not t.isdigit(), int(t) if t.isdigit() else 0, t)
    )
    size = -(-len(topics) // blocks)
    block_of = {topic: index // size for index, topic in enumerate(topics)}
    found: list[list[str]] = [[] for _ in range(-(-len(topics) // size))]
    for ident, cluster in gold.items():
        found[block_of[topic_of(cluster)]].append(ident)
    return found


def _scorer(eval_dir: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", eval_dir / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def block_lines(name: str, eval_dir: Path, results: Sequence[ArticleResult], blocks: int) -> list[str]:
    """The batch clustering of each block of topics alone, scored (B-cubed P/R/F1), and the spread."""
    scorer = _scorer(eval_dir)
    gold: dict[str, str] = {}
    for line in (eval_dir / "dev" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        document = json.loads(line)
        gold[document["id"]] = document["gold"]["cluster"]
    by_id = {r.article.id: r for r in results}
    lines, f1s = [], []
    for index, ids in enumerate(topic_blocks({i: gold[i] for i in by_id}, blocks)):
        block = [by_id[i] for i in ids]
        precision, recall = scorer.bcubed([gold[i] for i in ids], cluster_ids(block))
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        f1s.append(f1)
        lines.append(
            f"{name}  block {index + 1} ({len(ids)} docs)  B-cubed F1 {f1:.4f}  P {precision:.4f}  R {recall:.4f}"
        )
    lines.append(f"{name}  blocks: mean {sum(f1s) / len(f1s):.4f}  min {min(f1s):.4f}  max {max(f1s):.4f}")
    return lines


def run_set(name: str, eval_dir: Path, parts: int, folder: Path, blocks: int = 0) -> list[str]:
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
    if blocks > 1:
        lines.extend(block_lines(name, eval_dir, results, blocks))
    return lines


def _shown(figures: dict[str, float]) -> str:
    return f"B-cubed F1 {figures['b3_f1']:.4f}  ARI {figures['ari']:.4f}  clusters {figures['clusters']}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", action="append", dest="sets", help="A cluster dev set (repeatable; default: both).")
    parser.add_argument("--parts", type=int, default=4, help="Ingest runs for the incremental way (default: 4).")
    parser.add_argument("--blocks", type=int, default=0, help="Also cluster N blocks of topics alone (default: no).")
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR, help="The evaluation kit.")
    args = parser.parse_args(argv)
    if not (args.eval_dir / "dev").is_dir():
        print(f"store_clusters: no evaluation kit at {args.eval_dir}; skipped", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory(prefix="eventwire-store-clusters-") as folder:
        for name in args.sets or SETS:
            for line in run_set(name, args.eval_dir, args.parts, Path(folder), args.blocks):
                print(line, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
