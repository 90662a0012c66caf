"""The crime a charge names ("charged with two counts of murder and one count of aggravated assault", "faces charges
of attempted murder and assault", "indicted on a charge of felonious assault") is what the charge says, not an event
of its own; a number set off by a comma after a person ("Dale Hensley, 52,", "a man, 37,") is an age, no figure of
people arrested. The shooting the report tells stays its main event. Each kind told by invented reporters in other
wording, syntax and countries.
"""

from __future__ import annotations

import pytest

import eventwire

CHARGED = [
    "COLUMBUS, Ohio (AP) — A man shot and killed two neighbours outside their home in Grove City on Sunday night, "
    "police said.\n\nDeputies arrested Dale Hensley, 52, at the scene. He was charged with two counts of murder and "
    "one count of aggravated assault.",
    "A woman opened fire at a birthday party in Memphis, Tennessee, on Saturday, wounding three people, police said on "
    "Monday. She faces charges of attempted murder and assault with a deadly weapon.",
    "PHOENIX (AP) — A gunman killed a store clerk during an argument in Mesa on Friday, police said. The suspect, Troy "
    "Baker, 29, was indicted Monday on a charge of felonious assault and one count of murder.",
    "Police in Kenya arrested a man, 37, after he hacked his neighbour to death in a land dispute in Nyeri on Friday. "
    "He was charged with murder on Monday.",
]


@pytest.mark.parametrize("text", CHARGED)
def test_a_charge_or_an_age_makes_no_event_of_its_own(text: str) -> None:
    events = eventwire.extract(text, published="2026-05-05").events
    assert events[0].event_type == "none"
    assert all(e.sub_event_type not in {"Attack", "Arrests"} for e in events)
