"""The town that stands for a first-level division (lexicon/data/admin1_seats.tsv)."""

from __future__ import annotations

from eventwire.lexicon.admin1_seats import admin1_seat
from eventwire.lexicon.gazetteer import load_gazetteer


def test_a_division_stands_at_its_largest_town() -> None:
    gazetteer = load_gazetteer()
    seat = admin1_seat("ZM", "Luapula", gazetteer)
    assert seat is not None and seat.name == "Mansa" and seat.country == "ZM"
    seat = admin1_seat("NG", "Zamfara State", gazetteer)
    assert seat is not None and seat.name == "Gusau"


def test_an_unknown_division_has_no_seat() -> None:
    gazetteer = load_gazetteer()
    assert admin1_seat("ZM", "Atlantis", gazetteer) is None
    assert admin1_seat(None, "Luapula", gazetteer) is None
