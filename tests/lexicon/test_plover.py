"""PLOVER's current 16 categories: no FIGHT or CRIME, modes where the text gives them, withdrawal is RETREAT."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.lexicon import events as lex
from eventwire.lexicon.plover import CATEGORIES, MODES, mode_of
from eventwire.pipeline import EVENTS


def test_every_kind_in_the_lexicon_is_one_of_the_sixteen_categories() -> None:
    kinds = [v for v in vars(lex).values() if isinstance(v, lex.EventKind)]
    assert len(CATEGORIES) == 16 and "FIGHT" not in CATEGORIES and "CRIME" not in CATEGORIES
    assert kinds and all(k.plover in CATEGORIES for k in kinds)
    assert all(k.plover_mode is None or k.plover_mode in MODES[k.plover] for k in kinds)


@pytest.mark.parametrize(
    ("text", "plover", "mode"),
    [
        ("Russian jets bombed a market in the town on Monday.", "ASSAULT", "aerial"),
        ("Soldiers clashed with rebels near the airport on Monday.", "ASSAULT", None),
        ("Militants shelled the town with mortars on Monday.", "ASSAULT", "shelling"),
        ("Gunmen shot dead two villagers in the district on Monday.", "ASSAULT", "firearms"),
        ("Government troops withdrew from their positions near the border on Monday.", "RETREAT", "withdraw"),
        ("Government troops withdrew on Monday, the army said.", "RETREAT", "withdraw"),
    ],
)
def test_events_carry_a_current_category_and_its_mode(run_stages: Any, text: str, plover: str, mode: str) -> None:
    document = run_stages(text, "events", published="2022-03-09")
    (event, *_) = document.get(EVENTS)
    assert (event.plover, event.plover_mode) == (plover, mode)


def test_an_attack_takes_its_mode_from_its_word() -> None:
    assert mode_of(lex.ATTACK, "stabbed") == "primitive weapons"
    assert mode_of(lex.ATTACK, "attacked") is None
    assert mode_of(lex.AIR_STRIKE, "strike") == "aerial"
    assert mode_of(lex.PEACEFUL_PROTEST, "shot") is None
