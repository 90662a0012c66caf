"""The main event of a sentence is the one its main clause reports: not an event named under "after",
"despite", "ahead of" or in a relative clause; casualties "killed in" an event and what happens "in ongoing
protests" belong to the event named there. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.model import Event
from eventwire.pipeline import EVENTS


def main_event(run_stages: Any, text: str) -> Event:
    document = run_stages(text, "events", published="2021-03-04", layers={"dates": (), "places": ()})
    events = document.get(EVENTS)
    assert events, text
    return events[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebel fighters seized the provincial capital despite a months-long bombing campaign.",
         "Non-state actor overtakes territory"),
        ("Several opposition activists were detained before the president's rally in the port.", "Arrests"),
        ("The peace talks between the government and the rebels began despite air strikes on the north.",
         "Agreement"),
        ("Students rioted for a second night, looting shops and attacking police with petrol bombs.",
         "Violent demonstration"),
    ],
)  # fmt: skip
def test_the_main_clause_reports_the_main_event(run_stages: Any, text: str, expected: str) -> None:
    assert main_event(run_stages, text).sub_event_type == expected


def test_casualties_killed_in_an_event_leave_the_event_its_type(run_stages: Any) -> None:
    text = "Four people were killed after security forces opened fire on peaceful protesters in the capital."
    assert main_event(run_stages, text).sub_event_type == "Excessive force against protesters"


def test_what_happens_in_ongoing_protests_is_part_of_them(run_stages: Any) -> None:
    text = "In ongoing violent protests, several trucks were burnt near the highway."
    assert main_event(run_stages, text).sub_event_type == "Violent demonstration"


def test_a_deployment_does_not_outrank_a_riot_told_in_its_sentence(run_stages: Any) -> None:
    text = "The army was deployed in the border town where angry protesters set fire to a customs warehouse."
    assert main_event(run_stages, text).event_type == "Riots"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two vehicles were burned and several soldiers were killed in a rebel ambush on the northern highway.",
         "Armed clash"),
        ("Gunmen torched two shops in the market on Sunday.", "Looting/property destruction"),
    ],
)  # fmt: skip
def test_property_destroyed_in_violence_is_part_of_the_violence(run_stages: Any, text: str, expected: str) -> None:
    # ACLED codes looting or destruction as its own event only where no other violence is reported with it
    assert main_event(run_stages, text).sub_event_type == expected


def test_a_headlines_cause_after_after_names_no_family_of_its_own() -> None:
    from eventwire.resolve.events import title_families

    assert title_families("Youths clash with police after teenager shot") == frozenset({"clash"})
    assert "violence" in title_families("Teenager shot after party")  # nothing reported before "after": all of it
