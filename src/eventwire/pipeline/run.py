"""Building a pipeline from settings and running it on articles."""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING

from eventwire.errors import PipelineError
from eventwire.model import Article, ArticleResult, Rejection, StageRun
from eventwire.pipeline.document import Document
from eventwire.pipeline.nlp import load_nlp
from eventwire.pipeline.parse import parse_texts
from eventwire.pipeline.stage import Stage, registered
from eventwire.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Layers that become fields of ArticleResult; other layers are intermediate.
RESULT_LAYERS = ("sentences", "entities", "dates", "places", "quotes", "casualties", "events")


def check_order(stages: Iterable[Stage]) -> None:
    """Refuse an order in which a stage requires a layer that no earlier stage produces."""
    produced: set[str] = set()
    for stage in stages:
        missing = [name for name in stage.requires if name not in produced]
        if missing:
            raise PipelineError(
                f"stage {stage.name!r} requires {', '.join(map(repr, missing))}, which no earlier stage produces"
            )
        produced.add(stage.produces)


class Pipeline:
    """The stages named in the settings, in order, over spaCy's parse."""

    def __init__(self, settings: Settings, stage_packages: Iterable[str] = ()) -> None:
        for package in stage_packages:
            importlib.import_module(package)
        self.settings = settings
        self.stages = tuple(registered(name) for name in settings.stages)
        check_order(self.stages)
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_nlp(self.settings.model)
        return self._nlp

    @property
    def version(self) -> tuple[StageRun, ...]:
        return (StageRun("parse", self.settings.model), *(StageRun(s.name, s.version) for s in self.stages))

    def run(self, articles: Iterable[Article | Rejection]) -> Iterator[ArticleResult | Rejection]:
        """Results in input order; rejections pass through, and an article a stage fails on becomes one."""
        stream = iter(articles)
        while batch := list(islice(stream, self.settings.batch_size)):
            yield from self._run_batch(batch)

    def run_one(self, article: Article) -> ArticleResult:
        (outcome,) = self.run([article])
        if isinstance(outcome, Rejection):
            raise PipelineError(outcome.reason)
        return outcome

    def _run_batch(self, batch: list[Article | Rejection]) -> Iterator[ArticleResult | Rejection]:
        readable = [item for item in batch if isinstance(item, Article) and self._too_long(item) is None]
        docs = iter(
            parse_texts(self.nlp, [a.text for a in readable], self.settings.chunk_chars, self.settings.batch_size)
        )
        for item in batch:
            if isinstance(item, Rejection):
                yield item
            elif (reason := self._too_long(item)) is not None:
                yield Rejection(item.origin or item.id, reason)
            else:
                yield self._apply_stages(item, next(docs))

    def _too_long(self, article: Article) -> str | None:
        if len(article.text) <= self.settings.max_chars:
            return None
        return (
            f"article is {len(article.text):,} characters, over the limit of {self.settings.max_chars:,} "
            "(raise the 'max_chars' setting to read it)"
        )

    def _apply_stages(self, article: Article, doc: Doc) -> ArticleResult | Rejection:
        document = Document(article=article, doc=doc)
        for stage in self.stages:
            try:
                document.layers[stage.produces] = stage.run(document)
            except Exception as error:  # a stage bug must not stop the batch: the article is rejected
                reason = f"stage {stage.name}@{stage.version} failed: {type(error).__name__}: {error}"
                return Rejection(article.origin or article.id, reason)
        fields = {name: document.layers.get(name, ()) for name in RESULT_LAYERS}
        return ArticleResult(article=article, pipeline=self.version, warnings=tuple(document.warnings), **fields)
