"""Speakers that are bodies: named whole, descriptions resolved to the body the article names with them."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Kenya Never Again Human Rights Coalition, which is based in Nairobi, said it had recorded 40 deaths "
            "in police custody since June.",
            "Kenya Never Again Human Rights Coalition",
        ),
        (
            "In a statement, the Uganda Network for Prisoners' Rights said at least nine inmates had been beaten in "
            "the jail.",
            "Uganda Network for Prisoners' Rights",
        ),
        (
            "The Comisión de Derechos Humanos de Honduras said two of the detained men had not been seen since Friday.",
            "Comisión de Derechos Humanos de Honduras",
        ),
        (
            "Residents fled the town. Fundación Paz y Reconciliación said the armed group had recruited at least 40 "
            "minors there this year.",
            "Fundación Paz y Reconciliación",
        ),
    ],
)
def test_a_bodys_name_is_kept_whole_with_a_country_or_joining_words_inside(
    speakers_of: Any, text: str, name: str
) -> None:
    assert name in speakers_of(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police Chief John Mwangi said the suspects had fled towards the border.", "John Mwangi"),
        ("The hospital's director, Dr. Ana da Costa, told reporters that 12 people were treated.", "Ana da Costa"),
        ("Kenya's Interior Ministry said the curfew would be lifted on Monday.", "Interior Ministry"),
    ],
)
def test_a_persons_name_or_a_countrys_body_is_not_widened(speakers_of: Any, text: str, name: str) -> None:
    assert speakers_of(text) == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "National police spokesman Hendro Wibisono said the bomber had belonged to a local cell. Indonesia's "
            "counterterrorism unit, Densus 88, arrested four suspected members of the cell later on Friday, he said.",
            ["Hendro Wibisono", "Hendro Wibisono"],
        ),
        (
            "The regional governor, Amina Yusuf, visited the wounded on Tuesday. Two of the victims were children, she "
            "said. Nurse Fatima Bello had treated them through the night, she added.",
            ["Amina Yusuf", "Amina Yusuf"],
        ),
        (
            '"We found nothing," said Carlos Ortega, the village mayor. Soldiers under Captain Luis Mendez searched '
            "every house on Sunday, he said.",
            ["Carlos Ortega", "Carlos Ortega"],
        ),
    ],
)
def test_a_pronoun_is_never_a_name_its_own_quote_reports(speakers_of: Any, text: str, names: list[str]) -> None:
    assert speakers_of(text) == names


def test_a_pronoun_after_words_that_run_over_their_own_attribution_is_the_one_said_to_speak(speakers_of: Any) -> None:
    text = (
        "The students sat in front of the gate. Police spokesman Comr. Andi Pratama said officers had acted after the "
        'students refused to leave when their permit expired at 6 p.m. "We gave them three warnings," he said.'
    )
    assert "Andi Pratama" in speakers_of(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Police in Lima arrested three lawyers who had defended jailed farmers, their organization said on "
            "Thursday. Officers detained Ana Ruiz, a senior lawyer at the Centro de Defensa Legal, outside her office, "
            "the group said in a statement.",
            "Centro de Defensa Legal",
        ),
        (
            "Soldiers detained a radio reporter at a checkpoint near Goma late on Friday, the collective he works for "
            "said. He had covered fighting for the Collectif des Journalistes Libres since 2019, it said.",
            "Collectif des Journalistes Libres",
        ),
        (
            "A journalist was beaten by men in uniform in Conakry, the association said on Monday. Mamadou Bah, a "
            "member of the Guinean Press Association, was treated in hospital for head wounds, the group said.",
            "Guinean Press Association",
        ),
    ],
)
def test_a_bodys_description_is_the_body_the_article_names_with_it(speakers_of: Any, text: str, name: str) -> None:
    assert speakers_of(text) == [name, name]


def test_a_groups_description_is_no_state_body_nor_a_place(speakers_of: Any) -> None:
    text = (
        "Officers of the National Police raided a shelter in Sabha on Monday, the group said. It said 12 migrants "
        "were taken away."
    )
    assert speakers_of(text)[0] == "the group"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Three houses were burned in Kpalime, according to a village elder, who said the attackers came at dawn. "
            '"We lost everything," said the elder, Kossi Agbeko.',
            "Kossi Agbeko",
        ),
        (
            "The road to the mine was closed for two days, according to a local pastor, who said food was running "
            'short. "People are hungry," the pastor, Jean Mukendi, told Reuters.',
            "Jean Mukendi",
        ),
        (
            "Gunmen shot dead a driver outside the market on Friday, a local trader, who said she saw the attack, told "
            'AFP. "They did not even cover their faces," said the trader, Mariam Traore.',
            "Mariam Traore",
        ),
    ],
)
def test_a_role_said_twice_before_its_name_is_the_person_named_then(speakers_of: Any, text: str, name: str) -> None:
    assert speakers_of(text) == [name, name, name]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "A bomb killed five people at a bus station on Monday, officials said. The blast hit a minibus, the office "
            "of the regional governor said in a statement. It said 16 people were wounded.",
            "the office of the regional governor",
        ),
        (
            "Talks with the rebels will resume next month, the office of the prime minister said on Monday. It said a "
            "date would be set after consultations with mediators.",
            "the office of the prime minister",
        ),
        (
            "Two suspects were charged on Friday, police said. They face life terms, the bureau of the chief "
            "prosecutor said. It added that a third man was still being sought.",
            "the bureau of the chief prosecutor",
        ),
    ],
)
def test_an_office_of_an_office_holder_is_a_body_that_it_stands_for(speakers_of: Any, text: str, body: str) -> None:
    assert speakers_of(text)[-2:] == [body, body]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Critics, including the Ombudsman's Office, said the group had kept extorting farmers during previous "
            "ceasefires.",
            "Ombudsman's Office",
        ),
        (
            "Opposition parties, including the People's Democratic Movement, said the vote had been rigged in three "
            "provinces.",
            "People's Democratic Movement",
        ),
        (
            "Several residents, including Fatuma Hassan, told reporters that the water had been cut for a week.",
            "Fatuma Hassan",
        ),
    ],
)
def test_a_plural_source_speaks_by_the_one_member_it_names(speakers_of: Any, text: str, name: str) -> None:
    assert speakers_of(text) == [name]


def test_a_plural_source_naming_two_members_is_kept_as_written(speakers_of: Any) -> None:
    assert speakers_of("Donors, including Norway and Sweden, said they would suspend aid.") == ["Donors"]
