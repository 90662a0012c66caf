"""The event's place is the one tied to it, not the dateline's town or an actor's country (invented reports)."""

from __future__ import annotations

import eventwire
from eventwire.model import Event, PlaceKind


def main_event(text: str, published: str = "2024-05-07") -> Event:
    return eventwire.extract(text, published=published).events[0]


def test_a_province_named_in_the_report_is_an_area_not_the_dateline_capital() -> None:
    event = main_event("KABUL (AP) - A suicide bomber struck a market in the province of Uruzgan, killing two people.")
    assert event.place is not None and (event.place.kind, event.place.name) == (PlaceKind.ADMIN1, "Uruzgān")
    assert event.place.geo_precision == 3


def test_a_town_of_another_country_named_in_the_report_beats_the_dateline() -> None:
    text = "MOSCOW (AP) - A car bomb exploded in Antalya on Monday, killing two people, Turkish officials said."
    event = main_event(text)
    assert event.place is not None and (event.place.name, event.place.country) == ("Antalya", "TR")


def test_a_town_of_another_region_with_no_namesake_in_its_country_beats_the_dateline() -> None:
    # Kharkiv and Multan are each the only town of their name in their country: not a misread name.
    text = "KYIV (AP) - Artillery shells struck the city of Kharkiv on Saturday, killing four people, officials said."
    assert main_event(text).place.name == "Kharkiv"  # type: ignore[union-attr]
    text = "ISLAMABAD (AP) - Police fired tear gas at hundreds of protesters in Multan on Tuesday, injuring five."
    assert main_event(text).place.name == "Multan"  # type: ignore[union-attr]


def test_a_town_named_with_its_kind_beats_a_dateline_that_is_no_capital() -> None:
    text = (
        "PESHAWAR, Pakistan (AP) - A bomb exploded outside a mosque in the eastern city of Lahore on Friday, "
        "killing six people, police said."
    )
    assert main_event(text).place.name == "Lahore"  # type: ignore[union-attr]


def test_a_region_is_not_narrowed_to_the_dateline_town() -> None:
    # Goma is the first town of eastern Congo the article names, but only as the dateline; the group's toll over a
    # decade is an aggregate, not an event of the day.
    text = (
        "GOMA, Congo (Reuters) - Rebels killed 14 villagers in an attack on a village near Butembo in eastern "
        "Congo's North Kivu province on Sunday night, officials said. The group has killed thousands of civilians "
        "in eastern Congo over the past decade."
    )
    found = eventwire.extract(text, published="2024-05-07").events
    assert (found[0].killed, found[0].place and found[0].place.name) == (14, "Butembo")
    assert all(e.place is None or e.place.name != "Goma" for e in found)
    assert [e.status for e in found if e.killed == 1000] == ["aggregate"]


def test_the_region_that_qualifies_a_town_is_not_its_place() -> None:
    text = "GAZA CITY (AP) - An airstrike hit a house in the southern Gaza town of Rafah on Monday, killing two people."
    event = main_event(text)
    assert event.place is not None and event.place.country == "PS" and event.place.name.startswith("Rafa")


def test_a_town_whose_name_has_namesakes_in_other_states_stays_at_the_dateline() -> None:
    # Springfield is a town of many states, none of them Colorado: without a state named, the gazetteer's
    # reading (the largest) is a guess, and the dateline's town is the safer place.
    text = "DENVER (AP) - A man was shot dead in Springfield on Sunday night, police said."
    event = main_event(text, "2024-05-06")
    assert event.place is not None and (event.place.name, event.place.admin1) == ("Denver", "Colorado")


def test_the_dateline_town_inside_the_county_named_is_the_place() -> None:
    text = "PONTIAC, Mich. (AP) - Three people were shot dead in Oakland County on Sunday, police said."
    event = main_event(text, "2024-05-06")
    assert event.place is not None and (event.place.name, event.place.admin2) == ("Pontiac", "Oakland County")


def test_an_actor_country_is_not_the_place_of_the_strike() -> None:
    event = main_event("US forces carried out an air strike in Somalia on Monday, killing five fighters.")
    assert event.place is not None and event.place.country == "SO"


def test_a_district_outside_the_us_is_the_place_not_the_dateline_capital() -> None:
    text = "ISLAMABAD (AP) - A roadside bomb killed two soldiers in North Waziristan on Monday, the army said."
    event = main_event(text)
    assert event.place is not None and (event.place.kind, event.place.country) == (PlaceKind.ADMIN2, "PK")
    assert event.place.admin1 == "Khyber Pakhtunkhwa" and "Waz" in event.place.name


def test_a_street_is_not_the_town_of_its_name() -> None:
    event = main_event("Police said a man was shot on Madison Avenue in Manhattan late Friday.", "2024-05-06")
    assert event.place is not None and (event.place.name, event.place.admin1) == ("Manhattan", "New York")


def test_a_village_the_gazetteer_lacks_is_the_place_not_its_district_or_the_dateline() -> None:
    # "Zarghunkot" is no town of the gazetteer: it is placed in the district named after it, at that point.
    text = (
        "QUETTA, Pakistan (AP) - A roadside bomb struck a police van near the village of Zarghunkot in Dera Bugti "
        "district in Pakistan's southwestern Balochistan province on Monday, killing two officers, police said."
    )
    event = main_event(text)
    place = event.place
    assert place is not None and (place.name, place.kind, place.country) == ("Zarghunkot", PlaceKind.CITY, "PK")
    assert (place.admin1, place.geonameid) == ("Balochistan", None)
    district = eventwire.extract(text, published="2024-05-07").places
    assert [m.place.name for m in district if m.text == "Dera Bugti district" and m.place] == ["Dera Bugti District"]


def test_a_town_the_gazetteer_lacks_sits_in_the_region_or_country_that_qualifies_it() -> None:
    text = (
        "ADDIS ABABA (Reuters) - Gunmen abducted 12 travellers near the town of Debre Wolkite in Ethiopia's "
        "Tigray region on Friday, officials said."
    )
    place = main_event(text).place
    assert place is not None and (place.name, place.country, place.admin1) == ("Debre Wolkite", "ET", "Tigray Region")
    text = "BEIRUT (AP) - A drone strike hit a motorcycle in the southern Lebanese town of Kfar Shamra on Sunday."
    place = main_event(text).place
    assert place is not None and (place.name, place.country) == ("Kfar Shamra", "LB")


def test_a_name_without_its_kind_or_area_makes_no_town() -> None:
    text = "ADDIS ABABA (Reuters) - Gunmen seized 12 travellers near Debre Wolkite on Friday, officials said."
    assert all(m.text != "Debre Wolkite" for m in eventwire.extract(text, published="2024-05-07").places)


def test_a_town_named_with_its_kind_by_another_of_its_names_beats_the_capital_dateline() -> None:
    # GeoNames writes "Mazar-e Sharif"; the text's "Mazar-i-Sharif" is one of its other names, split by the parse.
    text = (
        "KABUL, Afghanistan (AP) - A bomb exploded at a bus station in the northern city of Mazar-i-Sharif on "
        "Thursday, killing five people, police said."
    )
    place = main_event(text).place
    assert place is not None and (place.country, place.admin1) == ("AF", "Balkh") and place.name.startswith("Maz")


def test_a_name_of_a_town_abroad_named_with_its_kind_is_not_taken_in_another_country() -> None:
    # "Boni" is another name of Bonn in the gazetteer; a town of Mali it is not.
    text = "A bus hit a landmine near the town of Boni in central Mali's Mopti region on Thursday, killing 14 people."
    place = main_event(text).place
    assert place is not None and place.country == "ML"
