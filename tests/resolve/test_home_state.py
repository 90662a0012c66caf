"""US towns and counties named alone: the one state the report names, a postal code after the name, and the
larger of same-named counties where nothing else tells (invented reports)."""

from __future__ import annotations

import eventwire
from eventwire.model import ResolvedPlace


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
