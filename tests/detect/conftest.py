"""Fixtures of the detect tests: the quote finder's candidates for a hand-written text."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.model import QuoteCandidate
from eventwire.pipeline import QUOTE_MENTIONS


@pytest.fixture
def quotes_of(run_stages: Any) -> Any:
    """``quotes_of(text)`` -> the quote candidates that the ``quote_mentions`` stage finds in ``text``."""

    def run(text: str) -> tuple[QuoteCandidate, ...]:
        found: tuple[QuoteCandidate, ...] = run_stages(text, "quote_mentions").get(QUOTE_MENTIONS)
        return found

    return run
