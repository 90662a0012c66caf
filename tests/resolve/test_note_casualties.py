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


def test_a_death_told_as_an_earlier_one_is_not_the_toll() -> None:
    # "killed earlier": the killing the raid may answer, not its toll
    event = main_event(
        "Murle militia raid Pibor over two days. 3 killed, 9 wounded on May 2. Supposedly in retaliation for police "
        "stealing goats or because a Murle trader supposedly killed earlier (whether a Murle trader was killed "
        "earlier and by whom is unconfirmed)."
    )
    assert event.killed == 3


def test_the_toll_of_an_earlier_shooting_is_not_the_clashs() -> None:
    # "an earlier shooting incident in which a boy was killed": another incident's toll; the commanders are the
    # clash's
    event = main_event(
        "Clashes were reported in the night of 23 June between Nawasi forces and those of the Bab Tajoura militia near "
        "Tajoura district following an earlier shooting incident in which a boy was killed. At least one house in "
        "Tajoura was reportedly set on fire. Two commanders from the Tajoura brigade were killed according to local "
        "media."
    )
    assert (event.event_type, event.killed) == ("Battles", 2)


def test_a_death_earlier_in_the_day_is_still_the_events() -> None:
    event = main_event("Gunmen attacked a bus near Kibanda. Two passengers were killed earlier on Friday.")
    assert event.killed == 2
