"""eventwire's data model: frozen dataclasses, standard library only."""

from eventwire.model.article import Article, Rejection, content_hash
from eventwire.model.mention import (
    Actor,
    CasualtyKind,
    CasualtyMention,
    DateMention,
    EntityMention,
    Event,
    PlaceMention,
    QuoteKind,
    QuoteMention,
    SentenceMention,
    Speaker,
)
from eventwire.model.place import PlaceKind, ResolvedPlace
from eventwire.model.result import ArticleResult, StageRun
from eventwire.model.span import Provenance, Span
from eventwire.model.time import Granularity, ResolvedDate

__all__ = [
    "Actor",
    "Article",
    "ArticleResult",
    "CasualtyKind",
    "CasualtyMention",
    "DateMention",
    "EntityMention",
    "Event",
    "Granularity",
    "PlaceKind",
    "PlaceMention",
    "Provenance",
    "QuoteKind",
    "QuoteMention",
    "Rejection",
    "ResolvedDate",
    "ResolvedPlace",
    "SentenceMention",
    "Span",
    "Speaker",
    "StageRun",
    "content_hash",
]
