"""The layers a pipeline makes: each a name and, for the type checker, the type of its items.

A stage produces one layer and declares the layers it reads; ``Document.get(LAYER)`` returns
``tuple[item type, ...]``, so a reader needs no annotation of its own and a wrong one cannot hide.
``PARSE`` is spaCy's parse of the text (tokens, tags, dependencies, entities, sentence boundaries):
not a stage's layer, but a requirement like the others, so a stage that reads it says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from eventwire.model import (
    ArticlePart,
    CasualtyMention,
    DateCandidate,
    DateMention,
    EntityMention,
    Event,
    EventTrigger,
    PlaceMention,
    QuoteCandidate,
    QuotedRegion,
    QuoteMention,
    SentenceMention,
    ToponymCandidate,
)

T = TypeVar("T", covariant=True)


@dataclass(frozen=True, slots=True)
class Layer(Generic[T]):
    """A named layer whose items are ``T``s."""

    name: str

    def __str__(self) -> str:
        return self.name


PARSE: Layer[object] = Layer("parse")
STRUCTURE: Layer[ArticlePart] = Layer("structure")
SENTENCES: Layer[SentenceMention] = Layer("sentences")
ENTITIES: Layer[EntityMention] = Layer("entities")
QUOTATIONS: Layer[QuotedRegion] = Layer("quotations")
DATE_MENTIONS: Layer[DateCandidate] = Layer("date_mentions")
DATES: Layer[DateMention] = Layer("dates")
PLACE_MENTIONS: Layer[ToponymCandidate] = Layer("place_mentions")
PLACES: Layer[PlaceMention] = Layer("places")
QUOTE_MENTIONS: Layer[QuoteCandidate] = Layer("quote_mentions")
QUOTES: Layer[QuoteMention] = Layer("quotes")
CASUALTIES: Layer[CasualtyMention] = Layer("casualties")
EVENT_MENTIONS: Layer[EventTrigger] = Layer("event_mentions")
EVENTS: Layer[Event] = Layer("events")
# Verbal and non-violent events (PLOVER-coded statements and actions), after the ACLED events.
VERBAL_EVENTS: Layer[Event] = Layer("verbal_events")
# The quotes with the event each is about (``QuoteMention.event``), indexing EVENTS then VERBAL_EVENTS.
QUOTE_EVENTS: Layer[QuoteMention] = Layer("quote_events")
