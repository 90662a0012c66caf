"""Scaling figures in one run, as ratios against bare spaCy ``nlp.pipe`` on the same texts.

Bare spaCy is the model as its package makes it (``spacy.load``), not eventwire's copy of it (which adds the
article-parts component and matches the attribute rules by lookup: the same parse, faster).

1. one process, warm: eventwire's pipeline vs bare ``nlp.pipe`` (same texts and batch size; R interleaved
   runs, the fastest of each);
2. ``extract --workers 2`` vs ``extract --workers 1``, both whole processes (start-up and model loads
   included on both sides), with the CPU time of all the processes of each run (on a loaded machine the
   wall times say little; the CPU times say what the second worker costs);
3. Dask LocalCluster with 2 workers (``eventwire batch``, default partition size) vs the ``--workers 2``
   pool, both run from a warm caller, neither timed span with a model load in it: the pool's workers are forked
   from the caller, its model loaded, and the cluster's from a forkserver that loaded it as the cluster started
   (``eventwire.batch.local_cluster``; its start-up, printed apart, includes that load). The pool's span: starting
   the workers, the pipeline on every article, the results back in order; the batch's: registering the plugin,
   reading the input, the pipeline on every partition, the Parquet files written. With the CPU time of the
   workers in each span (the pool's: its finished children; the cluster's: each worker's own, before and after);
4. whole processes on N articles, start-up included: ``eventwire extract --workers 1`` vs a bare spaCy
   script (``spacy.load`` and ``nlp.pipe``);
5. warm latency of one 700-word article, one process vs two cores (``Engine(workers=2)``: this process and a
   helper parse a piece each, eventwire.pipeline.split), interleaved, with bare spaCy's parse of it; and the
   same from CPU times (on a loaded machine the wall times of two processes of one session share one
   session's slice of the CPU: Linux's autogroup scheduling);
6. peak memory (RSS) of a worker process.

    python benchmarks/scale.py [INPUT.jsonl] [--articles N] [--repeat R]

INPUT defaults to the bundled examples/gvc-sample.jsonl, cycled to N articles (default 200).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import cycle, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from eventwire.engine import Engine
from eventwire.ingest import read_paths
from eventwire.model import Article
from eventwire.model.canonical import to_json
from eventwire.pipeline import fast_products
from eventwire.pipeline.document import Document
from eventwire.pipeline.nlp import load_spacy_model

if TYPE_CHECKING:
    from spacy.language import Language

T = TypeVar("T")
ROOT = Path(__file__).resolve().parents[1]
DEFAULT_INPUT = ROOT / "examples" / "gvc-sample.jsonl"
BARE_SPACY = """
import json, sys
from eventwire.pipeline.nlp import load_spacy_model
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
nlp = load_spacy_model("en_core_web_sm")
with open(sys.argv[2], "w") as out:
    for doc in nlp.pipe(texts, batch_size=8):
        out.write(json.dumps([len(doc), len(doc.ents)]) + "\\n")
"""


def children_cpu() -> float:
    """CPU seconds (user and system) of this process's finished children and theirs."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def own_cpu() -> float:
    """CPU seconds (user and system) of this process (run in each Dask worker)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def seconds_of(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", nargs="?", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--latency-runs", type=int, default=9)
    parser.add_argument(
        "--latency-only", action="store_true", help="only 5. (warm latency) and its breakdown: seconds, not minutes"
    )
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
    fast = os.environ.get(fast_products.SWITCH) != "0" and fast_products.blis_kernels() == "generic"
    print(
        f"blis kernels: {fast_products.blis_kernels()}; "
        f"{fast_products.SWITCH}={os.environ.get(fast_products.SWITCH, 'unset')}"
        + (" (eventwire's products by numpy where blis is generic; bare spaCy keeps blis)" if fast else "")
    )

    engine = Engine()
    batch_size = engine.settings.batch_size
    nlp = load_spacy_model(engine.settings.model)
    list(engine.run(articles[:2]))  # warm: model and gazetteer loaded
    list(nlp.pipe(texts[:2]))
    if args.latency_only:
        latency(args, engine, nlp, articles, texts)
        return

    bare_runs, one_runs = [], []
    for _ in range(args.repeat):  # interleaved: the machine's load weighs on both alike
        bare_runs.append(seconds_of(lambda: sum(1 for _ in nlp.pipe(texts, batch_size=batch_size))))
        one_runs.append(seconds_of(lambda: sum(1 for _ in engine.run(articles))))
    bare, one = min(bare_runs), min(one_runs)
    print(
        f"1. one process: eventwire {len(texts) / one:.2f} articles/s, bare spaCy {len(texts) / bare:.2f}: "
        f"ratio {bare / one:.3f}"
    )

    eventwire = [str(Path(sys.executable).with_name("eventwire"))]
    out = work / "out.jsonl"

    run_cpu: dict[int, float] = {}

    def whole_extract(workers: int) -> float:
        command = [*eventwire, "extract", str(jsonl), "--workers", str(workers), "--out", str(out)]
        before = children_cpu()
        seconds = seconds_of(lambda: subprocess.run(command, check=True, capture_output=True))
        run_cpu[workers] = children_cpu() - before  # the run's own process and its workers
        return seconds

    whole_one, whole_two = whole_extract(1), whole_extract(2)
    print(
        f"2. whole processes, extract --workers 2: {whole_two:.1f} s vs --workers 1 {whole_one:.1f} s "
        f"(start-up included on both): {whole_one / whole_two:.2f}x; CPU of all their processes {run_cpu[2]:.1f} s vs "
        f"{run_cpu[1]:.1f} s (what a second worker costs: its model load, passing articles and results)"
    )

    before = children_cpu()
    two = seconds_of(lambda: sum(1 for _ in Engine().run(articles, workers=2)))
    pool_cpu = children_cpu() - before
    worker_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    from distributed import Client

    from eventwire.batch import local_cluster, run_batch

    started = time.perf_counter()
    with local_cluster(2) as cluster, Client(cluster) as client:  # as `eventwire batch` makes its LocalCluster
        cluster_start = time.perf_counter() - started
        cpu_before = sum(client.run(own_cpu).values())
        dask = seconds_of(lambda: run_batch([jsonl], work / "batch", client=client))
        dask_cpu = sum(client.run(own_cpu).values()) - cpu_before
    print(
        f"3. Dask LocalCluster, 2 workers: {dask:.1f} s vs the --workers 2 pool {two:.1f} s (both from a warm "
        f"caller, no model load in either span): {two / dask:.2f}x (within 15% means 0.85-1.15); the cluster's "
        f"start-up apart (its forkserver's model load included): {cluster_start:.1f} s; the workers' CPU "
        f"{dask_cpu:.1f} s vs the pool's {pool_cpu:.1f} s"
    )

    whole_bare = seconds_of(
        lambda: subprocess.run(
            [sys.executable, "-c", BARE_SPACY, str(jsonl), str(work / "bare.jsonl")], check=True, capture_output=True
        )
    )
    print(
        f"4. whole processes on {len(texts)} articles: eventwire {whole_one:.1f} s, bare spaCy {whole_bare:.1f} s: "
        f"ratio {whole_bare / whole_one:.3f}"
    )

    latency(args, engine, nlp, articles, texts)
    print(
        f"6. peak RSS of a child process (a pool worker, a whole extract run): {worker_peak:.0f} MiB; of this process: "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB"
    )


def latency(args: argparse.Namespace, engine: Engine, nlp: Language, articles: list[Article], texts: list[str]) -> None:
    """5. and where one process's time on the article goes."""
    words = " ".join(" ".join(texts).split()[:700])
    article = Article(id="latency", text=words, published=articles[0].published)
    pair = Engine(workers=2)  # extract on two cores: this process and a helper with its own model
    pair.start_workers()
    assert pair._split is not None
    if to_json(pair.extract(article)) != to_json(engine.extract(article)):
        raise SystemExit("the two-core result differs from the one-process result")
    one_wall, two_wall, one_cpu, two_cpu, parse = [], [], [], [], []
    for _ in range(args.latency_runs):  # interleaved
        wall, cpu = time.perf_counter(), time.process_time()
        engine.extract(article)
        one_wall.append(time.perf_counter() - wall)
        one_cpu.append(time.process_time() - cpu)
        wall, cpu = time.perf_counter(), time.process_time()
        pair.extract(article)
        two_wall.append(time.perf_counter() - wall)
        own, helper = pair._split.seconds
        two_cpu.append(time.process_time() - cpu - own + max(own, helper))
        parse.append(seconds_of(lambda: nlp(words)))
    pair.close()
    ms = {
        name: statistics.median(v) * 1000
        for name, v in [
            ("one", one_wall),
            ("two", two_wall),
            ("one_cpu", one_cpu),
            ("two_cpu", two_cpu),
            ("parse", parse),
        ]
    }
    print(
        f"5. warm latency, one 700-word article (median of {args.latency_runs}): one process {ms['one']:.0f} ms, "
        f"two cores (Engine(workers=2)) {ms['two']:.0f} ms: {ms['one'] / ms['two']:.2f}x; bare spaCy's parse of "
        f"it {ms['parse']:.0f} ms. From CPU times (what free cores give): one process {ms['one_cpu']:.0f} ms, two "
        f"cores {ms['two_cpu']:.0f} ms (this process's time with the longer of the two pieces' parses in place of "
        f"its own): {ms['one_cpu'] / ms['two_cpu']:.2f}x"
    )
    print(latency_breakdown(engine, article, args.latency_runs))


def latency_breakdown(engine: Engine, article: Article, runs: int) -> str:
    """CPU time of each step of one process's extract of ``article`` (the fastest of ``runs``): the tokenizer,
    each component of eventwire's model (the entity recogniser's own tok2vec, with its precomputed features,
    apart from its transitions), and each stage on that parse."""
    pipeline = engine.pipeline
    model = pipeline.resources.nlp
    steps: dict[str, list[float]] = {}

    def timed(name: str, run: Callable[[], T]) -> T:
        start = time.process_time()
        value = run()
        steps.setdefault(name, []).append(time.process_time() - start)
        return value

    ner: Any = model.get_pipe("ner") if "ner" in model.pipe_names else None  # a Parser: its .model
    for _ in range(runs):
        doc = timed("tokenizer", lambda: model.make_doc(article.text))
        for name, component in model.pipeline:
            if name == "ner" and ner is not None:
                timed("ner: its tok2vec", lambda: ner.model.predict([doc]))  # noqa: B023 (run at once; ner redoes it)
            doc = timed(name, lambda: component(doc))  # noqa: B023 (run at once)
        document = Document(article, doc, resources=pipeline.resources, stages=pipeline.stages)
        for stage in pipeline.stages:
            layer = timed(stage.name, lambda: stage.run(document.for_stage(stage.name, stage.requires)))  # noqa: B023
            document.put(stage.produces, layer)
    ms = {name: min(values) * 1000 for name, values in steps.items()}
    if "ner" in ms:
        ms["ner"] -= ms["ner: its tok2vec"]
        ms["ner: its transitions"] = ms.pop("ner")
    parse = sum(v for k, v in ms.items() if k == "tokenizer" or k in model.pipe_names or k.startswith("ner:"))
    stages = sum(ms[s.name] for s in pipeline.stages)
    parts = ", ".join(f"{k} {v:.1f}" for k, v in sorted(ms.items(), key=lambda kv: -kv[1]) if v >= 0.5)
    return f"   one process's CPU on it, the fastest of {runs} (ms): parse {parse:.0f}, stages {stages:.0f}; {parts}"


if __name__ == "__main__":
    main()
