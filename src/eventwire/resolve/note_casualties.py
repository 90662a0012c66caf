"""The dead of a short event note whose figure the parse-based reading (``detect/casualties.py``) misses.

A note writes its toll tersely, in words the parse often leaves unattached: "resulting in 3 killed and 10
wounded", "Between 1 and 4 soldiers killed, and several wounded". A number followed (within two words) by
"killed" or "dead" is then the toll, its lower figure where it gives a range (ACLED's rule).

A note may also say people fell without a number: "causing casualties of unknown number",
"Casualties reported, numbers not known", "He referred to many casualties", "heavy casualties on both sides", "the
strikes killed militants and civilians", "killed all those inside".

ACLED codes an event's fatalities as 10 when its source reports deaths without counting them (its rule for
"several", "many" and unknown plurals; ``detect/casualties.py`` reads "killing several" and "an unknown number of
herders" so). A note that says casualties happened, uncounted, reports such dead; one that does not know whether
there were any ("Casualties not known", "No details of casualties") reports none. The words are read as a note
writes them, with its common misspelling ("causalities").

A note that tells one toll for several places it lists ("attacked the villages of A, B and C, killing 26", "from
Ngoshe and Guva") or for several days ("over 24-26 June") is coded by ACLED as one row per place or day, the toll
split evenly over them (the first rows take the remainder): each row's share is the toll over their number, rounded
up. A toll smaller than that number is not split (it cannot be, evenly), nor one ACLED codes without a number
("several": 10 in each row).
"""

from __future__ import annotations

import math
import re

from eventwire.lexicon.calendar_words import MONTHS, NUMBER_WORDS
from eventwire.model import CasualtyKind, CasualtyMention, Provenance, Span

NOTE_CASUALTIES_RULE = "note-unnumbered-casualties"
NOTE_TOLL_RULE = "note-terse-toll"
UNNUMBERED_DEAD = 10  # ACLED's figure for dead reported without a number
_SCORE = 0.5  # a figure the text does not state: any stated one outranks it

_CASUALTIES = r"(?:casualties|causalities|causualties)"
# Casualties said to have happened, with no number: "many casualties", "casualties of (an) unknown number", "an
# unknown number of casualties", "casualties reported, (but) numbers (are) not known".
_UNNUMBERED = re.compile(
    rf"\b(?:(?:heavy|many|numerous|several|multiple)\s+{_CASUALTIES}"
    rf"|{_CASUALTIES}\s+of\s+(?:an?\s+)?(?:unknown|unspecified|undisclosed)\s+numbers?"
    rf"|(?:unknown|unspecified|undisclosed)\s+numbers?\s+of\s+{_CASUALTIES}"
    rf"|{_CASUALTIES}\s+(?:were\s+)?reported[,;]?\s+(?:but\s+)?(?:the\s+)?numbers?\s+(?:are\s+|were\s+)?(?:not\s+known|unknown))\b",
    re.IGNORECASE,
)


# People killed without a count: "The strikes killed \"militants and civilians\"", "killed all those inside".
_KILLED_UNCOUNTED = re.compile(
    r"\bkill(?:ed|ing|s)?\s+[\"\u201c]?(?:all\s+those\b|(?:militants|civilians|soldiers|fighters|people|residents"
    r"|villagers|insurgents|rebels|troops|policemen|herders|farmers|assailants|attackers|gunmen|militiamen|combatants"
    r"|passengers|worshippers|students|children|women|men)\b)",
    re.IGNORECASE,
)


_VAGUE = frozenset({"a", "an", "several", "many", "hundred"})  # no count of their own (the detector reads "several")
_NUMBER = r"(?:\d{1,4}|" + "|".join(w for w in NUMBER_WORDS if w.isalpha() and w not in _VAGUE) + ")"
# "3 killed", "Between 1 and 4 soldiers killed", "at least two people dead": the first figure (a range's lower one).
_TERSE_TOLL = re.compile(
    rf"(?<![\w/.:-])(?:between\s+)?(?:at\s+least\s+)?({_NUMBER})(?:\s+(?:and|to|-)\s+{_NUMBER})?"
    rf"(?:\s+[a-z-]+){{0,2}}?\s+(?:were\s+|was\s+)?(?:killed|dead)\b",
    re.IGNORECASE,
)


# "resulted in a soldier and a militiamen killed": two people, one each, told with "killed" after them.
_PAIR_KILLED = re.compile(r"\b(?:a|an|one)\s+[a-z]+\s+and\s+(?:a|an|one)\s+[a-z]+\s+(?:were\s+)?killed\b", re.I)
# "DRC soldier found on Rwandan soil was shot and killed": a note that opens, headline-like, on one person killed.
_ONE_KILLED = re.compile(
    r"^(?:[A-Z][\w-]*\s+)?(?:soldier|policeman|police officer|officer|civilian|man|woman|child|boy|girl|farmer"
    r"|trader|driver|student|teacher|journalist)\b[^.]{0,80}?\bwas\s+(?:shot\s+and\s+|stabbed\s+and\s+)?killed\b"
)


def terse_toll(text: str, version: str) -> CasualtyMention | None:
    """The dead of the first number that a note follows (within two words) with "killed" or "dead", else of the one
    person a note opens on as killed ("DRC soldier ... was shot and killed": 1); None when it has neither."""
    count, found = 0, _TERSE_TOLL.search(text)
    if found is not None:
        word = found.group(1).lower()
        count = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)
    elif (found := _ONE_KILLED.search(text)) is not None:
        count = 1
    if found is None or not count:
        return None
    provenance = Provenance("events", version, rule=NOTE_TOLL_RULE, score=_SCORE)
    return CasualtyMention(Span(found.start(), found.end()), CasualtyKind.KILLED, count, provenance)


def paired_dead(text: str, version: str) -> CasualtyMention | None:
    """The two dead of a pair a note tells killed ("resulted in a soldier and a militiaman killed"), at its words;
    None when it tells none (the parse hangs "killed" on the second alone and counts one)."""
    found = _PAIR_KILLED.search(text)
    if found is None:
        return None
    provenance = Provenance("events", version, rule=NOTE_TOLL_RULE, score=_SCORE)
    return CasualtyMention(Span(found.start(), found.end()), CasualtyKind.KILLED, 2, provenance)


def unnumbered_dead(text: str, version: str) -> CasualtyMention | None:
    """The dead a note reports without a number (``UNNUMBERED_DEAD``), at the words that say so; None when it
    says no such thing."""
    found = _UNNUMBERED.search(text) or _KILLED_UNCOUNTED.search(text)
    if found is None:
        return None
    provenance = Provenance("events", version, rule=NOTE_CASUALTIES_RULE, score=_SCORE)
    return CasualtyMention(Span(found.start(), found.end()), CasualtyKind.KILLED, UNNUMBERED_DEAD, provenance, low=2)


_NAME = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?"
_NAMES = rf"({_NAME}(?:\s*,\s*{_NAME})*\s*,?\s*(?:and|&)\s+{_NAME})\b"
_PLACE_NOUN = r"(?:villages?|towns?|areas?|districts?|communities|localities|neighbou?rhoods|quarters|sites)"
# Places a note lists: after a noun of places ("the villages of A, B and C", "two communities - A and B") or a
# preposition of place ("from Ngoshe and Guva", "a patrol of A, B and C", "along the A and B roads", "cleared A and
# B of militants"); not the sides after "between", nor the
# names after another "of" ("members of A and B", "the Ministry of Finance and Budget").
_LISTED_PLACES = (
    re.compile(rf"\b{_PLACE_NOUN}\s+(?:of\s+)?(?:-\s+)?{_NAMES}"),
    re.compile(
        rf"\b(?:in|at|from|near|along|clear(?:ed|s|ing)?|(?:patrols?|raids?|attacks?|outskirts)\s+of)\s+"
        rf"(?:the\s+)?(?:[a-z]+\s+)?{_NAMES}"
    ),
)
_MONTH = rf"(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})[a-z]*\.?"
# Days a note spans: "over 24-26 June", "between Jun.19-20", "from 3 to 5 March" (a month by the days: "between 6-8
# assailants" counts people).
_DAY_RANGE = re.compile(
    rf"\b(?:over|between|from)\s+(?:(?P<before>{_MONTH})\s*)?(\d{{1,2}})\s*(?:-|\u2013|to)\s*(\d{{1,2}})"
    rf"(?(before)|\s*{_MONTH})",
    re.IGNORECASE,
)
_MAX_DAYS = 7


def rows_of_the_toll(text: str) -> int:
    """How many rows ACLED codes a note's toll over: the places it lists or the days it spans, the more of them; 1
    when it names one place on one day."""
    rows = 1
    for pattern in _LISTED_PLACES:
        if (found := pattern.search(text)) is not None:
            rows = max(rows, len([n for n in re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", found.group(1)) if n]))
            break
    if (days := _DAY_RANGE.search(text)) is not None:
        first, last = int(days.group(2)), int(days.group(3))
        if 0 < last - first < _MAX_DAYS:
            rows = max(rows, last - first + 1)
    return rows


def row_share(toll: int, text: str) -> int:
    """The dead of one row of a note's toll (``toll`` over ``rows_of_the_toll``, rounded up); the toll itself when
    the note has one row or the toll is smaller than its rows."""
    rows = rows_of_the_toll(text)
    return toll if rows < 2 or toll < rows else math.ceil(toll / rows)
