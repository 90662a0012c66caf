"""The main event's place when the lead names only the route it happened on (invented reports in the style of wire
copy): the route's ends only locate the event, and the town a next sentence names as where on the route it happened
is the place, even one the gazetteer lacks, placed at its area's point ("near X, a village in Y county"), and under
a dateline of the capital. Routes are named by their ends in many ways: "linking X with Y", "connecting the capital
with the coastal city of Y", "travelling from X to the port city of Y", "the road that links X with the northern
town of Y".
"""

from __future__ import annotations

import eventwire
from eventwire.model import Event
from eventwire.resolve.small_places import route_ends


def main_event(text: str, published: str = "2026-05-05") -> Event:
    return eventwire.extract(text, published=published).events[0]


def test_a_village_outside_which_a_convoy_was_ambushed_is_the_place_not_the_routes_end() -> None:
    event = main_event(
        "NAIROBI, Oct 2 (Reuters) - Bandits ambushed a lorry convoy on the road connecting the capital with the "
        "coastal city of Mombasa on Thursday night, killing two drivers, police said.\n\n"
        "The convoy came under fire outside Kwanaru, a village in Makueni county, a police commander said. "
        "Traffic resumed on Friday."
    )
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Kwanaru", "KE")


def test_a_village_close_to_which_passengers_were_seized_is_the_place_not_the_dateline() -> None:
    event = main_event(
        "YAOUNDE (AP) — Separatist fighters kidnapped 14 passengers travelling from Bamenda to the port city of "
        "Douala, officials said Monday.\n\n"
        "The gunmen stopped the minibus at a makeshift roadblock close to Mbelekoto, a farming village in the "
        "Littoral region, on Sunday afternoon, a regional official said. One passenger was shot dead."
    )
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Mbelekoto", "CM")


def test_a_small_village_south_of_a_routes_end_is_the_place() -> None:
    event = main_event(
        "MAPUTO, Aug 9 (Reuters) - Insurgents attacked a truck on the road that links Pemba with the northern "
        "town of Mueda on Friday, killing three people, the army said.\n\n"
        "The attack took place near Ochenya, a small village in Cabo Delgado province, about 40 km south of "
        "Mueda, a local administrator said."
    )
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Ochenya", "MZ")


def test_a_routes_ends_are_read_with_with_and_with_their_kind_and_adjectives() -> None:
    text = (
        "on the highway linking Lusaka with the southern town of Livingstone; "
        "on the road to the border town of Chirundu; buses travelling from Ndola to Kitwe"
    )
    assert [text[a:b] for a, b in route_ends(text)] == [
        "Lusaka with the southern town of Livingstone",
        "the border town of Chirundu",
        "Ndola to Kitwe",
    ]
