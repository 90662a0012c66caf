"""A dated short note whose words name no event the typing reads still records one (invented notes)."""

from __future__ import annotations

from datetime import date

import eventwire


def test_a_note_without_a_trigger_word_reports_a_development_at_its_place_and_day() -> None:
    events = eventwire.extract(
        "The regional governor was sacked for declaring a curfew in Wau without informing Juba.",
        published="2016-06-25",
    ).events
    assert len(events) == 1
    event = events[0]
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Other")
    assert event.date is not None and event.date.value == "2016-06-25"
    assert event.place is not None and event.place.name == "Wau"
    assert not event.killed


def test_a_note_without_a_trigger_word_that_tells_people_hurt_reports_an_attack() -> None:
    event = eventwire.extract(
        "Two traders were doused in petrol and set alight in George. No deaths were reported.",
        published="2016-06-29",
    ).events[0]
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.place is not None and event.place.name == "George"


def test_a_titled_report_or_an_undated_text_without_a_trigger_word_reports_no_event() -> None:
    text = "The regional governor was sacked for declaring a curfew in Wau without informing Juba."
    assert not eventwire.extract(text).events
    assert not eventwire.extract(text, published=date(2016, 6, 25), title="Governor sacked").events


def test_a_note_of_a_disaster_or_a_mishap_reports_no_event() -> None:
    for text in ("A storm killed three people in the north.", "Two people died when their car overturned near Gulu."):
        assert not eventwire.extract(text, published="2016-06-29").events


def test_a_dated_short_text_that_names_no_place_reports_no_event() -> None:
    text = "Thanks for signing up! We have sent you a confirmation message. Please follow the link in it."
    assert not eventwire.extract(text, published="2016-06-29").events


def test_a_note_whose_main_verb_is_a_verbal_cue_is_the_verbal_events_meeting_not_a_development() -> None:
    text = "Officials from Mali and Niger met in Niamey on Friday to discuss border security."
    events = eventwire.extract(text, published="2016-06-29").events
    assert [e.plover for e in events] == ["CONSULT"]
    assert events[0].event_type == "none"
