"""A people's name is no place (invented reports in the style of wire copy): a name that the text writes only where
a people's name stands, before a noun of its members or their homes ("Roma homes", "the Roma quarter", "Masai
herders") or after "ethnic", is not its namesake town abroad (Rome, written "Roma"; a Malaysian town named
Masai), in a report whose places lie in another country; the village the report names is the event's place. A town
of the country the report tells, named before such a noun, stays a place.
"""

from __future__ import annotations

import eventwire
from eventwire.model import Event


def extract(text: str) -> eventwire.ArticleResult:
    return eventwire.extract(text, published="2026-05-05")


def main_event(text: str) -> Event:
    return extract(text).events[0]


def place_names(text: str) -> list[str]:
    return [m.place.name for m in extract(text).places if m.place is not None]


def test_a_minoritys_quarter_is_no_capital_abroad_and_the_village_named_later_is_the_place() -> None:
    text = (
        "Mob torches Roma houses in Hungary after brawl, five hurt\n\n"
        "BUDAPEST, May 4 (Reuters) - Dozens of people attacked houses in the Roma quarter of a village in eastern "
        "Hungary on Sunday night after a brawl outside a bar, police said on Tuesday.\n\n"
        "Five people from the Roma neighbourhood were treated in hospital in Debrecen, a hospital spokeswoman said. "
        "Police said four men had been detained.\n\n"
        "The attack in Kiltamba, a village of about 1,500 people near Debrecen, began after a crowd gathered "
        "outside the mayor's office."
    )
    assert "Rome" not in place_names(text)
    event = main_event(text)
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Kiltamba", "HU")


def test_herders_named_by_their_people_after_a_locative_word_are_no_town_abroad() -> None:
    text = (
        "ARUSHA, Tanzania (AP) — Police fired live rounds at Masai herders protesting against their eviction from "
        "grazing land near the Ngorongoro crater on Thursday, wounding seven, a local leader said.\n\n"
        "The herders had gathered outside the district office when officers moved in, witnesses said. Tanzania "
        "says the land is needed for conservation.\n\n"
        "Rights groups say thousands of Masai families have been moved from the area since 2022."
    )
    assert "Masai" not in place_names(text)
    event = main_event(text)
    assert event.place is not None
    assert event.place.country == "TZ"


def test_residents_of_a_minority_quarter_leave_the_named_town_the_place() -> None:
    event = main_event(
        "Far-right marchers clash with police near Roma homes in Czech town\n\n"
        "PRAGUE, Oct 1 (Reuters) - Police fired tear gas on Saturday at several hundred far-right marchers who "
        "tried to reach the Roma quarter of Dungamaro, a town of 12,000 people in the north of the Czech Republic, "
        "police said.\n\n"
        "Eleven people were hurt, among them two officers. Roma residents had barricaded the streets with cars, a "
        "local councillor said."
    )
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Dungamaro", "CZ")


def test_a_town_of_the_reports_country_before_a_noun_of_people_stays_a_place() -> None:
    text = (
        "KISUMU, Kenya (Reuters) - Police fired tear gas at Kisumu traders protesting against new market fees on "
        "Monday, a local official said. Kisumu families said the fees were too high. Kenya raised levies in May."
    )
    assert "Kisumu" in place_names(text)
