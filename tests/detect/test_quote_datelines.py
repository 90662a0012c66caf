"""Datelines before which no speaker starts (``detect/quote_datelines.py``)."""

from __future__ import annotations

from typing import Any

from eventwire.detect.quote_datelines import datelines
from eventwire.model import QuoteCandidate
from eventwire.pipeline import QUOTE_MENTIONS


def test_datelines_of_agency_copy_run_to_the_dash() -> None:
    for opening in ("BAGHDAD (Reuters) - ", "KYIV, March 3 (AFP) - ", "BAKU, Azerbaijan, May 4 (Trend) - "):
        text = opening + "Police said four people were killed."
        assert [d.text_of(text) for d in datelines(text)] == [opening]
    assert datelines("Police said four people were killed in BAGHDAD - the capital.") == []


def test_neither_the_town_nor_the_agency_of_a_dateline_speaks(run_stages: Any) -> None:
    text = (
        "WASHINGTON (AP) — President Elena Ruiz said Monday that she would sign the budget bill.\n\n"
        "KYIV, March 3 (AFP) - Foreign Minister Dmytro Kuleba on Thursday said there had been no progress.\n\n"
        "BAKU, May 4 (Trend) - The economy will grow by 3 percent this year, the ministry told Trend."
    )
    quotes: tuple[QuoteCandidate, ...] = run_stages(text, "quote_mentions").get(QUOTE_MENTIONS)
    sources = [q.source.phrase.text_of(text) for q in quotes if q.source is not None]
    assert sources == ["President Elena Ruiz", "Foreign Minister Dmytro Kuleba", "the ministry"]
    assert quotes[2].span.text_of(text) == "The economy will grow by 3 percent this year"


def test_datelines_with_a_year_or_an_agency_in_slashes() -> None:
    """A press release's "AUSTIN, Texas, March 3, 2026 /PRNewswire/ --" and TASS's "MOSCOW, May 2. /TASS/."."""
    for opening in ("AUSTIN, Texas, March 3, 2026 /PRNewswire/ -- ", "MOSCOW, May 2. /TASS/. "):
        text = opening + "Greenfield Mills today announced a new plant."
        assert [d.text_of(text) for d in datelines(text)] == [opening]


def test_the_town_of_a_press_release_dateline_does_not_speak(run_stages: Any) -> None:
    text = (
        "DENVER, Colo., June 9, 2026 /PRNewswire/ -- Greenfield Mills today announced that it would open "
        "a flour mill in northern Colorado."
    )
    quotes: tuple[QuoteCandidate, ...] = run_stages(text, "quote_mentions").get(QUOTE_MENTIONS)
    assert [q.source.phrase.text_of(text) for q in quotes if q.source is not None] == ["Greenfield Mills"]
