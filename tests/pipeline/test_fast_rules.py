"""The attribute ruler matched by lookup gives the parse spaCy's Matcher gives, token for token, and a ruler
with a pattern the lookup does not know is left to the Matcher."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from eventwire.pipeline.fast_rules import speed_up_attribute_ruler
from eventwire.pipeline.nlp import load_nlp, load_spacy_model

# Invented text with what the English rules single out: contractions and colloquial pairs (gonna, gotta,
# let's, ain't, y'all, c'mon, nothin'), "not"/"n't", auxiliaries, "there is", pronouns as objects, determiners
# as pronouns, subordinators, and runs of spaces and line breaks.
TEXT = (
    "KANO, Nigeria (Wire) -- Police said they're gonna find the gunmen, who ain't gone far.\n\n"
    "\"Let's be clear: y'all know nothin' about it,\" a trader told them.  C'mon, I've got ta go, he said; "
    "that is what it is.   There is no sign that the attackers, whether or not armed, have left.\n"
    "He did not say whether they had seen it or if anyone saw him or me, although those who did "
    "were questioned. Which one? This was all we had, since it isn't over, is it? Do you? I do.\n   \n"
    "Am I wrong? You aren't. We'd have gone, but it's late; they'd left and hadn't called us."
)
COLUMNS = [POS, TAG, MORPH, LEMMA, DEP, HEAD]


def _annotations(nlp: Any, text: str) -> tuple[list[list[int]], list[str], list[str]]:
    doc = nlp(text)
    return doc.to_array(COLUMNS).tolist(), [str(t.morph) for t in doc], [t.lemma_ for t in doc]


def test_the_lookup_gives_the_matchers_parse_token_for_token() -> None:
    matcher, lookup = load_spacy_model("en_core_web_sm"), load_spacy_model("en_core_web_sm")
    assert speed_up_attribute_ruler(lookup)
    for text in (TEXT, TEXT.lower(), TEXT.upper(), "", " ", "gon", "na", TEXT + " " + TEXT):
        assert _annotations(lookup, text) == _annotations(matcher, text)
        assert _annotations(lookup, text) == _annotations(matcher, text)  # a second time: from the memory
    doc = lookup("Let's go, y'all. It ain't over.")
    assert [t.lemma_ for t in doc][:2] == ["let", "us"] and doc[-4].lemma_ == "be"  # "ai" of "ain't"


def test_the_loaded_model_uses_the_lookup() -> None:
    ruler = load_nlp("en_core_web_sm").get_pipe("attribute_ruler")
    assert "match" in vars(ruler)  # replaced on the instance


@pytest.mark.parametrize(
    "pattern",
    [
        [{"LOWER": "bank", "OP": "+"}],  # an operator
        [{"SHAPE": "Xxxx"}],  # an attribute the lookup does not read
        [{"LOWER": {"FUZZY": "bank"}}],  # a predicate it does not know
    ],
)
def test_a_ruler_with_a_pattern_the_lookup_does_not_know_is_left_to_the_matcher(pattern: list[Any]) -> None:
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "bank"}]], {"LEMMA": "BANK"})
    ruler.add([pattern], {"LEMMA": "other"})
    assert not speed_up_attribute_ruler(nlp)
    assert "match" not in vars(ruler)


def test_a_blank_model_with_simple_rules_matches_as_the_matcher() -> None:
    import spacy

    def made() -> Any:
        nlp = spacy.blank("en")
        ruler = nlp.add_pipe("attribute_ruler")
        ruler.add([[{"LOWER": "bank"}]], {"LEMMA": "BANK"})
        ruler.add([[{"LOWER": {"IN": ["river", "bank"]}}, {"LOWER": "bank"}]], {"LEMMA": "second"}, index=-1)
        ruler.add([[{"LOWER": {"REGEX": "^k.n"}}]], {"LEMMA": "kano", "POS": "PROPN"})
        ruler.add([[{"IS_SPACE": True}]], {"TAG": "_SP"})
        return nlp

    plain, fast = made(), made()
    assert speed_up_attribute_ruler(fast)
    text = "The bank bank by the river bank in Kano, kin of  kings. BANK bank"
    assert [(t.lemma_, t.pos_, t.tag_) for t in fast(text)] == [(t.lemma_, t.pos_, t.tag_) for t in plain(text)]
