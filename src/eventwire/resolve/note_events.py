"""The event of a dated short note that no trigger word reports ("Governor arrested a day after being dismissed
for declaring a state of emergency in Wau.", "Workers took their frustrations to the Department of Health offices
in Pretoria's city centre.").

A note (no title, ``note_places.SHORT_NOTE_CHARS`` at most, dated by its event's day, naming a place) is the
record of one event: when the typing reads none in its words, it still reports one, in its first sentence,
with the note's place, day and figures. Its kind is ACLED's catch-all, a strategic development of no named kind
(``lexicon.events.NOTE_DEVELOPMENT``), unless the note tells people hurt ("sustained serious wounds", "No deaths
were reported"): then an attack, the kind the typing gives violence it cannot attribute. A report (with a title,
or longer) that tells no event stays without one, and so does a short text that names no place (a page's
furniture, "Thanks for signing up!").
"""

from __future__ import annotations

import re

from eventwire.lexicon.events import ATTACK, DISASTER_CUES, NOTE_DEVELOPMENT
from eventwire.model import EventTrigger, Provenance, Span
from eventwire.pipeline import Document
from eventwire.resolve.verbal_events import verbal_cue

NOTE_EVENT_RULE = "note-event"
NOTE_EVENT_SCORE = 0.3  # below every typed trigger's: the words named no kind
# Words that tell people hurt: the note's untyped event is violence.
_HARM = re.compile(r"\b(?:wound(?:s|ed)?|injur(?:ed|y|ies)|killed|dead|deaths?|casualties)\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")


def note_trigger(document: Document, version: str, mishaps: frozenset[str]) -> tuple[EventTrigger, ...]:
    """The trigger of a note's untyped event: the main verb (the parse's root) of its first sentence that has
    one; none for an empty text, or for a note of a disaster or a mishap (its words among the typing's disaster
    cues or ``mishaps``: "A storm killed three people" is no event ACLED codes). An attack when the note tells
    people hurt."""
    if not set(_WORD.findall(document.text.lower())).isdisjoint(DISASTER_CUES | mishaps):
        return ()
    harm = bool(_HARM.search(document.text))
    kind, family = (ATTACK, "violence") if harm else (NOTE_DEVELOPMENT, "note")
    for index, sentence in enumerate(document.sentences()):
        root = sentence.root
        if not root.text.strip():
            continue
        if verbal_cue(root) is not None:
            return ()  # "Delegates met in Lima", "Students demanded ...": a verbal event, the verbal events' to read
        span = Span(root.idx, root.idx + len(root.text))
        whole = Span(sentence.start_char, sentence.end_char)
        provenance = Provenance("events", version, rule=NOTE_EVENT_RULE, score=NOTE_EVENT_SCORE)
        return (EventTrigger(span, whole, index, kind, provenance, family=family),)
    return ()
