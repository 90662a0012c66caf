"""A town named only for the hospital a victim was taken to, or as an area, is not the event's (invented)."""

from __future__ import annotations

import eventwire


def _place(text: str) -> tuple[str, str | None]:
    place = eventwire.extract(text, published="2016-06-20").events[0].place
    assert place is not None
    return place.name, place.admin1


def test_the_hospitals_town_gives_way_to_the_town_of_the_shooting() -> None:
    text = (
        "A 12-year-old boy is in serious condition at an Atlanta hospital after he was accidentally shot by a "
        "friend on Saturday. Police said the shooting happened at a home on Fitzgerald Road in Jonesboro, Georgia."
    )
    assert _place(text) == ("Jonesboro", "Georgia")


def test_an_area_named_after_a_city_gives_way_to_the_datelines_town() -> None:
    text = (
        "KATY, Texas (AP) - Investigators say a man shot and killed his wife and son before killing himself in "
        "a Houston-area home. The bodies were found on Tuesday morning."
    )
    assert _place(text) == ("Katy", "Texas")


def test_the_hospitals_town_stays_when_the_report_names_no_other_town() -> None:
    text = "A man was shot on Friday night and was taken to a hospital in Tallahassee, police said."
    assert _place(text) == ("Tallahassee", "Florida")


def test_a_clinic_the_attack_was_at_keeps_its_town() -> None:
    # Where the victims were taken from is the event's place, not a hospital they were taken to; and the rule is
    # one of US local reports: a report from abroad keeps its clinic's town.
    text = (
        "PORT-AU-PRINCE, Haiti (Reuters) - Gunmen abducted three nurses from a clinic in Kenscoff, a commune in the "
        "hills above Port-au-Prince, late Friday, the charity that runs it said on Saturday."
    )
    event = eventwire.extract(text, published="2026-05-09").events[0]
    assert event.place is not None and event.place.name == "Kenscoff"
