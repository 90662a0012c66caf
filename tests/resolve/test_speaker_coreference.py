"""Descriptions given as a quote's source resolved to the named person or organisation they corefer with
(invented articles; each kind of description in general, not one report)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.model import QuoteMention
from eventwire.pipeline import QUOTES


@pytest.fixture
def names_of(run_stages: Any) -> Any:
    def run(text: str) -> list[str | None]:
        found: tuple[QuoteMention, ...] = run_stages(text, "quotes").get(QUOTES)
        return [q.speaker.name if q.speaker is not None else None for q in found]

    return run


def test_a_body_named_in_the_lead_sentence_is_the_agency_that_speaks_there(names_of: Any) -> None:
    text = (
        "Thieves emptied a United Nations Food Agency depot in the town of Velmora on Monday night, taking 90 "
        "tonnes of maize, the U.N. agency said on Tuesday.\n\n"
        "Guards were tied up and locked in an office, the agency's local director, Tomas Varga, said."
    )
    assert names_of(text)[0] == "United Nations Food Agency"


def test_the_dateline_outlet_is_no_antecedent(names_of: Any) -> None:
    text = (
        "VELMORA, May 2 (Reuters) - Thieves emptied a grain depot in Velmora on Monday night, the agency said.\n\n"
        "Guards were tied up, a police officer said."
    )
    assert names_of(text)[0] == "the agency"


def test_the_group_is_the_body_that_spoke_just_before(names_of: Any) -> None:
    text = (
        "Gunmen seized three teachers on Monday near Velmora, the charity that runs their school said.\n\n"
        "The teachers were taken from a minibus at a roadblock, according to Ecole Pour Demain. The group said "
        "it had closed two schools in the area."
    )
    assert names_of(text) == ["Ecole Pour Demain", "Ecole Pour Demain", "Ecole Pour Demain"]


def test_the_group_is_not_a_body_of_another_kind_named_before(names_of: Any) -> None:
    text = (
        "Velmora Savings suspended the accounts on Monday, the bank said. The broadcaster said its staff had not "
        "been paid since."
    )
    assert names_of(text)[1] == "The broadcaster"


def test_a_person_the_article_titles_is_no_antecedent_of_the_group(names_of: Any) -> None:
    text = "Mayor Anna Kowalski said the bridge had been closed. The group said it would sue the city over the closure."
    assert names_of(text)[1] == "The group"


def test_a_name_with_a_capitalised_preposition_is_kept_whole(names_of: Any) -> None:
    text = (
        "Armed men looted the hospital in Velmora on Wednesday, stealing medicines and forcing staff to flee, the "
        "medical charity that supports the hospital said on Friday.\n\n"
        "Engineers Without Frontiers said the men took medicines and a generator. No one was hurt, it said."
    )
    assert names_of(text) == ["Engineers Without Frontiers"] * 3


def test_a_leader_in_the_lead_is_the_next_source_who_heads_something(names_of: Any) -> None:
    text = (
        "A car bomb killed nine people at a market in Velmora late Saturday, a local vigilante leader said on Sunday."
        "\n\nOmar Dallo, who heads the Velmora Defence Committee, said 20 people were wounded."
    )
    assert names_of(text) == ["Omar Dallo", "Omar Dallo"]


def test_a_role_called_by_a_shorter_role_then_named_takes_the_name(names_of: Any) -> None:
    text = (
        "A spokesman for the Archdiocese of Velmora said the kidnappers had asked for money. "
        '"We will not pay," the spokesman said. The spokesman, Father Jonas Mbeki, said the parish school '
        "would stay closed."
    )
    assert names_of(text) == ["Jonas Mbeki"] * 3


def test_a_second_who_clause_names_the_witness(names_of: Any) -> None:
    text = (
        "A woman who sells fish near the harbour, who gave her name only as Amina, said the fire began at dawn. "
        '"We lost everything," she said.'
    )
    assert names_of(text) == ["Amina", "Amina"]


def test_a_body_known_as_a_name_is_that_name(names_of: Any) -> None:
    text = (
        "The movement's wing in the south, known as the Velmora Liberation Front, claimed the attack in a "
        "statement, saying its fighters had hit an army post."
    )
    assert names_of(text) == ["Velmora Liberation Front"]
    text = text.replace("the Velmora Liberation Front", "Islamic State Velmora Province")
    assert names_of(text) == ["Islamic State Velmora Province"]


def test_a_given_name_alone_is_the_full_name_written_before(names_of: Any) -> None:
    text = (
        "The head of the peace panel, Anan Sukchai, said both sides had signed the text. "
        'Anan told reporters: "This is the first step."'
    )
    assert names_of(text) == ["Anan Sukchai", "Anan Sukchai"]


def test_a_clause_hung_on_a_relative_clause_is_the_outer_speakers(names_of: Any) -> None:
    text = "The Velmora Front said in a statement on a website it uses that its fighters had shot down a drone."
    assert names_of(text) == ["Velmora Front"]


def test_a_role_named_at_the_start_of_the_next_sentence_takes_the_name(names_of: Any) -> None:
    text = (
        '"We lost everything in one hour," said a trader. Amina Okello, 34, said the fire started in a food '
        "stall at dawn."
    )
    assert names_of(text) == ["Amina Okello", "Amina Okello"]
    text = text.replace("Amina Okello, 34,", "Amina Okello, a farmer,")  # someone else, with a role of her own
    assert names_of(text) == ["a trader", "Amina Okello"]


def test_the_aid_group_after_a_body_named_with_its_article(names_of: Any) -> None:
    text = "Rescue workers pulled two bodies from the rubble, the Red Crescent said. The aid group said 14 were hurt."
    assert names_of(text) == ["the Red Crescent", "the Red Crescent"]


def test_a_witness_then_the_witness_named_take_the_name(names_of: Any) -> None:
    text = (
        'A witness said the attackers came at dawn. "They shot everyone," the witness said. The witness, Hassan '
        "Ali, said he hid in a ditch."
    )
    assert names_of(text) == ["Hassan Ali"] * 3


def test_the_lead_s_party_is_the_party_the_next_source_names_and_its_pronoun_too(names_of: Any) -> None:
    text = (
        "DAKAR, Jan 5 (Reuters) - Police arrested the opposition leader at his home in Dakar overnight, the party "
        "said on Sunday.\n\n"
        'The Patriots for Renewal party said officers broke down the door before dawn. "This is a political '
        'kidnapping," it said in a statement.'
    )
    assert names_of(text) == ["Patriots for Renewal"] * 3


def test_a_pronoun_between_the_lead_s_role_and_its_name_takes_the_name(names_of: Any) -> None:
    text = (
        "A car bomb killed nine people at a market in Velmora late Saturday, a local vigilante leader said on Sunday."
        ' "We counted the bodies ourselves," he said.\n\n'
        "Omar Dallo, who heads the Velmora Defence Committee, said 20 people were wounded."
    )
    assert names_of(text) == ["Omar Dallo"] * 3


def test_a_body_s_name_with_a_small_word_inside_is_kept_whole(names_of: Any) -> None:
    text = "The Committee to Protect Journalists said the arrests of two reporters in Velmora were unlawful."
    assert names_of(text) == ["Committee to Protect Journalists"]
    text = "Physicians for Human Rights said the clinic in Velmora had been shelled twice."
    assert names_of(text) == ["Physicians for Human Rights"]


def test_a_description_with_a_name_in_it_is_not_the_body_that_spoke_before(names_of: Any) -> None:
    text = (
        "The toll rose to eight, according to the Velmora Observatory for Human Rights, a war monitor.\n\n"
        "The Islamic State group claimed responsibility in a statement, saying the attack had killed 20 soldiers."
    )
    assert names_of(text)[1] != "Velmora Observatory for Human Rights"
