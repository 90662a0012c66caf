"""A US report's event placed at a county is at the town of that county the text names (invented reports)."""

from __future__ import annotations

import eventwire
from eventwire.lexicon.gazetteer import load_gazetteer
from eventwire.model import ResolvedPlace, Span
from eventwire.resolve.us_county_towns import county_town, in_named_county


def _county(name: str, state: str) -> ResolvedPlace:
    return next(p for p in load_gazetteer().lookup(name) if p.admin1 == state)


def test_a_town_of_the_county_after_a_locative_word_whatever_else_the_name_is() -> None:
    text = (
        "Deputies are looking for the gunman after a shooting in Bamberg County on Saturday. A 2-year-old boy "
        "was shot and killed near his home in Denmark, the sheriff said."
    )
    found = county_town(_county("Bamberg County", "South Carolina"), text, load_gazetteer())
    assert found is not None and (found[0].name, found[0].admin1) == ("Denmark", "South Carolina")
    place = eventwire.extract(text, published="2016-09-10").events[0].place
    assert place is not None and (place.name, place.admin1) == ("Denmark", "South Carolina")


def test_where_someone_lives_or_a_town_of_another_county_is_no_town_of_it() -> None:
    text = (
        "A man of Denmark was shot in Bamberg County on Saturday. He was taken to a hospital in Columbia, "
        "where he died."
    )
    assert county_town(_county("Bamberg County", "South Carolina"), text, load_gazetteer()) is None


def test_a_town_lies_in_the_county_the_text_names() -> None:
    gazetteer = load_gazetteer()
    hudson = next(p for p in gazetteer.lookup("Hudson") if p.admin1 == "Ohio")
    text = "A boy shot his brother in Hudson on Wednesday, the Pasco County Sheriff's Office said."
    found = in_named_county(hudson, text, gazetteer)
    assert found is not None and found.admin1 == "Florida"
    assert in_named_county(hudson, "A boy was shot in Hudson, the Summit County sheriff said.", gazetteer) is None


def test_the_datelines_town_as_the_structure_gives_it_is_a_town_of_the_county() -> None:
    text = (
        "DENMARK — A man shot his neighbour on Thursday at a home in Bamberg County, the sheriff said.\n\n"
        "Deputies said the two men had argued over a fence."
    )
    county = _county("Bamberg County", "South Carolina")
    assert county_town(county, text, load_gazetteer()) is None  # no dateline given, and no locative before it
    found = county_town(county, text, load_gazetteer(), Span(0, 7))
    assert found is not None and (found[0].name, found[1]) == ("Denmark", Span(0, 7))
    place = eventwire.extract(text, published="2016-09-10").events[0].place
    assert place is not None and (place.name, place.admin1) == ("Denmark", "South Carolina")


def test_a_small_namesake_without_a_county_in_the_gazetteer_lies_in_the_named_county_near_its_point() -> None:
    gazetteer = load_gazetteer()
    florida = next(p for p in gazetteer.lookup("Homestead") if p.admin1 == "Florida")
    text = "A teenager was shot on Friday in Homestead, police said. He was taken to the Allegheny County Jail."
    found = in_named_county(florida, text, gazetteer)
    assert found is not None and (found.name, found.admin1) == ("Homestead", "Pennsylvania")


def test_a_neighbourhood_of_new_york_city_is_in_its_borough() -> None:
    text = (
        "A 24-year-old man was shot in the leg on East 51st Street in East Flatbush on Saturday night, police "
        "said. He was taken to Kings County Hospital in stable condition."
    )
    place = eventwire.extract(text, published="2016-09-10").events[0].place
    assert place is not None and place.admin1 == "New York"
    assert place.city == "Brooklyn" or place.name == "Brooklyn"


def test_a_countys_name_read_as_a_town_of_another_state_is_the_county_of_the_state_named() -> None:
    text = (
        "Deputies with the Raleigh County Sheriff's Office said a 19-year-old man was shot and killed on Ridge Road "
        "on Monday. The sheriff said the shooting in West Virginia appeared to be an accident."
    )
    place = eventwire.extract(text, published="2016-03-15").events[0].place
    assert place is not None and (place.name, place.admin1) == ("Raleigh County", "West Virginia")
    text = (
        "Mesa County Sheriff's Office deputies said a 15-year-old boy was accidentally shot while hunting with his "
        "father in Colorado on Saturday."
    )
    place = eventwire.extract(text, published="2016-03-15").events[0].place
    assert place is not None and (place.name, place.admin1) == ("Mesa County", "Colorado")


def test_a_town_in_the_county_of_its_name_stays_the_town() -> None:
    text = "Boulder County Sheriff's deputies said a man was shot on Friday night in Boulder, Colorado."
    place = eventwire.extract(text, published="2016-03-15").events[0].place
    assert place is not None and (place.name, place.admin1) == ("Boulder", "Colorado")


def test_a_county_event_is_at_the_town_of_its_street_address() -> None:
    # a town on the county's border, which the gazetteer puts in the next county
    text = (
        "A man was shot at a business in Rowan County on Wednesday afternoon, the sheriff's office said. It "
        "happened in the 8800 block of Dogwood Drive in Kannapolis just before 4 p.m."
    )
    place = eventwire.extract(text, published="2017-03-08").events[0].place
    assert place is not None and (place.name, place.admin1) == ("Kannapolis", "North Carolina")


def test_a_town_the_gazetteer_lacks_at_an_address_of_the_county_is_at_the_countys_point() -> None:
    text = (
        "A 17-year-old boy was killed in a shooting on Tuesday night at 412 Heron Court in Bayou Pierrot, the "
        "Terrebonne Parish Sheriff's Office said."
    )
    place = eventwire.extract(text, published="2016-10-25").events[0].place
    assert place is not None and (place.name, place.admin1, place.admin2) == (
        "Bayou Pierrot",
        "Louisiana",
        "Terrebonne Parish",
    )
    text = "Two hunters were hurt near Pellway in Jackson County, Kansas, on Sunday when a shotgun went off."
    place = eventwire.extract(text, published="2016-10-25").events[0].place
    assert place is not None and (place.name, place.admin1) == ("Pellway", "Kansas")


def test_a_neighbourhood_of_an_address_is_no_town() -> None:
    text = (
        "Deputies said a woman was shot in the 1200 block of Elm Street in the Riverside neighborhood of "
        "Rowan County on Friday."
    )
    assert county_town(_county("Rowan County", "North Carolina"), text, load_gazetteer()) is None


def test_the_dateline_of_a_later_update_names_the_countys_town() -> None:
    text = (
        "UPDATE: FRANKLIN COUNTY, WA - Deputies arrested a man on Monday in the deaths of a woman and a child "
        "found in a burned car last week.\n\n"
        "CONNELL, WA - The Franklin County Sheriff's Office is investigating a double homicide after two bodies "
        "were found in a burned car on Thursday night."
    )
    found = county_town(_county("Franklin County", "Washington"), text, load_gazetteer())
    assert found is not None and (found[0].name, found[0].admin1) == ("Connell", "Washington")
