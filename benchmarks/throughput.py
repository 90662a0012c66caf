"""Throughput of eventwire's full pipeline against bare spaCy ``nlp.pipe`` on the same texts.

Both runs use the same model, the same texts and the same batch size, in one process, interleaved
(baseline, pipeline, baseline, pipeline, ...) so that machine noise hits both alike, and each is
reported by its fastest run (noise only ever slows a run down); the ratio is what to compare
between versions. Memory: the peak of Python-tracked allocations in one more, untimed run of each
(tracing slows Python code down, so it is kept out of the timed runs), and the process's peak
resident set size.

    python benchmarks/throughput.py [INPUT.jsonl] [--limit N] [--repeat R]

INPUT defaults to the bundled examples/gvc-sample.jsonl (62 articles).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from eventwire.engine import Engine
from eventwire.ingest import read_paths
from eventwire.model import Article
from eventwire.pipeline.nlp import load_spacy_model

DEFAULT_INPUT = Path(__file__).resolve().parents[1] / "examples" / "gvc-sample.jsonl"


def seconds_of(run: Callable[[], int]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def peak_traced_mib(run: Callable[[], int]) -> float:
    """Peak of Python-tracked allocations during one run (untimed: tracing slows Python code down)."""
    tracemalloc.start()
    run()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", nargs="?", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--limit", type=int, default=None, help="Use the first N articles.")
    parser.add_argument("--repeat", type=int, default=3, help="Interleaved runs of each (the fastest is reported).")
    args = parser.parse_args()

    articles = [a for a in read_paths([args.input]) if isinstance(a, Article)][: args.limit]
    texts = [a.text for a in articles]
    engine = Engine()
    # bare spaCy: the model as its package makes it (eventwire's own copy matches its attribute rules by lookup)
    nlp, batch_size = load_spacy_model(engine.settings.model), engine.settings.batch_size
    list(engine.run(articles[:2]))  # warm-up: model and gazetteer loaded before timing
    list(nlp.pipe([a.text for a in articles[:2]]))

    def bare() -> int:
        return sum(1 for _ in nlp.pipe(texts, batch_size=batch_size))

    def full() -> int:
        return sum(1 for _ in engine.run(articles))

    runs: dict[str, Callable[[], int]] = {"spacy": bare, "eventwire": full}
    seconds: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.repeat):
        for name, run in runs.items():
            seconds[name].append(seconds_of(run))
    peaks = {name: peak_traced_mib(run) for name, run in runs.items()}

    chars = sum(len(t) for t in texts)
    print(
        f"input: {args.input.name}, {len(texts)} articles, {chars:,} characters, batch_size {batch_size}, "
        f"model {engine.settings.model}, {args.repeat} interleaved runs each (fastest)"
    )
    rates = {}
    for name, times in seconds.items():
        rates[name] = len(texts) / min(times)
        print(
            f"{name:>10}: {rates[name]:6.2f} articles/s  (fastest {min(times):.2f} s of {len(times)}; "
            f"peak traced {peaks[name]:.0f} MiB)"
        )
    print(f"     ratio: {rates['eventwire'] / rates['spacy']:.3f} (eventwire / bare spaCy)")
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak RSS: {peak_rss:.0f} MiB (whole process)")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
