"""The quality floors' comparison logic (benchmarks/quality.py), without the evaluation kit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.benchmarks.scripts import load_benchmark

quality = load_benchmark("quality")


def only(checks: list[Any], figure: str) -> Any:
    """The one check of ``figure``."""
    (check,) = [c for c in checks if c.figure == figure]
    return check


def test_a_figure_more_than_the_tolerance_below_its_floor_fails() -> None:
    checks = quality.compare({"quotes-polnear": {"f1": 0.8}}, {"quotes-polnear": {"f1": 0.7899}})
    check = only(checks, "f1")
    assert check.status == "below" and check.failed
    message = check.message()
    assert "quotes-polnear" in message and "f1" in message and "0.8000" in message and "0.7899" in message


@pytest.mark.parametrize("value", [0.79, 0.795, 0.8, 0.9])
def test_a_figure_within_the_tolerance_or_above_passes(value: float) -> None:
    check = only(quality.compare({"dates-tbaq": {"f1": 0.8}}, {"dates-tbaq": {"f1": value}}), "f1")
    assert check.status == "ok" and not check.failed


def test_a_floored_figure_that_was_not_measured_is_reported_missing() -> None:
    floors = {"places-trnews": {"f1": 0.9, "acc_161km": 0.91}, "clusters-gva": {"ari": 0.9}}
    figures = {"places-trnews": {"f1": 0.9, "acc_161km": None}}  # clusters-gva did not run at all
    failed = [c for c in quality.compare(floors, figures) if c.failed]
    assert [(c.dev_set, c.figure, c.status) for c in failed] == [
        ("clusters-gva", "ari", "missing"),
        ("places-trnews", "acc_161km", "missing"),
    ]
    assert "no value measured" in failed[0].message() and "0.9000" in failed[0].message()


def test_a_figure_without_a_floor_is_shown_not_failed() -> None:
    (check,) = quality.compare({}, {"events-case2021": {"event_type_accuracy": 0.81}})
    assert check.status == "no floor" and not check.failed


def test_updating_raises_and_adds_floors_but_lowers_only_when_asked() -> None:
    floors = {"incident-gva": {"date_exact": 0.66, "city_accuracy": 0.63}, "gone": {"f1": 0.5}}
    figures = {"incident-gva": {"date_exact": 0.70, "city_accuracy": 0.60, "state_accuracy": None}, "new": {"f1": 0.4}}
    raised = quality.updated_floors(floors, figures)
    assert raised == {
        "incident-gva": {"date_exact": 0.70, "city_accuracy": 0.63},
        "gone": {"f1": 0.5},
        "new": {"f1": 0.4},
    }
    lowered = quality.updated_floors(floors, figures, lower=True)
    assert lowered["incident-gva"] == {"date_exact": 0.70, "city_accuracy": 0.60}
    assert floors["incident-gva"]["date_exact"] == 0.66  # the input is not changed


def test_headline_figures_are_the_tasks_keys_with_nulls_kept() -> None:
    score = {"f1": 0.87, "acc_161km": None, "precision": 0.9, "n_docs": 200}
    assert quality.headline_figures("places", score) == {"f1": 0.87, "acc_161km": None}


def test_floors_file_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "floors.json"
    assert quality.read_floors(path) == {}
    quality.write_floors(path, {"b": {"x": 0.5}, "a": {"y": 1.0}})
    assert quality.read_floors(path) == {"a": {"y": 1.0}, "b": {"x": 0.5}}
    assert path.read_text().index('"a"') < path.read_text().index('"b"')


def test_dev_sets_know_their_task_and_run_the_largest_first(tmp_path: Path) -> None:
    (tmp_path / "quotes-small.jsonl").write_text("{}\n")
    (tmp_path / "clusters-big.jsonl").write_text("{}\n" * 10)
    (tmp_path / "notes-unknown.jsonl").write_text("{}\n")
    sets = quality.dev_sets(tmp_path)
    assert [(s.name, s.task) for s in sets] == [("clusters-big", "clusters"), ("quotes-small", "quotes")]
    assert [s.name for s in quality.dev_sets(tmp_path, ["quotes-small"])] == ["quotes-small"]


def test_the_table_has_every_figure_and_the_seconds_of_each_set() -> None:
    checks = quality.compare({"dates-tbaq": {"f1": 0.95}}, {"dates-tbaq": {"f1": 0.9495, "value_accuracy": 0.87}})
    lines = quality.table(checks, {"dates-tbaq": 47.2}).splitlines()
    assert lines[2] == "| dates-tbaq | f1 | 0.9500 | 0.9495 | ok | 47 |"
    assert lines[3] == "|  | value_accuracy | - | 0.8700 | no floor |  |"


def test_without_the_dev_folder_the_floors_are_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert quality.main(["--eval-dir", str(tmp_path / "nowhere")]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and out.startswith("quality floors skipped: no evaluation dev folder at")


def test_event_figures_the_gold_has_none_of_are_left_out() -> None:
    case = {"event_type_accuracy": 0.9, "date_accuracy": None, "date_n": 0, "location_n": 0, "fatalities_n": 0}
    acled = {"event_type_accuracy": 0.8, "date_accuracy": 0.95, "date_n": 500, "location_accuracy": None}
    assert "date_accuracy" not in quality.headline_figures("events", case)
    assert quality.headline_figures("events", acled)["date_accuracy"] == 0.95
    assert quality.headline_figures("events", acled)["location_accuracy"] is None  # no count: kept, missing
