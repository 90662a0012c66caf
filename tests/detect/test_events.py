from __future__ import annotations

from typing import Any

import pytest

from eventwire.detect.event_typing import _TYPERS
from eventwire.detect.events import event_mentions
from eventwire.lexicon.events import SPECIFICITY, TRIGGER_FAMILIES
from eventwire.model import OUT_OF_SCOPE, EventTrigger

ACLED_SUB_EVENT_TYPES = {
    "Armed clash", "Government regains territory", "Non-state actor overtakes territory", "Chemical weapon",
    "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
    "Grenade", "Sexual violence", "Attack", "Abduction/forced disappearance", "Peaceful protest",
    "Protest with intervention", "Excessive force against protesters", "Violent demonstration", "Mob violence",
    "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established",
    "Looting/property destruction", "Non-violent transfer of territory", "Other",
}  # fmt: skip


def triggers(make_document: Any, text: str) -> tuple[EventTrigger, ...]:
    return event_mentions(make_document(text))


def sub_types(make_document: Any, text: str) -> list[str]:
    return [t.kind.sub_event_type for t in triggers(make_document, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian missile strikes hit the city centre on Thursday.", "Shelling/artillery/missile attack"),
        ("A drone strike killed four militants near the border.", "Air/drone strike"),
        ("A roadside bomb exploded under an army truck.", "Remote explosive/landmine/IED"),
        ("A suicide bomber blew himself up at a checkpoint.", "Suicide bomb"),
        ("Rebels clashed with government troops in the hills.", "Armed clash"),
        ("Gunmen kidnapped two aid workers on the road.", "Abduction/forced disappearance"),
        ("Thousands of teachers marched to parliament to protest against low pay.", "Peaceful protest"),
        ("Police fired tear gas to disperse protesters in the capital.", "Protest with intervention"),
        ("Rioters looted shops and torched cars after the match.", "Violent demonstration"),
        ("Soldiers arrested three opposition activists at dawn.", "Arrests"),
        ("The army recaptured the town from the insurgents.", "Government regains territory"),
        ("The two armed groups signed a ceasefire on Monday.", "Agreement"),
        ("Police seized rifles and ammunition from a militia hideout.", "Disrupted weapons use"),
    ],
)
def test_triggers_are_typed_in_acled_terms(make_document: Any, text: str, expected: str) -> None:
    assert expected in sub_types(make_document, text)


def test_plain_crime_is_out_of_acled_scope_but_still_an_event(make_document: Any) -> None:
    (trigger, *_) = triggers(make_document, "A man was shot and killed outside a bar on Sunday, police said.")
    assert trigger.kind.event_type == OUT_OF_SCOPE and trigger.kind.plover == "ASSAULT"
    assert not trigger.kind.in_acled_scope


def test_a_gunshot_wound_reports_a_crime(make_document: Any) -> None:
    (trigger,) = triggers(make_document, "The toddler died of a gunshot wound at the family home.")
    assert trigger.span.text_of("The toddler died of a gunshot wound at the family home.") == "gunshot"
    assert trigger.kind.plover == "ASSAULT"


def test_disasters_talks_and_threats_are_not_events(make_document: Any) -> None:
    text = (
        "A strong earthquake killed eight people in the region. "
        "The ministers held talks about trade in Paris. "
        "The group threatened to attack the capital."
    )
    assert triggers(make_document, text) == ()


def test_demonstrating_something_is_not_a_protest(make_document: Any) -> None:
    assert triggers(make_document, "The move demonstrated the government's attitude towards the press.") == ()


def test_trigger_carries_spans_of_its_word_sentence_and_parties(make_document: Any) -> None:
    text = "It was calm. Suspected Russian missile strikes hit downtown Kyiv on Thursday."
    strikes = next(t for t in triggers(make_document, text) if text[t.span.start : t.span.end] == "strikes")
    assert strikes.sentence_index == 1 and text[strikes.sentence.start :].startswith("Suspected")
    assert strikes.actor1 is not None and "Russian" in text[strikes.actor1.start : strikes.actor1.end]
    assert strikes.provenance.stage == "event_mentions" and strikes.family == "explosion"


def test_lexicon_uses_acled_names_and_every_family_has_a_typer() -> None:
    assert set(SPECIFICITY) - {"none"} <= ACLED_SUB_EVENT_TYPES
    assert set(TRIGGER_FAMILIES.values()) <= set(_TYPERS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The judges announced a 24-hour strike on Monday.", "Peaceful protest"),
        ("College students went on a 48 hour strike to demand payment of their grants.", "Peaceful protest"),
        ("The students went on an indefinite strike.", "Peaceful protest"),
        ("Farmers staged a sit-in outside the ministry.", "Peaceful protest"),
        ("Thousands of people took to the streets of the capital.", "Peaceful protest"),
        ("The association organised a peace march in the city.", "Peaceful protest"),
        ("About 200 nurses marched to the ministry on Friday.", "Peaceful protest"),
        ("Police clashed with street traders in the market.", "Violent demonstration"),
        ("Residents clashed with police in the town.", "Violent demonstration"),
        ("Two clans clashed over grazing land, leaving eight dead.", "Armed clash"),
        ("Gunmen shot dead a police officer outside his home in the capital.", "Attack"),
        ("Rebels killed a former militia leader in the market.", "Attack"),
        ("Unidentified gunmen assassinated a judge in the city.", "Attack"),
        ("An unknown group killed a farmer near the village.", "Attack"),
        ("Militants stabbed to death a police major outside his home, officials said.", "Attack"),
        ("Soldiers beat an off-duty policeman for wearing a uniform.", "Attack"),
        ("Militants attacked an army patrol near the border.", "Armed clash"),
        ("Rebels attacked two army bases near the border.", "Armed clash"),
        ("Insurgents killed twelve members of the security forces in an ambush.", "Armed clash"),
        ("Ten people are feared dead following a clash between militiamen and soldiers.", "Armed clash"),
        ("The governor vowed an inquiry after three villagers were murdered by vigilantes.", "Mob violence"),
        ("Soldiers raped two women in the camp.", "Sexual violence"),
        ("The rebels and the government signed a ceasefire to end the war.", "Agreement"),
        ("The militants seized the border post without resistance.", "Non-violent transfer of territory"),
        ("The government said it had re-captured the town from militants.", "Government regains territory"),
    ],
)
def test_who_acts_on_whom_and_how_types_the_event(make_document: Any, text: str, expected: str) -> None:
    assert sub_types(make_document, text)[:1] == [expected]


def test_what_a_mob_destroys_is_mob_violence(make_document: Any) -> None:
    assert set(sub_types(make_document, "An angry mob set ablaze a suspected thief in the market.")) == {"Mob violence"}


def test_a_protest_against_violence_is_not_violent(make_document: Any) -> None:
    text = "About 500 people marched through the streets of the city, singing against gang violence."
    assert sub_types(make_document, text) == ["Peaceful protest"]


def test_blame_makes_only_the_blamed_event_no_report(make_document: Any) -> None:
    assert triggers(make_document, "The group claimed responsibility for the attack.") == ()
    text = "Prison guards in the capital, who are responsible for the jails, announced a 24-hour strike."
    assert sub_types(make_document, text) == ["Peaceful protest"]


def test_a_trigger_word_inside_an_organisation_name_is_no_event(make_document: Any) -> None:
    text = "Soldiers of the Rapid Deployment Force, with police, carried out operations in the hills."
    assert triggers(make_document, text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "The envoy held talks in Moscow with the president on ending the conflict.",
        "The two presidents held talks on trade and energy in the capital.",
        "The opposition called for talks with the government to end the war.",
        "The U.N. chief held talks with the rebel leader on the peace process.",
    ],
)
def test_talks_are_consultations_not_agreements(make_document: Any, text: str) -> None:
    assert "Agreement" not in sub_types(make_document, text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels and the government began peace talks to end the war.",
        "The president said he held talks with his Peruvian counterpart over a long border dispute.",
        "The prime minister is in Ankara for talks with Turkey's leaders on the Syria crisis.",
    ],
)
def test_peace_talks_between_the_sides_are_agreements(make_document: Any, text: str) -> None:
    # ACLED's Strategic developments record peace talks as Agreement, and CASE 2021's annotators do too.
    assert "Agreement" in sub_types(make_document, text)


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of shops have been burned in a fresh wave of violence in the northern townships.",
        "Forty cars and twelve kiosks were destroyed after clashes between two rival groups in the market.",
    ],
)
def test_property_destroyed_in_violence_is_destruction(make_document: Any, text: str) -> None:
    assert "Looting/property destruction" in sub_types(make_document, text)


def test_property_burned_in_a_fire_is_no_event(make_document: Any) -> None:
    assert "Looting/property destruction" not in sub_types(make_document, "Three houses were burned in a bush fire.")


def test_a_protest_where_windows_were_smashed_is_violent(make_document: Any) -> None:
    text = "Thousands marched in the city centre to protest the election, and some smashed shop windows."
    assert "Violent demonstration" in sub_types(make_document, text)


def test_weapons_destroyed_by_forces_are_disrupted_weapons_use(make_document: Any) -> None:
    text = "Army engineers destroyed 120 landmines and 45 roadside bombs during a clearance operation near the border."
    assert "Disrupted weapons use" in sub_types(make_document, text)
    assert "Disrupted weapons use" not in sub_types(make_document, "A missile destroyed the old bridge over the river.")


def test_weapons_destroyed_by_warplanes_are_an_air_strike(make_document: Any) -> None:
    text = "Government warplanes destroyed a rebel arms depot in the hills on Sunday."
    assert "Air/drone strike" in sub_types(make_document, text)


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab militants took control of the village following the withdrawal of government forces.",
        "The rebels recaptured the oil town after the army pulled out of it on Monday.",
    ],
)
def test_territory_the_other_side_left_is_a_non_violent_transfer(make_document: Any, text: str) -> None:
    assert "Non-violent transfer of territory" in sub_types(make_document, text)


def test_territory_taken_in_fighting_after_a_withdrawal_is_not_unopposed(make_document: Any) -> None:
    text = "The rebels seized the town after heavy fighting that forced the withdrawal of government troops."
    assert "Non-violent transfer of territory" not in sub_types(make_document, text)
