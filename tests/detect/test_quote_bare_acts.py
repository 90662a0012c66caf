"""Output quotes that are no statement, by kind (invented wire copy): speech acts with no content of their own
(a confirmation of an event alone, a figure
not disclosed, an event convened, an oath, an appeal for calm), a crowd's chant, the words of a banner or sign, an
appeal to the public for information; and what an appeal to someone asks them to do with whom it asks ("called on all
sides to ..."), and a sentence that ends in a one-letter word ("wrote on X.")."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.detect.sentences import sentences


def contents(quotes_of: Any, text: str) -> list[str]:
    return [q.span.text_of(text) for q in quotes_of(text)]


@pytest.mark.parametrize(
    ("text", "unsaid"),
    [
        (
            "BAMAKO (Reuters) - A military spokesman confirmed the raid but gave no toll. Residents said nine "
            "soldiers had been killed.",
            "the raid",
        ),
        (
            "LAGOS (AP) - The police commissioner said officers had arrested four men. He did not confirm the "
            "number of people wounded in the raid.",
            "the number of people wounded",
        ),
        (
            "ACCRA (Reuters) - Teachers' unions have called a nationwide strike for Monday over unpaid wages.",
            "a nationwide strike",
        ),
        (
            "MANILA (AFP) - The militia, which pledged allegiance to a jihadist network in 2019, has lost most "
            "of its fighters.",
            "allegiance to a jihadist network",
        ),
        (
            'LYON (AFP) - The boy\'s family called for calm. "We want justice, not riots," his uncle said.',
            "for calm",
        ),
    ],
)
def test_a_speech_act_with_no_content_is_no_statement(quotes_of: Any, text: str, unsaid: str) -> None:
    assert not any(unsaid in c for c in contents(quotes_of, text))


@pytest.mark.parametrize(
    ("text", "chant"),
    [
        (
            'SUVA (AP) - Police fired tear gas at the crowd, which had marched from the port chanting "Release '
            'them now" and blocked the main road. "We will come back tomorrow," a student leader said.',
            "Release them now",
        ),
        (
            "LISBON (Reuters) - Hundreds of nurses, many of them in uniform, waved flags and chanted "
            '"Fair pay, safe wards!" outside the ministry.',
            "Fair pay, safe wards",
        ),
    ],
)
def test_a_chant_is_no_statement(quotes_of: Any, text: str, chant: str) -> None:
    assert not any(chant in c for c in contents(quotes_of, text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            'RIGA (AFP) - Thousands marched to the parliament. One placard read "Our forests are not for sale." '
            "Police estimated the crowd at 20,000.",
            "Our forests are not for sale",
        ),
        (
            'QUITO (Reuters) - Drivers blocked the highway, carrying banners that read "Diesel for the poor", '
            'and a union leader said: "We will not move."',
            "Diesel for the poor",
        ),
    ],
)
def test_the_words_of_a_banner_are_no_statement(quotes_of: Any, text: str, words: str) -> None:
    found = contents(quotes_of, text)
    assert not any(words in c for c in found)


@pytest.mark.parametrize(
    "text",
    [
        "MEMPHIS, Tenn. (AP) - Two men were shot outside a bar late Saturday. Police asked anyone with video of the "
        "shooting to contact detectives.",
        "LEEDS (Reuters) - A woman was stabbed on a bus on Friday. Officers urged witnesses to come forward.",
    ],
)
def test_an_appeal_for_information_is_no_statement(quotes_of: Any, text: str) -> None:
    assert not any("contact" in c or "come forward" in c for c in contents(quotes_of, text))


def test_a_call_on_someone_reports_whom_and_what_they_are_asked_to_do(quotes_of: Any) -> None:
    text = (
        'TRIPOLI (Reuters) - Rockets hit a market on Sunday. The UN mission called on all sides to "stop the '
        'fighting and let the wounded leave."'
    )
    found = contents(quotes_of, text)
    assert any("on all sides" in c and "stop the fighting" in c for c in found)


def test_a_sentence_ends_after_a_one_letter_word(make_document: Any) -> None:
    text = (
        "The minister wrote on X. He said the police would find the gunmen. Spokesman K. Lal Singh confirmed the "
        "arrests."
    )
    found = [s.span.text_of(text) for s in sentences(make_document(text))]
    assert found[0] == "The minister wrote on X."
    assert any(s.startswith("Spokesman K. Lal Singh") for s in found)


def test_one_persons_chant_is_kept(quotes_of: Any) -> None:
    text = 'DENVER (AP) - The candidate walked onto the stage, chanting "Four more years!" with both arms raised.'
    assert any("Four more years" in c for c in contents(quotes_of, text))
