"""Salient terms, TF-IDF vectors and candidate pairs."""

from __future__ import annotations

import pytest

from eventwire.merge.candidates import candidate_pairs
from eventwire.merge.terms import content_tokens, entity_terms, lead_of, salient_terms, tells_the_story
from eventwire.merge.vectors import background_rate, cosine, inverse_document_frequency, tfidf_vectors, top_terms
from eventwire.model import EntityMention, Provenance, Span
from tests.merge.test_clusters import BOWLING_ARREST, BOWLING_FIRST, report

PROVENANCE = Provenance("test", "1")


def test_content_tokens_drop_stopwords_and_keep_hyphenated_words() -> None:
    assert content_tokens("The 4-year-old was shot on Tuesday, police said.") == ["4-year-old", "shot", "police"]


def test_entity_terms_name_people_by_surname_too() -> None:
    person = EntityMention(Span(0, 13), "Marcus Leland", "PERSON", PROVENANCE)
    surname = EntityMention(Span(0, 8), "Leland's", "PERSON", PROVENANCE)
    place = EntityMention(Span(0, 15), "Riverside Lanes", "FAC", PROVENANCE)
    assert entity_terms(person) == ["e:marcus leland", "p:leland"]
    assert entity_terms(surname) == ["p:leland"]
    assert entity_terms(place) == ["e:riverside lanes"]


def test_salient_terms_come_from_title_lead_and_entities() -> None:
    terms = salient_terms(BOWLING_FIRST)
    assert terms["bowling"] == 2  # title tokens count twice
    assert terms["gunman"] == 1  # from the lead
    assert terms["p:leland"] == 1
    assert lead_of(BOWLING_FIRST) == BOWLING_FIRST.article.text  # two sentences: the whole text


def test_a_text_that_shares_no_word_with_its_title_counts_only_the_title() -> None:
    paywall = report("Gunman kills two at Dayton bowling alley", "Please sign in to read this story.", "2024-03-10")
    assert set(salient_terms(paywall)) == {"gunman", "kills", "dayton", "bowling", "alley"}
    assert tells_the_story("Two killed at a Dayton bowling alley.", ["gunman", "dayton"])
    assert not tells_the_story("Please sign in.", ["gunman", "dayton"])


def test_tfidf_cosine() -> None:
    a, b, c, empty = tfidf_vectors([{"dayton": 2, "shooting": 1}, {"dayton": 1, "shooting": 1}, {"flood": 1}, {}])
    assert cosine(a, a) == pytest.approx(1.0)
    assert 0.5 < cosine(a, b) < 1.0
    assert cosine(a, c) == 0.0
    assert cosine(a, empty) == 0.0
    assert top_terms(a, 1) == ["dayton"]


def test_rare_shared_terms_make_candidates_and_common_ones_do_not() -> None:
    counts = [{"shooting": 1, f"name{i // 2}": 1} for i in range(300)]
    pairs = candidate_pairs(tfidf_vectors(counts))
    assert pairs == {(i, i + 1) for i in range(0, 300, 2)}  # "shooting" is in 300 articles: too common


def test_two_reports_of_one_event_share_salient_terms() -> None:
    first, arrest = tfidf_vectors([salient_terms(BOWLING_FIRST), salient_terms(BOWLING_ARREST)])
    assert {"p:leland", "e:riverside lanes"} <= set(first) & set(arrest)
    assert cosine(first, arrest) > 0.2


def test_words_common_in_english_weigh_less_than_rare_ones_even_in_a_small_collection() -> None:
    # two reports are too few to tell a topic word from a name: English at large tells "police" from "kiln"
    assert inverse_document_frequency("police", 1, 2) < inverse_document_frequency("kiln", 1, 2)
    assert background_rate("e:police") == 0.0  # names (entity terms) are rare wherever they are
    assert 0.0 < background_rate("kiln") < background_rate("police") < 1.0
    a, _ = tfidf_vectors([{"police": 1, "kiln": 1}, {"police": 1, "kiln": 1, "brenvale": 1}])
    assert a["kiln"] > a["police"]
