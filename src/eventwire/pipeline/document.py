"""The working state of one article inside the pipeline: the parse, the layers made so far, the resources.

A stage sees the document through ``for_stage``: it can read only the layers it declares (and the parse
only if it declares ``PARSE``); reading anything else is a ``PipelineError``, so a stage's ``requires``
is always the truth about what it reads. A document made by hand (in a test) reads every layer.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from eventwire.errors import PipelineError
from eventwire.model import Article
from eventwire.pipeline.layers import PARSE, SENTENCES, Layer
from eventwire.pipeline.resources import Resources

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from eventwire.pipeline.stage import Stage

T = TypeVar("T")


class Clock(Protocol):
    """The time limit of an article's stages (``pipeline.run.TimeLimit``): ``check`` raises when it is up."""

    def check(self) -> None: ...


class Document:
    """An article, its spaCy parse (``doc.text == article.text``), the layers stages produced, and the
    process's shared resources (the gazetteer)."""

    def __init__(
        self,
        article: Article,
        doc: Doc,
        layers: dict[str, tuple[Any, ...]] | None = None,
        *,
        resources: Resources | None = None,
        warnings: list[str] | None = None,
        readable: frozenset[str] | None = None,
        reader: str = "",
        stages: tuple[Stage, ...] = (),
        clock: Clock | None = None,
    ) -> None:
        self.article = article
        self._doc = doc
        self._layers = layers if layers is not None else {}
        self.resources = resources if resources is not None else Resources()
        self.warnings = warnings if warnings is not None else []
        self._readable = readable
        self._reader = reader
        self.stages = stages  # the pipeline's stages (empty in a document made by hand)
        self.clock = clock
        self.running: Stage | None = None  # the stage at work (the one that went over the time limit)

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def doc(self) -> Doc:
        """spaCy's parse; a stage reads it only if it requires ``PARSE``."""
        self._check(PARSE)
        return self._doc

    def get(self, layer: Layer[T]) -> tuple[T, ...]:
        """The items of a layer made upstream."""
        self._check(layer)
        try:
            items: tuple[T, ...] = self._layers[layer.name]
        except KeyError:
            raise PipelineError(f"layer {layer.name!r} was not produced before it was read") from None
        return items

    def sentences(self) -> Iterator[SpacySpan]:
        """The parse's sentences as spaCy spans; a stage reads them only if it requires ``SENTENCES``."""
        self._check(SENTENCES)
        return iter(self._doc.sents)

    def put(self, layer: Layer[T], items: tuple[T, ...]) -> None:
        self._layers[layer.name] = items

    def has(self, layer: Layer[Any]) -> bool:
        return layer.name in self._layers

    def for_stage(self, name: str, requires: Iterable[Layer[Any]]) -> Document:
        """This document as the stage ``name`` may read it: only the layers it requires."""
        return Document(
            self.article,
            self._doc,
            self._layers,
            resources=self.resources,
            warnings=self.warnings,
            readable=frozenset(layer.name for layer in requires),
            reader=name,
            stages=self.stages,
            clock=self.clock,
        )

    def run_stages(self, stages: Iterable[Stage]) -> tuple[Stage, Exception] | None:
        """The stages in turn on this document, each one's layer put: the one step of a pipeline, for the
        pipeline's run of an article and for a sub-run of the same stages on another text (the headline's).
        A stage that raises stops the run: that stage and its exception are returned (None when all ran).
        The time limit (``clock``) is checked after each stage; ``running`` is the stage at work when it is up."""
        for stage in stages:
            self.running = stage
            try:
                self.put(stage.produces, stage.run(self.for_stage(stage.name, stage.requires)))
            except Exception as error:  # a stage bug must not stop the batch: the caller rejects the article
                return stage, error
            if self.clock is not None:
                self.clock.check()
        return None

    def _check(self, layer: Layer[Any]) -> None:
        if self._readable is not None and layer.name not in self._readable:
            raise PipelineError(
                f"stage {self._reader!r} read the layer {layer.name!r} without requiring it; "
                "add it to the stage's requires"
            )
