"""Names an article ties to a description: the person or organisation a speaker phrase stands for.

News copy introduces a source by what it is and names it, before or after, in one of a few ways:

- in apposition: "The Asayish, the internal security force of the SDF, said ..." and later "the force said"
  (the name and the description side by side, either first);
- with a relative clause of leading: "Babagana Ali, who heads the anti-jihadist militia in Dikwa" for "a local
  militia leader" (the leader's organisation named as the object of "heads", "leads", "commands", "runs").

A description ties to a name only when every word of it (without its determiner) is in the phrase the article
names with it ("the force" and "the internal security force"), or, for a leader, when the organisation it leads
is among its words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.model import Span
from eventwire.pipeline.nlp import text_length

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LEADING_VERBS = frozenset({"head", "lead", "run", "command", "chair", "direct", "found"})
LEADER_NOUNS = frozenset({"leader", "head", "chief", "commander", "chairman", "chairwoman", "director", "founder"})
# Nouns that stand for an organisation, which an apposition names ("the force", "the agency", "the network").
BODY_HEADS = frozenset({"force", "militia", "group", "agency", "organisation", "organization", "network", "bank",
                        "company", "firm", "charity", "ministry", "department", "office", "council", "committee",
                        "commission", "authority", "association", "union", "party", "army", "coalition",
                        "alliance", "movement", "front", "foundation", "institute", "broadcaster", "channel",
                        "newspaper", "service", "court", "board", "watchdog", "monitor", "corporation"})  # fmt: skip
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "one"})


def tied_name(head: Token, words: list[str], start: int, end: int) -> Span | None:
    """The name that the article ties to the description headed by ``head`` (of the lower-cased ``words``),
    within characters ``[start, end)``, nearest the description first; None when there is none."""
    doc = head.doc
    wanted = [w for w in words if w not in _DETERMINERS]
    if not wanted:
        return None
    found: list[tuple[int, Span]] = []
    for token in _tokens_between(doc, start, end):
        name = _apposed(token, head, wanted) if token.dep_ == "appos" else None
        if name is None and token.dep_ == "relcl":
            name = _led_by(token, head, wanted)
        if name is not None and not (name.start <= head.idx < name.end):
            found.append((abs(name.start - head.idx), name))
    return min(found, key=lambda pair: pair[0])[1] if found else None


def _tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    words = doc.char_span(max(start, 0), min(end, text_length(doc)), alignment_mode="contract")
    return [] if words is None else list(words)


def _apposed(apposition: Token, head: Token, wanted: list[str]) -> Span | None:
    """ "NAME, the ... force" or "the ... force, NAME": the name when the description's words are in the other
    side's phrase."""
    lemma = head.lemma_.lower()
    if lemma not in BODY_HEADS:
        return None  # a person's role in apposition is the person's title (``People.titled``)
    other = apposition.head
    if other.i > apposition.i:
        return None
    if apposition.lemma_.lower() == lemma and other.pos_ == "PROPN" and _has_words(apposition, wanted):
        return proper_name(other)  # "The Asayish, the internal security force"
    if apposition.pos_ == "PROPN" and other.lemma_.lower() == lemma and other.pos_ == "NOUN":
        return proper_name(apposition) if _has_words(other, wanted, before_only=True) else None
    return None


def _led_by(clause: Token, head: Token, wanted: list[str]) -> Span | None:
    """ "NAME, who heads the militia in Dikwa" for "a local militia leader": the organisation led is in the
    leader's description."""
    if head.lemma_.lower() not in LEADER_NOUNS or clause.lemma_.lower() not in LEADING_VERBS:
        return None
    leader = clause.head
    if leader.pos_ != "PROPN" or leader.i > clause.i:
        return None
    led = [c for c in clause.children if c.dep_ == "dobj"]
    nouns = [n for c in led for n in (c, *(g for g in c.children if g.dep_ == "compound"))]
    if not any(n.lower_ in wanted or n.lemma_.lower() in wanted for n in nouns):
        return None  # "heads the vigilante group" for "a vigilante leader", "leads the militia" for "a militia chief"
    return proper_name(leader)


def _has_words(noun: Token, wanted: list[str], before_only: bool = False) -> bool:
    doc = noun.doc
    last = noun.i if before_only else noun.right_edge.i
    words = {t.lower_ for t in doc[noun.left_edge.i : last + 1]} | {t.lemma_.lower() for t in doc[noun.i : noun.i + 1]}
    return all(word in words for word in wanted)


def proper_name(head: Token) -> Span:
    """The name that ``head`` ends: its entity's span when the model labelled one ("U.S. Citizenship and
    Immigration Services"), else the run of proper nouns that ends at it ("Babagana Ali", "Marie-Claire Dufour")."""
    doc = head.doc
    if head.ent_type_ and head.ent_iob_ in ("B", "I"):
        first, last = head.i, head.i
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
            last += 1
        while first < last and doc[first].lower_ == "the":
            first += 1
        return Span(doc[first].idx, doc[last].idx + len(doc[last].text))
    start = head.i
    while start > 0:
        before = doc[start - 1]
        if before.pos_ == "PROPN" and start <= before.head.i <= head.i:
            start -= 1
        elif before.text == "-" and not before.whitespace_ and start > 1 and doc[start - 2].pos_ == "PROPN":
            start -= 2
        else:
            break
    return Span(doc[start].idx, head.idx + len(head.text))
