"""A short note's town lies in the country the note is about (``resolve.note_places.note_namesakes``): a town
whose most populous namesake lies in a country nothing else of the note tells is its namesake in the country of
the note's other places or known groups ("SPLM-IO" South Sudan, "Boko Haram" Nigeria, "ADF" the DR Congo).
Invented notes in the style of ACLED's."""

from __future__ import annotations

import pytest

import eventwire
from eventwire.lexicon.actors import known_actor


def _place(text: str) -> tuple[str, str | None] | None:
    events = eventwire.extract(text, published="2024-05-07").events
    place = events[0].place if events else None
    return (place.name, place.country) if place is not None else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fighters of the SPLM-IO attacked an army base near Bor, killing four soldiers.", ("Bor", "SS")),
        ("Overnight, Boko Haram insurgents stormed Gaya and set the market on fire; two traders died.", ("Gaya", "NG")),
        ("Six farmers were hacked to death in Bondo in an attack blamed on ADF rebels.", ("Bondo", "CD")),
    ],
)
def test_a_town_lies_in_the_country_of_the_notes_groups(text: str, expected: tuple[str, str]) -> None:
    assert _place(text) == expected


def test_a_town_of_a_country_the_note_tells_stays() -> None:
    assert _place("Two people were shot dead in Richmond, KwaZulu-Natal, after a dispute at a branch meeting.") == (
        "Richmond",
        "ZA",
    )


def test_a_town_with_no_namesake_in_the_notes_country_stays() -> None:
    found = _place("Al Shabaab sympathisers were arrested by police in Leer, Lower Saxony, after a raid.")
    assert found is not None and found[1] == "DE"


def test_the_opposition_wing_of_south_sudans_army_is_a_known_group() -> None:
    for name in ("SPLM-IO", "SPLA-IO", "SPLM/A-IO", "SPLA in Opposition"):
        actor = known_actor(name)
        assert actor is not None and actor.country == "SS" and actor.inter == 2
