"""The quote matching of benchmarks/wire_reports.py, on a tiny invented report (no engine, no evaluation kit)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

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


BATCH_FILES = sorted(wire.DATA.parent.glob("wire-reports*.jsonl"))


@pytest.mark.parametrize("path", BATCH_FILES, ids=lambda path: path.name)
def test_every_batch_file_is_well_formed(path: Path) -> None:
    """Each report of a batch file has a unique id, a publication date, every expected field, and gold quotes that
    its text writes exactly once (the benchmark would stop on a quote it cannot place)."""
    reports = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert reports and len({report["id"] for report in reports}) == len(reports)
    suffix = path.stem.removeprefix("wire-reports").lstrip("-")
    for report in reports:
        date.fromisoformat(report["published"])
        assert set(wire.FIELDS) <= set(report["expect"]), report["id"]
        if suffix:
            assert report["batch"] == int(suffix), report["id"]
        for quote in report.get("expect_quotes", []):
            wire.gold_span(report["text"], quote["text"])
