"""Running the pipeline in worker processes: each loads the model and the gazetteer once, the caller's process
reads the inputs and writes the results (one writer), and results come back in input order.

Work goes out in batches of ``settings.batch_size`` articles, with a bounded number in flight (so memory
stays flat on a stream of millions). A worker that dies (killed, out of memory) does not stop the run: the
pool is started again, the batches that were in flight are run again one article at a time, and an article
that kills a worker twice becomes a rejection with the reason. A worker whose parent dies exits within a
second (kill -9 of the run leaves no orphan behind).
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice
from typing import Any, TypeVar, overload

from eventwire.model import Article, ArticleResult, Rejection
from eventwire.pipeline.run import Pipeline
from eventwire.settings import Settings

Item = Article | Rejection
Outcome = ArticleResult | Rejection
R = TypeVar("R")

# Batches in flight per worker: enough to keep every worker busy while the caller writes, and while the
# caller waits for a slow batch ahead of finished ones (results come back in input order).
IN_FLIGHT_PER_WORKER = 3

_PIPELINE: Pipeline | None = None

# Workers forked from the caller once it has loaded the model (where the platform forks and the caller runs one
# thread), else spawned.
FORK_WORKERS = True


def default_workers() -> int:
    """The machine's cores (those this process may run on)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def kept(result: ArticleResult) -> ArticleResult:
    """The result as it is (``run_pooled``'s default ``finish``)."""
    return result


@overload
def run_pooled(
    pipeline: Pipeline, stage_packages: tuple[str, ...], items: Iterable[Item], workers: int | None
) -> Iterator[Outcome]: ...


@overload
def run_pooled(
    pipeline: Pipeline,
    stage_packages: tuple[str, ...],
    items: Iterable[Item],
    workers: int | None,
    finish: Callable[[ArticleResult], R],
) -> Iterator[R | Rejection]: ...


def run_pooled(
    pipeline: Pipeline,
    stage_packages: tuple[str, ...],
    items: Iterable[Item],
    workers: int | None,
    finish: Callable[[ArticleResult], Any] = kept,
) -> Iterator[Any]:
    """The outcome of every item, in input order, computed by ``workers`` processes (None: one per core)
    running the pipeline of ``pipeline.settings`` with the stages of ``stage_packages``; each result as
    ``finish`` makes it (a module-level function, run in the worker: ``eventwire extract``'s JSON lines are made
    there, not in this process, which only writes them), rejections as they are. One worker, or an input of one
    batch or less, runs in this process with ``pipeline``: a worker would only load the model once more."""
    settings = pipeline.settings
    workers = default_workers() if workers is None else workers
    stream = iter(items)
    head = list(islice(stream, settings.batch_size + 1))
    if workers <= 1 or len(head) <= settings.batch_size:
        yield from _finished(pipeline.run(chain(head, stream)), finish)
        return
    stream = chain(head, stream)
    with _Pool(pipeline, stage_packages, workers, finish) as pool:
        pending: deque[tuple[list[Item], Future[list[Any]]]] = deque()
        limit = workers * IN_FLIGHT_PER_WORKER
        batches = tail_shared(stream, settings.batch_size, workers)
        while True:
            while len(pending) < limit and (batch := next(batches, None)) is not None:
                pending.append((batch, pool.submit(batch)))
            if not pending:
                return
            batch, future = pending.popleft()
            try:
                outcomes = future.result()
            except BrokenProcessPool:
                yield from pool.recover([(batch, future), *pending])
                pending.clear()
                continue
            yield from outcomes


def tail_shared(items: Iterator[Item], size: int, workers: int) -> Iterator[list[Item]]:
    """Batches of ``size`` items, and, once the end of the input is in sight (under ``2 * workers * size`` items
    left, read ahead), smaller ones: a share of what is left (``1 / (2 * workers)``, at least one item), so that
    the workers finish together rather than one waiting for the other's last full batch (on 200 articles in
    batches of 8, two workers ran 13 and 12 batches: half a second of one core idle on a 7 s run)."""
    horizon = 2 * workers * size
    ahead: deque[Item] = deque(islice(items, horizon))
    ended = len(ahead) < horizon
    while ahead:
        share = size if not ended else min(size, max(1, -(-len(ahead) // (2 * workers))))
        batch = [ahead.popleft() for _ in range(min(share, len(ahead)))]
        yield batch
        if not ended:
            more = list(islice(items, len(batch)))
            ahead.extend(more)
            ended = len(more) < len(batch)


class _Pool:
    """A process pool that can be started again after a worker died."""

    def __init__(
        self, pipeline: Pipeline, stage_packages: tuple[str, ...], workers: int, finish: Callable[[ArticleResult], Any]
    ) -> None:
        self.pipeline = pipeline
        self.stage_packages = stage_packages
        self.workers = workers
        self.finish = finish
        self.executor = self._start(workers)

    def _start(self, workers: int) -> ProcessPoolExecutor:
        if FORK_WORKERS and "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
            # fork once the model and the gazetteer are loaded here: the workers share them copy-on-write, rather
            # than each importing spaCy and loading the model again (1.3 s of CPU a worker). Only from a process
            # of one thread: another thread (a progress bar drawing on stderr) may hold a lock the child would
            # wait for forever
            self.pipeline.resources.nlp  # noqa: B018
            self.pipeline.resources.gazetteer  # noqa: B018
            return ProcessPoolExecutor(
                max_workers=workers,
                mp_context=multiprocessing.get_context("fork"),
                initializer=_start_forked_worker,
                initargs=(self.pipeline, os.getpid()),
            )
        # spawn: a fresh interpreter, whatever threads the caller has
        return ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(self.pipeline.settings, self.stage_packages, os.getpid()),
        )

    def submit(self, batch: list[Item]) -> Future[list[Any]]:
        return self.executor.submit(_run_batch, batch, self.finish)

    def restart(self, workers: int) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._start(workers)

    def recover(self, batches: Iterable[tuple[list[Item], Future[list[Any]]]]) -> Iterator[Any]:
        """The outcomes of the batches in flight when a worker died, in order: those finished before, as they
        are; the others run again one article at a time in a fresh worker, so that an article that kills its
        worker is known (and rejected after a second try) and the others are read."""
        self.restart(1)
        for batch, future in batches:
            if future.done() and not future.cancelled() and future.exception() is None:
                yield from future.result()
                continue
            for item in batch:
                yield self._alone(item)
        self.restart(self.workers)

    def _alone(self, item: Item) -> Any:
        for attempt in range(2):
            try:
                (outcome,) = self.submit([item]).result()
                return outcome
            except BrokenProcessPool as error:
                self.restart(1)
                if attempt == 1:
                    return _died(item, error)
        raise AssertionError("unreachable")

    def __enter__(self) -> _Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _died(item: Item, error: BaseException) -> Rejection:
    if isinstance(item, Rejection):
        return item
    return Rejection(item.origin or item.id, f"the worker process reading it died twice ({error})")


def _start_worker(settings: Settings, stage_packages: tuple[str, ...], parent: int) -> None:
    global _PIPELINE
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    _PIPELINE = Pipeline(settings, stage_packages)
    _PIPELINE.resources.nlp  # noqa: B018 (load the model and the gazetteer now, once, not in the first batch)
    _PIPELINE.resources.gazetteer  # noqa: B018
    atexit.register(_exit_at_once)


def _start_forked_worker(pipeline: Pipeline, parent: int) -> None:
    """A worker forked from its caller: the caller's pipeline, its model and gazetteer already loaded."""
    global _PIPELINE
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    _PIPELINE = pipeline


def _exit_at_once() -> None:
    """The last thing a worker does once its pool is shut down: exit without freeing the model object by object
    (0.3 s of CPU an interpreter with the model loaded spends at exit, while the caller waits for it)."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()
    os._exit(0)


def _exit_with_parent(parent: int) -> None:
    """A worker outlives no killed parent: its queue would never close."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _run_batch(batch: list[Item], finish: Callable[[ArticleResult], Any]) -> list[Any]:
    assert _PIPELINE is not None, "the worker was not started"
    return list(_finished(_PIPELINE.run(batch), finish))


def _finished(outcomes: Iterable[Outcome], finish: Callable[[ArticleResult], Any]) -> Iterator[Any]:
    for outcome in outcomes:
        yield outcome if isinstance(outcome, Rejection) else finish(outcome)
