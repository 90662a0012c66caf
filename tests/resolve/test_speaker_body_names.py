"""A body's name as the gold convention writes it, and what is no body: a one-name body described after its name
keeps the name without the description ("the Viasna human rights centre" -> Viasna), a place is no body's name
("the group says" is not the town it spoke of), and "the committee" far from the committee's last words is still
that committee (invented articles, each kind written three ways)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "JERUSALEM (Reuters) - A rocket hit a bus stop in Sderot on Monday, wounding four people, Israel's "
            "Magen David Adom ambulance service said.",
            ["Magen David Adom"],
        ),
        (
            "MINSK (Reuters) - Belarusian police detained six activists in Brest this week, the Viasna human rights "
            "centre said on Thursday.",
            ["Viasna"],
        ),
        (
            "LAGOS (Reuters) - Soldiers fired on a crowd in Onitsha on Sunday, killing three people, the "
            "Intersociety human rights group said.",
            ["Intersociety"],
        ),
        (
            "NAIROBI (Reuters) - Police arrested 11 protesters in Kisumu, the Muungano legal aid centre said.",
            ["Muungano"],
        ),
    ],
)
def test_name_without_its_description(speakers_of: Any, text: str, expected: list[str | None]) -> None:
    assert speakers_of(text) == expected


def test_a_town_is_no_group(speakers_of: Any) -> None:
    text = (
        "BEIRUT, March 2 (Reuters) - A drone struck a car on the edge of Nabatieh late on Sunday, killing two men.\n\n"
        "Lebanon's Hezbollah movement said the men were its fighters. Its spokesman, Ali Fadel, said in a televised "
        'speech that the strike had hit "a civilian street" in Nabatieh. The group says it will answer every attack.'
    )
    assert "Nabatieh" not in speakers_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW, May 5 (Reuters) - Security forces killed three suspected militants near Karabulak, a town in the "
        "republic of Ingushetia, the National Anti-Terrorism Committee said on Tuesday.\n\n"
        "The committee said the men had opened fire when officers surrounded a house. Residents said the shooting "
        "lasted two hours.\n\n"
        "The committee named one of the men only by a nickname and said he had trained in Syria.",
        "TBILISI (Reuters) - Police detained 40 people at a rally outside parliament, the Central Election "
        "Commission said, after a vote count in the town of Zugdidi.\n\n"
        "Residents said the count was stopped twice. Opposition leaders called for a recount in the western "
        "region of Samegrelo, where turnout was low.\n\n"
        "The commission later published the results and said the vote in Zugdidi would stand.",
        "ADDIS ABABA (AFP) - Gunmen killed six aid workers near Gambela, a town in the Gambela region, the "
        "Ethiopian Human Rights Commission said.\n\n"
        "Local officials said the workers had been travelling to a camp for refugees. Witnesses said the "
        "gunmen fled toward the border with South Sudan, about 40 km away.\n\n"
        "The commission called for an inquiry and said aid convoys in the region needed protection.",
    ],
)
def test_the_body_far_from_its_name(speakers_of: Any, text: str) -> None:
    speakers = speakers_of(text)
    assert speakers[0] is not None and speakers[-1] == speakers[0]


def test_a_news_agency_keeps_its_kind(speakers_of: Any) -> None:
    text = (
        "TEHRAN (Reuters) - Two people were killed in a blast at a fuel depot in the port of Bandar Abbas, the "
        "semi-official Mehr news agency said."
    )
    assert speakers_of(text)[0].endswith("Mehr news agency")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "MINSK (Reuters) - Belarus holds about 1,100 political prisoners, according to Viasna, whose founder, "
            "Nobel Peace Prize laureate Ales Bialiatski, was freed in 2025.",
            "Viasna",
        ),
        (
            "MOSCOW (Reuters) - At least 300 people were detained at the rallies, according to OVD-Info, whose "
            "co-founder, Grigory Melkonyants, is in prison.",
            "OVD-Info",
        ),
        (
            "CARACAS (AP) — The country holds more than 800 political prisoners, according to Foro Penal, whose "
            "director, lawyer Alfredo Romero, spoke at a news conference on Monday.",
            "Foro Penal",
        ),
    ],
)
def test_a_body_not_the_person_of_its_whose_clause(speakers_of: Any, text: str, body: str) -> None:
    assert set(speakers_of(text)) == {body}


def test_a_hospital_is_no_group(speakers_of: Any) -> None:
    text = (
        "JERUSALEM (Reuters) - A drone hit a warehouse in the port city of Ashdod, wounding nine people. Assuta "
        "Medical Center said four more had arrived with light injuries.\n\n"
        "Yemen's Houthi movement claimed the attack. Its military spokesman, Yahya Saree, said in a statement that "
        'the group had targeted "a vital site". The group says its attacks support Palestinians in Gaza.'
    )
    assert speakers_of(text)[-1] != "Assuta Medical Center"
