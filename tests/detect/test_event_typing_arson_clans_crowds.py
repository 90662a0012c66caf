"""Event typing, session 18 kinds (invented fixtures, each kind told by reporters in other words): a fire that people
set to property is property destruction, whoever they are, though the sentence names a warehouse or an industrial
town as a disaster's would."""

from __future__ import annotations

from typing import Any

from eventwire.detect.events import event_mentions


def kind_of(make_document: Any, text: str, word: str) -> str | None:
    """The first trigger ``word``'s sub-event type, or None where it is no event."""
    for trigger in event_mentions(make_document(text)):
        if trigger.span.text_of(text) == word:
            return trigger.kind.sub_event_type
    return None


# ---------------------------------------------------------------- arson of property: property destruction


def test_arsonists_setting_fire_to_a_warehouse_destroy_property(make_document: Any) -> None:
    text = "Arsonists set fire to a warehouse of medical supplies outside Tartu late on Tuesday, destroying it."
    assert kind_of(make_document, text, "set") == "Looting/property destruction"


def test_gang_members_torching_lorries_in_an_industrial_town_destroy_property(make_document: Any) -> None:
    text = (
        "Suspected gang members set fire to nine lorries at a yard in Tema, an industrial port east of Accra, "
        "after the haulier refused to pay them, police said."
    )
    assert kind_of(make_document, text, "set") == "Looting/property destruction"


def test_a_short_circuit_setting_a_warehouse_alight_is_no_event(make_document: Any) -> None:
    text = "A short circuit set fire to a furniture warehouse in Lodz on Monday, destroying the building, firemen said."
    assert kind_of(make_document, text, "set") is None


# ---------------------------------------------------------------- rival armed sides fighting: the dead are the fight's


def test_rival_clans_with_rifles_killing_each_others_men_clash(make_document: Any) -> None:
    text = (
        "Rival clans armed with shotguns and rifles fought in the hills above Mendi on Tuesday, killing five men "
        "from one clan and three from the other, police said."
    )
    assert kind_of(make_document, text, "killing") == "Armed clash"


def test_rival_militias_fighting_and_killing_civilians_is_no_clash_of_the_dead(make_document: Any) -> None:
    text = "Gunmen of rival militias fought in the market on Monday, killing four civilians, witnesses said."
    assert kind_of(make_document, text, "killing") != "Armed clash"


# -------------------------------------------------- men armed with sticks and bars: a crowd, not an armed side


def test_men_armed_with_sticks_beating_migrants_are_mob_violence(make_document: Any) -> None:
    text = (
        "Groups of men armed with clubs and metal bars chased migrant workers through the streets of Rosarno on "
        "Friday night, beating several of them, police said."
    )
    assert kind_of(make_document, text, "beating") == "Mob violence"


def test_men_armed_with_machetes_attacking_villagers_stay_an_attack(make_document: Any) -> None:
    text = "Men armed with machetes and clubs attacked villagers in Kilwa on Sunday, killing six, officials said."
    assert kind_of(make_document, text, "killing") != "Mob violence"


def test_party_members_armed_with_sticks_are_no_crowd(make_document: Any) -> None:
    text = (
        "Men armed with sticks and golf clubs, believed to be members of the ruling party, attacked opposition "
        "supporters at a hostel in Soshanguve on Tuesday."
    )
    assert kind_of(make_document, text, "attacked") != "Mob violence"
