"""The main event's village, town or district in wire copy (invented reports in the style of AP, AFP and Reuters):

- a district the gazetteer lacks, named in the lead as where the event happened ("in Tajikistan's remote X
  district"), is the event's place under a capital's dateline: no town is known to lie in it, so the dateline's
  capital is not "inside" it;
- a country named as the neighbour across a border ("about 15 km from the border with South Africa", "near the
  border with Mali", "close to the frontier with Togo") is not the country of the village named before it; the
  village lies in the country the text tells of (the dateline's when no other);
- a country or town named as where the fire or the attackers came from ("shells fired from Burundi landed in
  Rwanda", "gunmen who crossed from Afghanistan", "mortar shells from Myanmar") is a landmark, not the place: the
  country hit, narrowed to the town named in it, is.
"""

from __future__ import annotations

import eventwire
from eventwire.model import Event


def main_event(text: str, published: str = "2026-03-05") -> Event:
    return eventwire.extract(text, published=published).events[0]


def where(event: Event) -> tuple[str | None, str | None, str | None]:
    place = event.place
    return (place.name, place.kind.value, place.country) if place is not None else (None, None, None)


def test_an_unlisted_district_of_the_lead_is_the_place_not_the_capital_of_the_dateline() -> None:
    event = main_event(
        "DUSHANBE, Tajikistan (AP) — Gunmen attacked a road-building camp in Tajikistan's remote Zarvoshan district "
        "late on Friday, killing four workers, officials said.\n\n"
        "The attackers escaped into the mountains, the Interior Ministry said in a statement on Saturday.\n\n"
        "No group claimed the attack."
    )
    assert where(event) == ("Zarvoshan", "admin2", "TJ")
    assert event.killed == 4


def test_an_unlisted_district_of_a_country_named_after_it_is_the_place() -> None:
    event = main_event(
        "BAMAKO, March 3 (Reuters) - Suspected jihadists killed seven villagers at a weekly market in the Tessoumba "
        "district of central Mali on Sunday, a local official said.\n\n"
        '"They came on motorbikes and fired at everyone," the official said by phone from the district.\n\n'
        "Mali's army said it had sent reinforcements."
    )
    assert where(event) == ("Tessoumba", "admin2", "ML")


def test_a_district_near_the_border_with_another_country_lies_in_the_country_of_the_text() -> None:
    event = main_event(
        "NIAMEY (AFP) - Eleven soldiers were killed on Monday when their patrol was ambushed in western Niger's "
        "Kourfeydi district, near the border with Mali, the defence ministry said on Tuesday.\n\n"
        'The ministry said 20 attackers were "neutralised" in the fighting.'
    )
    assert where(event) == ("Kourfeydi", "admin2", "NE")
    assert event.killed == 11


def test_a_village_some_km_from_the_border_with_a_neighbour_is_the_village_of_the_lead() -> None:
    event = main_event(
        "JOHANNESBURG, Nov 19 (Reuters) - Gunmen killed five people in a night raid on a village in Lesotho's "
        "southern Quthing district, police said on Wednesday.\n\n"
        "The raid took place in Ha Mokhele, a village of some 300 people about 15 km from the border with South "
        "Africa, a local councillor said.\n\n"
        "Police said they had arrested no one.",
        published="2026-11-20",
    )
    assert where(event) == ("Ha Mokhele", "city", "LS")
    assert event.place is not None and event.place.admin1 == "Quthing"


def test_a_town_close_to_the_frontier_with_a_neighbour_is_in_the_datelines_country() -> None:
    event = main_event(
        "ACCRA, Ghana (AP) — Attackers set fire to a market and killed three traders in Nakpali, a farming town "
        "close to the frontier with Togo, on Saturday, Ghanaian police said.\n\n"
        "The police said two suspects had fled across the border.",
        published="2026-11-20",
    )
    assert where(event) == ("Nakpali", "city", "GH")
    assert event.place is not None and event.place.admin1 is None  # not the dateline's region


def test_the_country_shells_were_fired_from_is_not_the_place_where_they_landed() -> None:
    event = main_event(
        "KIGALI, Feb 12 (AFP) - Mortar rounds fired from Burundi landed in Rwanda on Tuesday night, killing two "
        "farmers and wounding five, the Rwandan army said.\n\n"
        "The rounds hit fields outside Bugarama, near the Rusizi river, a local official said.\n\n"
        "Burundi's army denied firing."
    )
    assert where(event)[2] == "RW"
    assert where(event)[0] == "Bugarama"


def test_the_country_attackers_crossed_from_is_not_the_place_of_their_attack() -> None:
    event = main_event(
        "ISLAMABAD, June 2 (Reuters) - Gunmen who crossed from Afghanistan attacked a border post in Pakistan on "
        "Sunday, killing four soldiers, the army said.\n\n"
        "The post lies outside Angoor Adda in the South Waziristan district, officials said."
    )
    assert where(event)[2] == "PK"
    assert event.killed == 4


def test_shells_from_a_neighbour_are_placed_in_the_village_they_fell_on() -> None:
    event = main_event(
        "Myanmar shells kill boy in Bangladesh\n\n"
        "DHAKA, Sept 6 (Reuters) - A boy was killed on Friday when mortar rounds fired by Myanmar's army from across "
        "the border landed in Bangladesh, border guards said. The rounds hit a house in Tumbru, a village in "
        "Bandarban district, they said.",
        published="2026-09-07",
    )
    assert where(event) == ("Tumbru", "city", "BD")
