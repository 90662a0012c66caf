"""Weapons recovered in a fight that killed people do not outrank the fight: a recovery of weapons is no more
specific than the clash it follows, so the event told first leads. Invented sentences."""

from __future__ import annotations

from typing import Any

from eventwire.pipeline import EVENTS


def sub_event_types(run_stages: Any, text: str) -> list[str | None]:
    document = run_stages(text, "events", published="2021-03-04", layers={"dates": (), "places": ()})
    return [event.sub_event_type for event in document.get(EVENTS)]


def test_a_clash_told_before_the_weapons_it_recovered_is_the_main_event(run_stages: Any) -> None:
    text = "Army troops killed six rebels near the river crossing and recovered rifles and ammunition."
    types = sub_event_types(run_stages, text)
    assert types[0] == "Armed clash", types


def test_weapons_seized_alone_stay_disrupted_weapons_use(run_stages: Any) -> None:
    text = "Police seized rifles and explosives from a rebel hideout near the river crossing."
    assert sub_event_types(run_stages, text)[0] == "Disrupted weapons use"
