"""Worker processes: the same results as one process, in input order; a worker that dies costs only the
article that killed it (a rejection with the reason); a strict run's stage error crosses back whole."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import threading
from collections.abc import Iterable
from pathlib import Path

import pytest

from eventwire.engine import STAGE_PACKAGES, Engine, json_line
from eventwire.errors import StageError
from eventwire.model import Article, ArticleResult, Rejection
from eventwire.model.canonical import to_json
from eventwire.pipeline import Pipeline
from eventwire.pipeline.pool import run_pooled, tail_shared
from eventwire.settings import DEFAULT_STAGES, Settings

FAULTS = (*STAGE_PACKAGES, "tests.pipeline.worker_faults")


def _articles(n: int) -> list[Article | Rejection]:
    items: list[Article | Rejection] = []
    for i in range(n):
        text = (
            f"Gunmen killed {i + 2} guards at a bank in Kano on Monday, police said. "
            f'"We will find them," said Commissioner Ali Musa on Tuesday.'
        )
        items.append(Article(id=f"a{i}", text=text, published=None))
    items.insert(3, Rejection("broken.jsonl:4", "line is not JSON"))
    return items


def _described(outcomes: Iterable[ArticleResult | Rejection]) -> list[object]:
    return [o if isinstance(o, Rejection) else to_json(o) for o in outcomes]


def test_two_workers_give_what_one_process_gives_in_input_order() -> None:
    settings = Settings(batch_size=2)
    items = _articles(9)
    alone = _described(Engine(settings).run(items, workers=1))
    pooled = _described(Engine(settings).run(items, workers=2))
    assert pooled == alone
    assert [o["id"] if isinstance(o, dict) else o.origin for o in pooled] == [  # type: ignore[attr-defined]
        "a0",
        "a1",
        "a2",
        "broken.jsonl:4",
        "a3",
        "a4",
        "a5",
        "a6",
        "a7",
        "a8",
    ]


def test_an_article_that_kills_its_worker_is_rejected_and_the_others_are_read() -> None:
    settings = Settings(batch_size=2, stages=(*DEFAULT_STAGES, "worker_faults"))
    items = _articles(8)
    items[5] = Article(id="killer", text="END-THIS-WORKER in Kano on Monday.", published=None)
    outcomes = list(run_pooled(Pipeline(settings, FAULTS), FAULTS, items, 2))
    assert len(outcomes) == len(items)
    kinds = [(o.origin, "rejected") if isinstance(o, Rejection) else (o.article.id, "read") for o in outcomes]
    expected = [(item.origin, "rejected") if isinstance(item, Rejection) else (item.id, "read") for item in items]
    expected[5] = ("killer", "rejected")
    assert kinds == expected
    reason = outcomes[5].reason  # type: ignore[union-attr]
    assert "worker process reading it died twice" in reason


def test_a_strict_run_raises_the_stage_error_of_a_worker() -> None:
    settings = Settings(batch_size=2, strict=True, stages=(*DEFAULT_STAGES, "worker_faults"))
    items = _articles(6)
    items[4] = Article(id="bad", text="RAISE-IN-STAGE in Kano.", published=None)
    with pytest.raises(StageError, match="a stage that fails on this article") as raised:
        list(run_pooled(Pipeline(settings, FAULTS), FAULTS, items, 2))
    assert raised.value.stage == "worker_faults" and raised.value.article == "bad"


def test_the_last_batches_are_shares_of_what_is_left_so_that_the_workers_finish_together() -> None:
    for n in (0, 1, 5, 16, 31, 32, 33, 200):
        batches = list(tail_shared(iter(range(n)), 8, 2))
        assert [i for batch in batches for i in batch] == list(range(n))  # every item once, in order
        assert all(1 <= len(batch) <= 8 for batch in batches)
    sizes = [len(batch) for batch in tail_shared(iter(range(200)), 8, 2)]
    assert sizes[:20] == [8] * 20  # full batches while the end is out of sight
    assert sizes[-4:] == [1, 1, 1, 1]  # one article each at the very end
    assert sizes == sorted(sizes, reverse=True)


def test_each_result_is_finished_in_its_worker_as_asked() -> None:
    settings = Settings(batch_size=2)
    items = _articles(7)
    lines = list(run_pooled(Pipeline(settings, STAGE_PACKAGES), STAGE_PACKAGES, items, 2, json_line))
    alone = [o if isinstance(o, Rejection) else json_line(o) for o in Engine(settings).run(items, workers=1)]
    assert lines == alone
    assert isinstance(lines[0], str) and isinstance(lines[3], Rejection)


def _mark_of_the_workers_model(result: ArticleResult) -> object:
    from eventwire.pipeline import pool

    assert pool._PIPELINE is not None
    return os.getpid(), pool._PIPELINE.resources.nlp.meta.get("eventwire_test_mark")


def _workers_marks() -> list[tuple[int, object]]:
    pipeline = Pipeline(Settings(batch_size=2), STAGE_PACKAGES)
    pipeline.resources.nlp.meta["eventwire_test_mark"] = "the caller's"
    try:
        marks = list(run_pooled(pipeline, STAGE_PACKAGES, _articles(7), 2, _mark_of_the_workers_model))
    finally:
        del pipeline.resources.nlp.meta["eventwire_test_mark"]
    seen = [m for m in marks if not isinstance(m, Rejection)]
    assert os.getpid() not in {pid for pid, _ in seen}
    return seen


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="the platform does not fork")
def test_workers_are_forked_with_the_callers_loaded_model_rather_than_loading_their_own() -> None:
    if threading.active_count() == 1:
        assert {mark for _, mark in _workers_marks()} == {"the caller's"}
        return
    # an earlier test left a thread running here, so this process would spawn its workers: check in a fresh one
    check = "from tests.pipeline.test_pool import _workers_marks; print(sorted({m for _, m in _workers_marks()}))"
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", check], cwd=root, capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == '["the caller\'s"]'


def test_a_caller_with_another_thread_spawns_its_workers_which_load_their_own_model() -> None:
    stop = threading.Event()
    drawing = threading.Thread(target=stop.wait, daemon=True)  # as a progress bar drawing on stderr
    drawing.start()
    try:
        assert {mark for _, mark in _workers_marks()} == {None}
    finally:
        stop.set()
        drawing.join()
