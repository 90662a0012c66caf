"""Which of a sentence's dates is the date of the event its trigger reports, read from the parse.

- A date inside the trigger's own phrase ("the Saturday afternoon shooting", "Tuesday's attack", "the
  shooting death of a boy on the reservation Tuesday night") or in its own clause ("he was shot Monday") dates
  it before a date of another clause of the sentence ("died Wednesday after being shot in the head Monday").
- A date of a clause that the trigger's happening only precedes ("hunted on Monday after he shot two officers",
  "died Wednesday after being shot") is the date of what came later: at most an upper bound for the event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.model import Span
from eventwire.resolve.event_clauses import CLAUSE_DEPS, MAX_CLIMB, governs, token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

NOMINAL_HEAD_DEPS = frozenset({"compound", "amod", "nmod"})  # "shooting death": the phrase is the head noun's
LATER_THAN = frozenset({"after", "following"})
IN_PHRASE, IN_CLAUSE, ELSEWHERE = 0, 1, 2
TOLL_NOUNS = frozenset({"toll", "tally", "count", "number"})  # "the death toll from the bombing rose on Tuesday"


def _clause_head(token: Token) -> Token:
    head = token
    for _ in range(MAX_CLIMB):
        if (head.dep_ in CLAUSE_DEPS and head.pos_ in {"VERB", "AUX"}) or head.head.i == head.i:
            break
        head = head.head
    return head


def date_rank(doc: Doc, date_span: Span, trigger_span: Span) -> int:
    """How closely a date of the trigger's sentence is tied to it: in its phrase, in its clause, elsewhere."""
    date_token, trigger_token = token_at(doc, date_span), token_at(doc, trigger_span)
    if date_token is None or trigger_token is None or date_token.sent.start != trigger_token.sent.start:
        return ELSEWHERE
    if trigger_token.pos_ in {"NOUN", "PROPN"}:
        phrase = trigger_token.head if trigger_token.dep_ in NOMINAL_HEAD_DEPS else trigger_token
        if governs(phrase, date_token) and _clause_head(date_token).i == _clause_head(phrase).i:
            return IN_PHRASE
    return IN_CLAUSE if _clause_head(date_token).i == _clause_head(trigger_token).i else ELSEWHERE


def dates_a_later_happening(doc: Doc, date_span: Span, trigger_span: Span) -> bool:
    """Whether the date is of a clause that the trigger's happening comes before ("were hunting a suspect on
    Monday after he shot two officers", "died Wednesday after being shot", "arrested Sunday following the
    shooting"): the trigger hangs below the date's clause through "after" or "following"; or the clause tells
    a toll that the happening's count reached ("the death toll from the bombing rose to 18 on Tuesday")."""
    date_token, trigger_token = token_at(doc, date_span), token_at(doc, trigger_span)
    if date_token is None or trigger_token is None or date_token.sent.start != trigger_token.sent.start:
        return False
    clause = _clause_head(date_token)
    if _counted_by(clause, trigger_token, date_token):
        return True
    if clause.i == _clause_head(trigger_token).i and trigger_token.pos_ in {"VERB", "AUX"}:
        return False
    token = trigger_token
    for _ in range(MAX_CLIMB):
        if token.i == clause.i or token.head.i == token.i:
            return False
        if _later_than(token):
            return any(a.i == clause.i for a in token.ancestors)
        token = token.head
    return False


def _counted_by(clause: Token, trigger: Token, date: Token) -> bool:
    """Whether the trigger hangs below the subject of ``clause``, a toll ("the toll from the bombing", "the number
    of people killed in the attack"), and the date outside it: the clause tells the count, later than the event
    (a date inside the subject, "the toll from the strike late Tuesday", is the event's)."""
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in TOLL_NOUNS]
    return any(s.i != trigger.i and governs(s, trigger) and not governs(s, date) for s in subjects)


def _later_than(token: Token) -> bool:
    if token.lower_ in LATER_THAN and token.dep_ in {"prep", "mark"}:
        return True
    return any(c.lower_ in LATER_THAN and c.dep_ == "mark" for c in token.children)


def in_past_perfect(doc: Doc, date_span: Span) -> bool:
    """Whether the date's clause is in the past perfect ("the court had removed the governor on Monday"): told
    after a lead, it goes back to an earlier happening, the background of the one reported."""
    date_token = token_at(doc, date_span)
    if date_token is None:
        return False
    clause = _clause_head(date_token)
    return clause.tag_ == "VBN" and any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"had", "'d"} for c in clause.children
    )
