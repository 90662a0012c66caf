"""Event typing, session 18 kinds (invented fixtures): a stun or smoke grenade is a crowd-control munition, no
explosion (used on a gathering, a protest with intervention); an attack "pushed back" is repelled, no territory
taken; an arrest is political by the words of the people held, not by any word of its sentence."""

from __future__ import annotations

from typing import Any

from eventwire.detect.events import event_mentions


def kinds_of(make_document: Any, text: str, word: str) -> list[str | None]:
    return [
        t.kind.sub_event_type if t.kind is not None else None
        for t in event_mentions(make_document(text))
        if t.span.text_of(text) == word
    ]


def test_stun_grenades_fired_at_demonstrators_are_an_intervention(make_document: Any) -> None:
    text = (
        "Riot police fired stun grenades and water cannon on Monday to disperse thousands of demonstrators outside "
        "parliament in Tbilisi, the interior ministry said."
    )
    assert kinds_of(make_document, text, "grenades") == ["Protest with intervention"]


def test_smoke_grenades_used_on_students_blocking_a_bridge_are_an_intervention(make_document: Any) -> None:
    text = "Police used smoke grenades on Sunday against students who had blocked a bridge in Novi Sad."
    assert kinds_of(make_document, text, "grenades") == ["Protest with intervention"]


def test_a_grenade_thrown_at_a_checkpoint_is_still_a_grenade(make_document: Any) -> None:
    text = "A militant threw a grenade at a police checkpoint in Kabul on Sunday, wounding three officers."
    kinds = [t.kind.sub_event_type for t in event_mentions(make_document(text)) if t.kind is not None]
    assert "Grenade" in kinds


def test_attackers_pushed_back_take_no_territory(make_document: Any) -> None:
    text = (
        "The attackers came on motorbikes from across the river and were pushed back after reinforcements arrived, "
        "the army said."
    )
    assert kinds_of(make_document, text, "pushed") == []


def test_rebels_pushed_back_out_of_a_town_lose_it(make_document: Any) -> None:
    text = "Government troops pushed back the rebels from the town of Kalehe on Sunday, the army said."
    assert kinds_of(make_document, text, "pushed") == ["Government regains territory"]


def test_officers_who_arrest_men_in_a_bar_make_no_political_arrest(make_document: Any) -> None:
    text = "Police officers arrested five men in a raid on a bar in Nairobi on Sunday, police said."
    assert kinds_of(make_document, text, "arrested") == []


def test_opposition_activists_arrested_are_a_political_arrest(make_document: Any) -> None:
    text = "Police arrested 12 opposition activists in Harare on Sunday, their lawyer said."
    assert kinds_of(make_document, text, "arrested") == ["Arrests"]


def test_fighters_pushed_back_from_their_strongholds_lose_ground(make_document: Any) -> None:
    text = "The rebels were pushed back from their strongholds in the hills north of the city by army units."
    assert kinds_of(make_document, text, "pushed") == ["Government regains territory"]
