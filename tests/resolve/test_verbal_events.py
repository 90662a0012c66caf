"""Verbal and non-violent events: each cue the issue names, with its source, target, date, place and mode,
on articles written for these tests; and what is no verbal event."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.model import Event
from eventwire.pipeline import EVENTS, QUOTE_EVENTS, VERBAL_EVENTS


def verbal(run_stages: Any, text: str, published: str = "2023-03-09") -> tuple[Event, ...]:
    document = run_stages(text, "verbal_events", published=published)
    events: tuple[Event, ...] = document.get(VERBAL_EVENTS)
    return events


def parties(event: Event) -> tuple[str | None, str | None]:
    return (event.actor1.name if event.actor1 else None, event.actor2.name if event.actor2 else None)


@pytest.mark.parametrize(
    ("text", "plover", "mode", "source", "target"),
    [
        ("Iran threatened to close the Strait of Hormuz on Tuesday.", "THREATEN", "non-force", "Iran", None),
        ("Serbia threatened military action against the rebels.", "THREATEN", "force", "Serbia", None),
        ("Iran's foreign minister Hossein Amir-Abdollahian accused Israel of sabotage at a nuclear site.",
         "ACCUSE", "allege", "Hossein Amir-Abdollahian", "Israel"),
        ("French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday to discuss energy.",
         "CONSULT", "meet", "Emmanuel Macron", "Olaf Scholz"),
        ("The European Union imposed sanctions on Belarus on Wednesday over the crackdown.", "SANCTION", "economic",
         "EU: European Union", "Belarus"),
        ("Turkey sent food aid to Syria after the earthquake.", "AID", "humanitarian", "Turkey", None),
        ("UN Secretary-General Antonio Guterres called on both sides to respect the ceasefire.", "REQUEST", None,
         "Antonio Guterres", None),
        ("Kenyan President William Ruto visited Ethiopia on Tuesday.", "CONSULT", "visit", "William Ruto", "Ethiopia"),
        ("Chinese President Xi Jinping held a phone call with Ukrainian President Volodymyr Zelenskyy on Wednesday.",
         "CONSULT", "phone", "Xi Jinping", "Volodymyr Zelenskyy"),
        ("Hungary rejected the proposal on Tuesday.", "REJECT", None, "Hungary", None),
        ("Jordan's King Abdullah demanded an end to the blockade.", "REQUEST", None, "King Abdullah", None),
        ("The United States sanctioned three Iranian officials on Thursday.", "SANCTION", "economic", "United States",
         "Iran"),
    ],
)  # fmt: skip
def test_each_cue_makes_its_event(
    run_stages: Any, text: str, plover: str, mode: str | None, source: str, target: str | None
) -> None:
    (event,) = verbal(run_stages, text)
    assert (event.plover, event.plover_mode) == (plover, mode)
    assert parties(event) == (source, target)
    assert (event.event_type, event.sub_event_type) == ("none", "none")
    assert event.sentence.contains(event.trigger)


def test_ministers_of_two_states_meet_for_their_states_where_their_clause_says(run_stages: Any) -> None:
    text = (
        "The foreign ministers of Kenya and Ethiopia met in the coastal city of Mombasa on Monday but agreed nothing."
    )
    (event,) = verbal(run_stages, text)
    assert (event.plover, parties(event)) == ("CONSULT", ("Kenya", "Ethiopia"))
    assert event.place is not None and event.place.name == "Mombasa"


def test_talks_that_made_no_progress_on_a_truce_agree_nothing(run_stages: Any) -> None:
    text = "The foreign ministers of Kenya and Ethiopia met in Nairobi on Monday but made no progress on a ceasefire."
    document = run_stages(text, "verbal_events", published="2023-03-09")
    assert all(e.sub_event_type != "Agreement" for e in document.get(EVENTS))
    assert [e.plover for e in document.get(VERBAL_EVENTS)] == ["CONSULT"]


def test_a_meeting_is_dated_and_placed_by_its_own_clause(run_stages: Any) -> None:
    text = "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday to discuss energy."
    (event,) = verbal(run_stages, text)
    assert event.date is not None and event.date.value == "2023-03-06"
    assert event.place is not None and event.place.name == "Berlin"
    assert event.date_span is not None and event.date_span.text_of(text) == "Monday"


def test_a_since_clause_does_not_date_the_visit(run_stages: Any) -> None:
    text = (
        "Earlier, on his first visit to Ukraine since Russia launched a full-scale invasion on Feb. 24, "
        "Guterres toured several towns near Kyiv."
    )
    (event,) = verbal(run_stages, "Antonio Guterres arrived on Thursday. " + text, published="2022-04-28")
    assert event.plover_mode == "visit" and parties(event) == ("Antonio Guterres", "Ukraine")
    assert event.date is not None and event.date.value == "2022-04-28"


def test_a_condemnation_of_the_attack_is_against_its_perpetrator(run_stages: Any) -> None:
    text = (
        "Russian missiles struck a market in Kharkiv on Monday, killing four civilians. "
        "Interior Minister Ihor Klymenko condemned the attack."
    )
    document = run_stages(text, "verbal_events", published="2023-03-09")
    (strike, *_) = document.get(EVENTS)
    (accusation,) = document.get(VERBAL_EVENTS)
    assert accusation.plover == "ACCUSE" and accusation.actor1 is not None
    assert accusation.actor1.name == "Ihor Klymenko" and accusation.actor1.sector == "government"
    assert accusation.actor2 == strike.actor1


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders did not meet on Monday.",
        "Macron plans to visit Berlin next week.",
        "The talks could end the war.",
        'Guterres said: "We condemn this and we will sanction anyone who breaks the truce."',
        "The minister condemned the attack.",  # nobody named
        "Police called the man a hero.",  # "called" without "on" or "for"
    ],
)
def test_no_verbal_event(run_stages: Any, text: str) -> None:
    assert verbal(run_stages, text) == ()


def test_troops_that_withdraw_retreat(run_stages: Any) -> None:
    document = run_stages(
        "Government troops withdrew from the border area on Friday.", "events", published="2023-03-09"
    )
    (event,) = document.get(EVENTS)
    assert (event.plover, event.plover_mode) == ("RETREAT", "withdraw")


def test_quotes_link_to_the_event_they_are_about(run_stages: Any) -> None:
    text = (
        "Gunmen attacked a bus in Borno state on Sunday, killing nine passengers. "
        'Governor Babagana Zulum condemned the attack as "a cowardly act." '
        '"We will not rest," he said. '
        '"The harvest was good this year," a farmer said.'
    )
    document = run_stages(text, "quote_events", published="2023-03-09")
    acled, verbal_found = document.get(EVENTS), document.get(VERBAL_EVENTS)
    quotes = {q.span.text_of(text): q.event for q in document.get(QUOTE_EVENTS)}
    condemnation = len(acled) + [e.plover for e in verbal_found].index("ACCUSE")
    assert quotes['the attack as "a cowardly act."'] == condemnation
    assert quotes['"We will not rest,"'] == condemnation  # the same speaker goes on
    assert quotes['"The harvest was good this year,"'] is None


@pytest.mark.parametrize(
    "text",
    [
        "Carney is now facing charges after he is accused of pointing a firearm at the victim.",  # a passive
        "A 13-year-old accused of killing his friend was arrested in Cedar Rapids.",
        "The gunman shot two men who came to her aid, police said.",  # "aid" with no one sending it
        "Governor Elias Waya was arrested a day after being dismissed by President Kiir.",  # fired, not rejected
    ],
)
def test_what_reads_like_a_cue_but_is_none(run_stages: Any, text: str) -> None:
    assert verbal(run_stages, text) == ()


def test_people_who_speak_for_themselves_are_not_their_state(run_stages: Any) -> None:
    assert verbal(run_stages, "Algerian lawyers rejected the proposal in Tunis.") == ()
    (event,) = verbal(run_stages, "Algerian officials rejected the proposal in Tunis.")
    assert parties(event) == ("Algeria", None)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Protesters in Paris demanded the resignation of the minister on Saturday.", "Protesters (France)"),
        ("Police in Nairobi rejected the claims on Monday.", "Police Forces of Kenya"),
        ("The Nigerian army denied the report in Abuja.", "Military Forces of Nigeria (2015-2023)"),
        ("Fighting went on in Kharkiv. The Ukrainian government welcomed the move.", "Government of Ukraine"),
    ],
)
def test_forces_governments_and_crowds_speak_as_acled_names_them(run_stages: Any, text: str, source: str) -> None:
    (event, *_) = verbal(run_stages, text)
    assert event.actor1 is not None and event.actor1.name == source


def test_a_verbal_event_never_leads_an_article_that_reports_violence() -> None:
    import eventwire

    text = (
        "Foreign ministers Sergey Lavrov and Antony Blinken met in Geneva on Monday for talks. "
        "Hours later, militants attacked a village in northern Burkina Faso, killing 12 civilians."
    )
    result = eventwire.extract(text, published="2023-03-09")
    assert result.events[0].event_type == "Violence against civilians"
    assert [e.plover for e in result.events[1:] if e.event_type == "none"] == ["CONSULT"]
    alone = eventwire.extract(text.split(" Hours")[0], published="2023-03-09")
    assert alone.events[0].plover == "CONSULT"


def test_delegates_from_two_states_who_met_are_a_meeting_of_those_states(run_stages: Any) -> None:
    text = "Delegates from Peru and Chile met in Lima on Monday to discuss fishing rights."
    (event,) = [e for e in verbal(run_stages, text) if e.plover == "CONSULT"]
    assert parties(event) == ("Peru", "Chile")


def test_a_day_after_on_is_no_party_of_the_talks(run_stages: Any) -> None:
    text = "Kenya's foreign minister held talks in Mogadishu on Wednesday with Somalia's president."
    (event,) = verbal(run_stages, text)
    assert (event.plover, parties(event)) == ("CONSULT", ("Kenya", "Somalia"))


@pytest.mark.parametrize(
    ("text", "published", "source", "target", "place"),
    [
        ("NAIROBI, April 8 (Reuters) - Kenyan and Ugandan officials wrapped up three days of talks in the Ugandan "
         "capital on Tuesday without settling a dispute over fuel pipeline fees, officials from both countries said.",
         "2026-04-08", "Kenya", "Uganda", "Kampala"),
        ("LIMA (Reuters) - Peruvian and Bolivian ministers met in La Paz on Tuesday to discuss smuggling across Lake "
         "Titicaca, the foreign ministry said.", "2026-03-11", "Peru", "Bolivia", "La Paz"),
        ("BAKU (AP) — Azerbaijani and Armenian negotiators ended a week of talks in Washington on Friday without a "
         "deal on the border, officials said.", "2026-06-13", "Azerbaijan", "Armenia", "Washington"),
    ],
)  # fmt: skip
def test_talks_of_delegates_named_by_their_states_adjectives_are_between_those_states(
    run_stages: Any, text: str, published: str, source: str, target: str, place: str
) -> None:
    """ "Kenyan and Ugandan officials met": the states the adjectives name hold the talks, though the parser tags
    no entity on the adjectives (or calls them something else)."""
    talks = next(e for e in verbal(run_stages, text, published) if e.plover == "CONSULT")
    assert talks.actor1 is not None and talks.actor2 is not None
    assert (talks.actor1.name, talks.actor2.name) == (source, target)
    assert talks.place is not None and talks.place.name == place
