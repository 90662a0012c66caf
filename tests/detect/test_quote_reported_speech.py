"""Reported speech: coordinated cues, "as X said", clauses after a time phrase, and a content that never holds
its own speaker. Invented sentences."""

from __future__ import annotations

from typing import Any

from eventwire.detect.quote_contents import Content
from eventwire.detect.quote_regions import RegionIndex
from eventwire.detect.quoted_text import quoted_regions
from eventwire.detect.quotes import _outside_quotations, _without_source
from eventwire.model import QuoteCandidate, SourceMention, Span


def _read(text: str, quotes: tuple[QuoteCandidate, ...]) -> list[tuple[str, str | None, str | None]]:
    return [
        (
            q.span.text_of(text),
            q.cue.text_of(text) if q.cue else None,
            q.source.phrase.text_of(text) if q.source else None,
        )
        for q in quotes
    ]


def test_a_second_cue_joined_by_and_is_a_quote_of_its_own_by_the_same_speaker(quotes_of: Any) -> None:
    text = (
        "Prime Minister Ana Ruiz said this week that the country would leave the bloc by March and suggested "
        "that it would withdraw from the customs union."
    )
    assert _read(text, quotes_of(text)) == [
        ("that the country would leave the bloc by March", "said", "Prime Minister Ana Ruiz"),
        ("that it would withdraw from the customs union", "suggested", "Prime Minister Ana Ruiz"),
    ]


def test_a_phrase_quoted_inside_a_clause_is_not_what_a_later_cue_reports(quotes_of: Any) -> None:
    text = (
        'Even Serbia, the only ally of the regime, said it was "strongly opposed" to the launch and warned '
        "Pristina to avoid further steps."
    )
    speaker = "Even Serbia, the only ally of the regime"
    assert _read(text, quotes_of(text)) == [
        ('it was "strongly opposed" to the launch', "said", speaker),
        ("Pristina to avoid further steps", "warned", speaker),
    ]


def test_as_the_source_said_attributes_the_clause_it_hangs_on(quotes_of: Any) -> None:
    text = (
        "The video does not answer whether the driver had a gun, as police have said.\n\n"
        "As the mayor noted on Monday, the bridge will stay closed until June.\n\n"
        "The parade started as expected.\n\n"
        "Fans cheered as she boasted about the new stadium."
    )
    read = _read(text, quotes_of(text))
    assert read[:2] == [
        ("The video does not answer whether the driver had a gun", "said", "police"),
        ("the bridge will stay closed until June", "noted", "the mayor"),
    ]
    assert [content for content, _, _ in read[2:]] == ["about the new stadium"]  # not "Fans cheered": "as" = while


def test_a_clause_after_a_time_phrase_is_reported(quotes_of: Any) -> None:
    text = "Mr. Lane said after the convention he would not accept the endorsement."
    assert _read(text, quotes_of(text)) == [("he would not accept the endorsement", "said", "Mr. Lane")]


def test_a_time_clause_after_the_cue_is_not_reported(quotes_of: Any) -> None:
    text = "Mr. Lane said nothing after he arrived at the hall."
    assert all("arrived" not in content for content, _, _ in _read(text, quotes_of(text)))


def test_the_speaker_phrase_does_not_start_inside_the_quotation(quotes_of: Any) -> None:
    text = (
        '"I can make you this promise: we will find the truth in this case," Leeds police Chief Mark Dunne said Monday.'
    )
    assert _read(text, quotes_of(text)) == [
        ('"I can make you this promise: we will find the truth in this case,"', "said", "Leeds police Chief Mark Dunne")
    ]


def test_a_content_that_runs_into_its_speaker_ends_with_the_quotation() -> None:
    text = '"We will achieve justice," Tulsa police Chief Dan Ortiz said.'
    regions = RegionIndex(text, quoted_regions(text))
    phrase = Span(text.index("Dan"), text.index(" said"))
    content = _without_source(Content(Span(0, phrase.end), "clause"), SourceMention(phrase, phrase), regions)
    assert content is not None and content.span.text_of(text) == '"We will achieve justice,"'


def test_a_source_phrase_that_interrupts_its_content_stays_inside_it() -> None:
    text = "The museum, Mr. Obama said, would open in May."
    regions = RegionIndex(text, quoted_regions(text))
    phrase = Span(text.index("Mr."), text.index(" said"))
    whole = Content(Span(0, len(text) - 1), "inverted")
    assert _without_source(whole, SourceMention(phrase, phrase), regions) == whole


def test_a_source_phrase_begun_inside_a_quotation_starts_after_it() -> None:
    text = '"We are ready," Leeds police Chief Mark Dunne said.'
    regions = RegionIndex(text, quoted_regions(text))
    name = Span(text.index("Mark"), text.index(" said"))
    source = _outside_quotations(SourceMention(Span(1, name.end), name), regions)
    assert source is not None and source.phrase.text_of(text) == "Leeds police Chief Mark Dunne"
    assert source.name == name


def test_a_speech_noun_with_a_subject_is_a_verb_the_parser_misread(quotes_of: Any) -> None:
    text = "But Trump claims that he is the exception."
    (quote,) = quotes_of(text)
    assert quote.provenance.rule == "noun-clause"  # "claims" read as a plural noun with "Trump" as its subject
    assert _read(text, (quote,)) == [("that he is the exception", "claims", "Trump")]


def test_what_a_speaker_would_not_say_more_of_is_no_quote(quotes_of: Any) -> None:
    text = "The treasurer said the plan was never costed and would not say more."
    assert _read(text, quotes_of(text)) == [("the plan was never costed", "said", "The treasurer")]


def test_a_verb_outside_the_lexicon_after_a_quotation_and_its_speaker_reports_it(quotes_of: Any) -> None:
    text = (
        '"I thought your speech was right on target," Mayor Lena Hart gushed.\n\n'
        '"Are we still talking about him?" Mr. Burton fumed, waving the paper.\n\n'
        '"From Leeds to York, parents want choice," the letter reads.'
    )
    assert _read(text, quotes_of(text)) == [
        ('"I thought your speech was right on target,"', "gushed", "Mayor Lena Hart"),
        ('"Are we still talking about him?"', "fumed", "Mr. Burton"),
        ('"From Leeds to York, parents want choice,"', "reads", "the letter"),
    ]


def test_a_verb_after_a_quotation_is_no_cue_with_a_subject_that_cannot_speak_or_words_of_its_own(
    quotes_of: Any,
) -> None:
    text = (
        '"Slashing taxes has not worked." The gap began.\n\n'
        '"Hamilton," the musical, opened on Broadway in 2015.\n\n'
        '"Cats" played for years.'
    )
    assert quotes_of(text) == ()


def test_a_quotation_goes_on_after_an_attribution_with_a_title(quotes_of: Any) -> None:
    text = '"Go and register," Mr. Dale implored. "Make sure you vote."'
    assert _read(text, quotes_of(text)) == [
        (text[: text.index("Make") + len('Make sure you vote."')], "implored", "Mr. Dale")
    ]


def test_the_speaker_is_never_a_noun_of_the_quoted_words(quotes_of: Any) -> None:
    text = (
        '"The campaign is in panic mode. Full panic mode," said Lena Hart, a Miami-based organiser.\n\n'
        '"My reaction, that was outrageous," the former strategist said in an interview.'
    )
    assert [source for _, _, source in _read(text, quotes_of(text))] == [
        "Lena Hart, a Miami-based organiser",
        "the former strategist",
    ]


def test_it_was_announced_that_is_a_statement_with_nobody_named(quotes_of: Any) -> None:
    text = (
        "It was announced that the airport would close. It is believed that the rebels fled. "
        "The men were accused of theft. It has been reported that two soldiers died."
    )
    assert _read(text, quotes_of(text)) == [
        ("that the airport would close", "announced", None),
        ("that two soldiers died", "reported", None),
    ]


def test_a_second_report_joined_by_and_is_no_part_of_the_first_speakers_words(quotes_of: Any) -> None:
    text = (
        "Senators said they were increasingly sure the agency had mishandled the inquiry and governors accused "
        "the board of hiding the records. Officials said the dam had held, but engineers warned that the river "
        "would rise again. The minister said the police and the army reported no casualties."
    )
    read = _read(text, quotes_of(text))
    assert ("they were increasingly sure the agency had mishandled the inquiry", "said", "Senators") in read
    assert ("the dam had held", "said", "Officials") in read
    assert ("that the river would rise again", "warned", "engineers") in read
    assert ("the police and the army reported no casualties", "said", "The minister") in read


def test_a_speech_noun_reports_its_about_phrase_when_a_speaker_owns_it(quotes_of: Any) -> None:
    text = (
        "The senator's comments about the budget angered the mayor. Her criticism of the ruling was sharp. "
        "His remarks on Saturday were brief. The storm's warning of floods came late."
    )
    assert _read(text, quotes_of(text)) == [
        ("the budget", "comments", "The senator's"),
        ("the ruling", "criticism", "Her"),
    ]
