"""Event typing by who acts: a crowd's violence is a riot (mob violence, or a violent demonstration when the crowd
protests), forces firing on a sit-in use excessive force against protesters, and the side that retakes ground is
the side its doer's own noun names ("troops backed by militias" are state forces). Every case is an invented
sentence for a general cause."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.detect.events import event_mentions


def kind_of(make_document: Any, text: str, word: str) -> str | None:
    for trigger in event_mentions(make_document(text)):
        if trigger.span.text_of(text) == word:
            return trigger.kind.sub_event_type
    return None


# ---------------------------------------------------------------- crowds


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("An angry crowd stormed the district jail on Monday and dragged out two suspected kidnappers.", "stormed"),
        ("Residents overran the police post in the market town and set the cells on fire.", "overran"),
    ],
)
def test_a_crowd_storming_a_police_post_is_mob_violence(make_document: Any, text: str, word: str) -> None:
    assert kind_of(make_document, text, word) == "Mob violence"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Villagers beat a suspected goat thief to death near the river on Saturday.", "beat"),
        ("A crowd stormed the clinic and beat two nurses accused of sorcery.", "beat"),
    ],
)
def test_a_crowd_beating_a_suspect_is_mob_violence(make_document: Any, text: str, word: str) -> None:
    assert kind_of(make_document, text, word) == "Mob violence"


def test_protesters_storming_a_building_is_a_violent_demonstration(make_document: Any) -> None:
    text = "Protesters stormed the regional assembly on Wednesday to demand the governor's resignation."
    assert kind_of(make_document, text, "stormed") == "Violent demonstration"


def test_armed_villagers_are_not_a_crowd(make_document: Any) -> None:
    text = "Armed villagers stormed a rebel camp in the hills and seized the district."
    assert kind_of(make_document, text, "stormed") != "Mob violence"


def test_a_storm_is_a_disaster_but_storming_is_not(make_document: Any) -> None:
    assert kind_of(make_document, "A storm killed three fishermen off the coast on Sunday.", "killed") is None
    text = "A mob stormed the courthouse and killed a man accused of theft."
    assert kind_of(make_document, text, "killed") == "Mob violence"


# ---------------------------------------------------------------- forces firing on protesters


@pytest.mark.parametrize(
    "text",
    [
        "Troops opened fire on teachers staging a sit-in outside the ministry to demand back pay, killing one.",
        "Police opened fire on strikers blocking the factory gate, witnesses said.",
    ],
)
def test_forces_firing_on_a_sit_in_is_excessive_force(make_document: Any, text: str) -> None:
    assert kind_of(make_document, text, "fire") == "Excessive force against protesters"


def test_firing_on_people_who_are_not_protesting_is_not_excessive_force(make_document: Any) -> None:
    text = "Police opened fire on a car that failed to stop at a checkpoint, killing the driver."
    assert kind_of(make_document, text, "fire") != "Excessive force against protesters"


# ---------------------------------------------------------------- who retakes the ground


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Army troops backed by tribal militias recaptured the river port of Kamara from the insurgents on Friday.",
            "Government regains territory",
        ),
        (
            "Rebels backed by foreign mercenaries recaptured the mining town of Dalo from the army on Friday.",
            "Non-state actor overtakes territory",
        ),
    ],
)
def test_the_doer_of_a_recapture_decides_the_side(make_document: Any, text: str, expected: str) -> None:
    assert kind_of(make_document, text, "recaptured") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Government soldiers took the market town of Beru after two days of heavy fighting.",
            "Government regains territory",
        ),
        ("The army is said to have taken most of the hill district on Monday.", "Government regains territory"),
    ],
)
def test_forces_taking_a_town_win_territory(make_document: Any, text: str, expected: str) -> None:
    word = "took" if "took" in text else "taken"
    assert kind_of(make_document, text, word) == expected


def test_taking_people_to_a_town_is_no_capture(make_document: Any) -> None:
    assert kind_of(make_document, "Soldiers took the injured villagers to a town hospital.", "took") is None


# ---------------------------------------------------------------- a mob's word among the victims


def test_gunmen_killing_vigilantes_is_not_mob_violence(make_document: Any) -> None:
    text = "Gunmen shot dead four members of a local vigilante group at a checkpoint outside Talo."
    assert kind_of(make_document, text, "shot") not in {"Mob violence", None}


def test_killings_by_vigilantes_are_mob_violence(make_document: Any) -> None:
    text = "Four men accused of witchcraft were hacked to death by vigilantes in the village, police said."
    assert kind_of(make_document, text, "hacked") == "Mob violence"
