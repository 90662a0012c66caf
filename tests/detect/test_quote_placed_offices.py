"""A body that the article places with "in" keeps its place in its name when the name alone names no one body:
an office abroad ("the U.N. mission in Mali", "the Norwegian embassy in Nairobi") or a generic proper name ("the
Regional Hospital in Tamale"); a name of its own ("the Ruhengeri Referral Hospital in Musanze") is that body's."""

import pytest

import eventwire


def _speakers(text: str) -> list[str | None]:
    result = eventwire.extract(text, published="2026-03-02")
    return [q.speaker.name.removeprefix("the ").removeprefix("The ") if q.speaker else None for q in result.quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Fighting displaced 3,000 families in the district last week, according to the U.N. mission in Mali.",
            "U.N. mission in Mali",
        ),
        (
            'The Norwegian embassy in Nairobi said it was "deeply concerned" by the arrests.',
            "Norwegian embassy in Nairobi",
        ),
        (
            "The United States' embassy in Bamako condemned the attack and urged restraint.",
            "United States' embassy in Bamako",
        ),
        (
            "Rescuers pulled 11 bodies from the rubble, the Red Crescent office in Aleppo said on Sunday.",
            "Red Crescent office in Aleppo",
        ),
    ],
)
def test_an_office_abroad_keeps_its_place(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Two people died of their wounds overnight, said the Regional Hospital in Tamale, where the injured were "
            "taken.",
            "Regional Hospital in Tamale",
        ),
        (
            "Five patients were in critical condition, according to the Central Hospital in Lubango.",
            "Central Hospital in Lubango",
        ),
    ],
)
def test_a_generic_name_keeps_its_place(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_name_of_its_own_does_not_take_the_place() -> None:
    text = "The Ruhengeri Referral Hospital in Musanze said four of the wounded were children."
    assert _speakers(text) == ["Ruhengeri Referral Hospital"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The clashes went on for much of the night, the army's Second Division said in a statement.",
            "army's Second Division",
        ),
        ("The navy's Pacific Fleet said two sailors were missing after the blast.", "navy's Pacific Fleet"),
        (
            "Three suspects were arrested on Monday, according to the police's Criminal Investigation Department.",
            "police's Criminal Investigation Department",
        ),
        (
            "Four militants were killed in the raid, the ministry's Counter-Terrorism Unit said.",
            "ministry's Counter-Terrorism Unit",
        ),
    ],
)
def test_a_bodys_unit_keeps_its_owner(text: str, speaker: str) -> None:
    # A unit named with its body's possessive is that body's unit, not the body ("the army") nor a bare "Fleet".
    assert _speakers(text) == [speaker]
