"""Which figure of a short dated note is its event's toll: a protest or a riot does not count the death it answers
(invented notes)."""

from __future__ import annotations

import eventwire
from eventwire.model import Event


def main_event(text: str) -> Event:
    events = eventwire.extract(text, published="2016-06-24").events
    assert events
    return events[0]


def test_a_riot_following_a_death_in_custody_does_not_count_that_death() -> None:
    event = main_event(
        "Following the death of a prisoner in police custody, residents of Kibanda rioted and burned the "
        "police station."
    )
    assert (event.event_type, event.killed) == ("Riots", None)


def test_a_road_blocked_in_protest_of_a_death_does_not_count_that_death() -> None:
    event = main_event(
        "Hawkers blocked the main road of Kibanda and smashed buses in protest of the death of a colleague."
    )
    assert event.event_type == "Riots" and event.killed is None


def test_a_riot_that_leaves_people_dead_keeps_its_toll() -> None:
    event = main_event("Rioters clashed with police in Kibanda, leaving two people dead.")
    assert (event.event_type, event.killed) == ("Riots", 2)
