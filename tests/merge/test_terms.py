"""What an article's salient terms are: the title (or, without one, the lede), the lead and its named entities."""

from __future__ import annotations

from dataclasses import replace

from eventwire.merge.terms import TITLE_WEIGHT, salient_terms
from tests.merge.test_clusters import report


def test_an_untitled_report_counts_its_first_sentence_as_its_title() -> None:
    text = "Floodwater swept a ferry off the Marrow quay on Sunday. Eleven passengers swam ashore. Nobody drowned."
    titled = report("Ferry swept off Marrow quay", text, None)
    bare = replace(titled, article=replace(titled.article, title=None))
    terms = salient_terms(bare)
    assert terms["ferry"] == TITLE_WEIGHT and terms["quay"] == TITLE_WEIGHT  # the lede, as a title would be
    assert terms["passengers"] == 1  # the rest of the lead once
    assert salient_terms(titled)["ferry"] == TITLE_WEIGHT + 1  # a titled report: title and lead as before


def test_a_nationality_is_not_a_term_of_its_own_but_people_and_places_are() -> None:
    result = report(
        "Greek dockers strike in Piraeus",
        "Greek dockers led by Stavros Mellis walked out in Piraeus on Monday.",
        "2024-05-06",
        (("Greek", "NORP"), ("Stavros Mellis", "PERSON"), ("Piraeus", "GPE")),
    )
    terms = salient_terms(result)
    assert "e:greek" not in terms  # names a people, as shared by every story from there as a country is
    assert terms["greek"] == TITLE_WEIGHT + 1  # still a word of the title and the lead
    assert terms["e:stavros mellis"] == 1 and terms["p:mellis"] == 1 and terms["e:piraeus"] == 1
