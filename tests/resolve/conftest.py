"""Fixtures the resolve tests share."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.model import QuoteMention
from eventwire.pipeline import QUOTES


@pytest.fixture
def speakers_of(run_stages: Any) -> Any:
    def run(text: str) -> list[str | None]:
        found: tuple[QuoteMention, ...] = run_stages(text, "quotes").get(QUOTES)
        return [q.speaker.name if q.speaker is not None else None for q in found]

    return run
