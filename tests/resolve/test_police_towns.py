"""The town whose police work a US case is the main event's town (invented reports)."""

from __future__ import annotations

import eventwire
from eventwire.lexicon.gazetteer import load_gazetteer
from eventwire.resolve.us_police_towns import force_county, phone_state, police_names, police_town


def _place(text: str, title: str | None = None) -> tuple[str | None, str | None]:
    result = eventwire.extract(text, published="2016-05-02", title=title)
    assert result.events
    location = result.events[0].place
    return (location.name, location.admin1) if location is not None else (None, None)


def test_the_police_of_a_town_place_a_report_that_names_only_its_county() -> None:
    text = (
        "A teenager died on Friday after he was shot at a party in Dubois County. "
        "Huntingburg Police said the boy was shot in the chest by a friend who was handling a rifle. "
        "The Dubois County prosecutor is reviewing the case."
    )
    assert _place(text) == ("Huntingburg", "Indiana")


def test_the_police_town_wins_over_the_suspects_home_town() -> None:
    text = (
        "Erie Police say a Detroit man shot himself while running from officers early on Monday. "
        "Erie Police Inspector John Smalls said the man had a handgun in his waistband when he fled."
    )
    assert _place(text) == ("Erie", "Pennsylvania")


def test_the_police_town_named_in_the_headline_wins_over_a_hospitals_city() -> None:
    text = (
        "A 9-year-old boy was critically injured on Saturday in an accidental shooting. "
        "Trinidad police are investigating. The boy was flown to a hospital in Denver, where doctors in Denver "
        "said he remained in critical condition."
    )
    assert _place(text, title="Boy shot in Trinidad") == ("Trinidad", "Colorado")


def test_a_state_or_transit_force_names_no_town() -> None:
    text = "State Police and Transit police said a man was shot. Then Tallahassee police arrived."
    assert list(police_names(text)) == ["Tallahassee"]


def test_the_named_town_stays_when_another_towns_police_help_once() -> None:
    text = (
        "A man was shot dead outside a bar in New Orleans on Sunday. New Orleans detectives said the gunman fled "
        "toward the suburbs, where Kenner police arrested him. New Orleans officials asked for witnesses."
    )
    assert _place(text)[0] == "New Orleans"


def test_a_county_sheriffs_office_places_a_report_that_names_no_place() -> None:
    text = (
        "Four people were shot at a club early on Saturday, the Dillon County Sheriff's Office said. "
        "Deputies say one victim died at the scene and another remains in critical condition."
    )
    assert _place(text) == ("Dillon County", "South Carolina")


def test_a_county_force_belies_a_foreign_namesake() -> None:
    text = (
        "A teenager was killed and two women were hurt in a shooting on Tuesday night in Terrebonne, "
        "the Terrebonne Parish Sheriff's Office said. Terrebonne Parish deputies are looking for a gray car."
    )
    assert _place(text) == ("Terrebonne Parish", "Louisiana")


def test_of_same_named_counties_none_is_guessed_when_none_stands_out() -> None:
    text = "A man was shot while hunting on Sunday, Anderson County deputies said. He is expected to recover."
    assert force_county(text, None, (), load_gazetteer()) is None
    assert force_county(text, "Texas", (), load_gazetteer()) is not None


def test_a_tip_lines_area_code_says_which_states_namesake_the_town_is() -> None:
    text = (
        "Four people were wounded in a shooting in Wilmington on Tuesday night. Officers found the victims on "
        "a corner near a market. Anyone with information is asked to call detectives at (302) 555-0142."
    )
    assert _place(text) == ("Wilmington", "Delaware")


def test_numbers_of_two_states_or_toll_free_say_nothing() -> None:
    assert phone_state("Call (302) 555-0142 or (910) 555-0100.") is None
    assert phone_state("Call 1-800-555-0100.") is None
    assert phone_state("Call 617-555-0100.") == "Massachusetts"


def test_a_police_department_places_a_report_read_as_abroad_at_the_us_town_of_any_size() -> None:
    text = (
        "A man died on Sunday after he was shot in a car in the parking lot of the Puerto Vallarta restaurant. "
        "The Rigby Police Department said a friend fired the handgun by mistake."
    )
    assert police_town(text, None, (), load_gazetteer()) is None  # a small town, and no state known
    assert _place(text) == ("Rigby", "Idaho")


def test_a_police_department_of_a_town_of_the_country_abroad_stays_there() -> None:
    gazetteer = load_gazetteer()
    text = "A man was shot dead in Toronto on Sunday, the Toronto Police Department said."
    found = police_town(text, None, (), gazetteer, abroad="CA")
    assert found is None


def test_a_neighbourhood_read_as_a_town_of_another_state_is_a_district_of_the_large_city_whose_police_work_it() -> None:
    text = (
        "A 19-year-old man was killed on Monday night in a shooting in the Austin neighborhood on the West Side. "
        "He was getting out of his car when a gunman walked up and fired, according to Chicago Police."
    )
    result = eventwire.extract(text, published="2016-11-08")
    location = result.events[0].place
    assert location is not None and (location.name, location.city, location.admin1) == ("Austin", "Chicago", "Illinois")


def test_a_town_of_another_state_that_the_text_names_with_its_state_or_its_own_police_stays() -> None:
    text = (
        "A man was shot dead on Monday in Gary, Indiana, and Gary police are looking for the gunman. "
        "Chicago Police said the suspect may have fled across the state line."
    )
    assert _place(text) == ("Gary", "Indiana")


def test_a_report_with_no_place_is_at_the_only_town_of_its_polices_name_however_small() -> None:
    text = (
        "DeLand police said an 8-year-old boy was critically injured on Sunday when his sister found a loaded gun. "
        "Officers were called to the home about 6:30 p.m."
    )
    assert list(police_names(text)) == ["DeLand"]
    assert _place(text) == ("DeLand", "Florida")


def test_a_forces_name_with_city_after_it_names_the_town() -> None:
    text = "York City Police responded to the home. Kansas City police later joined them."
    assert list(police_names(text)) == ["York City", "Kansas City"]
    found = police_town(
        "A woman was shot at her home. York City Police said she was hurt.", "Pennsylvania", (), load_gazetteer()
    )
    assert found is not None and (found.town.name, found.town.admin1) == ("York", "Pennsylvania")
