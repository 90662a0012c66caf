"""The remembering lemmatizer gives spaCy's lemmas, token for token, and leaves other lemmatizers alone."""

from __future__ import annotations

from typing import Any

from spacy.attrs import LEMMA

from eventwire.pipeline.fast_lemmas import speed_up_lemmatizer
from eventwire.pipeline.nlp import load_nlp, load_spacy_model

# Invented text with what the rules single out: plurals and singulars, irregular verbs and nouns, comparatives,
# the same words in several parts of speech ("attacks", "wounded", "left", "police"), contractions, numbers,
# runs of spaces and line breaks, and words the model has not seen.
TEXT = (
    "KANO, Nigeria (Wire) -- Gunmen attacked two villages on Sunday; the attacks left 12 people dead and "
    'dozens wounded, police said.\n\n"The wounded were taken to hospitals," a spokesman told reporters.  '
    "Children, women and men fled; geese and oxen were left behind. Better roads would have helped, the "
    "worst-hit villagers said, as they're leaving. He had seen worse. Police are investigating, and the "
    "investigators were investigated.   \nZorblaxes glimbered the frobnicated quibbles. It isn't over, is it?"
)


def _lemmas(nlp: Any, text: str) -> tuple[list[str], list[int]]:
    doc = nlp(text)
    return [t.lemma_ for t in doc], doc.to_array([LEMMA]).tolist()


def test_the_remembered_lemmas_are_spacys_token_for_token() -> None:
    plain, fast = load_spacy_model("en_core_web_sm"), load_spacy_model("en_core_web_sm")
    assert speed_up_lemmatizer(fast)
    for text in (TEXT, TEXT.lower(), TEXT.upper(), TEXT + " " + TEXT, "", " ", "\n"):
        assert _lemmas(fast, text) == _lemmas(plain, text)
        assert _lemmas(fast, text) == _lemmas(plain, text)  # a second time: from the memory
    docs = [[t.lemma_ for t in doc] for doc in fast.pipe([TEXT, "The attacks left them dead."])]
    assert docs[1] == ["the", "attack", "leave", "they", "dead", "."]


def test_the_loaded_model_remembers_its_lemmas() -> None:
    lemmatizer = load_nlp("en_core_web_sm").get_pipe("lemmatizer")
    assert type(lemmatizer).__name__.startswith("Remembering")
    assert "_lemma_memo" in vars(lemmatizer)


def test_a_lemmatizer_that_is_not_a_rule_lemmatizer_is_left_alone() -> None:
    import spacy

    nlp = spacy.blank("en")
    assert not speed_up_lemmatizer(nlp)  # no lemmatizer at all
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert not speed_up_lemmatizer(nlp)
    assert not type(nlp.get_pipe("lemmatizer")).__name__.startswith("Remembering")


def test_the_lemma_index_answers_as_its_list_does() -> None:
    lemmatizer: Any = load_nlp("en_core_web_sm").get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")
    plain: Any = load_spacy_model("en_core_web_sm").get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert set(index) == set(plain)
    for pos, words in index.items():
        assert type(words).__name__ == "_WordIndex"
        assert list(words) == plain[pos]  # same words, same order
        for word in [*plain[pos][:50], "zorblax", "", "attack", "attacks", "wound", "leave"]:
            assert (word in words) == (word in plain[pos])
