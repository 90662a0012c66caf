"""Keeping the longest of overlapping date expressions is n log n: doubling a text of dates at most about
doubles the time. Before the kept spans were searched by bisection, each candidate was checked against
every kept one (10,000 dates 7 s, 20,000 dates 24 s)."""

from __future__ import annotations

import gc
import random
import re
import time

from eventwire.detect.dates import _longest_first, find_date_expressions
from tests.timing import assert_grows_at_most


def _dates(n: int) -> str:
    return "On 3 March 2021 and last week, then Feb. 24 in the spring of 2022. " * n


def _seconds(text: str) -> float:
    """The fastest of two runs with the collector off: inside the whole suite the heap is large, and a full
    collection during the bigger run made it look quadratic (0.20 s -> 0.62 s in CI, 3 attempts)."""
    fastest = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(2):
            started = time.perf_counter()
            find_date_expressions(text)
            fastest = min(fastest, time.perf_counter() - started)
    finally:
        gc.enable()
    return fastest


def test_doubling_a_text_of_dates_at_most_about_doubles_the_time() -> None:
    def measure() -> tuple[float, float]:
        return _seconds(_dates(1500)), _seconds(_dates(3000))

    assert_grows_at_most(measure, factor=2.5, slack=0.05)


def _quadratic_reference(matches: list[tuple[str, re.Match[str]]]) -> list[tuple[str, re.Match[str]]]:
    """The greedy rule written plainly: longest first, each kept unless it overlaps one kept before."""
    ordered = sorted(matches, key=lambda m: (m[1].start() - m[1].end(), m[1].start()))
    kept: list[tuple[str, re.Match[str]]] = []
    for rule, match in ordered:
        if all(match.end() <= m.start() or match.start() >= m.end() for _, m in kept):
            kept.append((rule, match))
    return sorted(kept, key=lambda m: m[1].start())


def test_keeps_exactly_what_the_plain_greedy_rule_keeps() -> None:
    generator = random.Random(11)
    text = "x" * 400
    for _ in range(200):
        matches = []
        for index in range(generator.randint(0, 30)):
            start = generator.randint(0, 390)
            end = start + generator.randint(1, 10)
            found = re.compile(f"(?s:.{{{end - start}}})").match(text, start)
            assert found is not None
            matches.append((f"rule{index}", found))
        expected = _quadratic_reference(matches)
        assert [(r, m.span()) for r, m in _longest_first(matches)] == [(r, m.span()) for r, m in expected]
