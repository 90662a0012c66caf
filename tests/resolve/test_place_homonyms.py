"""Which of the places of one name a report means: the state its dateline or its text gives, the town in the
county it names, the country wire style means (invented reports)."""

from __future__ import annotations

import eventwire
from eventwire.model import ArticleResult, Event, PlaceKind


def extract(text: str, published: str = "2016-03-07") -> ArticleResult:
    return eventwire.extract(text, published=published)


def main_event(text: str) -> Event:
    return extract(text).events[0]


def test_the_dateline_state_picks_the_small_town_over_a_larger_one_of_the_same_name() -> None:
    text = (
        "MADISON, N.C. (AP) -- Deputies are looking for two men after a shooting at a lodge in Madison on "
        "Saturday. Seven people were injured."
    )
    event = main_event(text)
    assert event.place is not None and (event.place.name, event.place.admin1) == ("Madison", "North Carolina")


def test_a_town_named_with_its_state_is_that_town_when_named_alone_again() -> None:
    text = (
        "MADISON, N.C. (AP) -- Deputies are looking for two men after a shooting at a lodge in Madison on "
        "Saturday. Seven people were injured."
    )
    towns = [p.place for p in extract(text).places if p.text.lower() == "madison"]
    assert len(towns) == 2 and all(t is not None and t.admin1 == "North Carolina" for t in towns)


def test_a_postal_code_in_the_dateline_gives_the_state() -> None:
    text = (
        "COLUMBUS, GA (WXYZ) - Police are searching for the person who shot four people outside a club on "
        "Friday in Columbus."
    )
    event = main_event(text)
    assert event.place is not None and (event.place.name, event.place.admin1) == ("Columbus", "Georgia")


def test_a_county_is_narrowed_to_the_town_of_it_that_the_report_names() -> None:
    text = (
        "A 40-year-old man was shot and killed Sunday night in Monroe County, Pennsylvania, state police said. "
        "Troopers were called to a home near Saylorsburg shortly after 10 p.m."
    )
    event = main_event(text)
    assert event.place is not None and (event.place.name, event.place.admin1) == ("Saylorsburg", "Pennsylvania")


def test_a_county_stays_the_place_when_the_report_names_no_town_in_it() -> None:
    text = "A 40-year-old man was shot and killed Sunday night in Monroe County, Pennsylvania, state police said."
    event = main_event(text)
    assert event.place is not None and (event.place.kind, event.place.name) == (PlaceKind.ADMIN2, "Monroe County")


def test_congo_alone_is_the_democratic_republic() -> None:
    event = main_event("Rebels killed three soldiers in an ambush in eastern Congo on Sunday, the army said.")
    assert event.place is not None and event.place.country == "CD"


def test_the_republic_of_congo_keeps_its_own_name() -> None:
    places = extract("Protesters marched in the Republic of Congo on Sunday.").places
    assert [p.place.country for p in places if p.place is not None] == ["CG"]


def test_an_english_name_of_a_province_is_the_province() -> None:
    result = extract("Militiamen attacked an army position in South Kivu on Tuesday, killing two soldiers.")
    assert [(m.place.kind, m.place.name) for m in result.places if m.place is not None] == [
        (PlaceKind.ADMIN1, "Sud-Kivu")
    ]
    event = result.events[0]  # a note placed only in a province: at its seat (note_places.regional_seat)
    assert event.place is not None and (event.place.name, event.place.admin1) == ("Bukavu", "Sud-Kivu")


def test_a_town_the_parser_reads_as_a_common_noun_after_a_locative_word_is_a_place() -> None:
    # spaCy's small model tags "Rusape" here as a common noun: the capital and the "In" before it say it is a name.
    places = extract("In Rusape, angry farmers burned tyres.").places
    assert [(p.text, p.place.country) for p in places if p.place is not None] == [("Rusape", "ZW")]


def test_a_capitalised_common_noun_without_a_locative_word_is_no_place() -> None:
    places = extract("Police said Monday that Garden owners would be questioned.").places
    assert not [p for p in places if p.text == "Garden"]


def test_the_one_state_a_headline_names_picks_the_town_of_that_name() -> None:
    text = "A man was shot outside a lodge in Mount Pleasant late Friday, police said."
    bare = eventwire.extract(text, published="2016-03-07").events[0].place
    titled = eventwire.extract(text, published="2016-03-07", title="Man shot at lodge - WXYZ News, Pennsylvania")
    place = titled.events[0].place
    assert bare is not None and bare.admin1 != "Pennsylvania"
    assert place is not None and (place.name, place.admin1) == ("Mount Pleasant", "Pennsylvania")


def test_a_headline_naming_two_states_picks_neither() -> None:
    text = "A man was shot outside a lodge in Mount Pleasant late Friday, police said."
    title = "Shootings in Pennsylvania and South Carolina"
    place = eventwire.extract(text, published="2016-03-07", title=title).events[0].place
    assert place is not None and place.admin1 == "South Carolina"


def test_a_neighbourhood_is_a_district_of_the_city_the_report_names() -> None:
    text = "Chicago police said a man, 24, was shot Sunday in the Austin neighborhood. He was taken to a hospital."
    place = main_event(text).place
    assert place is not None and (place.name, place.kind, place.city) == ("Austin", PlaceKind.DISTRICT, "Chicago")
    assert place.admin1 == "Illinois"


def test_a_neighbourhood_takes_the_point_of_its_own_name_near_the_city() -> None:
    text = "Two men were wounded in a shooting in the Oak Ridge neighborhood of Orlando on Friday, deputies said."
    place = main_event(text).place
    assert place is not None and (place.name, place.city, place.admin2) == ("Oak Ridge", "Orlando", "Orange County")


def test_a_town_without_the_neighbourhood_word_stays_a_town() -> None:
    text = "Two men were wounded in a shooting in Oak Ridge on Friday, police in Knoxville said."
    place = main_event(text).place
    assert place is not None and place.kind is PlaceKind.CITY and place.city is None


def test_a_town_before_a_noun_of_local_news_is_the_place_of_a_report_that_names_no_other() -> None:
    event = main_event("A Logan teenager accidentally shot himself in the leg on Tuesday, officers said.")
    assert event.place is not None and (event.place.name, event.place.kind) == ("Logan", PlaceKind.CITY)


def test_a_surname_before_a_noun_of_local_news_is_no_second_tier_town() -> None:
    assert not extract("Hernandez police said the man was shot.").places


def test_a_name_after_a_regions_possessive_is_a_town_of_that_region() -> None:
    # spaCy's small model tags "Al Arish" here as a person: the region's possessive before it says it is a place.
    event = main_event("Militants shot dead a teacher in North Sinai's Al Arish on Monday.")
    assert event.place is not None and (event.place.kind, event.place.country) == (PlaceKind.CITY, "EG")
    assert event.place.admin1 == "Shamāl Sīnā'"


def test_a_town_named_with_its_county_is_the_town_of_that_county() -> None:
    text = (
        "Two men were wounded early Sunday in a shooting outside a bar in Hamilton, police said. Officers from "
        "across Butler County searched the area for the gunman."
    )
    towns = [p.place for p in extract(text).places if p.text == "Hamilton"]
    counties = [p.place for p in extract(text).places if p.text == "Butler County"]
    assert towns and all(t is not None and (t.admin1, t.admin2) == ("Ohio", "Butler County") for t in towns)
    assert counties and all(c is not None and c.admin1 == "Ohio" for c in counties)


def test_names_of_streets_are_not_towns() -> None:
    text = (
        "A woman was shot Friday night in Inglewood, deputies said. The shooting happened at a house near Elm "
        "and San Marcos avenues, and a second car was found on Fresno Street."
    )
    names = {p.text for p in extract(text).places if p.place is not None}
    assert "Inglewood" in names and not names & {"San Marcos", "Fresno"}


def test_a_county_named_after_a_town_does_not_vouch_for_a_town_of_that_name() -> None:
    text = (
        "Deputies in Jackson County said a boy was hurt in a hunting accident near Holton on Saturday. The "
        "sheriff's office in Jackson said the boy was taken to a hospital in Topeka."
    )
    places = {p.text: p.place for p in extract(text).places if p.place is not None}
    assert places["Jackson County"].admin1 == "Kansas"
    assert (
        "Jackson" not in places or places["Jackson"].admin2 != "Jackson County" or places["Jackson"].admin1 == "Kansas"
    )
