"""The day of a short dated note's event (no title, a few sentences, dated by its event's day): a calendar day of
a sentence that reports none of the event tells an earlier happening (invented notes)."""

from __future__ import annotations

import eventwire
from eventwire.model import Event


def main_event(text: str, published: str) -> Event:
    events = eventwire.extract(text, published=published).events
    assert events
    return events[0]


def test_a_calendar_day_of_another_sentence_of_a_note_is_not_its_events_day() -> None:
    text = (
        "Police arrived in Kibanda to end a land dispute that began on 10 June. "
        "One farmer was shot dead when police intervened."
    )
    event = main_event(text, "2016-06-14")
    assert event.date is not None and event.date.value == "2016-06-14"


def test_a_note_that_dates_its_event_in_its_clause_keeps_that_day() -> None:
    text = "Gunmen killed two farmers in Kibanda on 12 June. The attackers fled towards the forest."
    event = main_event(text, "2016-06-14")
    assert event.date is not None and event.date.value == "2016-06-12"


def test_a_weekday_of_another_sentence_still_dates_a_note() -> None:
    text = "A bomb hit a market in Kibanda, killing five people, officials said. It happened late Monday."
    event = main_event(text, "2016-06-14")
    assert event.date is not None and event.date.value == "2016-06-13"
