"""The main event's place said more precisely after the lead (invented reports in the style of wire copy):

- a lead that places the event on a route by its ends ("on the highway between X and Y", "on the road that links
  X and Y", "a convoy travelling from X to Y") only locates it: the town a following sentence names as where it
  happened ("near Z", "on the outskirts of Z", "at Z, a rural commune on the road") is the event's place, also
  when the gazetteer lacks it;
- a town where what followed took place ("the gunmen were arrested later in Z") is no restatement;
- a town named as where a road leads ("on the road to the village of Z") is a route's end, not a restatement;
- a name the parser read as a place adjective that the text says the kind of right after it ("in Tactic, a town in
  ...") is a town's name, even one the gazetteer lists: no adjective stands before a comma and its kind.
"""

from __future__ import annotations

import pytest

import eventwire
from eventwire.model import Event, PlaceKind, PlaceMention, Provenance, ResolvedPlace, Span, ToponymCandidate
from eventwire.resolve.small_places import route_ends, unlocated_places


def main_event(text: str, published: str = "2026-03-05") -> Event:
    return eventwire.extract(text, published=published).events[0]


def test_an_ambush_on_a_highway_is_placed_at_the_town_the_next_sentence_names_near_it() -> None:
    event = main_event(
        "ABUJA, March 3 (Reuters) - Gunmen ambushed a convoy of traders on the highway between Maiduguri and "
        "Damaturu on Sunday, killing four drivers and abducting nine passengers, police in Borno State said.\n\n"
        "The convoy was attacked near Mainok, a small town about 50 km west of Maiduguri, a police spokesman said. "
        "The gunmen burned two trucks before fleeing into the bush.\n\n"
        "Attacks on the road have risen this year."
    )
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Mainok", "NG")


def test_a_road_that_links_two_towns_yields_to_the_village_on_whose_outskirts_it_happened() -> None:
    event = main_event(
        "KINSHASA, Congo (AP) — Rebels attacked vehicles on the road that links Beni and Butembo in eastern Congo "
        "on Friday evening, killing seven civilians, local officials said.\n\n"
        "The ambush took place on the outskirts of Mbau, a village north of Beni, said Kizito Bin Hangi, a local "
        'official. "They fired on every car," he said.\n\n'
        "The ADF has killed thousands of civilians in the region."
    )
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Mbau", "CD")


def test_a_convoy_travelling_between_two_towns_is_placed_at_the_commune_named_after_the_lead() -> None:
    event = main_event(
        "Jihadists kill 12 soldiers in northern Burkina Faso\n\n"
        "OUAGADOUGOU, Burkina Faso (AFP) - Jihadists killed 12 soldiers on Tuesday in an ambush on a convoy "
        "travelling from Dori to Djibo, security sources said.\n\n"
        "The soldiers were attacked at Gorgadji, a rural commune on the road, the sources said, adding that the "
        "troops had been escorting food trucks.\n\n"
        "Burkina Faso has been fighting jihadist groups since 2015."
    )
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Gorgadji", "BF")


def test_the_ends_of_a_route_are_found_however_the_route_is_written() -> None:
    text = (
        "on the highway linking the Kenyan towns of Garissa and Dadaab; a bus travelling from Gulu to Kitgum; "
        "the road to the village of Tumba; fighting between soldiers and rebels"
    )
    assert [text[a:b] for a, b in route_ends(text)] == [
        "the Kenyan towns of Garissa and Dadaab",
        "Gulu to Kitgum",
        "the village of Tumba",
    ]


def test_a_village_promised_by_the_lead_is_the_name_police_arrived_in_later() -> None:
    event = main_event(
        "QUITO, Ecuador (Reuters) - Villagers of a Kichwa community near Otavalo, in Ecuador's northern Andes, beat "
        "two suspected thieves on Sunday, killing one of them, police said.\n\n"
        "The men were caught stealing a motorcycle and were tied to a post in the square.\n\n"
        'Police who arrived in Peguche at dawn found one of the men dead, said Major Luis Andrade. "The people did '
        'not let us in," he said.'
    )
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Peguche", "EC")


def test_a_village_promised_by_the_lead_is_the_name_the_attackers_stormed() -> None:
    event = main_event(
        "NIAMEY, June 3 (AFP) - Gunmen killed nine villagers in an attack on a village near Abala in Niger's "
        "Tillaberi region on Sunday, the government said.\n\n"
        "The attackers stormed Kolmane at dusk and shot men in the fields, the interior ministry said.\n\n"
        "The army has deployed reinforcements."
    )
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Kolmane", "NE")


def test_the_second_of_the_towns_a_road_links_is_the_place_when_the_next_sentence_names_it_again() -> None:
    event = main_event(
        "BEIRUT, May 2 (Reuters) - An Israeli drone struck a motorbike on the road between the southern towns of "
        "Bint Jbeil and Aitaroun on Friday, killing one man, Lebanon's health ministry said.\n\n"
        "The motorbike was hit on the edge of Aitaroun, a municipal official said. The man was a farmer, he said.\n\n"
        "Israel has kept up strikes in southern Lebanon."
    )
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Aitaroun", "LB")


def test_a_name_after_a_promised_village_that_qualifies_a_noun_is_no_place() -> None:
    event = main_event(
        "ABUJA, June 3 (Reuters) - Gunmen killed six farmers in an attack on a village near Bokkos in Nigeria's "
        "Plateau State on Sunday, police said.\n\n"
        "The attackers stormed Fulani settlements nearby and burned houses, residents said."
    )
    assert event.place is not None
    assert event.place.name != "Fulani"


@pytest.mark.parametrize(
    ("text", "name", "area", "country"),
    [
        (
            "A mob stormed a police post in Tactic, a town in central Guatemala's Alta Verapaz department.",
            "Tactic",
            "Alta Verapaz",
            "GT",
        ),
        (
            "Troops clashed with rebels in Marawi, a city of 200,000 people in the province of Lanao del Sur.",
            "Marawi",
            "Lanao del Sur",
            "PH",
        ),
        (
            "Protesters burned tyres outside Kisii, a town near the Kenyan border with Tanzania's Mara region.",
            "Kisii",
            "Mara",
            "TZ",
        ),
    ],
)
def test_a_name_read_as_an_adjective_before_its_kind_is_a_town(text: str, name: str, area: str, country: str) -> None:
    start = text.index(name)
    candidate = ToponymCandidate(
        Span(start, start + len(name)), name, "adjective", "NORP", Provenance("test", "1", rule="ner-norp"), True
    )
    at = text.index(area)
    region = ResolvedPlace(area, PlaceKind.ADMIN1, 15.0, -90.0, country=country, admin1=area)
    mentions = [PlaceMention(Span(at, at + len(area)), area, region, Provenance("places", "2", rule="ner-gpe"))]
    found = unlocated_places([candidate], mentions, text, lambda _: True)
    assert [(m.text, m.place.name, m.place.kind, m.place.country) for m in found if m.place is not None] == [
        (name, name, PlaceKind.CITY, country)
    ]


def test_a_place_adjective_before_a_noun_stays_an_adjective() -> None:
    text = "Kenyan police fired tear gas at protesters in Kisumu, a city on Lake Victoria."
    candidate = ToponymCandidate(Span(0, 6), "Kenyan", "adjective", "NORP", Provenance("test", "1", rule="ner-norp"))
    assert unlocated_places([candidate], [], text, lambda _: True) == ()


def test_the_town_of_a_later_arrest_does_not_restate_where_the_shooting_happened() -> None:
    event = main_event(
        "LIMA, Peru (AP) - A gunman shot dead two miners at a camp near Nazca on Sunday, police said.\n\n"
        "He was arrested hours later at a hostel in Palpa, a police spokesman said.\n\n"
        "Illegal mining has spread in the region."
    )
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Nazca", "PE")
