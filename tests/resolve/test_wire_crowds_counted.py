"""A crowd the text counts ("several hundred people", "about 200 men armed with sticks", "a group of some 50
people", "more than 100 people") that attacks homes or people with no demonstration told is ACLED's mob violence
(rioters with no organisation), not an attack by an armed side; counted people who are armed with guns, or few
people, are not a crowd. Each kind told by invented reporters in other wording, syntax and countries.
"""

from __future__ import annotations

import pytest

import eventwire
from eventwire.model import Event


def main_event(text: str, published: str = "2026-05-05") -> Event:
    return eventwire.extract(text, published=published).events[0]


COUNTED_CROWDS = [
    "Several hundred people stormed a Muslim neighbourhood in a town in central India on Sunday, burning shops and "
    "beating residents, after a cow was found dead, police said on Monday.",
    "LIMA (Reuters) - About 200 men armed with sticks attacked the homes of Venezuelan migrants in the Peruvian town "
    "of Chimbote on Monday, accusing them of a robbery, police said.",
    "A group of some 50 people beat two suspected cattle thieves and set fire to their huts in a village in northern "
    "Uganda on Sunday, police said.\n\nThe men were taken to hospital.",
    "More than 100 people attacked a family's home in Bihar state on Saturday night after a girl went missing, "
    "dragging out three men and beating them, police said on Sunday.",
]


@pytest.mark.parametrize("text", COUNTED_CROWDS)
def test_a_counted_crowd_that_attacks_homes_or_people_is_mob_violence(text: str) -> None:
    event = main_event(text)
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence")


@pytest.mark.parametrize(
    "text",
    [
        "ABUJA (Reuters) - About 100 men armed with rifles attacked a village in Zamfara state on Sunday, killing 12 "
        "people, police said.",
        "Two men attacked a shopkeeper in Karachi on Monday and fled with his money, police said.",
    ],
)
def test_gunmen_or_a_few_people_are_no_crowd(text: str) -> None:
    assert main_event(text).sub_event_type != "Mob violence"
