"""Quotes linked to the events they are about: ``QuoteMention.event`` indexes the result's events (the ACLED
events, then the verbal ones).

A quote is about the verbal event its own sentence reports ("Kuleba denounced it as a 'heinous act'"), else
about an event whose trigger its sentence or its words hold, else about the article's main violent event when
it speaks of violence ("There was an attack on Kyiv"), else about what the same speaker's quote in the
sentence before was about; else about none.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from eventwire.lexicon.verbal import VIOLENCE_WORDS
from eventwire.model import Event, QuoteMention, Span
from eventwire.pipeline import EVENTS, QUOTE_EVENTS, QUOTES, SENTENCES, VERBAL_EVENTS, Document, register

VERSION = "1"
_WORD = re.compile(r"[\w'-]+")


@register(QUOTE_EVENTS, version=VERSION, requires=(SENTENCES, QUOTES, EVENTS, VERBAL_EVENTS))
def quote_events(document: Document) -> tuple[QuoteMention, ...]:
    """The quotes, each with the index of the event it is about (None where there is none)."""
    acled, verbal = document.get(EVENTS), document.get(VERBAL_EVENTS)
    events = (*acled, *verbal)
    sentences = _Sentences([s.span for s in document.get(SENTENCES)], events, len(acled))
    text = document.text
    linked: list[QuoteMention] = []
    for quote in document.get(QUOTES):
        event = _event_of(quote, events, len(acled), sentences, text)
        if event is None and linked and _goes_on(linked[-1], quote, sentences):
            event = linked[-1].event
        linked.append(replace(quote, event=event))
    return tuple(linked)


class _Sentences:
    """The sentences (in text order, not overlapping: the sentences stage's), found by bisection, with the
    verbal events whose trigger each holds: linking stays linear in the article (a scan of every sentence and
    every verbal event for each quote took 56 s on a generated 1 MB article)."""

    def __init__(self, spans: list[Span], events: Sequence[Event], verbal_from: int) -> None:
        self.spans = spans
        self.starts = [s.start for s in spans]
        self.verbal: dict[int, list[int]] = {}  # sentence number -> the verbal events it holds, in order
        for index in range(verbal_from, len(events)):
            at = self.at(events[index].trigger.start)
            if at is not None and spans[at].contains(events[index].trigger):
                self.verbal.setdefault(at, []).append(index)

    def at(self, offset: int) -> int | None:
        """The number of the sentence that holds ``offset``, if one does."""
        at = bisect_right(self.starts, offset) - 1
        return at if at >= 0 and offset < self.spans[at].end else None

    def started_by(self, offset: int) -> int:
        """How many sentences start at or before ``offset``."""
        return bisect_right(self.starts, offset)


def _goes_on(previous: QuoteMention, quote: QuoteMention, sentences: _Sentences) -> bool:
    """The same speaker goes on in the next sentence: the quote is about what the previous one was about."""
    if previous.speaker is None or quote.speaker is None or previous.speaker.name != quote.speaker.name:
        return False
    return sentences.started_by(quote.span.start) - sentences.started_by(previous.span.start) <= 1


def _event_of(
    quote: QuoteMention, events: Sequence[Event], verbal_from: int, sentences: _Sentences, text: str
) -> int | None:
    numbers = _sentences_of(quote, sentences)
    where = [sentences.spans[n] for n in numbers]
    verbal = sorted(index for n in numbers for index in sentences.verbal.get(n, ()))
    for index in verbal:  # the statement the quote's own sentence reports
        if not quote.span.contains(events[index].trigger):
            return index
    for index, event in enumerate(events[:verbal_from]):
        if any(s.contains(event.trigger) for s in where) or quote.span.contains(event.trigger):
            return index
    words = {w.lower() for w in _WORD.findall(quote.span.text_of(text))}
    violent = next((i for i, e in enumerate(events[:verbal_from]) if e.event_type != "none"), None)
    if violent is not None and words & VIOLENCE_WORDS:
        return violent
    return None


def _sentences_of(quote: QuoteMention, sentences: _Sentences) -> list[int]:
    """The numbers of the sentences of the quote's attribution (its cue's sentence) and of its start, in order."""
    anchors = [quote.span.start] + ([quote.cue.start] if quote.cue is not None else [])
    return sorted({n for n in map(sentences.at, anchors) if n is not None})
