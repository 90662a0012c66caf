"""The main event's place in wire copy (invented reports) when its name begins with an article that a parser may
split off: the Arabic al-/el-/en-/an-/ad-, the French Le/La, the Spanish El/La. The name is kept whole ("En Tamar",
not "Tamar"), whether the gazetteer lists the town or not, and whatever side of the name the town's area is told.
"""

from __future__ import annotations

import eventwire
from eventwire.model import Event


def main_event(text: str, published: str = "2026-05-05") -> Event:
    return eventwire.extract(text, published=published).events[0]


def _place_name(event: Event) -> str:
    assert event.place is not None
    return event.place.name


def test_an_arabic_article_spaced_before_an_unlisted_town_is_kept() -> None:
    event = main_event(
        "Shelling kills 9 at Sudan market\n\n"
        "KHARTOUM, May 4 (Reuters) - Artillery shells hit a busy market in En Qurdaba, a farming town in Sudan's "
        "Sennar state, on Sunday, killing nine people, a medical group said.\n\n"
        "The group said at least 20 people were wounded."
    )
    assert _place_name(event) == "En Qurdaba"
    assert event.place is not None and event.place.country == "SD"


def test_a_french_or_spanish_article_before_a_town_is_kept() -> None:
    event = main_event(
        "Protesters clash with police in Honduran town\n\n"
        "TEGUCIGALPA, May 4 (AFP) - Police fired tear gas at hundreds of protesters who blocked the main road "
        "through El Pimiental, a town in Honduras' Olancho department, on Monday, officials said.\n\n"
        "Several protesters were detained."
    )
    assert _place_name(event) == "El Pimiental"
    assert event.place is not None and event.place.country == "HN"


def test_an_article_written_as_an_with_a_sentence_start_is_no_prefix() -> None:
    event = main_event(
        "Air strike hits Yemeni port\n\n"
        "ADEN, May 4 (Reuters) - An air strike hit the port of Mocha in Yemen on Monday, killing two dock "
        "workers, local officials said."
    )
    assert not _place_name(event).startswith("An ")
