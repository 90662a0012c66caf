"""The quote finder is linear in its input: doubling a pathological article at most about doubles the time.

Each input is parsed once; the quotation, quote and speaker stages are timed on the parse (best of a few
runs, so that a busy machine does not fail the test). Before the finder read subtrees by their edges and
bounded what it reads per cue, these inputs took 7 to 8 times as long when doubled (opening quotes with no
closers: 18 KB 10 s; nested clauses: 28 KB 243 s).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest

from eventwire.model import Article
from eventwire.pipeline import Document, Resources, registered
from tests.timing import assert_grows_at_most

STAGES = ("sentences", "quotations", "quote_mentions", "quotes")
RUNS = 3
SLACK = 0.05  # seconds of noise allowed on top of the bound

PATHOLOGICAL: dict[str, Callable[[int], str]] = {
    "opening quotes with no closers": lambda n: "“He said the word " * n,
    "reported clauses nested in one sentence": lambda n: "Ann said that Bob said that " * n + "it rained.",
    "quote marks all through the prose": lambda n: 'The man said " and " she said. ' * n,
    "a colon after every cue": lambda n: "He said: " * n,
}


def _seconds(nlp: Any, resources: Resources, text: str) -> float:
    doc = nlp(text)
    fastest = float("inf")
    for _ in range(RUNS):
        document = Document(Article(id="speed", text=text), doc, resources=resources)
        started = time.perf_counter()
        for name in STAGES:
            stage = registered(name)
            document.put(stage.produces, stage.run(document.for_stage(stage.name, stage.requires)))
        fastest = min(fastest, time.perf_counter() - started)
    return fastest


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_doubling_a_pathological_input_at_most_about_doubles_the_time(
    name: str, nlp: Any, resources: Resources
) -> None:
    make = PATHOLOGICAL[name]
    nlp.max_length = max(nlp.max_length, 100_000)

    def measure() -> tuple[float, float]:
        return _seconds(nlp, resources, make(600)), _seconds(nlp, resources, make(1200))

    assert_grows_at_most(measure, factor=2.5, slack=SLACK)
