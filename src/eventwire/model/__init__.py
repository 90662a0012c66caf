"""eventwire's data model: frozen dataclasses, standard library only."""

from eventwire.model.article import Article, Rejection, content_hash
from eventwire.model.candidates import (
    OUT_OF_SCOPE,
    DateCandidate,
    EventKind,
    EventTrigger,
    QuoteCandidate,
    QuotedRegion,
    SourceMention,
    ToponymCandidate,
)
from eventwire.model.mention import (
    COUNTABLE_STATUSES,
    EVENT_STATUSES,
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
from eventwire.model.structure import ArticlePart, PartKind
from eventwire.model.time import Granularity, ResolvedDate

__all__ = [
    "COUNTABLE_STATUSES",
    "EVENT_STATUSES",
    "OUT_OF_SCOPE",
    "Actor",
    "Article",
    "ArticlePart",
    "ArticleResult",
    "CasualtyKind",
    "CasualtyMention",
    "DateCandidate",
    "DateMention",
    "EntityMention",
    "Event",
    "EventKind",
    "EventTrigger",
    "Granularity",
    "PartKind",
    "PlaceKind",
    "PlaceMention",
    "Provenance",
    "QuoteCandidate",
    "QuoteKind",
    "QuoteMention",
    "QuotedRegion",
    "Rejection",
    "ResolvedDate",
    "ResolvedPlace",
    "SentenceMention",
    "SourceMention",
    "Span",
    "Speaker",
    "StageRun",
    "ToponymCandidate",
    "content_hash",
]
