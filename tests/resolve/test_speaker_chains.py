"""A body named in full once and then by its initials or by what it is, and a role named with its person: the
speaker is the name the article gives (invented articles, each kind written three ways)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LOME, May 3 (AFP) - Security forces detained three journalists in the Togolese capital on Sunday, "
            "a press freedom group said.\n\n"
            "The reporters were seized at a radio station in the Be district, the Union of Independent Journalists "
            "of Togo (UJIT) said in a statement. It said no charge had been brought.\n\n"
            "Five reporters have been held this year, according to the UJIT.",
            ["Union of Independent Journalists of Togo"] * 4,
        ),
        (
            "NAIROBI (Reuters) - Police shot dead two protesters in the western city of Kisumu on Tuesday, the "
            "Kenya Human Rights Commission, or KHRC, said.\n\n"
            "KHRC said it had the names of both men and would take the case to court.",
            ["Kenya Human Rights Commission"] * 2,
        ),
        (
            "Two organisers of a Malian youth movement were arrested in Bamako overnight, the movement said on "
            "Thursday.\n\n"
            "Both men belong to the leadership of the Collective of Citizens for Change (CCC), the CCC said, "
            "adding that their families had not been told where they were held.",
            ["Collective of Citizens for Change"] * 3,
        ),
        (
            "LIMA (Reuters) - Police fired tear gas at striking miners on Monday, injuring 12 people, the region's "
            "ambulance service said.\n\n"
            "Three of the injured were in a serious condition, the service, known as SAMU, said on Tuesday.",
            ["SAMU", "SAMU"],
        ),
        (
            "MANILA (AP) - Soldiers and rebels of the Bangsamoro Liberation Front (BLF) agreed a truce on Friday "
            "in talks in Davao, the government said.\n\n"
            "The BLF said in a statement that it would respect the truce.",
            ["the government", "BLF"],
        ),
    ],
)
def test_a_body_named_by_its_initials_or_its_kind_is_its_full_name(
    speakers_of: Any, text: str, expected: list[str]
) -> None:
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NIAMEY (AFP) - Seven soldiers were killed on Sunday when their convoy was ambushed, the army said.\n\n"
            "Army chief of staff General Salifou Mainassara said in a statement that the attackers had fled "
            "towards the border.",
            ["the army", "Salifou Mainassara"],
        ),
        (
            "KAMPALA (Reuters) - Gunmen killed four traders on a highway in northern Uganda on Friday, "
            "Uganda's army spokesman said.\n\n"
            "Brigadier Felix Kato said the gunmen had crossed from South Sudan.",
            ["Felix Kato", "Felix Kato"],
        ),
        (
            "ACCRA (Reuters) - Ghana and Togo signed a border deal in Lome on Monday. Ghana's deputy foreign minister "
            "said the deal would be carried out in full. Ama Boateng added that a joint committee would meet in "
            "Accra next week.",
            ["Ama Boateng", "Ama Boateng"],
        ),
    ],
)
def test_a_role_is_the_person_the_article_names_with_it(speakers_of: Any, text: str, expected: list[str]) -> None:
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "DAR ES SALAAM (Reuters) - Unknown men set fire to the offices of the opposition party Umoja in Mwanza "
            'on Friday, the party said.\n\nThe party had planned to show a film, "The Drums and the Vote", at the '
            "office on Saturday.",
            "Umoja",
        ),
        (
            "Gunmen raided the offices of the farmers' union Kisan Ekta in Patna overnight, the union said. The "
            'union was due to launch a campaign, "Harvest of Justice", on Monday.',
            "Kisan Ekta",
        ),
        (
            "ASUNCION (AP) - Police broke up a sit-in by the students' movement Frente Joven on Tuesday, the "
            'movement said. Its members had been singing a song, "Bread and Books", outside the ministry.',
            "Frente Joven",
        ),
    ],
)
def test_a_title_in_quotation_marks_names_no_body(speakers_of: Any, text: str, expected: str) -> None:
    assert speakers_of(text)[0] == expected
