"""The event's place is the most precise one the text ties to it (invented reports): a town named as the capital of
its province, a district named after the lead's province, a village named as the nearest one, a district over a
route's end outside it, a town of two words whose first reads as a language."""

from __future__ import annotations

import eventwire
from eventwire.model import Event, PlaceKind


def main_event(text: str) -> Event:
    return eventwire.extract(text, published="2025-03-05").events[0]


def test_a_town_named_as_the_capital_of_its_province_is_the_place_not_the_province() -> None:
    # "Aybak" is another spelling of Aībak: a town the text says is a province's capital is no misread name.
    text = (
        "MAZAR-I-SHARIF, Afghanistan (AP) — A roadside bomb tore through a minibus in Aybak, the capital of "
        "Afghanistan's northern Samangan province, on Sunday, killing three passengers, police said. A police "
        "spokesman for Samangan said five others were wounded."
    )
    place = main_event(text).place
    assert place is not None and (place.name, place.kind) == ("Aībak", PlaceKind.CITY)


def test_a_district_named_after_the_leads_province_is_the_place() -> None:
    # An Indonesian regency ("Kabupaten Teluk Bintuni") by the English name the report writes, inside the province.
    text = (
        "JAKARTA (Reuters) - Gunmen killed four road workers at a construction camp in Indonesia's Papua Barat "
        "province on Monday, police said on Wednesday.\n\nThe workers were shot as they slept in a barracks in "
        "Teluk Bintuni regency, a police spokesman said. Two others escaped into the forest."
    )
    place = main_event(text).place
    assert place is not None and (place.name, place.kind) == ("Teluk Bintuni Regency", PlaceKind.ADMIN2)
    assert place.admin1 == "Papua Barat"


def test_the_nearest_village_named_later_is_the_place_of_the_leads_county() -> None:
    # The village the gazetteer lacks lies in the one county the report names (not in Nairobi, a town the wounded
    # were flown to).
    text = (
        "NAIROBI, Kenya (AP) — A roadside bomb hit a Kenyan army truck in the northeastern county of Garissa on "
        "Friday, killing three soldiers, the military said.\n\nThe truck was on a patrol when the device went off, "
        "a spokesman said. Residents of Dadajabula, the nearest village, said they heard a blast and then gunfire. "
        "Two soldiers were flown to Nairobi for treatment."
    )
    place = main_event(text).place
    assert place is not None and (place.name, place.country, place.admin1) == ("Dadajabula", "KE", "Garissa")


def test_a_route_end_outside_the_named_district_is_not_the_place() -> None:
    # "on the road to Kohat": where the road goes; the attack was in Karak district.
    text = (
        "PESHAWAR, Pakistan (AP) — Militants attacked a police post in the Karak district of northwestern Khyber "
        "Pakhtunkhwa province on Thursday, killing three policemen, officials said.\n\nThe attack happened at a "
        "checkpoint on the road to Kohat shortly after midnight, a police official said."
    )
    place = main_event(text).place
    assert place is not None and (place.name, place.kind) == ("Karak District", PlaceKind.ADMIN2)


def test_a_town_whose_first_word_reads_as_a_language_is_one_name() -> None:
    text = (
        "KINGSTON, Jamaica (AP) — Gunmen opened fire on a group of men outside a bar in Spanish Town on Saturday "
        "night, killing three of them, police said."
    )
    place = main_event(text).place
    assert place is not None and (place.name, place.country) == ("Spanish Town", "JM")


def test_a_town_beside_another_named_town_of_its_country_is_no_far_namesake() -> None:
    # "Baja California" read whole is Mexico's state, not Baja (Hungary) and California; then the text's places
    # tell Mexico, but Imperial Beach lies beside San Diego (whose namesakes abroad tell no one country): it stays.
    text = (
        "MEXICALI, Mexico (AP) — Mexican officials said Tuesday that repairs to a broken sewage pipe in Baja "
        "California would begin next week. Sewage from Tijuana has fouled the coast for months, and surfers in "
        "Imperial Beach, north of the border near San Diego, have sued the water agency.\n\n"
        "The pipe broke in December after heavy rain, officials said. Crews have since pumped millions of gallons "
        'of waste into the river, which crosses the border before it reaches the ocean. "We are doing what we can '
        'with the money we have," a spokesman for the state water commission said. Environmental groups say the '
        "repairs come years too late and that the plant needs to be rebuilt."
    )
    places = {m.text: m.place for m in eventwire.extract(text, published="2025-03-05").places}
    state, town = places.get("Baja California"), places.get("Imperial Beach")
    assert state is not None and (state.kind, state.country) == (PlaceKind.ADMIN1, "MX")
    assert town is not None and town.country == "US"
