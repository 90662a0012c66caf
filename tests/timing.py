"""Timing assertions that a busy, shared machine does not fail by accident.

A doubling test measures an input of size n and of size 2n (each the fastest of a few interleaved runs)
and asserts the second took at most ``factor`` times the first, plus some ``slack`` seconds. A moment of
load can still skew one measurement, so a test fails only when every one of ``attempts`` measurements
breaks the bound: a quadratic function (4x when doubled) fails every time, a linear one almost never.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest


def assert_grows_at_most(
    measure: Callable[[], tuple[float, float]], *, factor: float = 2.5, slack: float = 0.0, attempts: int = 3
) -> None:
    """``measure()`` -> (seconds at size n, seconds at size 2n); fail if every attempt breaks the bound."""
    seen = []
    for _ in range(attempts):
        single, double = measure()
        if double <= factor * single + slack:
            return
        seen.append(f"{single:.4f} s -> {double:.4f} s")
    pytest.fail(f"doubling the input took more than {factor}x (+{slack} s) in {attempts} attempts: " + "; ".join(seen))
