"""The quote matching of benchmarks/wire_reports.py, on a tiny invented report (no engine, no evaluation kit)."""

from __future__ import annotations

import pytest

from tests.benchmarks.scripts import load_benchmark

wire = load_benchmark("wire_reports")

TEXT = 'The mayor, Lena Ortiz, said the bridge was closed. "Nobody can cross it," she said.'
GOLD = "the bridge was closed"  # 21 characters from offset 28


def test_the_gold_span_is_where_the_text_writes_the_quote() -> None:
    assert wire.gold_span(TEXT, GOLD) == (28, 49)
    with pytest.raises(ValueError):
        wire.gold_span(TEXT, "the road was closed")


def test_a_gold_quote_is_found_when_an_output_span_covers_half_of_its_characters() -> None:
    gold = wire.gold_span(TEXT, GOLD)
    assert wire.found_by(gold, [(28, 49)]) == 0
    assert wire.found_by(gold, [(0, 10), (22, 39)]) == 1  # 11 of 21 characters
    assert wire.found_by(gold, [(39, 60)]) is None  # 10 of 21: less than half
    assert wire.found_by(gold, [(52, 75), (60, 80)]) is None  # another quote altogether


def test_speakers_match_by_normalised_name_or_surname_but_not_by_a_generic_word() -> None:
    assert wire.same_speaker("Lena Ortiz", "Ortiz")
    assert wire.same_speaker("Lena Ortiz", "Mayor Lena Ortiz")
    assert wire.same_speaker("Lena Ortiz", "Ms. Ortiz")
    assert wire.same_speaker("José Peña", "Jose Pena")
    assert wire.same_speaker("the Interior Ministry", "Interior Ministry")
    assert not wire.same_speaker("the Interior Ministry", "the Defence Ministry")
    assert not wire.same_speaker("Lena Ortiz", "Lena Marsh")
    assert not wire.same_speaker("Lena Ortiz", None)
