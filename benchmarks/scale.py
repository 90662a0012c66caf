"""Scaling figures in one run, as ratios against bare spaCy ``nlp.pipe`` on the same texts.

1. one process: eventwire's pipeline vs bare ``nlp.pipe`` (same model, texts, batch size; fastest of R);
2. ``--workers 2`` vs ``--workers 1`` (the pool, worker start-up included, on N articles);
3. Dask LocalCluster with 2 workers (``eventwire batch``) vs ``--workers 2`` (start-up included on both);
4. whole processes on N articles, start-up included: ``eventwire extract --workers 1`` vs a bare spaCy script;
5. warm latency of one 700-word article (median of 5);
6. peak memory (RSS) of a worker process.

    python benchmarks/scale.py [INPUT.jsonl] [--articles N] [--repeat R]

INPUT defaults to the bundled examples/gvc-sample.jsonl, cycled to N articles (default 200).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import cycle, islice
from pathlib import Path

from eventwire.engine import Engine
from eventwire.ingest import read_paths
from eventwire.model import Article

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_INPUT = ROOT / "examples" / "gvc-sample.jsonl"
BARE_SPACY = """
import json, sys
from eventwire.pipeline.nlp import load_nlp
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
nlp = load_nlp("en_core_web_sm")
print(sum(1 for _ in nlp.pipe(texts, batch_size=8)))
"""


def seconds_of(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", nargs="?", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()

    source = [a for a in read_paths([args.input]) if isinstance(a, Article)]
    articles = [
        Article(id=f"{a.id}~{i}", text=a.text, published=a.published, title=a.title)
        for i, a in enumerate(islice(cycle(source), args.articles))
    ]
    texts = [a.text for a in articles]
    work = Path(tempfile.mkdtemp(prefix="eventwire-scale-"))
    jsonl = work / "articles.jsonl"
    with jsonl.open("w", encoding="utf-8") as handle:
        for a in articles:
            published = a.published.isoformat() if a.published else None
            handle.write(json.dumps({"id": a.id, "text": a.text, "published": published}) + "\n")
    print(f"input: {args.input.name} cycled to {len(articles)} articles, {sum(map(len, texts)):,} characters")

    engine = Engine()
    nlp, batch_size = engine.resources.nlp, engine.settings.batch_size
    list(engine.run(articles[:2]))  # warm: model and gazetteer loaded

    bare = min(seconds_of(lambda: sum(1 for _ in nlp.pipe(texts, batch_size=batch_size))) for _ in range(args.repeat))
    one = min(seconds_of(lambda: sum(1 for _ in engine.run(articles))) for _ in range(args.repeat))
    print(
        f"1. one process: eventwire {len(texts) / one:.2f} articles/s, bare spaCy {len(texts) / bare:.2f}: "
        f"ratio {bare / one:.3f}"
    )

    two = seconds_of(lambda: sum(1 for _ in Engine().run(articles, workers=2)))
    print(
        f"2. --workers 2: {two:.1f} s ({len(texts) / two:.2f} articles/s, start-up included) vs one process "
        f"{one:.1f} s warm: {one / two:.2f}x"
    )
    worker_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    from eventwire.batch import run_batch

    dask = seconds_of(lambda: run_batch([jsonl], work / "batch", workers=2, partition_size=25))
    print(
        f"3. Dask LocalCluster, 2 workers: {dask:.1f} s vs --workers 2 {two:.1f} s: {two / dask:.2f}x "
        f"(within 15% means 0.85-1.15)"
    )

    eventwire = [str(Path(sys.executable).with_name("eventwire"))]
    out = work / "out.jsonl"
    whole = seconds_of(
        lambda: subprocess.run(
            [*eventwire, "extract", str(jsonl), "--workers", "1", "--out", str(out)], check=True, capture_output=True
        )
    )
    whole_bare = seconds_of(
        lambda: subprocess.run([sys.executable, "-c", BARE_SPACY, str(jsonl)], check=True, capture_output=True)
    )
    print(
        f"4. whole processes on {len(texts)} articles: eventwire {whole:.1f} s, bare spaCy {whole_bare:.1f} s: "
        f"ratio {whole_bare / whole:.3f}"
    )

    words = " ".join(" ".join(texts).split()[:700])
    article = Article(id="latency", text=words, published=articles[0].published)
    engine.extract(article)
    latency = statistics.median(seconds_of(lambda: engine.extract(article)) for _ in range(5))
    print(f"5. warm latency, one 700-word article: {latency * 1000:.0f} ms (median of 5)")
    print(
        f"6. peak RSS of a worker process: {worker_peak:.0f} MiB; of this process: "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB"
    )


if __name__ == "__main__":
    main()
