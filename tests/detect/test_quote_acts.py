"""Speech acts whose object states nothing: a condemned act, a blamed party with a gloss (invented articles, each
kind written three ways)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.model import QuoteMention
from eventwire.pipeline import QUOTES


@pytest.fixture
def contents_of(run_stages: Any) -> Any:
    def run(text: str) -> list[str]:
        found: tuple[QuoteMention, ...] = run_stages(text, "quotes").get(QUOTES)
        return [q.span.text_of(text) for q in found]

    return run


@pytest.mark.parametrize(
    ("text", "unsaid"),
    [
        (
            "The Human Rights Commission condemned the attack and said at least nine people had died.",
            "the attack",
        ),
        ("Kenya's bishops on Sunday denounced the killings, calling for an inquiry.", "the killings"),
        ("In a statement, the United Nations mission in Mali deplored the violence in Gao.", "the violence"),
        (
            'Carvajal blamed a dissident faction of the Popular Army, known locally as "the Ninth Front." The '
            "group did not comment.",
            "a dissident faction",
        ),
        (
            "The governor blamed a splinter group of the Lord's Resistance Army, which calls itself \"the "
            'Light." Nobody claimed the raid.',
            "a splinter group",
        ),
    ],
)
def test_an_act_condemned_or_a_party_blamed_is_no_quote(contents_of: Any, text: str, unsaid: str) -> None:
    assert not [c for c in contents_of(text) if unsaid in c]


def test_a_condemnation_that_says_what_the_act_was_is_a_quote(contents_of: Any) -> None:
    text = 'The party condemned the raid as "an act of state terror" on Monday.'
    assert any("act of state terror" in c for c in contents_of(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'The convoy, part of an offensive the navy calls "Sea Shield," was heading for the port of Beira.',
            "Sea Shield",
        ),
        (
            'Police began a search, dubbed "Operation Dawn of Kitgum", in the hills on Friday.',
            "Operation Dawn of Kitgum",
        ),
        (
            'Fighters of a militia that residents call "Los Halcones" burned three houses, the mayor said.',
            "Los Halcones",
        ),
    ],
)
def test_a_name_given_by_a_naming_verb_is_no_quote(contents_of: Any, text: str, name: str) -> None:
    assert name not in [c.strip(" \"',.") for c in contents_of(text)]


def test_a_judgement_given_by_calling_is_a_quote(contents_of: Any) -> None:
    text = 'The bishop condemned the raid, which he called "a massacre of the innocent", on Sunday.'
    assert any("massacre" in c for c in contents_of(text))
