"""The state a US report's headline or site name names places its town among namesakes (invented reports)."""

from __future__ import annotations

import eventwire
from eventwire.lexicon.gazetteer import load_gazetteer
from eventwire.resolve.us_title_places import title_state


def _place(text: str, title: str) -> tuple[str | None, str | None, str | None]:
    result = eventwire.extract(text, published="2016-05-02", title=title)
    assert result.events
    location = result.events[0].place
    assert location is not None
    return location.name, location.admin1, location.country


def test_a_headline_names_its_state_by_name_abbreviation_or_postal_code() -> None:
    gazetteer = load_gazetteer()
    assert title_state("Man shot at motel - WXYZ 9 Springfield, Huntington WV News, Weather", gazetteer) == (
        "West Virginia"
    )
    assert title_state("Teen hurt in crash - KQRS 4 Connecticut", gazetteer) == "Connecticut"
    assert title_state("Utah woman shot by her neighbour", gazetteer) == "Utah"
    assert title_state("MN father shot his son", gazetteer) == "Minnesota"
    assert title_state("Boy shot near Knoxville, Tenn.", gazetteer) == "Tennessee"


def test_words_that_look_like_postal_codes_or_two_states_name_none() -> None:
    gazetteer = load_gazetteer()
    assert title_state("Police ID teen shot in SW Houston", gazetteer) is None
    assert title_state("1 killed in shooting in NE Portland", gazetteer) is None
    assert title_state("VA: Marine veteran did not have PTSD", gazetteer) is None
    assert title_state("Ohio man arrested in Kentucky shooting", gazetteer) is None
    assert title_state("Three shot in Washington", gazetteer) is None  # the capital as often as the state


def test_a_town_of_many_states_is_the_one_in_the_site_names_state() -> None:
    text = (
        "Charleston police say two people were shot at a motel late on Friday. One victim is 15 years old. "
        "Police said shots were fired through the window of a room."
    )
    title = "Two injured in motel shooting - WXYZ 9 Springfield, Huntington WV News, Weather, Sports"
    assert _place(text, title)[:2] == ("Charleston", "West Virginia")


def test_a_town_read_as_abroad_is_in_the_headlines_state_at_its_point_when_the_gazetteer_lacks_it() -> None:
    text = (
        "Berlin police are investigating the death of a 15-year-old boy who was shot with a pellet gun on Thursday. "
        "The teen was shot at around 1:30 p.m. on Division Street, police said."
    )
    assert _place(text, "Teen dies after being shot by pellet gun - KQRS 4 Connecticut") == (
        "Berlin",
        "Connecticut",
        "US",
    )


def test_a_town_of_another_state_gives_way_to_the_headlines_town_in_its_state() -> None:
    text = (
        "A 16-year-old was shot dead on Sunday night, police said. Officers were told that a Lincoln SUV had been "
        "taken in a robbery nearby. Nobody has been arrested."
    )
    assert _place(text, "Police investigating murder of teen - Channel 19 News Cleveland, OH")[:2] == (
        "Cleveland",
        "Ohio",
    )


def test_a_town_whose_state_the_text_names_stays() -> None:
    text = (
        "A man was shot dead in Charleston, South Carolina, on Friday, police said. "
        "Charleston police are looking for the gunman."
    )
    assert _place(text, "Man shot dead - WXYZ 9 Huntington WV News")[:2] == ("Charleston", "South Carolina")


def test_a_town_read_as_abroad_is_its_namesake_in_the_state_of_the_texts_telephone_numbers() -> None:
    text = (
        "Police are looking for two men after a shooting that left a 9-year-old boy injured in North Philadelphia "
        "on Sunday. The boy was shot in the leg on the 2900 block of North Elm Street. Anyone with information is "
        "asked to call 215-555-0199."
    )
    result = eventwire.extract(text, published="2016-05-02")
    location = result.events[0].place
    assert location is not None and (location.name, location.admin1) == ("Philadelphia", "Pennsylvania")


def test_a_site_name_that_lists_its_market_towns_names_their_one_state() -> None:
    gazetteer = load_gazetteer()
    assert title_state("Man shot at motel - KQRS.com | Tyler, Longview, Jacksonville | ETX News", gazetteer) == (
        "Texas"
    )
    assert title_state("Teen hurt - Beckley, Bluefield & Lewisburg News, Weather, Sports", gazetteer) == (
        "West Virginia"
    )
    assert title_state("Teen pleads not guilty - 7News Boston WQRS-TV", gazetteer) == "Massachusetts"
    assert title_state("Man shot at motel - Tri-State News, Weather & Sports", gazetteer) is None


def test_a_town_read_abroad_is_in_the_state_of_the_site_names_town() -> None:
    text = (
        "A Lynn man pleaded not guilty in connection with a deadly shooting at a party in Chelsea on Sunday. "
        "Prosecutors said six other people were wounded."
    )
    assert _place(text, "Man pleads not guilty in Chelsea shooting - 7News Boston WQRS-TV")[1:] == (
        "Massachusetts",
        "US",
    )
