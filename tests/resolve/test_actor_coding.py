"""Actors as analysts code them: known groups, IGOs and alliances by name, state forces with their period and
inter code, unidentified bombers, on articles written for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.lexicon.actors import known_actor, state_period
from eventwire.model import Actor, Event
from eventwire.pipeline import EVENTS


def main_event(run_stages: Any, text: str, published: str = "2023-03-09") -> Event:
    document = run_stages(text, "events", published=published)
    event: Event = document.get(EVENTS)[0]
    return event


def coded(actor: Actor | None) -> tuple[str, int | None, str | None] | None:
    return None if actor is None else (actor.name, actor.inter, actor.sector)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("NATO troops", "NATO: North Atlantic Treaty Organization"),
        ('fighters from the IS-aligned Islamic State West Africa Province ("', "Islamic State West Africa Province"),
        ("Al-Shabaab militants", "Al Shabaab"),
        ("the Houthis", "Houthi Movement"),
        ("ELN guerrillas", "ELN: National Liberation Army"),
        ("Wagner mercenaries", "Wagner Group"),
        ("the U.N. mission", "UN: United Nations"),
    ],
)
def test_known_actors_by_their_aliases(phrase: str, name: str) -> None:
    found = known_actor(phrase)
    assert found is not None and found.name == name


def test_a_capitalised_alias_counts_only_in_capitals() -> None:
    assert known_actor("what is it") is None
    assert known_actor("the au pair") is None
    found = known_actor("IS fighters")
    assert found is not None and found.name == "Islamic State"


def test_state_forces_are_named_with_the_period_of_their_government() -> None:
    assert state_period("Russia", date(2022, 4, 28)) == "2000-"
    assert state_period("Ukraine", date(2016, 1, 1)) == "2014-2019"
    assert state_period("Ukraine", None) is None


def test_nato_is_not_the_military_of_the_country_it_fights_in(run_stages: Any) -> None:
    event = main_event(run_stages, "NATO troops killed five Taliban fighters in Helmand province on Monday.")
    assert coded(event.actor1) == ("NATO: North Atlantic Treaty Organization", 8, "IGO")
    assert coded(event.actor2) == ("Taliban", 2, "rebel")


def test_a_named_group_keeps_its_name_not_the_phrase(run_stages: Any) -> None:
    text = (
        "Fighters from the Islamic State West Africa Province (ISWAP) attacked a military base in Borno state on "
        "Sunday, killing 12 soldiers."
    )
    event = main_event(run_stages, text)
    assert coded(event.actor1) == ("Islamic State West Africa Province", 2, "rebel")
    assert event.actor2 is not None and event.actor2.name.startswith("Military Forces of Nigeria")
    assert event.actor2.inter == 1 and event.interaction == 12


def test_a_bombing_by_nobody_named_is_an_unidentified_armed_group_s(run_stages: Any) -> None:
    event = main_event(run_stages, "A bomb exploded at a market in Maiduguri on Monday, killing seven people.")
    assert coded(event.actor1) == ("Unidentified Armed Group (Nigeria)", 3, "militia")
    assert event.actor1 is not None and event.actor1.country == "Nigeria"
    assert coded(event.actor2) == ("Civilians (Nigeria)", 7, "civilian") and event.interaction == 37


def test_forces_abroad_are_external_and_protesters_are_coded(run_stages: Any) -> None:
    strike = main_event(run_stages, "Russian missiles struck a market in Kharkiv on Monday, killing four civilians.")
    assert coded(strike.actor1) == ("Military Forces of Russia (2000-)", 8, "military")
    protest = main_event(run_stages, "Hundreds of protesters marched in Paris on Saturday against the pension reform.")
    assert coded(protest.actor1) == ("Protesters (France)", 6, "protesters") and protest.interaction == 60


@pytest.mark.parametrize(
    ("text", "associated"),
    [
        ("Hundreds of students protested in Nairobi on Tuesday against higher fees.", "Students (Kenya)"),
        (
            "University of Zambia workers went on strike in Lusaka on Monday over unpaid salaries.",
            "Labor Group (Zambia)",
        ),
        ("Protesters marched through Lyon on Saturday against the pension reform.", None),
    ],
)
def test_a_crowd_has_the_associated_actor_of_who_it_is(run_stages: Any, text: str, associated: str | None) -> None:
    event = main_event(run_stages, text)
    assert event.actor1 is not None and event.actor1.inter == 6
    assert event.actor1.associated == associated


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Militants killed three soldiers and a civilian in an ambush in northern Mali on Monday.",
         "Military Forces of Mali (2021-)"),
        ("Gunmen shot dead two members of the security forces in Zamfara state on Monday.",
         "Military Forces of Nigeria (2015-2023)"),
        ("Soldiers killed four militants near Kismayo in Somalia on Monday.", "Unidentified Armed Group (Somalia)"),
    ],
)  # fmt: skip
def test_soldiers_and_militants_are_not_civilians_nor_raw_phrases(run_stages: Any, text: str, target: str) -> None:
    event = main_event(run_stages, text)
    assert event.actor2 is not None and event.actor2.name == target


def test_acled_writes_the_before_some_countries(run_stages: Any) -> None:
    event = main_event(run_stages, "American soldiers clashed with Taliban fighters in Kandahar on Monday.")
    names = {a.name for a in (event.actor1, event.actor2) if a is not None}
    assert any(n.startswith("Military Forces of the United States") for n in names), names
