"""The result of running the pipeline on one article."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.model.article import Article
from eventwire.model.mention import (
    CasualtyMention,
    DateMention,
    EntityMention,
    Event,
    PlaceMention,
    QuoteMention,
    SentenceMention,
)
from eventwire.model.structure import ArticlePart


@dataclass(frozen=True, slots=True)
class StageRun:
    name: str
    version: str


def pipeline_version(runs: tuple[StageRun, ...]) -> str:
    """The string that identifies a pipeline in the store: ``parse@en_core_web_sm,sentences@1,...``."""
    return ",".join(f"{s.name}@{s.version}" for s in runs)


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """Everything eventwire read out of one article, ordered by position (events by salience)."""

    article: Article
    pipeline: tuple[StageRun, ...]
    sentences: tuple[SentenceMention, ...] = ()
    entities: tuple[EntityMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    quotes: tuple[QuoteMention, ...] = ()
    casualties: tuple[CasualtyMention, ...] = ()
    events: tuple[Event, ...] = ()
    warnings: tuple[str, ...] = ()
    structure: tuple[ArticlePart, ...] = ()  # headline, dateline, lead, body

    @property
    def pipeline_version(self) -> str:
        return pipeline_version(self.pipeline)
