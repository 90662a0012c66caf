"""The dateline is the last resort (invented reports in the style of wire copy): the dateline's town is read once,
by the article layout, whatever its style ("DHAKA, Aug 5 (Reuters) -", "MOSCOW, Sept. 12 (AFP) -", "SARAJEVO,
Bosnia and Herzegovina (AP) —"), and is the event's place only when the text ties no place to the event; a town
the event's own sentence names, under a wire bureau's dateline (a dated one, or one naming a country), is the
event's, though it lies in another region than the bureau.
"""

from __future__ import annotations

import pytest

import eventwire
from eventwire.lexicon.layout.article_layout import dateline_match
from eventwire.model import Event


def main_event(text: str) -> Event:
    return eventwire.extract(text, published="2026-05-05").events[0]


def place_of(text: str) -> tuple[str, str | None]:
    event = main_event(text)
    assert event.place is not None
    return event.place.name, event.place.country


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("DHAKA, Aug 5 (Reuters) - Police detained", "DHAKA"),
        ("MOSCOW, Sept. 12 (AFP) - Police detained", "MOSCOW"),
        ("SARAJEVO, Bosnia and Herzegovina (AP) \u2014 Police detained", "SARAJEVO"),
        ("Headline here\n\nPORT OF SPAIN, Trinidad and Tobago, May 2 (Reuters) - Police", "PORT OF SPAIN"),
    ],
)
def test_the_layout_reads_a_dateline_of_every_style(text: str, town: str) -> None:
    match = dateline_match(text)
    assert match is not None
    assert match.group("name") == town


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "DHAKA, Aug 5 (Reuters) - Police fired tear gas and rubber bullets at thousands of garment workers who "
            "blocked a highway on Tuesday, injuring at least 20, witnesses said.",
            "Dhaka",
        ),
        (
            "MOSCOW, Sept. 12 (AFP) - Riot police detained more than 40 people who had gathered to protest against "
            "the arrest of an opposition politician on Saturday, a rights group said.",
            "Moscow",
        ),
        (
            "SARAJEVO, Bosnia and Herzegovina (AP) \u2014 Unknown attackers set fire to the office of a veterans' "
            "association overnight, police said Thursday. No one was hurt.",
            "Sarajevo",
        ),
    ],
)
def test_an_event_the_text_places_nowhere_is_at_the_dateline_of_any_style(text: str, town: str) -> None:
    assert place_of(text)[0] == town


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        (  # a dated Reuters dateline, the town in the event's prepositional phrase
            "SAO PAULO, March 3 (Reuters) - Brazilian police detained 30 striking teachers at a rally in Curitiba "
            "on Tuesday as they marched on the state assembly, the teachers' union said.\n\n"
            "The union said the protesters were released after questioning.",
            "Curitiba",
            "BR",
        ),
        (  # a possessive district of the town, the facts in another order
            "Gunmen kill three policemen in northwest Pakistan\n\n"
            "KARACHI, Oct 14 (AFP) - On Friday gunmen shot dead three policemen in Peshawar's Hayatabad "
            "neighbourhood, officials said, in the latest attack on security forces in the northwest.",
            "Peshawar",
            "PK",
        ),
        (  # an AP dateline naming the country, no date
            "LAGOS, Nigeria (AP) \u2014 Police detained 20 protesters outside a court in Kano on Monday as they "
            "demanded the release of a jailed cleric, a police spokesman said.",
            "Kano",
            "NG",
        ),
    ],
)
def test_a_town_the_events_own_sentence_names_wins_over_a_bureaus_dateline(text: str, town: str, country: str) -> None:
    assert place_of(text) == (town, country)
