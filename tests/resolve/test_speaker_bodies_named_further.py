"""A body the lead describes ("a farmers' group", "the company") is the one the article names further on: past another
source when the name has the description's member noun ("a farmers' group" -> the "... Farmers Alliance" that speaks
two sources later), and by a name the model labels an organisation with no kind word of its own ("the company" ->
"Petrocondor said"), whose statement is then that body's too (invented articles)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "NAIROBI (Reuters) - Police beat and detained 14 traders at a market in Eldoret on Monday, a farmers' "
            "group said.\n\nThe county government said it had ordered the market closed for repairs. The Rift Valley "
            "Farmers Alliance said on Tuesday that six of the traders were still being held.",
            "Rift Valley Farmers Alliance",
        ),
        (
            "DHAKA (AP) - Police fired rubber bullets at striking garment workers in Gazipur on Sunday, wounding at "
            "least 12 people, a workers' union said.\n\nThe Labour Ministry said talks would resume on Tuesday. The "
            "National Garment Workers Federation said two of the wounded were in a serious condition.",
            "National Garment Workers Federation",
        ),
    ],
)
def test_a_described_body_is_the_later_source_named_with_its_member_noun(
    speakers_of: Any, text: str, body: str
) -> None:
    speakers = speakers_of(text)
    assert speakers[0] == body
    assert speakers[-1] == body


def test_the_company_is_the_organisation_the_next_source_names(speakers_of: Any) -> None:
    text = (
        "QUITO, May 4 (Reuters) - Gunmen set fire to six trucks at an oil camp in Ecuador's Sucumbios province late on "
        "Friday, the company said.\n\nThe attackers arrived on motorbikes and ordered the drivers out, "
        'Petrocondor said in a statement on Saturday. "Our drivers were lucky to escape alive," the statement said.'
    )
    assert speakers_of(text) == ["Petrocondor"] * 3


def test_a_kind_word_that_opens_a_sentence_names_no_body(speakers_of: Any) -> None:
    text = (
        "LUSAKA (AP) - Police detained an opposition councillor in Kitwe on Friday.\n\n"
        'Party leader Mwila Banda said the arrest was "pure intimidation." His party says 12 of its members are '
        "still held."
    )
    assert "Party" not in speakers_of(text)


def test_the_charity_is_the_acronym_its_own_sentence_names(speakers_of: Any) -> None:
    text = (
        "BAMAKO, March 3 (AFP) - Gunmen seized two nurses near Douentza on Sunday, a medical charity said.\n\n"
        "The team from KONAMA was driving back from a clinic when their car was stopped, the charity said."
    )
    assert speakers_of(text)[-1] == "KONAMA"
