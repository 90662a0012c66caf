"""US towns and counties named alone: the one state the report names, a postal code after the name, and the
larger of same-named counties where nothing else tells (invented reports)."""

from __future__ import annotations

import eventwire
from eventwire.model import PlaceKind, Provenance, ResolvedPlace, Span, ToponymCandidate
from eventwire.resolve.places import _names_a_site, _Reading


def _places(text: str, name: str) -> list[ResolvedPlace]:
    result = eventwire.extract(text, published="2016-03-07")
    found = [m.place for m in result.places if m.text.casefold() == name.casefold()]
    assert found and all(p is not None for p in found)
    return [p for p in found if p is not None]


def test_a_town_named_alone_lies_in_the_one_state_the_report_names() -> None:
    text = (
        "A man was shot on a highway near Bristol on Friday, police said. He is the third person shot on a "
        "highway in Tennessee this year."
    )
    assert all(p.admin1 == "Tennessee" for p in _places(text, "Bristol"))


def test_a_postal_code_after_a_county_gives_its_state() -> None:
    text = (
        "FRANKLIN COUNTY, WA - Deputies arrested a man on Tuesday after two people were found shot at a farm. "
        "The Franklin County coroner will release their names."
    )
    assert {p.admin1 for p in _places(text, "Franklin County")} == {"Washington"}


def test_a_large_city_named_alone_stays_itself() -> None:
    text = "A man was shot in Tennessee on Friday. The suspect was arrested in Detroit two days later."
    assert {p.admin1 for p in _places(text, "Detroit")} == {"Michigan"}


def test_of_same_named_counties_the_more_populous_where_the_report_names_no_state() -> None:
    text = "A teenager was shot and killed on Sunday, the Clark County coroner said. Deputies are looking for a car."
    assert {p.admin1 for p in _places(text, "Clark County")} == {"Nevada"}


def test_a_county_with_its_state_named_elsewhere_is_that_states() -> None:
    text = "Deputies in Clark County said a man was shot while hunting. It was the first such death in Ohio this year."
    assert {p.admin1 for p in _places(text, "Clark County")} == {"Ohio"}


def test_a_states_own_name_is_the_state_not_a_city_that_bears_it_with_more() -> None:
    text = "Troopers said two officers were shot in Oklahoma on Sunday. The suspect fled in a stolen car."
    (state,) = _places(text, "Oklahoma")
    assert (state.kind, state.name) == (PlaceKind.ADMIN1, "Oklahoma")


def test_a_very_large_city_keeps_a_states_name() -> None:
    text = "Police in New York said a man was shot on a subway platform on Sunday."
    (city,) = _places(text, "New York")
    assert city.kind is PlaceKind.CITY


def test_a_village_of_the_states_the_report_names_is_found() -> None:
    text = (
        "Deputies said a man was shot outside a store in Wellston on Sunday. The Lincoln County sheriff said "
        "the suspect was the third man charged with a shooting in Oklahoma this month."
    )
    assert {p.admin1 for p in _places(text, "Wellston")} == {"Oklahoma"}


def test_a_states_name_inside_a_sites_name_names_no_state() -> None:
    def reading(text: str, how: str) -> _Reading:
        return _Reading(ToponymCandidate(Span(0, len(text)), text, "name", "GPE", Provenance("t", "1")), (), how)

    assert _names_a_site(reading("Washington Park", "inner-name"))
    assert not _names_a_site(reading("Connecticut State Police", "inner-name"))
    assert not _names_a_site(reading("Washington", "name"))


def test_a_short_first_word_is_looked_for_spelled_out() -> None:
    from eventwire.lexicon.gazetteer import load_gazetteer, spelled_out

    assert spelled_out("mt pleasant") == "mount pleasant" and spelled_out("mtwara") == "mtwara"
    gazetteer = load_gazetteer()
    short = {(p.name, p.admin1) for p in gazetteer.lookup("Mt. Pleasant")}
    assert ("Mount Pleasant", "Pennsylvania") in short
    us = {p for p in gazetteer.lookup("Mount Pleasant") if p.country == "US"}
    assert us <= set(gazetteer.lookup("Mt. Pleasant"))
    assert all(p.country == "US" for p in set(gazetteer.lookup("Mt. Pleasant")) - set(gazetteer.by_name["mt pleasant"]))
