"""A weapon of war that hits an industrial site ("shelled the town beside the nuclear power plant", "drones struck an
oil refinery", "missiles hit a chemical plant", "rockets slammed into a gas pipeline station") is an attack from afar,
not an industrial accident, though no armed side is named; drones that "struck" are no labour strike, whatever
workers they wound; a plant's "chemical" is no chemical weapon. A blast the text gives no weapon of war for stays an
accident. Each kind told by invented reporters in other wording, syntax and countries.
"""

from __future__ import annotations

import pytest

import eventwire

SITES_HIT = [
    (
        "ZAPORIZHZHIA, Ukraine (AP) — Russian artillery shelled the centre of Enerhodar, the town beside the nuclear "
        "power plant, on Tuesday, killing two people, local officials said.",
        "Shelling/artillery/missile attack",
    ),
    (
        "MOSCOW (Reuters) - Ukrainian drones struck an oil refinery in Russia's Ryazan region overnight, setting off a "
        "fire and wounding three workers, the regional governor said on Wednesday.",
        "Air/drone strike",
    ),
    (
        "Missiles hit a chemical plant on the edge of the eastern Ukrainian city of Sumy on Monday, killing two "
        "workers and wounding five, regional officials said.",
        "Shelling/artillery/missile attack",
    ),
    (
        "PORT SUDAN (Reuters) - Drones hit a fuel depot and the main power plant in Port Sudan on Tuesday, killing a "
        "guard and cutting electricity across the city, officials said.",
        "Air/drone strike",
    ),
    (
        "Rockets slammed into a gas pipeline station near the Iraqi city of Kirkuk late on Monday, killing one "
        "engineer, security sources said.",
        "Shelling/artillery/missile attack",
    ),
]


@pytest.mark.parametrize(("text", "sub_type"), SITES_HIT)
def test_a_weapon_of_war_on_an_industrial_site_is_an_attack(text: str, sub_type: str) -> None:
    event = eventwire.extract(text, published="2026-03-11").events[0]
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", sub_type)


@pytest.mark.parametrize(
    "text",
    [
        "A boiler exploded at a chemical plant in the Indian state of Gujarat on Tuesday, killing four workers, "
        "police said.",
        "A gas cylinder blast ripped through a restaurant near a power plant in Lahore on Monday, killing three "
        "people, rescue officials said.",
    ],
)
def test_a_blast_with_no_weapon_of_war_at_a_plant_stays_an_accident(text: str) -> None:
    events = eventwire.extract(text, published="2026-03-11").events
    assert not events or events[0].event_type == "none"
