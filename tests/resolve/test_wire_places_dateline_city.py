"""The dateline is where the reporter was, the event's own place phrase where the event was (invented reports in the
style of wire copy): a large city of the dateline's country, far from the dateline's town, that the event's sentence
places it in ("JOHANNESBURG (AP) -- ... marched ... in Durban") is the event's place though the dateline is no
capital and no bureau's; a city named only as where people came from is not. A place named before an office in a
tagger's person ("Geoje Mayor Shin") is still the place the lead names; a region's English name that only small towns
abroad also bear ("Piedmont", "Tuscany") names the region too.
"""

from __future__ import annotations

import eventwire
from eventwire.detect.places import _after_titles
from eventwire.lexicon.gazetteer import load_gazetteer
from eventwire.model import Event


def main_event(text: str) -> Event:
    return eventwire.extract(text, published="2026-05-05").events[0]


def place_of(text: str) -> tuple[str, str | None]:
    event = main_event(text)
    assert event.place is not None
    return event.place.name, event.place.country


def test_a_march_in_a_far_city_of_the_datelines_country_is_there() -> None:
    text = (
        "JOHANNESBURG (AP) \u2014 Thousands of nurses marched to the provincial health department in Durban on "
        "Monday to demand overdue pay, in the largest health workers' protest in the country this year.\n\n"
        "The march ended peacefully in the afternoon, police said. A smaller protest was held outside a hospital "
        'in Soweto.\n\n"We have not been paid for three months," said one nurse, Thandi Mokoena.'
    )
    assert place_of(text) == ("Durban", "ZA")


def test_a_city_named_only_as_where_people_came_from_leaves_the_dateline() -> None:
    text = (
        "JOHANNESBURG (AP) \u2014 Police fired rubber bullets on Monday at hundreds of striking miners who had "
        "travelled by bus from Durban, injuring six, a union said.\n\nThe strike has shut two mines since last week."
    )
    assert place_of(text) == ("Johannesburg", "ZA")


def test_a_person_entity_that_opens_with_a_place_and_an_office_names_only_the_person() -> None:
    assert _after_titles(["Geoje", "Mayor", "Shin", "Young-chul"]) == ["Shin", "Young-chul"]
    assert _after_titles(["Geoje", "Mayor"]) == []
    assert _after_titles(["Ian", "Paterson"]) == ["Ian", "Paterson"]


def test_a_regions_english_name_that_small_towns_abroad_bear_is_the_region_too() -> None:
    gazetteer = load_gazetteer()
    for name, region in (("Tuscany", "Toscana"), ("Piedmont", "Piemonte")):
        assert any(p.kind.value == "admin1" and p.name == region for p in gazetteer.lookup(name))
