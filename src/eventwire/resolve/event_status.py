"""What the article says of a reported event: that it happened, that a party claims it, or that it is
background, a total over many happenings, denied or only feared.

- aggregate: a total over time or over many incidents ("the insurgency has killed 36,000 people", "more than
  40,000 have been killed since the war began", "a war that killed 10,000", "thousands were killed", "this year");
- background: an earlier happening told for context ("in 2019", "last year", "two years ago", "a similar attack");
- negated: "no progress on a ceasefire", "did not attack", "denied attacking";
- hypothetical: feared, planned, threatened or future ("could attack", "will strike", "plans to attack",
  "a coalition to fight");
- claimed: a party says it did it ("the group claimed responsibility for the attack", "X claimed it killed"),
  with the claimant;
- reported: everything else.

Read per trigger from its sentence (cue words) and its clause in the parse (negation, modal verbs, verbs of
claiming and intending above it); the article's background sentences also keep their casualty figures from the
main event (``sentence_context``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from eventwire.model import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

REPORTED, CLAIMED, BACKGROUND, AGGREGATE, NEGATED, HYPOTHETICAL = (
    "reported", "claimed", "background", "aggregate", "negated", "hypothetical",
)  # fmt: skip

# A total told of a war in a clause that describes it ("... on Thursday, the latest attempt to end a civil war that
# has killed 400,000 people"): the total is the war's, not the event a trigger before it reports.
_WAR_TOTAL_WORDS = (
    r"\b(?:the|this|a) (?:war|conflict|insurgency|uprising|violence|fighting|crisis|campaign|unrest)"
    r" (?:that )?(?:has|have|had) (?:so far )?(?:killed|claimed|left|displaced)\b"
    r"|\b(?:war|conflict|insurgency|uprising|rebellion|genocide),? (?:that|which) (?:has |have |had )?(?:so far )?"
    r"(?:killed|claimed|left)\b"
)
_WAR_TOTAL = re.compile(_WAR_TOTAL_WORDS, re.IGNORECASE)
_SUPERLATIVE = r"(?:\w+est|worst|first|biggest|largest|most \w+|only)\b[^.;]{0,40}"
_AGGREGATE = re.compile(
    r"\bsince (?:(?:the )?(?:start|beginning|outbreak|onset) of|(?:19|20)\d\d|the (?:war|conflict|insurgency|uprising|"
    r"revolution|crisis|fighting|violence)|it began|january|february|march|april|may|june|july|august|september|"
    r"october|november|december)\b"
    r"|\b(?:so far|to date) this year\b|\bthis year alone\b|\bin recent (?:years|months)\b"
    r"|\bover the (?:past|last) (?:\w+ )?(?:years?|decades?|months)\b"
    r"|\b(?:has|have|had) (?:so far )?killed (?:tens of |hundreds of )?(?:thousands|hundreds)\b"
    rf"|{_WAR_TOTAL_WORDS}"
    r"|\b(?:tens of |hundreds of )?thousands (?:of people |of civilians )?(?:have|had|were)(?: been)? killed\b"
    r"|\ba total of\b|\bdeath toll (?:in|of) the (?:war|conflict)\b",
    re.IGNORECASE,
)
# The point a superlative is measured from ("the biggest crackdown since the law was imposed last year", "the
# deadliest attack in the capital since 2019"): no total since then, and its times say when the comparison
# starts, not when the event was.
_COMPARED_SINCE = re.compile(rf"(\b{_SUPERLATIVE})\bsince\b[^,;.]*", re.IGNORECASE)
_BACKGROUND = re.compile(
    r"\b(?:last|previous) (?:year|month|summer|winter|spring|autumn|fall)\b"
    r"|\b(?:\w+|\d+) (?:years|months) (?:ago|earlier)\b"
    r"|\bearlier this (?:year|month)\b|\bin a similar\b|\ba similar (?:attack|incident|shooting|bombing|raid)\b",
    re.IGNORECASE,
)
# A time of the days before the report's: an earlier happening when a sentence of the body tells it ("Clashes
# earlier this week left 16 people dead"), the report's own when its opening sentence does ("Fighting near X
# earlier this week killed at least 10 people, officials said on Thursday"). "Earlier this month" stays an earlier
# happening even there: the lead that tells it mostly reports its aftermath (a trial, a vigil).
_RECENT = re.compile(r"\bearlier this week\b", re.IGNORECASE)
_MONTH_NAMES = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
# "in 2019", "in September 2023", "since May 2020": a year the happening is dated by.
_YEAR = re.compile(rf"\b(?:in|of|since) (?:{_MONTH_NAMES} )?((?:19|20)\d\d)\b", re.IGNORECASE)
# "in August", "in early March" with no day: a month the happening is dated by, earlier than the report's when it
# comes before the report's month ("closed the crossing in August after clashes" in a report of October).
_MONTH = re.compile(rf"\bin (?:early |mid-|late )?({_MONTH_NAMES})\b(?! \d{{1,2}}\b)", re.IGNORECASE)
_MONTH_NUMBERS = {name: i + 1 for i, name in enumerate(_MONTH_NAMES[3:-1].split("|"))}
CLAIM_VERBS = frozenset({"claim"})
NEGATING_VERBS = frozenset({"deny", "reject", "refute", "fail", "dismiss", "refuse", "without"})
INTENT_VERBS = frozenset(
    {"threaten", "plan", "vow", "warn", "fear", "intend", "seek", "urge", "call", "demand", "propose", "aim", "want",
     "prepare", "pledge", "promise", "consider", "hope", "expect", "try", "attempt", "plot"}
)  # fmt: skip
MODALS = frozenset({"could", "would", "might", "may", "should", "will", "'ll", "wo", "must", "can"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
LIGHT_VERBS = frozenset(
    {"launch", "carry", "conduct", "stage", "hold", "mount", "commit", "reach", "sign", "make", "have",
     "begin", "start", "resume", "join", "organize", "organise", "announce", "agree"}
)  # fmt: skip
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "xcomp", "conj", "acl", "pcomp"})
OFFICIAL_SUBJECTS = frozenset({"police", "official", "officials", "authorities", "ministry", "army", "military"})
# Verbs of a party's own account of what it did ("said its fighters killed"), and the words by which it names itself.
OWN_ACCOUNT_VERBS = frozenset({"say", "announce", "state", "boast"})
SELF_PRONOUNS = frozenset({"it", "its", "they", "their", "we", "our"})


@dataclass(frozen=True, slots=True)
class Status:
    status: str
    claimant: str | None = None
    claimant_span: Span | None = None


def sentence_context(sentence_text: str, published: date | None, *, opening: bool = False) -> str:
    """``aggregate`` or ``background`` for a sentence that tells a total or an earlier happening, else ``reported``.
    The ``opening`` sentence of a report tells its news: a time of these days there is the news's (``_RECENT``)."""
    if _AGGREGATE.search(sentence_text) and not _COMPARED_SINCE.search(sentence_text):
        return AGGREGATE
    sentence_text = _COMPARED_SINCE.sub(r"\1", sentence_text)
    if _BACKGROUND.search(sentence_text) or _earlier_year(sentence_text, published):
        return BACKGROUND
    if not opening and _RECENT.search(sentence_text):
        return BACKGROUND
    return REPORTED


# The dead of the year so far, told in the present perfect ("More than 40 bus drivers have been killed in the country
# this year"), not a superlative measured in the year ("have been killed in the deadliest attack this year").
_YEAR_TOTAL = re.compile(
    r"\b(?:has|have) been (?:killed|murdered|shot dead)\b(?:(?!\b(?:\w+est|worst|first|most)\b)[^.;]){0,60}"
    r"\bthis year\b",
    re.IGNORECASE,
)


def tells_the_years_dead(sentence_text: str) -> bool:
    """Whether a sentence counts the year's dead so far (``_YEAR_TOTAL``): its figure is a total of many incidents,
    not a toll of the event (the sentence may still report the event: its status is ``sentence_context``'s)."""
    return _YEAR_TOTAL.search(sentence_text) is not None


def trigger_status(doc: Doc, trigger: Span, sentence: Span, published: date | None, *, opening: bool = False) -> Status:
    """The status of the event a trigger reports (in the report's ``opening`` sentence or not)."""
    span = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return Status(REPORTED)
    token = span.root
    path = _path_to_clauses(token)
    if _negated(path):
        return Status(NEGATED)
    if _hypothetical(path):
        return Status(HYPOTHETICAL)
    if _named_by_an_earlier_year(token, published):
        return Status(BACKGROUND)  # "the 2018 protests", "the victims of the 2022 clashes"
    # doc.text joins every token again on each call: read the sentence's characters from its own tokens
    text = _text(doc, sentence)
    context = sentence_context(text, published, opening=opening)
    if context != REPORTED:
        elsewhere = _told_elsewhere(doc, token, sentence)
        if context == AGGREGATE:
            context = _before_a_war_total(text, trigger.end - sentence.start, published, elsewhere, opening=opening)
        if context == BACKGROUND and all(elsewhere(a, b) for a, b in earlier_times(text, published, opening=opening)):
            context = REPORTED  # "detained on Sunday ... on charges of organising protests last month"
    if context != REPORTED:
        return Status(context)
    return _claimed(path) or Status(REPORTED)


def earlier_times(text: str, published: date | None, *, opening: bool) -> list[tuple[int, int]]:
    """Where the sentence names an earlier time (``sentence_context``'s background cues), but in the point a
    superlative is measured from."""
    compared = [(m.end(1), m.end()) for m in _COMPARED_SINCE.finditer(text)]
    found = [(m.start(), m.end()) for m in _BACKGROUND.finditer(text)]
    if published is not None:
        found += [(m.start(1), m.end(1)) for m in _YEAR.finditer(text) if int(m.group(1)) < published.year]
        found += [(m.start(1), m.end(1)) for m in _earlier_months(text, published)]
    if not opening:
        found += [(m.start(), m.end()) for m in _RECENT.finditer(text)]
    return [(a, b) for a, b in found if not any(start <= a and b <= end for start, end in compared)]


def _clause_of(token: Token) -> Token:
    """The verb of the clause a word stands in (the word itself for a verb; the root when none is above)."""
    for above in (token, *token.ancestors):
        if above.pos_ in {"VERB", "AUX"}:
            return above
    return token.sent.root


def _before_a_war_total(
    text: str, trigger_end: int, published: date | None, describing: Callable[[int, int], bool], *, opening: bool
) -> str:
    """The context of a trigger told before every total of its sentence, where each total is a war's told in a
    clause that describes the war (``_WAR_TOTAL``) or stands in a relative clause without the trigger ("signed an
    agreement ... settling their border, which has seen deadly clashes in recent years"): that of the words before
    the first total."""
    totals = list(_AGGREGATE.finditer(text))
    first = totals[0].start()
    if first < trigger_end or not all(
        _WAR_TOTAL.search(text, m.start(), m.end()) or describing(m.start(), m.end()) for m in totals
    ):
        return AGGREGATE
    return sentence_context(text[:first], published, opening=opening)


def _told_elsewhere(doc: Doc, trigger: Token, sentence: Span) -> Callable[[int, int], bool]:
    """Whether the words at ``start:end`` of the sentence (a time, a total) tell of another clause than the
    trigger's: a clause below the trigger's own ("detained ... on charges of organising protests last month",
    "arrested for attacking police in 2019", "signed an agreement to reopen the border, closed since January") or
    a relative clause that does not hold the trigger ("signed an agreement in Oslo on Wednesday to resume
    negotiations that collapsed in 2017"); not a clause that describes the trigger ("a shooting that left two dead
    last year")."""
    own = _clause_of(trigger)

    def elsewhere(start: int, end: int) -> bool:
        words = doc.char_span(sentence.start + start, sentence.start + end, alignment_mode="expand")
        if words is None or not len(words):
            return False
        for token in (words.root, *words.root.ancestors):
            if token.dep_ == "relcl":
                return token.head.i != trigger.i and not any(t.i == trigger.i for t in token.subtree)
        dated = _clause_of(words.root)
        if dated.head.i == trigger.i:
            return False
        return dated.i != own.i and any(a.i == own.i for a in dated.ancestors)

    return elsewhere


def _text(doc: Doc, span: Span) -> str:
    """The characters of ``span`` (token-aligned, as sentences and subjects are), without ``doc.text``."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    return "" if tokens is None else tokens.text[span.start - tokens.start_char : span.end - tokens.start_char]


def _path_to_clauses(token: Token) -> list[Token]:
    """The token and its heads up to the second clause above it (a report's own clause and the one it hangs in)."""
    path = [token]
    clauses = 0
    while token.head.i != token.i and clauses < 2:
        if token.dep_ in CLAUSE_DEPS and token.pos_ in {"VERB", "AUX"}:
            clauses += 1
        token = token.head
        path.append(token)
    return path


def _governing_verb(path: list[Token]) -> Token | None:
    """For a noun report, the verb that says whether it happened: a light verb of which it is the object
    ("held talks", "launched an attack", "reached a ceasefire"); none for a subject ("the attack will be
    investigated" says nothing of whether the attack happened)."""
    own = path[0]
    if own.pos_ in {"VERB", "AUX"}:
        return own
    for token in path[1:]:
        if token.pos_ in {"VERB", "AUX"}:
            return token if token.lemma_.lower() in LIGHT_VERBS and own.dep_ not in SUBJECTS else None
    return None


def _negated(path: list[Token]) -> bool:
    """A negation on the report, on a noun that governs it ("no progress on a ceasefire"), or on its verb."""
    for token in path:
        if token.pos_ in {"VERB", "AUX"}:
            break
        if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children) or token.lower_ == "without":
            return True
    verb = _governing_verb(path)
    if verb is None:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if verb is not path[0] and any(_has_no(c) for c in verb.children if c.dep_ == "dobj"):
        return True  # "made no progress on a ceasefire", the parse hanging "on a ceasefire" on the verb
    above = verb.head if verb.head.i != verb.i else None
    # "failed to agree on a truce", "refused to withdraw", "ended without agreeing on a ceasefire"
    return above is not None and above.lemma_.lower() in NEGATING_VERBS and verb.dep_ in {"xcomp", "pcomp", "ccomp"}


def _has_no(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)


def _hypothetical(path: list[Token]) -> bool:
    """A modal or a condition on the report's verb, a verb of intending above it ("plans to attack", "threatened
    attacks"), or a purpose ("a coalition to fight")."""
    own = path[0]
    if own.pos_ not in {"VERB", "AUX"} and own.head.lemma_.lower() in INTENT_VERBS and own.dep_ not in SUBJECTS:
        return True  # "threatened attacks", "called for protests"
    if own.pos_ not in {"VERB", "AUX"} and own.dep_ not in SUBJECTS and _planned(own):
        return True  # "a day before a rally its leader had planned there", "ahead of a strike scheduled for Monday"
    verb = _governing_verb(path)
    if verb is None:
        return _modal_object(path)
    children = list(verb.children)
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in children):
        return True
    if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in children):
        return True
    above = verb.head if verb.head.i != verb.i else None
    if above is not None and above.lemma_.lower() in INTENT_VERBS and verb.dep_ in {"xcomp", "ccomp", "dobj"}:
        return not (above.lemma_.lower() in ATTEMPT_VERBS and verb.lemma_.lower() in ATTEMPTED_PROTESTS)
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
        return verb.dep_ in {"acl", "relcl", "advcl"}
    return False


# Verbs that describe a happening as one arranged for later: "a rally its leader had planned", "a march scheduled for
# Saturday".
PLANNING_VERBS = frozenset({"plan", "schedule"})


def _planned(noun: Token) -> bool:
    """A report noun that a clause describes as planned ("a rally its leader had planned", "the strike scheduled for
    Monday"), not one the main clause tells as done."""
    return any(c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in PLANNING_VERBS for c in noun.children)


# Verbs of an attempt, and the protests that happen when people try them: "students who tried to march on the
# palace were dispersed" (a march stopped is a protest met with intervention; a tried attack may not have happened).
ATTEMPT_VERBS = frozenset({"try", "attempt"})
ATTEMPTED_PROTESTS = frozenset({"march", "protest", "demonstrate", "rally", "gather"})


def _modal_object(path: list[Token]) -> bool:
    """A report named in what a modal verb says may come ("could face charges of attempted murder", "may face a
    murder charge"), not as its subject: it is not a happening the article reports."""
    own = path[0]
    if own.pos_ in {"VERB", "AUX"} or own.dep_ in SUBJECTS:
        return False
    for token in path[1:]:
        if token.pos_ in {"VERB", "AUX"}:
            return token.lemma_.lower() == "face" and any(
                c.dep_ == "aux" and c.lower_ in MODALS for c in token.children
            )
        if token.dep_ in SUBJECTS:
            return False
    return False


def _claimed(path: list[Token]) -> Status | None:
    """ "X claimed responsibility for the attack", "X claimed (that) it had killed ...": a claim, by X; and a
    party's own account of what it did ("Al-Shabaab said its fighters killed 20 soldiers", "the rebels said they
    had captured the town"), but for the forces' and officials' reports."""
    own = _own_account(path)
    if own is not None:
        return own
    for token in path[1:]:
        if token.lemma_.lower() not in CLAIM_VERBS or token.pos_ != "VERB":
            continue
        subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects and subjects[0].lower_ in OFFICIAL_SUBJECTS:
            return None  # what the police or the army say is their report, not a party's claim
        if not subjects or subjects[0].pos_ == "PRON":
            return Status(CLAIMED)
        subject = subjects[0]
        words = [t for t in subject.subtree if t.dep_ not in {"punct", "relcl", "acl", "appos"}]
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        name = _text(subject.doc, Span(start, end))
        name = re.sub(r"^(?:the|a|an) ", "", name, flags=re.IGNORECASE)
        return Status(CLAIMED, name, Span(end - len(name), end))
    return None


def _own_account(path: list[Token]) -> Status | None:
    """The sayer of the clause that tells the report, when that clause's doer is the sayer itself: a pronoun ("it",
    "they", "we") or a noun it owns ("its fighters", "our men")."""
    clause = next((t for t in path if t.pos_ in {"VERB", "AUX"}), None)  # the clause that tells the report
    if clause is None:
        return None
    above = clause.head
    if clause.dep_ != "ccomp" or above.lemma_.lower() not in OWN_ACCOUNT_VERBS or above.i == clause.i:
        return None
    doers = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    sayers = [c for c in above.children if c.dep_ == "nsubj"]
    if not doers or not sayers or sayers[0].pos_ == "PRON" or sayers[0].lower_ in OFFICIAL_SUBJECTS:
        return None
    doer = doers[0]
    owned = any(c.dep_ == "poss" and c.lower_ in SELF_PRONOUNS for c in doer.children)  # "its fighters"
    if doer.lower_ not in SELF_PRONOUNS and not owned:
        return None
    sayer = sayers[0]
    words = [t for t in sayer.subtree if t.dep_ not in {"punct", "relcl", "acl", "appos"}]
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    name = re.sub(r"^(?:the|a|an) ", "", _text(sayer.doc, Span(start, end)), flags=re.IGNORECASE)
    if any(w in OFFICIAL_SUBJECTS for w in name.lower().split()):
        return None
    return Status(CLAIMED, name, Span(end - len(name), end))


def _named_by_an_earlier_year(token: Token, published: date | None) -> bool:
    """A report noun that a year before the report's modifies ("the 2018 protests", "the 2019 bombings"): the
    happening of that year, told for context, whatever the rest of its sentence tells."""
    if published is None:
        return False
    if token.pos_ in {"VERB", "AUX"}:
        return _describes_an_earlier_year(token, published)
    return _year_before(token, published)


def _year_before(noun: Token, published: date) -> bool:
    return any(
        c.dep_ in {"nummod", "compound", "amod", "npadvmod"}
        and re.fullmatch(r"(?:19|20)\d\d", c.text) is not None
        and int(c.text) < published.year
        for c in noun.children
    )


NOUN_CHAIN = 4  # nouns and prepositions climbed from a relative clause to the happening it describes


def _describes_an_earlier_year(verb: Token, published: date) -> bool:
    """A relative clause that tells the toll of a happening of an earlier year ("over the 2019 bombing of a market
    that killed 12 people"): the noun it describes, or the noun that one completes, is named by that year."""
    if verb.dep_ != "relcl":
        return False
    noun = verb.head
    for _ in range(NOUN_CHAIN):
        if noun.pos_ in {"NOUN", "PROPN"} and _year_before(noun, published):
            return True
        if noun.pos_ not in {"NOUN", "PROPN", "ADP"} or noun.head.i == noun.i:
            return False
        noun = noun.head
    return False


def _earlier_year(sentence_text: str, published: date | None) -> bool:
    """ "an ambush in 2019" in a report published in 2023, "clashes in August" in one published in October."""
    if published is None:
        return False
    return any(int(year) < published.year for year in _YEAR.findall(sentence_text)) or any(
        True for _ in _earlier_months(sentence_text, published)
    )


# "the 2019 bombing", "the 2022 clashes": a year named as the happening's modifier.
_YEAR_OF = re.compile(r"\bthe ((?:19|20)\d\d)\b", re.IGNORECASE)


def of_an_earlier_year(sentence_text: str, published: date | None) -> bool:
    """Whether a sentence dates what it tells by a year before the report's ("In 2019, a suicide bomber killed 12
    people", "since the 2018 protests"): a happening of another year, never the news of a dated report."""
    if published is None:
        return False
    years = [*_YEAR.findall(sentence_text), *_YEAR_OF.findall(sentence_text)]
    return any(int(year) < published.year for year in years)


def _earlier_months(text: str, published: date) -> list[re.Match[str]]:
    """ "in August" (of this year or none named) in a report published in October."""
    return [
        m
        for m in _MONTH.finditer(text)
        if _MONTH_NUMBERS[m.group(1).lower()] < published.month
        and not re.match(rf",? (?!{published.year}\b)(?:19|20)\d\d\b", text[m.end() :])  # "in May 2024": its year tells
    ]
