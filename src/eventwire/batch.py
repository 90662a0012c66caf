"""Batches on Dask: inputs read in partitions, each partition run by a ``dask.distributed`` worker (the model
loaded once per worker by a worker plugin), its results written as Parquet files by the caller.

The output folder holds ``_batch.json`` (what the batch reads: its inputs, partition size, pipeline) and,
for every partition, one file per table (``articles/part-00000.parquet``, ``events/``, ``quotes/``,
``places/``, ``rejections/``), each written under a temporary name and renamed, and then
``_done/part-00000.json``, written last. A partition is finished when its ``_done`` file exists; only
finished partitions are read back (``read_batch``), and a batch run again after a crash never redoes one:
it reads its inputs again, skips the finished partitions and runs the others. A worker that dies mid-task
has its partition run again elsewhere by the scheduler; the caller writes each partition once.
"""

from __future__ import annotations

import json
import multiprocessing
import multiprocessing.forkserver
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any

from distributed import WorkerPlugin

from eventwire.engine import STAGE_PACKAGES, Engine
from eventwire.errors import InputError
from eventwire.model import Article, ArticleResult, Rejection
from eventwire.model.canonical import from_json, to_json
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings

FORMAT = "eventwire.batch/1"
TABLES = ("articles", "events", "quotes", "places", "rejections")
DONE = "_done"
MANIFEST = "_batch.json"
PARTITION_SIZE = 500  # articles a partition, on an input large enough to keep every worker busy
Row = dict[str, Any]
Item = Article | Rejection

_PIPELINE: Pipeline | None = None  # a worker's pipeline, made by the plugin (or preloaded by its forkserver)
_PRELOADED: tuple[Settings, tuple[str, ...]] | None = None  # what the forkserver's pipeline was built from


@dataclass
class BatchReport:
    """What one run of a batch did."""

    partitions: int = 0  # in the whole batch
    finished_before: int = 0  # skipped: finished by an earlier run
    ran: int = 0
    articles: int = 0  # written by this run
    rejections: int = 0
    failed: list[str] = field(default_factory=list)  # partitions that could not be run, with the reason


def run_batch(
    paths: Iterable[str | Path],
    out: str | Path,
    *,
    settings: Settings | None = None,
    scheduler: str | None = None,
    workers: int = 2,
    partition_size: int | None = None,
    progress: Callable[[int], None] | None = None,
    client: Any = None,
) -> BatchReport:
    """Run the pipeline over every article of ``paths`` on a Dask cluster (the scheduler at ``scheduler``,
    else a LocalCluster of ``workers`` processes; or the cluster of a ``distributed.Client`` of the caller's)
    and write the results under ``out``.

    ``partition_size`` None: the size of an earlier run of the same batch (resumed), else one that gives every
    worker work: an input of at most ``2 * PARTITION_SIZE * workers`` articles in ``2 * workers`` partitions
    (so that 200 articles on 2 workers are 4 partitions of 50, not one of 500), a larger one in partitions of
    ``PARTITION_SIZE``."""
    from distributed import Client, as_completed

    from eventwire.ingest import read_paths

    settings = settings or Settings()
    folder = Path(out)
    inputs = [str(p) for p in paths]
    own_client = client is None
    cluster = None
    if own_client:
        cluster = None if scheduler else local_cluster(workers, settings)
        client = Client(scheduler or cluster)
    try:
        _register(client, PipelinePlugin(settings, STAGE_PACKAGES))
        cluster_workers = max(1, len(client.scheduler_info().get("workers", {})))
        stream = read_paths(inputs)
        head: list[Item] = []
        if partition_size is None:
            partition_size = _earlier_partition_size(folder, inputs)
        if partition_size is None:
            head = list(islice(stream, 2 * PARTITION_SIZE * cluster_workers + 1))
            partition_size = balanced_partition_size(len(head), cluster_workers)
        _check_manifest(folder, inputs, partition_size, Engine(settings).version)
        finished = finished_partitions(folder)
        report = BatchReport(finished_before=len(finished))
        in_flight = max(2, 2 * cluster_workers)
        futures = as_completed()
        count = 0
        for index, items in _partitions(chain(head, stream), partition_size):
            report.partitions = index + 1
            if index in finished:
                continue
            futures.add(client.submit(run_partition, index, items, key=f"eventwire-partition-{index}", pure=False))
            count += 1
            if count >= in_flight:
                _write_one(next(futures), folder, report, progress)
                count -= 1
        for future in futures:
            _write_one(future, folder, report, progress)
    finally:
        if own_client:
            client.close()
        if cluster is not None:
            cluster.close()
    return report


# A LocalCluster's workers without what costs a CPU-bound task time and tells a batch nothing: the statistical
# profiler (a sample of the task thread's stack every 10 ms, for the dashboard), the event loop's 20 ms tick
# and frequent system and memory polls, and glibc's memory trimming at 64 KiB (pages handed back to the system
# and faulted in again on every large array spaCy makes). Measured on one worker, 60 articles, the task's CPU
# time (pipeline and rows): 7.0-7.5 s with Dask's defaults, 6.6 s without the profiler, 6.3 s without the
# profiler, the tick and the polls (a pool worker's pipeline alone 5.4 s; the trimming not measured apart).
QUIET_WORKERS = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
}
TRIM = "MALLOC_TRIM_THRESHOLD_"


def local_cluster(workers: int, settings: Settings | None = None) -> Any:
    """A ``distributed.LocalCluster`` of ``workers`` single-threaded worker processes, set up as ``QUIET_WORKERS``,
    forked (where the platform has a forkserver) from a server process that built the pipeline of ``settings``
    once: no worker loads the model itself (``preload_pipeline``)."""
    import dask
    from distributed import LocalCluster

    environ = dask.config.get("distributed.nanny.pre-spawn-environ", default={}) or {}
    environ = {name: value for name, value in environ.items() if name != TRIM}
    trim = os.environ.pop(TRIM, None)  # a nanny puts its pre-spawn variables in this process's environment for good
    config: dict[str, Any] = {**QUIET_WORKERS, "distributed.nanny.pre-spawn-environ": environ}
    forkserver = "forkserver" in multiprocessing.get_all_start_methods()
    if forkserver:
        config["distributed.worker.multiprocessing-method"] = "forkserver"
    try:
        with dask.config.set(config):
            if forkserver:
                _preload_in_forkserver(settings or Settings())
            return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True)
    finally:
        os.environ.pop(PRELOAD, None)
        if trim is not None:
            os.environ[TRIM] = trim


# The settings (JSON) of the pipeline that a forkserver started by ``local_cluster`` builds when it imports this
# module, before it forks the cluster's workers (``preload_pipeline``).
PRELOAD = "EVENTWIRE_BATCH_PRELOAD"


def _preload_in_forkserver(settings: Settings) -> None:
    """Have the forkserver of this process's Dask workers import this module with ``PRELOAD`` set, if it is not
    running yet (a running one keeps what it preloaded: the plugin then loads the pipeline where it differs)."""
    from distributed.utils import get_mp_context

    context = get_mp_context()  # distributed's own preload list, set once
    modules = getattr(multiprocessing.forkserver._forkserver, "_preload_modules", None) or ["distributed"]
    if __name__ not in modules:
        context.set_forkserver_preload([*modules, __name__])
    os.environ[PRELOAD] = json.dumps({"settings": asdict(settings), "stage_packages": list(STAGE_PACKAGES)})


def preload_pipeline() -> None:
    """In a forkserver that ``local_cluster`` started (``PRELOAD`` in its environment): build the pipeline, its model
    and gazetteer loaded, which every worker forked from it then shares copy-on-write; ``PipelinePlugin.setup``
    keeps it where the settings are the batch's. Anything that goes wrong leaves it to the plugin."""
    global _PIPELINE, _PRELOADED
    spec = os.environ.get(PRELOAD)
    if spec is None or _PIPELINE is not None:
        return
    try:
        values = json.loads(spec)
        settings, packages = Settings.from_mapping(values["settings"]), tuple(values["stage_packages"])
        pipeline = Pipeline(settings, packages)
        pipeline.resources.nlp  # noqa: B018 (load now, once, for every worker)
        pipeline.resources.gazetteer  # noqa: B018
    except Exception:
        return
    _PIPELINE, _PRELOADED = pipeline, (settings, packages)


def _write_one(future: Any, folder: Path, report: BatchReport, progress: Callable[[int], None] | None) -> None:
    try:
        index, tables = future.result()
    except Exception as error:  # the scheduler gave up on it (its workers died, KilledWorker): left unfinished
        report.failed.append(f"{future.key}: {type(error).__name__}: {error}")
        return
    write_partition(folder, index, tables)
    report.ran += 1
    report.articles += len(tables["articles"])
    report.rejections += len(tables["rejections"])
    if progress:
        progress(len(tables["articles"]) + len(tables["rejections"]))


def balanced_partition_size(articles: int, workers: int) -> int:
    """``PARTITION_SIZE``, or less when there are at most ``2 * PARTITION_SIZE * workers`` articles: then
    ``2 * workers`` partitions (two per worker, so that one slow partition does not leave a worker idle)."""
    if articles > 2 * PARTITION_SIZE * workers:
        return PARTITION_SIZE
    return max(1, -(-articles // (2 * workers)))


def _earlier_partition_size(folder: Path, inputs: list[str]) -> int | None:
    """The partition size of the batch of these inputs already in ``folder`` (a resumed run keeps it)."""
    path = folder / MANIFEST
    if not path.exists():
        return None
    found = json.loads(path.read_text(encoding="utf-8"))
    size = found.get("partition_size")
    return size if found.get("inputs") == inputs and isinstance(size, int) else None


def _partitions(stream: Iterator[Item], size: int) -> Iterator[tuple[int, list[Item]]]:
    index = 0
    while items := list(islice(stream, size)):
        yield index, items
        index += 1


def _register(client: Any, plugin: Any) -> None:
    if hasattr(client, "register_plugin"):
        client.register_plugin(plugin, name="eventwire-pipeline")
    else:  # dask.distributed before 2023.9
        client.register_worker_plugin(plugin, name="eventwire-pipeline")


class PipelinePlugin(WorkerPlugin):  # type: ignore[misc]
    """Loads the pipeline (model and gazetteer) once in each worker, when the worker starts; a worker forked from
    a forkserver that built the same pipeline (``local_cluster``) keeps that one."""

    def __init__(self, settings: Settings, stage_packages: tuple[str, ...]) -> None:
        self.settings = settings
        self.stage_packages = stage_packages

    def setup(self, worker: Any) -> None:
        global _PIPELINE
        if _PIPELINE is not None and (self.settings, self.stage_packages) == _PRELOADED:
            return  # forked from a forkserver that built this pipeline (local_cluster)
        _PIPELINE = Pipeline(self.settings, self.stage_packages)
        _PIPELINE.resources.nlp  # noqa: B018 (load now, once)
        _PIPELINE.resources.gazetteer  # noqa: B018


def run_partition(index: int, items: list[Item]) -> tuple[int, dict[str, list[Row]]]:
    """A worker's task: the rows of every table for one partition."""
    if _PIPELINE is None:
        raise RuntimeError("the eventwire worker plugin did not run on this worker")
    return index, rows_of(_PIPELINE.run(items))


def rows_of(outcomes: Iterable[ArticleResult | Rejection]) -> dict[str, list[Row]]:
    tables: dict[str, list[Row]] = {name: [] for name in TABLES}
    for outcome in outcomes:
        if isinstance(outcome, Rejection):
            tables["rejections"].append({"origin": outcome.origin, "reason": outcome.reason})
            continue
        data = to_json(outcome)
        key = {"article_id": data["id"], "article_hash": data["hash"]}
        tables["articles"].append(
            {
                "id": data["id"],
                "hash": data["hash"],
                "title": data["title"],
                "published": data["published"],
                "url": data["url"],
                "source": data["source"],
                "origin": data["origin"],
                "events": len(data["events"]),
                "quotes": len(data["quotes"]),
                "text": outcome.article.text,
                "result": json.dumps(data, ensure_ascii=False),
            }
        )
        for ordinal, event in enumerate(data["events"]):
            location = event["location"] or {}
            tables["events"].append(
                {
                    **key,
                    "ordinal": ordinal,
                    "event_type": event["event_type"],
                    "sub_event_type": event["sub_event_type"],
                    "date": event["date"],
                    "location": location.get("name"),
                    "country": location.get("country"),
                    "lat": location.get("lat"),
                    "lon": location.get("lon"),
                    "killed": event["killed"],
                    "injured": event["injured"],
                    "actor1": (event["actor1"] or {}).get("name"),
                    "actor2": (event["actor2"] or {}).get("name"),
                }
            )
        for ordinal, quote in enumerate(data["quotes"]):
            tables["quotes"].append(
                {
                    **key,
                    "ordinal": ordinal,
                    "quote": quote["text"],
                    "speaker": (quote["speaker"] or {}).get("name"),
                    "kind": quote["kind"],
                    "cue": (quote["cue"] or {}).get("text"),
                }
            )
        for ordinal, place in enumerate(data["places"]):
            tables["places"].append(
                {
                    **key,
                    "ordinal": ordinal,
                    "text": place["text"],
                    "name": place.get("name"),
                    "country": place.get("country"),
                    "lat": place.get("lat"),
                    "lon": place.get("lon"),
                }
            )
    return tables


def _schemas() -> dict[str, Any]:
    import pyarrow as pa

    key = [("article_id", pa.string()), ("article_hash", pa.string()), ("ordinal", pa.int32())]
    text, number, count = pa.string(), pa.float64(), pa.int64()
    return {
        "articles": pa.schema(
            [(name, text) for name in ("id", "hash", "title", "published", "url", "source", "origin")]
            + [("events", count), ("quotes", count), ("text", text), ("result", text)]
        ),
        "events": pa.schema(
            key
            + [(n, text) for n in ("event_type", "sub_event_type", "date", "location", "country")]
            + [("lat", number), ("lon", number), ("killed", count), ("injured", count)]
            + [("actor1", text), ("actor2", text)]
        ),
        "quotes": pa.schema(key + [(n, text) for n in ("quote", "speaker", "kind", "cue")]),
        "places": pa.schema(
            [*key, ("text", text), ("name", text), ("country", text), ("lat", number), ("lon", number)]
        ),
        "rejections": pa.schema([("origin", text), ("reason", text)]),
    }


def write_partition(folder: Path, index: int, tables: dict[str, list[Row]]) -> None:
    """Every table's file of a partition, each renamed into place when whole, then its ``_done`` mark."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schemas = _schemas()
    name = f"part-{index:05d}"
    for table in TABLES:
        target = folder / table / f"{name}.parquet"
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(f".tmp{os.getpid()}")
        pq.write_table(pa.Table.from_pylist(tables[table], schema=schemas[table]), temporary)
        _durable_replace(temporary, target)
    counts = {table: len(rows) for table, rows in tables.items()}
    _write_atomically(folder / DONE / f"{name}.json", json.dumps({"partition": index, "rows": counts}))


def _durable_replace(temporary: Path, target: Path) -> None:
    with open(temporary, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, target)


def _write_atomically(target: Path, content: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_suffix(f".tmp{os.getpid()}")
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, target)


def finished_partitions(folder: Path) -> set[int]:
    done = folder / DONE
    if not done.is_dir():
        return set()
    return {int(p.stem.removeprefix("part-")) for p in done.glob("part-*.json")}


def _check_manifest(folder: Path, inputs: list[str], partition_size: int, version: str) -> None:
    """Write the batch's manifest, or check that the one there describes the same batch (else a resumed
    run would mix partitions of different inputs)."""
    wanted = {"format": FORMAT, "inputs": inputs, "partition_size": partition_size, "pipeline": version}
    path = folder / MANIFEST
    if path.exists():
        found = json.loads(path.read_text(encoding="utf-8"))
        if found != wanted:
            differs = sorted(k for k in wanted if found.get(k) != wanted[k])
            raise InputError(
                f"{folder} holds a batch with other {', '.join(differs)}; name another --out folder, or the same "
                "inputs to resume it"
            )
        return
    folder.mkdir(parents=True, exist_ok=True)
    _write_atomically(path, json.dumps(wanted, ensure_ascii=False, indent=1))


def read_batch(folder: str | Path) -> Iterator[ArticleResult | Rejection]:
    """The results and rejections of the finished partitions of a batch folder, partition by partition."""
    import pyarrow.parquet as pq

    path = Path(folder)
    if not (path / MANIFEST).exists():
        raise InputError(f"{path} is not a batch folder (it has no {MANIFEST})")
    for index in sorted(finished_partitions(path)):
        name = f"part-{index:05d}.parquet"
        for row in pq.read_table(path / "articles" / name, columns=["text", "result"]).to_pylist():
            yield from_json(json.loads(row["result"]), row["text"])
        for row in pq.read_table(path / "rejections" / name).to_pylist():
            yield Rejection(row["origin"], row["reason"])


preload_pipeline()  # in a forkserver of local_cluster's workers (PRELOAD set); nothing elsewhere
