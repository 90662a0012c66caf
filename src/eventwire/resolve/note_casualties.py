"""The dead of a short event note that says people fell without a number: "causing casualties of unknown number",
"Casualties reported, numbers not known", "He referred to many casualties", "heavy casualties on both sides".

ACLED codes an event's fatalities as 10 when its source reports deaths without counting them (its rule for
"several", "many" and unknown plurals; ``detect/casualties.py`` reads "killing several" and "an unknown number of
herders" so). A note that says casualties happened, uncounted, reports such dead; one that does not know whether
there were any ("Casualties not known", "No details of casualties") reports none. The words are read as a note
writes them, with its common misspelling ("causalities").
"""

from __future__ import annotations

import re

from eventwire.model import CasualtyKind, CasualtyMention, Provenance, Span

NOTE_CASUALTIES_RULE = "note-unnumbered-casualties"
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


def unnumbered_dead(text: str, version: str) -> CasualtyMention | None:
    """The dead a note reports without a number (``UNNUMBERED_DEAD``), at the words that say so; None when it
    says no such thing."""
    found = _UNNUMBERED.search(text)
    if found is None:
        return None
    provenance = Provenance("events", version, rule=NOTE_CASUALTIES_RULE, score=_SCORE)
    return CasualtyMention(Span(found.start(), found.end()), CasualtyKind.KILLED, UNNUMBERED_DEAD, provenance, low=2)
