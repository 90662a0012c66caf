"""Words a cue seems to report that no one says: a request for anonymity with its own clause, a name a place is
called by without quotation marks, what people are (not) accused of in a participle after their noun (invented
wire copy, each kind written three ways)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            'VIENTIANE (AP) — A friend said the activist was pushed into a van. "He shouted his name so people would '
            'remember it," the friend told the group, asking that her name not be published.',
            "He shouted his name",
        ),
        (
            'TUNIS (Reuters) - A teacher said police beat students outside the school. "They hit the children with '
            'batons," the teacher told Reuters, requesting that he not be identified for fear of reprisals.',
            "They hit the children",
        ),
        (
            'HARARE (AFP) - "Nobody came to help us," a miner told AFP by telephone, asking that his real name be '
            "withheld.",
            "Nobody came to help us",
        ),
    ],
)
def test_a_request_for_anonymity_is_no_statement(quotes_of: Any, text: str, kept: str) -> None:
    contents = [q.span.text_of(text) for q in quotes_of(text)]
    assert any(kept in c for c in contents)
    assert not any(("name" in c and ("published" in c or "withheld" in c)) or "identified" in c for c in contents)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "TOKYO (Reuters) - Japan protested to Beijing on Monday. Arakawa raised the presence of Chinese ships "
            'near the Senkaku Islands, which China calls the Diaoyu. "We will not accept this," he said.',
            "Diaoyu",
        ),
        (
            "BUENOS AIRES (Reuters) - Officials met in London on Tuesday to discuss fishing rights around the "
            "Falkland Islands, which Argentina calls the Malvinas.",
            "Malvinas",
        ),
        (
            "SEOUL (AP) — Two fishing boats collided near the islets of Dokdo, which Japan calls Takeshima, on Sunday.",
            "Takeshima",
        ),
    ],
)
def test_a_name_a_place_is_called_is_no_statement(quotes_of: Any, text: str, name: str) -> None:
    assert not any(q.span.text_of(text).removeprefix("the ").strip(" .,") == name for q in quotes_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "DHAKA (Reuters) - The deal was signed on Tuesday. Under its terms, the fighters will hand in their weapons "
        "and the government will drop cases against members not accused of killings.",
        "LAGOS (AP) — The amnesty was announced in Abuja. It covers fighters not accused of rape or murder and gives "
        "each of them a stipend.",
        "MANILA (Reuters) - The court ruled on Monday. Police then released three farmers wrongly accused of arson "
        "and returned their land.",
    ],
)
def test_what_people_are_accused_of_after_their_noun_is_no_statement(quotes_of: Any, text: str) -> None:
    assert quotes_of(text) == ()
