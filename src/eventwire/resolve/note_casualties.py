"""The dead of a short event note whose figure the parse-based reading (``detect/casualties.py``) misses.

A note writes its toll tersely, in words the parse often leaves unattached: "resulting in 3 killed and 10
wounded", "Between 1 and 4 soldiers killed, and several wounded". A number followed (within two words) by
"killed" or "dead" is then the toll, its lower figure where it gives a range (ACLED's rule).

A note may also say people fell without a number: "causing casualties of unknown number",
"Casualties reported, numbers not known", "He referred to many casualties", "heavy casualties on both sides".

ACLED codes an event's fatalities as 10 when its source reports deaths without counting them (its rule for
"several", "many" and unknown plurals; ``detect/casualties.py`` reads "killing several" and "an unknown number of
herders" so). A note that says casualties happened, uncounted, reports such dead; one that does not know whether
there were any ("Casualties not known", "No details of casualties") reports none. The words are read as a note
writes them, with its common misspelling ("causalities").
"""

from __future__ import annotations

import re

from eventwire.lexicon.calendar_words import NUMBER_WORDS
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
    found = _UNNUMBERED.search(text)
    if found is None:
        return None
    provenance = Provenance("events", version, rule=NOTE_CASUALTIES_RULE, score=_SCORE)
    return CasualtyMention(Span(found.start(), found.end()), CasualtyKind.KILLED, UNNUMBERED_DEAD, provenance, low=2)
