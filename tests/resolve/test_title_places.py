"""A US report whose text names no place is placed where its headline says (invented reports)."""

from __future__ import annotations

import eventwire
from eventwire.lexicon.gazetteer import load_gazetteer
from eventwire.resolve.us_title_places import title_place


def test_a_text_without_a_place_takes_the_headlines_town() -> None:
    text = (
        "An argument on a street late on Sunday ended with a man killed and a woman wounded, police said. "
        "The man was shot in the chest and the woman in the leg."
    )
    result = eventwire.extract(text, published="2017-02-06", title="1 dead, 1 wounded in Albuquerque shooting")
    place = result.events[0].place
    assert place is not None and (place.name, place.admin1) == ("Albuquerque", "New Mexico")


def test_a_headline_names_a_town_before_a_noun_of_local_news_or_with_its_postal_code() -> None:
    gazetteer = load_gazetteer()
    lansing = title_place("Lansing teen accidentally shoots himself", gazetteer)
    assert lansing is not None and lansing.admin1 == "Michigan"
    outlet = title_place("Boy, 4, hurt by gunfire - Action News | Cleveland, OH | Weather", gazetteer)
    assert outlet is not None and (outlet.name, outlet.admin1) == ("Cleveland", "Ohio")
    county = title_place("5-Year-Old Kaufman County Shooting Victim In Critical Condition", gazetteer)
    assert county is not None and county.admin1 == "Texas"


def test_a_word_of_a_longer_name_or_an_ambiguous_name_is_no_place() -> None:
    gazetteer = load_gazetteer()
    assert title_place("8 shot at Martin Luther King Jr. Memorial Park on Monday", gazetteer) is None
    assert title_place("Man found shot in car", gazetteer) is None
    assert title_place("Teen shot in Springfield", gazetteer) is None  # towns of many states
