"""Quotes linked to the events they are about: ``QuoteMention.event`` indexes the result's events (the ACLED
events, then the verbal ones).

A quote is about the verbal event its own sentence reports ("Kuleba denounced it as a 'heinous act'"), else
about an event whose trigger its sentence or its words hold, else about the article's main violent event when
it speaks of violence ("There was an attack on Kyiv"), else about what the same speaker's quote in the
sentence before was about; else about none.
"""

from __future__ import annotations

import re
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
    sentences = [s.span for s in document.get(SENTENCES)]
    text = document.text
    linked: list[QuoteMention] = []
    for quote in document.get(QUOTES):
        event = _event_of(quote, events, len(acled), sentences, text)
        if event is None and linked and _goes_on(linked[-1], quote, sentences):
            event = linked[-1].event
        linked.append(replace(quote, event=event))
    return tuple(linked)


def _goes_on(previous: QuoteMention, quote: QuoteMention, sentences: Sequence[Span]) -> bool:
    """The same speaker goes on in the next sentence: the quote is about what the previous one was about."""
    if previous.speaker is None or quote.speaker is None or previous.speaker.name != quote.speaker.name:
        return False
    starts = [s.start for s in sentences]
    before = sum(1 for s in starts if s <= previous.span.start)
    now = sum(1 for s in starts if s <= quote.span.start)
    return now - before <= 1


def _event_of(
    quote: QuoteMention, events: Sequence[Event], verbal_from: int, sentences: Sequence[Span], text: str
) -> int | None:
    where = _sentences_of(quote, sentences)
    for index in range(verbal_from, len(events)):  # the statement the quote's own sentence reports
        if any(s.contains(events[index].trigger) for s in where) and not quote.span.contains(events[index].trigger):
            return index
    for index, event in enumerate(events[:verbal_from]):
        if any(s.contains(event.trigger) for s in where) or quote.span.contains(event.trigger):
            return index
    words = {w.lower() for w in _WORD.findall(quote.span.text_of(text))}
    violent = next((i for i, e in enumerate(events[:verbal_from]) if e.event_type != "none"), None)
    if violent is not None and words & VIOLENCE_WORDS:
        return violent
    return None


def _sentences_of(quote: QuoteMention, sentences: Sequence[Span]) -> list[Span]:
    """The sentences of the quote's attribution (its cue's sentence) and of its start."""
    anchors = [quote.span.start] + ([quote.cue.start] if quote.cue is not None else [])
    return [s for s in sentences if any(s.start <= a < s.end for a in anchors)]
