"""A town the text names with its kind and the area it lies in ("X, a market town in the Y Region"), where the
gazetteer lists that area's name only for another country than every other cue of the text (its dateline, the
countries and nationalities it names): the town is its namesake in the text's country, not one of the area abroad,
and the area does not carry the event abroad (Malawi's and the Gambia's regions share their names with Ghana's and
New Zealand's in the gazetteer). Invented reports in the style of wire copy.
"""

from __future__ import annotations

import eventwire
from eventwire.model import Event


def main_event(text: str, published: str = "2026-05-05") -> Event:
    return eventwire.extract(text, published=published).events[0]


def test_a_town_of_a_region_whose_name_is_listed_only_abroad_stays_in_the_nationalitys_country() -> None:
    event = main_event(
        "DAKAR, Aug 4 (Reuters) - Gambian police fired tear gas on Monday to break up a protest against power "
        "cuts in Brikama, a market town in the West Coast Region, witnesses said.\n\n"
        "Eight people were hurt, among them a reporter hit by a canister, a hospital official said. Police said "
        "20 people had been arrested for unlawful assembly after the crowd refused to disperse.\n\n"
        "The protests over daily blackouts have spread to several towns this month, and the government has "
        "promised new generators by the end of the year."
    )
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Brikama", "GM")


def test_a_lakeside_town_of_a_central_region_is_in_the_datelines_country_not_a_namesakes() -> None:
    event = main_event(
        "LILONGWE, March 3 (Reuters) - Malawian police fired tear gas at traders protesting against new market "
        "fees in Salima, a lakeside town in the Central Region, on Tuesday, witnesses said.\n\n"
        "Five traders were injured and a police officer was hit by a stone, a hospital official said. The city "
        "council said the fees would pay for new stalls.\n\n"
        "Traders have staged several protests this year against the levies, which they say they cannot afford."
    )
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Salima", "MW")


def test_a_town_of_a_northern_region_is_in_the_country_the_text_names() -> None:
    event = main_event(
        "BLANTYRE (AP) — Police in Malawi fired tear gas on Friday at hundreds of students protesting against "
        "higher fees in Karonga, a town in the Northern Region.\n\n"
        "Three students were hurt, a hospital official said, and 12 were arrested. The students had blocked the "
        "main road for several hours.\n\n"
        "The government raised university fees by 40 percent in January."
    )
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Karonga", "MW")
