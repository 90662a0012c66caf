"""Where a direct quote begins and ends (``detect/quote_segments.py``), on invented articles in agency style."""

from __future__ import annotations

from typing import Any

from eventwire.model import QuoteCandidate, QuoteKind


def _texts(text: str, quotes: tuple[QuoteCandidate, ...]) -> list[str]:
    return [q.span.text_of(text) for q in quotes]


def test_a_quotation_split_by_its_attribution_is_one_quote_to_its_last_mark(quotes_of: Any) -> None:
    text = '"The bridge is safe," the engineer said. "We checked every bolt."'
    (quote,) = quotes_of(text)
    assert quote.span.text_of(text) == text
    assert quote.kind is QuoteKind.DIRECT


def test_a_quote_ends_before_a_sentence_that_is_not_its_attribution(quotes_of: Any) -> None:
    text = '"The bridge is safe," the engineer said. The crowd cheered. "We checked every bolt."'
    quotes = quotes_of(text)
    assert _texts(text, quotes) == ['"The bridge is safe,"']


def test_a_quote_does_not_swallow_the_next_speakers_quote(quotes_of: Any) -> None:
    text = '"We will reopen on Monday," the mayor said. "Not before the inspection," replied Olga Marsh.'
    quotes = quotes_of(text)
    assert _texts(text, quotes) == ['"We will reopen on Monday,"', '"Not before the inspection,"']
    assert [q.source.phrase.text_of(text) for q in quotes if q.source] == ["the mayor", "Olga Marsh"]


def test_a_quotation_left_open_runs_over_paragraphs_to_its_closing_mark(quotes_of: Any) -> None:
    text = (
        'The commander told reporters: "We lost two vehicles in the ambush.\n\n'
        '"The rest of the convoy reached the base before dark."\n\nThe army gave no other details.'
    )
    (quote,) = quotes_of(text)
    assert quote.span.text_of(text).startswith('"We lost two vehicles')
    assert quote.span.text_of(text).endswith('before dark."')


def test_a_paragraph_that_is_only_a_quotation_goes_on_with_the_speaker_before(quotes_of: Any) -> None:
    text = (
        '"The water came up in ten minutes," said Priya Nair, a shopkeeper.\n\n'
        '"By noon the whole street was a river and we had lost everything."\n\n'
        "Rescue teams reached the district on Tuesday."
    )
    first, second = quotes_of(text)
    assert second.span.text_of(text) == '"By noon the whole street was a river and we had lost everything."'
    assert second.source == first.source and second.provenance.rule == "next-paragraph"


def test_a_title_in_quotation_marks_is_not_more_of_the_quote(quotes_of: Any) -> None:
    text = '"We are not leaving," the senator said on "Morning Report."'
    quotes = quotes_of(text)
    assert _texts(text, quotes) == ['"We are not leaving,"']


def test_a_quotation_that_a_word_of_the_attribution_introduces_is_not_more_of_the_quote(quotes_of: Any) -> None:
    """'"...," Ellis said, raising a few questions, including, "Why ...?"': "including" makes the second
    quotation its object; the first quote ends at its own closing mark. A quotation after "said Ellis, speaking
    of the defences." is a new sentence of the same quote."""
    text = (
        '"We need a new plan," Ellis said, raising a few questions, including, "Why did the council wait so long? '
        'Who will pay?"'
    )
    assert [q.span.text_of(text) for q in quotes_of(text)] == ['"We need a new plan,"']
    text = '"We need a new plan," said Ellis, speaking of the flood defences. "It is long overdue."'
    assert [q.span.text_of(text) for q in quotes_of(text)] == [text]
