"""Places a report names only to locate its event, never as the event's place or country (invented reports in the
style of wire copy): the neighbour across a border ("on the border with Venezuela"), a landmark by its direction
("the village of X, west of the capital Y"), where a source sits ("a London-based monitor"), where arms come from
("weapons smuggled from Iran", in a quotation); and what says the country of a town the gazetteer lacks: its owner
named before it in another mention ("Yemen's Ras Isa port"), the dateline's town when the parser does not read it,
not a division's namesake town abroad ("the Kaya department" is no town of Burkina Faso in a report on Chad).
"""

from __future__ import annotations

import eventwire
from eventwire.model import Event


def main_event(text: str, published: str = "2026-03-12") -> Event:
    return eventwire.extract(text, published=published).events[0]


def test_a_neighbour_across_the_border_is_no_place_of_the_event() -> None:
    text = (
        "BOGOTA, March 12 (Reuters) - Three Colombian soldiers and two guerrillas were killed in fighting on "
        "Tuesday in the Sarare region on the border with Venezuela, the army said.\n\n"
        "The fighting broke out when a patrol was ambushed near La Pedregosa, a hamlet in the municipality of "
        "Saravena in Arauca province, the army said in a statement. Five soldiers were wounded and flown to a "
        "military hospital, it said."
    )
    event = main_event(text)
    assert event.place is not None
    assert event.place.country == "CO"
    assert event.place.name in {"La Pedregosa", "Saravena"}
    assert event.injured == 5


def test_a_town_west_of_the_capital_is_the_place_not_the_capital() -> None:
    text = (
        "BEIRUT, March 12 (Reuters) - Syrian security forces arrested at least nine men in raids on homes in the "
        "village of Deir Mashlab, west of the capital Damascus, on Tuesday, according to a London-based monitoring "
        "group.\n\n"
        "The group said officers searched houses before dawn and took the men to an unknown location."
    )
    event = main_event(text)
    assert event.sub_event_type == "Arrests"
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Deir Mashlab", "SY")


def test_arms_from_a_country_in_a_quotation_do_not_place_the_strike() -> None:
    text = (
        "Israeli jets hit Yemen's Ras Isa fuel port, killing three\n\n"
        "CAIRO (AP) — Israeli warplanes struck the fuel port of Ras Isa on Monday, killing three workers and "
        "wounding 12, the Houthi rebels' health ministry said.\n\n"
        'The Israeli military said its jets had hit "a port the Houthis use to smuggle weapons from Iran," '
        "including fuel tanks and a pier."
    )
    event = main_event(text)
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Ras Isa", "YE")


def test_a_division_named_like_a_town_abroad_does_not_say_the_country() -> None:
    text = (
        "N'DJAMENA, March 12 (AFP) - Gunmen on motorbikes killed four herders at a well outside Tchoukou Koura, "
        "a fishing town on the western shore of the lake, on Tuesday, a local official said.\n\n"
        "The attackers took about 200 head of cattle, said the prefect of the Kaya department, who asked not to be "
        "named."
    )
    event = main_event(text)
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Tchoukou Koura", "TD")


def test_the_dateline_town_the_parser_misses_says_the_country() -> None:
    text = (
        "N'DJAMENA, March 12 (AFP) - Gunmen killed four herders and stole their cattle in the village of "
        "Tchoukou Koura on Tuesday, a local official said."
    )
    event = main_event(text)
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Tchoukou Koura", "TD")
