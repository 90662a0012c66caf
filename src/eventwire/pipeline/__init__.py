"""The stage contract, the registry, the typed layers, and running a pipeline of stages over spaCy's parse."""

from eventwire.pipeline.document import Document
from eventwire.pipeline.layers import (
    CASUALTIES,
    DATE_MENTIONS,
    DATES,
    ENTITIES,
    EVENT_MENTIONS,
    EVENTS,
    PARSE,
    PLACE_MENTIONS,
    PLACES,
    QUOTATIONS,
    QUOTE_EVENTS,
    QUOTE_MENTIONS,
    QUOTES,
    SENTENCES,
    STRUCTURE,
    VERBAL_EVENTS,
    Layer,
)
from eventwire.pipeline.resources import Resources
from eventwire.pipeline.run import Pipeline, check_order
from eventwire.pipeline.stage import Stage, register, registered

__all__ = [
    "CASUALTIES",
    "DATES",
    "DATE_MENTIONS",
    "ENTITIES",
    "EVENTS",
    "EVENT_MENTIONS",
    "PARSE",
    "PLACES",
    "PLACE_MENTIONS",
    "QUOTATIONS",
    "QUOTES",
    "QUOTE_EVENTS",
    "QUOTE_MENTIONS",
    "SENTENCES",
    "STRUCTURE",
    "VERBAL_EVENTS",
    "Document",
    "Layer",
    "Pipeline",
    "Resources",
    "Stage",
    "check_order",
    "register",
    "registered",
]
