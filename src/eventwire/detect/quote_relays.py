"""Outlets that relay a source: "the agency reported, citing a military source", "Trend reports with
reference to the customs committee", "Ukrinform reports, quoting the governor". The one cited speaks;
the citing phrase itself is no quote.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.lexicon.outlets import is_outlet
from eventwire.lexicon.roles import ROLE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

_RELAYING = frozenset({"cite", "quote"})
# Nouns that name a source rather than say something ("citing a military source", "quoting officials").
_SOURCE_NOUNS = frozenset({"source", "sources", "official", "officials", "witness", "witnesses", "statement"})
_NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def relayed_source(cue: Token, subject: Token | None) -> Token | None:
    """The source an outlet that is ``cue``'s subject relays, when the sentence names it."""
    if subject is None or not _names_an_outlet(subject):
        return None
    for child in cue.children:
        if child.dep_ in ("advcl", "xcomp", "conj") and child.lemma_ in _RELAYING:
            cited = _object(child)
            if cited is not None:
                return cited
        if child.dep_ == "prep" and child.lower_ == "with":
            cited = _with_reference_to(child)
            if cited is not None:
                return cited
    return None


def is_relay(cue: Token) -> bool:
    """ "citing a military source" after an outlet's report: who is cited, not a quote of its own."""
    if cue.lemma_ not in _RELAYING or cue.dep_ not in ("advcl", "xcomp", "conj"):
        return False
    cited = _object(cue)
    return cited is not None and _is_source(cited)


def _names_an_outlet(subject: Token) -> bool:
    words = subject.doc[subject.left_edge.i : subject.i + 1].text
    return is_outlet(words) or is_outlet(subject.text) or is_outlet(subject.lemma_)


def _object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _with_reference_to(with_: Token) -> Token | None:
    reference = next((c for c in with_.children if c.dep_ == "pobj" and c.lower_ == "reference"), None)
    to = None if reference is None else next((c for c in reference.children if c.lower_ == "to"), None)
    return None if to is None else next((c for c in to.children if c.dep_ == "pobj"), None)


def _is_source(token: Token) -> bool:
    return token.ent_type_ in _NAMED or token.lower_ in _SOURCE_NOUNS or token.lemma_.lower() in ROLE_NOUNS
