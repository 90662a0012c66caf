from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import eventwire
from eventwire.detect.quote_cues import cue_lemma
from eventwire.detect.quoted_text import quote_kind, quoted_regions
from eventwire.model import Article, QuoteCandidate, QuoteKind


def _content(text: str, quote: QuoteCandidate) -> str:
    return quote.span.text_of(text)


def test_direct_quote_before_the_cue_keeps_its_marks_and_finds_the_speaker(quotes_of: Any) -> None:
    text = '"We will rebuild the bridge before winter," said Mayor Anna Kowalski.'
    (quote,) = quotes_of(text)
    assert _content(text, quote) == '"We will rebuild the bridge before winter,"'
    assert quote.kind is QuoteKind.DIRECT
    assert quote.cue is not None and quote.cue.text_of(text) == "said"
    assert quote.source is not None and "Kowalski" in quote.source.phrase.text_of(text)
    assert quote.provenance.stage == "quote_mentions"


def test_indirect_quote_is_the_reported_clause_with_that_and_without_the_period(quotes_of: Any) -> None:
    text = "The minister said that the talks would resume next week."
    (quote,) = quotes_of(text)
    assert _content(text, quote) == "that the talks would resume next week"
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.source is not None and quote.source.phrase.text_of(text) == "The minister"


def test_reported_clause_with_some_quoted_words_is_mixed(quotes_of: Any) -> None:
    text = 'Police said the fire was "a deliberate act" by unknown men.'
    (quote,) = quotes_of(text)
    assert quote.kind is QuoteKind.MIXED
    assert _content(text, quote).startswith("the fire was")


def test_colon_introduces_a_quote_in_the_next_paragraph(quotes_of: Any) -> None:
    text = 'The army spokesman told reporters:\n\n"The border will stay closed until further notice."'
    quotes = quotes_of(text)
    assert [_content(text, q) for q in quotes] == ['"The border will stay closed until further notice."']
    assert quotes[0].kind is QuoteKind.DIRECT
    assert quotes[0].source is not None and quotes[0].source.phrase.text_of(text) == "The army spokesman"


def test_according_to_attributes_the_rest_of_the_sentence(quotes_of: Any) -> None:
    text = "Five people were injured in the blast, according to the regional health office."
    (quote,) = quotes_of(text)
    assert _content(text, quote) == "Five people were injured in the blast"
    assert quote.cue is not None and quote.cue.text_of(text) == "according to"
    assert quote.source is not None and quote.source.phrase.text_of(text) == "the regional health office"


def test_quote_that_goes_on_after_the_cue_is_one_quote(quotes_of: Any) -> None:
    text = '"We are ready," Tomas Berg said. "We have been ready for weeks."'
    (quote,) = quotes_of(text)
    assert _content(text, quote) == text[: text.rindex('"') + 1]
    assert quote.kind is QuoteKind.DIRECT


def test_cue_verbs_inside_a_quotation_are_not_separate_quotes(quotes_of: Any) -> None:
    text = '"I told them we would not leave our homes," Maria Lopez said.'
    quotes = quotes_of(text)
    assert len(quotes) == 1
    assert quotes[0].cue is not None and quotes[0].cue.start == text.index("said")


def test_transcript_label_and_sign_off_are_attributed_without_a_verb(quotes_of: Any) -> None:
    text = "HARRIS: We will not back down on this bill.\n\n“Nobody asked us what we wanted.” ― Lena Ortiz"
    quotes = quotes_of(text)
    by_speaker = {q.source.phrase.text_of(text): _content(text, q) for q in quotes if q.source is not None}
    assert by_speaker["HARRIS"] == "We will not back down on this bill"
    assert by_speaker["Lena Ortiz"] == "“Nobody asked us what we wanted.”"


def test_sentence_without_a_cue_has_no_quote(quotes_of: Any) -> None:
    assert quotes_of("The storm destroyed three houses in the village on Monday.") == ()


def test_quoted_regions_pair_marks_and_run_an_open_quote_to_the_paragraph_end() -> None:
    text = 'He said "yes" and “no”.\n"This quote goes on\n"and ends here."'
    regions = quoted_regions(text)
    assert [r.span.text_of(text) for r in regions] == ['"yes"', "“no”", '"This quote goes on', '"and ends here."']
    assert [r.closed for r in regions] == [True, True, False, True]


def test_quote_kind_follows_the_double_quotation_marks() -> None:
    assert quote_kind('"All of it."') is QuoteKind.DIRECT
    assert quote_kind("that it was “a mistake”") is QuoteKind.MIXED
    assert quote_kind("that it was a mistake") is QuoteKind.INDIRECT
    assert quote_kind("that it wasn’t a mistake") is QuoteKind.INDIRECT


def test_speech_noun_reports_its_that_clause_and_its_owner_speaks(quotes_of: Any) -> None:
    text = "The senator repeated his claim that the count had been rigged."
    (quote,) = quotes_of(text)
    assert _content(text, quote) == "that the count had been rigged"
    assert quote.cue is not None and quote.cue.text_of(text) == "claim"
    assert quote.source is not None and quote.source.phrase.text_of(text) == "his"


def test_colon_at_a_paragraph_end_reports_the_next_paragraph(quotes_of: Any) -> None:
    text = "The governor added:\n\nWe have never seen a storm like this one.\n\nSchools stay closed."
    (quote,) = quotes_of(text)
    assert _content(text, quote) == "We have never seen a storm like this one"
    assert quote.kind is QuoteKind.INDIRECT


def test_a_cue_the_lemmatizer_misreads_is_still_a_cue(quotes_of: Any) -> None:
    text = "The mayor hopes the bridge will reopen in May."
    (quote,) = quotes_of(text)
    assert _content(text, quote) == "the bridge will reopen in May"
    assert quote.cue is not None and quote.cue.text_of(text) == "hopes"


def test_cue_lemma_mends_a_misread_cue_and_keeps_other_words(nlp: Any) -> None:
    doc = nlp("She hopes they win. The rabbit hopped away.")
    lemmas = {token.text: cue_lemma(token) for token in doc}
    assert lemmas["hopes"] == "hope"
    assert lemmas["hopped"] != "hope"


def test_a_one_word_object_is_what_a_stance_verb_reports(quotes_of: Any) -> None:
    text = "The union endorsed Clinton."
    (quote,) = quotes_of(text)
    assert _content(text, quote) == "Clinton"
    assert quote.source is not None and quote.source.phrase.text_of(text) == "The union"


def test_reflexive_or_empty_objects_and_times_are_not_reported(quotes_of: Any) -> None:
    assert quotes_of("They found themselves in trouble.") == ()
    assert quotes_of("The mayor spoke to reporters on Monday.") == ()


def test_say_reports_its_object_when_it_has_no_clause(quotes_of: Any) -> None:
    text = "The governor has said the same thing."
    (quote,) = quotes_of(text)
    assert _content(text, quote) == "the same thing"


def test_a_reporting_participle_after_the_clause_is_a_quote_of_its_own(quotes_of: Any) -> None:
    text = "Analysts said the plan would fail, citing the rising cost of steel."
    first, second = quotes_of(text)
    assert _content(text, first) == "the plan would fail"
    assert _content(text, second) == "the rising cost of steel"
    assert second.cue is not None and second.cue.text_of(text) == "citing"


def test_to_phrase_is_reported_by_refer_and_liken_but_not_by_speak(quotes_of: Any) -> None:
    text = "The mayor referred to the flood as a disaster."
    (quote,) = quotes_of(text)
    assert _content(text, quote) == "to the flood as a disaster"
    text = "The senator likened the bill to censorship."
    (quote,) = quotes_of(text)
    assert _content(text, quote) == "the bill to censorship"


def test_participle_on_an_object_speaks_for_the_subject_that_made_the_object(quotes_of: Any) -> None:
    text = "The ministry issued a statement calling the vote a fraud."
    (quote,) = quotes_of(text)
    assert _content(text, quote) == "the vote a fraud"
    assert quote.source is not None and quote.source.phrase.text_of(text) == "The ministry"


def test_british_single_quotation_marks_are_quotations(quotes_of: Any) -> None:
    text = (
        "‘This is what our members have been asking for since May,’ said Gary Bolton, a union official.\n\n"
        "Councillor Janet Hale said: ‘I have decided that the city needs a fresh start.’\n\n"
        "She said the council’s plan “was never costed” and would not say more."
    )
    first, second, third = quotes_of(text)
    assert _content(text, first) == "‘This is what our members have been asking for since May,’"
    assert first.kind is QuoteKind.DIRECT
    assert _content(text, second) == "‘I have decided that the city needs a fresh start.’"
    assert third.kind is QuoteKind.MIXED  # the apostrophe in "council’s" is no quotation mark


def test_single_and_double_marks_nest_either_way() -> None:
    american = "“He called it a ‘peace plan’ today,” she said."
    british = "‘They told us “leave now” and we left,’ he said."
    assert [r.span.text_of(american) for r in quoted_regions(american)] == [american[: american.index(" she")]]
    assert [r.span.text_of(british) for r in quoted_regions(british)] == [british[: british.index(" he said")]]
    assert quoted_regions("Ukraine’s minister said they don’t know.") == ()


def test_an_outlet_that_cites_a_source_relays_it(quotes_of: Any) -> None:
    text = (
        "The army has taken the village, the state news agency reported, citing a military source.\n\n"
        "Exports rose by 12 percent, Trend reports with reference to the State Customs Committee."
    )
    first, second = quotes_of(text)
    assert first.source is not None and first.source.phrase.text_of(text) == "a military source"
    assert second.source is not None and second.source.phrase.text_of(text) == "the State Customs Committee"


def test_any_verb_with_a_colon_before_a_quotation_attributes_it(quotes_of: Any) -> None:
    text = 'The senator deflected with a joke: "We will see who is laughing in November."'
    (quote,) = quotes_of(text)
    assert _content(text, quote) == '"We will see who is laughing in November."'
    assert quote.source is not None and quote.source.phrase.text_of(text) == "The senator"


def test_of_two_cues_for_one_quotation_the_nearer_reports_it(quotes_of: Any) -> None:
    text = 'Speaking to the radio on Monday, Ms Morton said: "We have set aside the money."'
    (quote,) = quotes_of(text)
    assert quote.cue is not None and quote.cue.text_of(text) == "said"


def test_the_one_quoted_as_saying_speaks(quotes_of: Any) -> None:
    text = "The head of the agency was quoted as saying that the number of displaced people had doubled."
    (quote,) = quotes_of(text)
    assert quote.source is not None and quote.source.phrase.text_of(text) == "The head of the agency"


def test_reported_clauses_the_parser_hangs_elsewhere_are_found(quotes_of: Any) -> None:
    text = (
        "In Suva last week, the minister told a meeting of island leaders that few people understood the risk.\n\n"
        "The senator said after the vote he would not accept the offer."
    )
    first, second = quotes_of(text)
    assert _content(text, first) == "that few people understood the risk"
    assert _content(text, second).endswith("he would not accept the offer")


def test_a_line_that_is_all_dateline_or_page_metadata_has_no_quote_and_no_error() -> None:
    """A web page's 'POSTED: 03 / 11 / 09, 4: 15 PM EST |' line: once the dateline took the whole line, the quote
    finder looked for the last word of an empty window and raised (the article was rejected)."""
    text = (
        "Council approves budget\nPOSTED: 03 / 11 / 09, 4: 15 PM EST |\nThe city council in Dayton on Tuesday "
        "approved a budget that cuts police overtime, Mayor Ann Byrd said.\nByrd told reporters the vote was close."
    )
    engine = eventwire.Engine(eventwire.Settings(strict=True))
    result = engine.extract(Article(id="t", text=text, published=date(2009, 3, 11)))
    assert [q.speaker.name if q.speaker else None for q in result.quotes] == ["Ann Byrd", "Ann Byrd"]


def test_title_and_name_after_the_reported_clause_speak_though_the_parser_hangs_them_on_it(quotes_of: Any) -> None:
    """'..., the chairman of the council, NAME, said': the parser may make the title an apposition of the clause's
    last noun, leaving the cue without a subject; the title and the name are still the cue's speaker."""
    for text, clause, name in (
        (
            "The Council of Ministers of Moldova approved a new plan to support farmers, the chairman of the "
            "Council of Ministers of Moldova, Ion Rusu, said on Monday.",
            "The Council of Ministers of Moldova approved a new plan to support farmers",
            "Ion Rusu",
        ),
        (
            "The port will reopen next week to ships carrying grain, the head of the port authority of Odesa, "
            "Maria Lenko, said on Friday.",
            "The port will reopen next week to ships carrying grain",
            "Maria Lenko",
        ),
    ):
        (quote,) = quotes_of(text)
        assert _content(text, quote) == clause
        assert quote.source is not None and quote.source.name is not None
        assert quote.source.name.text_of(text) == name


def test_an_attribution_closing_a_long_lead_reports_all_of_it(quotes_of: Any) -> None:
    lead = (
        "A roadside bomb killed four border guards and wounded two others when their truck hit it near the "
        "village of Velmora, in the Ostrin district of the northern Kessa region, on Tuesday"
    )
    text = f"VELMORA, Zarovia (Reuters) - {lead}, the Zarovian army said in a statement late on Wednesday."
    (quote,) = quotes_of(text)
    assert _content(text, quote) == lead
    assert quote.source is not None and quote.source.phrase.text_of(text) == "the Zarovian army"
    text = (
        "Police fired on traders blocking the market road on Monday, the city council said. The toll rose to "
        "two on Tuesday when a man who had been missing since the clash was found dead near the river, the "
        "council said."
    )
    _first, second = quotes_of(text)
    assert _content(text, second).startswith("The toll rose to two on Tuesday when a man")
    assert _content(text, second).endswith("found dead near the river")


def test_the_subject_nearest_the_closing_cue_is_its_speaker(quotes_of: Any) -> None:
    text = (
        "Gunmen on motorbikes seized at least nine people, most of them farmers, from a village in the Ostrin "
        "district late on Sunday, district police spokesman Anton Berg said on Tuesday."
    )
    (quote,) = quotes_of(text)
    assert _content(text, quote).startswith("Gunmen on motorbikes seized at least nine people")
    assert quote.source is not None and "Anton Berg" in quote.source.phrase.text_of(text)


def test_a_closing_cue_after_a_clause_of_time_or_a_participle_reports_nothing_before_it(quotes_of: Any) -> None:
    assert quotes_of("But when the council cut the grant two years later, the mayor said enough.") == ()
    assert quotes_of("Speaking to reporters outside the court on Monday, the lawyer said.") == ()


def test_an_according_to_that_closes_a_sentence_attributes_all_of_it(quotes_of: Any) -> None:
    said = (
        "Under the accord, the rebels will hand in their rifles within 90 days and the army will free detained "
        "members of the movement"
    )
    text = f"{said}, according to a joint statement released on Friday."
    (quote,) = quotes_of(text)
    assert _content(text, quote) == said


def test_a_belief_that_an_according_to_source_reports_is_that_sources_statement(quotes_of: Any) -> None:
    text = "Investigators believe the fire was started by a faulty heater, according to the fire marshal's office."
    (quote,) = quotes_of(text)
    assert _content(text, quote) == "Investigators believe the fire was started by a faulty heater"
    assert quote.source is not None and quote.source.phrase.text_of(text) == "the fire marshal's office"
    text = "The mayor said the bridge would reopen, according to the city's website."
    assert next(_content(text, q) for q in quotes_of(text)).startswith("the bridge would reopen")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"We will not stop," the Malawi National Commission on Human Rights said in a statement on Monday.',
            "Malawi National Commission on Human Rights",
        ),
        (
            "The National Committee for the Release of Prisoners said in a statement that 40 people were still held.",
            "National Committee for the Release of Prisoners",
        ),
        (
            '"The attack was repelled," the Joint Command of the Armed Forces said on Sunday.',
            "Joint Command of the Armed Forces",
        ),
    ],
)
def test_an_organisations_name_runs_on_through_its_prepositions(text: str, speaker: str) -> None:
    # The entity tagger reads the whole name; the speaker is not cut at its "on", "for the" or "of the".
    result = eventwire.extract(text, published="2026-03-02")
    assert [q.speaker.name if q.speaker else None for q in result.quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Floods displaced 9,000 people last month, according to the U.N. Mission in South Sudan.",
            "U.N. Mission in South Sudan",
        ),
        (
            "The Committee for the Defence of Fishermen (CDF) said two boats had been seized.",
            "Committee for the Defence of Fishermen",
        ),
        (
            '"We ask for their return," the Brothers of Our Lady of the Valley said in a statement.',
            "Brothers of Our Lady of the Valley",
        ),
        (
            "Weeks later the Lowland Farmers' Party, or LFP, announced it would end its boycott.",
            "Lowland Farmers' Party",
        ),
        ("Later, the dock workers' union Sindimar said two cranes had been damaged.", "Sindimar"),
        (
            "The Alliance for the Defence of the Coast said in a message that its boats had been seized.",
            "Alliance for the Defence of the Coast",
        ),
    ],
)
def test_an_organisations_name_is_read_whole_and_no_further(text: str, speaker: str) -> None:
    # Its place after "in", its "of Our Lady", its possessive, without its bracketed abbreviation or its alias,
    # and a name after the noun of its kind that the parser left out of the phrase.
    result = eventwire.extract(text, published="2026-03-02")
    assert [q.speaker.name if q.speaker else None for q in result.quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            'Lena Park, a nurse in Busan: "We have not slept for two days."',
            '"We have not slept for two days."',
            "Lena Park",
        ),
        (
            "Reactions:\n\nOmar Haddad, Al-Hayat: \u201cThe summit changed nothing on the ground.\u201d\n\nMore.",
            "\u201cThe summit changed nothing on the ground.\u201d",
            "Omar Haddad",
        ),
        (
            'Jane Cole, a historian at the University of Leeds: "It is the end of an era for the alliance."',
            '"It is the end of an era for the alliance."',
            "Jane Cole",
        ),
    ],
)
def test_name_with_its_descriptor_and_a_colon_labels_the_quotation_after_it(
    quotes_of: Any, text: str, content: str, speaker: str
) -> None:
    (quote,) = quotes_of(text)
    assert _content(text, quote) == content
    assert quote.source is not None and quote.source.phrase.text_of(text) == speaker


def test_described_label_needs_a_whole_quotation(quotes_of: Any) -> None:
    text = "Paul Mensah, a trader in Accra: prices have doubled since the spring began."
    assert not [q for q in quotes_of(text) if q.provenance.rule == "label-line"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            'The governor was blunt: "There is no more money for this project."',
            '"There is no more money for this project."',
            "The governor",
        ),
        (
            "Ms. Diaz, a lawyer for the families, was more direct: \u201cThey knew and they did nothing.\u201d",
            "\u201cThey knew and they did nothing.\u201d",
            "Diaz",
        ),
        (
            'Mayor Ortiz was angry:\n\n"I will not leave this island to the developers."',
            '"I will not leave this island to the developers."',
            "Ortiz",
        ),
    ],
)
def test_quotation_after_how_a_speaker_spoke_and_a_colon_is_their_quote(
    quotes_of: Any, text: str, content: str, speaker: str
) -> None:
    (quote,) = quotes_of(text)
    assert _content(text, quote) == content
    assert quote.source is not None and speaker in quote.source.phrase.text_of(text)


def test_colon_after_a_judgement_of_no_speaker_is_no_quote(quotes_of: Any) -> None:
    for text in ('The reason is simple: "Prices rose too fast."', 'The weather was terrible: "rain all day" in March.'):
        assert not quotes_of(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            '"She is far better qualified than the other man," he said, referring to the mayor of the capital.',
            '"She is far better qualified than the other man,"',
        ),
        (
            "\u201cYou should resign,\u201d Senator Ruiz told the banker, after he admitted nobody had been fired.",
            "\u201cYou should resign,\u201d",
        ),
        (
            '"This is in their heads," said Anil Kapoor, speaking of the voters in the north of the state.',
            '"This is in their heads,"',
        ),
    ],
)
def test_quotation_before_its_attribution_ends_there_when_nothing_quoted_follows(
    quotes_of: Any, text: str, content: str
) -> None:
    assert content in [_content(text, q) for q in quotes_of(text)]
    assert not [q for q in quotes_of(text) if _content(text, q).startswith(content[:5]) and len(q.span) > len(content)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            'Waters fell on Monday.\n\n"We have lost everything we had, the house, the animals and the\n'
            'fields," said Amina Yusuf, a farmer who fled with her four children.',
            '"We have lost everything we had, the house, the animals and the\nfields,"',
            "Amina Yusuf",
        ),
        (
            "The port reopened after three days.\n\n\u201cNobody will be left behind at the border, not one\n"
            "family,\u201d the governor, Rui Almeida, told reporters.",
            "\u201cNobody will be left behind at the border, not one\nfamily,\u201d",
            "Rui Almeida",
        ),
        (
            'Talks ended without a deal. Union leader Kofi Mensah said the strike would go on "until the\n'
            'last worker is paid" and\nwarned of wider action.',
            'the strike would go on "until the\nlast worker is paid"',
            "Kofi Mensah",
        ),
    ],
)
def test_hard_wrapped_lines_inside_a_sentence_do_not_cut_its_quote(
    quotes_of: Any, text: str, content: str, speaker: str
) -> None:
    quote = next(q for q in quotes_of(text) if _content(text, q).startswith(content[:12]))
    assert _content(text, quote) == content
    assert quote.source is not None and speaker in quote.source.phrase.text_of(text)


def test_line_break_after_a_sentence_still_ends_the_line(quotes_of: Any) -> None:
    text = 'The mayor spoke first.\n"We will rebuild," she said.\nThe council agreed with her.'
    (quote,) = quotes_of(text)
    assert _content(text, quote) == '"We will rebuild,"'


def test_hard_wrapped_text_runs_a_sentence_over_a_break_before_a_capital(quotes_of: Any) -> None:
    text = (
        "Relief convoys reached the worst-hit villages in the north of the\n"
        "country on Wednesday, three days after the river burst its banks and\n"
        'cut the main road. "Nobody will be left behind in the camps," said\n'
        "Governor Ibrahim Musa, who visited the largest camp on Sunday.\n"
    )
    quote = next(q for q in quotes_of(text) if _content(text, q).startswith('"Nobody'))
    assert quote.source is not None and "Ibrahim Musa" in quote.source.phrase.text_of(text)


def test_short_lines_are_not_taken_for_hard_wrapped_text() -> None:
    from eventwire.detect.quoted_text import soft_breaks

    text = "Flood hits north\nBy Ann Roe\nMay 2, 2024\nRain fell for a week.\nRoads closed."
    assert not soft_breaks(text)
