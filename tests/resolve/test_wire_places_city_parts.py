"""A part of a city named right before it ("in the X district of Y", "the X area of Y", "the X neighbourhood of
Y") is a district of that city, under its whole name, where the gazetteer lacks it: not a namesake far away of a
part of its name (a Havana district called Cerro, for Montevideo's Cerro Norte), nor the city alone. Invented
reports in the style of wire copy.
"""

from __future__ import annotations

import eventwire
from eventwire.model import Event


def main_event(text: str, published: str = "2026-05-05") -> Event:
    return eventwire.extract(text, published=published).events[0]


def test_a_district_of_a_capital_is_no_namesake_abroad_of_its_first_word() -> None:
    event = main_event(
        "MONTEVIDEO, June 1 (Reuters) - Gunmen on a motorcycle opened fire on a group of young people in the Cerro "
        "Norte district of Montevideo on Saturday night, killing four of them, Uruguay's Interior Ministry said. "
        "Police said two suspects were detained on Sunday, and the city's western neighbourhoods would get 200 "
        "more officers over the coming weeks."
    )
    assert event.place is not None
    assert (event.place.name, event.place.country, event.place.city) == ("Cerro Norte", "UY", "Montevideo")


def test_a_district_of_a_city_with_a_well_known_namesake_is_a_part_of_that_city() -> None:
    event = main_event(
        "LIMA, Peru (AP) — Gunmen shot dead three bus drivers in the Santa Fe Alta district of Lima on Tuesday, "
        "police said, in an attack blamed on extortion gangs. Transport workers threatened to strike over the "
        "killings, the third such attack on drivers in the Peruvian capital this month."
    )
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Santa Fe Alta", "PE")


def test_a_neighbourhood_of_a_city_named_after_it_is_a_part_of_that_city() -> None:
    event = main_event(
        "NAIROBI (AP) — Police shot dead two suspected robbers in the Victoria Gardens neighbourhood of Nairobi on "
        "Sunday, a police statement said. Residents said the men had been unarmed. Rights groups have accused the "
        "police of hundreds of extrajudicial killings."
    )
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Victoria Gardens", "KE")


def test_a_state_named_before_a_suburb_of_a_city_is_no_part_of_it() -> None:
    event = main_event(
        "A man opened fire on firefighters who were responding to a call at a home in a Maryland suburb of "
        "Washington on Monday, wounding two of them, police said. The shooting happened in Temple Hills, Md."
    )
    assert event.place is not None
    assert event.place.name != "Maryland City"
