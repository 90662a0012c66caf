"""One incident per happening, with the figures that refer to it (invented reports)."""

from __future__ import annotations

import eventwire


def test_a_shooting_with_injured_only_is_an_event() -> None:
    text = "A gunman shot and wounded two people outside a bar in Dayton on Saturday night, police said."
    events = eventwire.extract(text, published="2017-03-06").events
    assert events, "a shooting that wounded two people is an event"
    main = events[0]
    assert (main.killed, main.injured) == (None, 2)
    assert main.date is not None and main.date.value == "2017-03-04"


def test_a_shooting_told_under_a_verb_of_calling_is_an_event() -> None:
    text = (
        "Officers were called to a clinic in Macon regarding a shooting that injured three people early Sunday. "
        "The victims are expected to survive."
    )
    events = eventwire.extract(text, published="2017-03-06").events
    assert events and events[0].injured == 3 and events[0].killed is None


def test_injuries_in_an_accident_are_no_violent_event() -> None:
    text = "Two people were injured when their car hit a tree on a county road on Sunday, the sheriff said."
    assert not eventwire.extract(text, published="2017-03-06").events


def test_a_headline_that_reports_a_death_makes_the_person_shot_killed() -> None:
    text = "A 7-year-old boy was shot at a home in Dalton on Sunday afternoon, the sheriff said."
    dead = eventwire.extract(text, published="2017-03-06", title="Boy, 7, shot and killed at Dalton home").events
    hurt = eventwire.extract(text, published="2017-03-06", title="Boy, 7, hurt at Dalton home").events
    assert (dead[0].killed, dead[0].injured or 0) == (1, 0)
    assert (hurt[0].killed, hurt[0].injured) == (None, 1)


def test_the_headlines_shooting_told_in_the_lead_leads_before_a_later_acled_typed_mention() -> None:
    text = (
        "A 9-year-old boy was shot in Dalton late Friday night, police said. "
        "He was taken to a hospital in stable condition. "
        "The shooting happened on the 1200 block of Elm Street. "
        "Officers arrived about 9:40 p.m. "
        "Police have classified the shooting as an assault with a dangerous weapon."
    )
    events = eventwire.extract(text, published="2017-03-04", title="Boy, 9, shot in Dalton").events
    main = events[0]
    assert (main.date and main.date.value, main.injured) == ("2017-03-03", 1)
    assert main.sentence.text_of(text).startswith("A 9-year-old boy was shot")


def test_a_headline_counts_the_incidents_casualties_that_the_report_tells_one_by_one() -> None:
    text = (
        "A man was killed and a woman was shot at a house party in Dalton early Saturday, police said. "
        "Another man was shot in the leg. A teenager was shot in the arm."
    )
    told = eventwire.extract(text, published="2017-03-05", title="1 dead, 3 injured in Dalton house party shooting")
    assert (told.events[0].killed, told.events[0].injured) == (1, 3)
    shot = eventwire.extract(text, published="2017-03-05", title="4 shot, 1 dead at Dalton house party")
    assert (shot.events[0].killed, shot.events[0].injured) == (1, 3)
    plain = eventwire.extract(text, published="2017-03-05", title="Shooting at Dalton house party")
    assert plain.events[0].killed == 1 and (plain.events[0].injured or 0) < 3


def test_a_headline_tally_or_a_parents_children_are_not_the_incidents_figures() -> None:
    text = "A man was shot and killed outside a store in Dalton on Sunday, police said."
    tally = eventwire.extract(text, published="2017-03-06", title="21 shot across the city over the weekend")
    assert (tally.events[0].killed, tally.events[0].injured or 0) == (1, 0)
    parent = eventwire.extract(text, published="2017-03-06", title="Father of 4 killed outside Dalton store")
    assert parent.events[0].killed == 1


def test_the_injured_told_as_a_crime_of_their_own_fold_into_the_main_event_of_that_day_and_place() -> None:
    text = (
        "Militants attacked a police post in Dalton on Sunday, killing three officers, the army said. "
        "The attackers fled into the forest. "
        "Two deputies were shot and wounded in Dalton on {day}, the sheriff said."
    )
    same = eventwire.extract(text.format(day="Sunday"), published="2017-03-06").events
    assert (same[0].killed, same[0].injured) == (3, 2)
    other_day = eventwire.extract(text.format(day="Friday"), published="2017-03-06").events
    assert (other_day[0].killed, other_day[0].injured) == (3, None)
