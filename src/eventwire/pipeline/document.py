"""The working state of one article inside the pipeline: the parse, the layers made so far, the resources.

A stage sees the document through ``for_stage``: it can read only the layers it declares (and the parse
only if it declares ``PARSE``); reading anything else is a ``PipelineError``, so a stage's ``requires``
is always the truth about what it reads. A document made by hand (in a test) reads every layer.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from eventwire.errors import PipelineError
from eventwire.model import Article
from eventwire.pipeline.layers import PARSE, SENTENCES, Layer
from eventwire.pipeline.resources import Resources

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

T = TypeVar("T")


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
    ) -> None:
        self.article = article
        self._doc = doc
        self._layers = layers if layers is not None else {}
        self.resources = resources if resources is not None else Resources()
        self.warnings = warnings if warnings is not None else []
        self._readable = readable
        self._reader = reader

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
        )

    def _check(self, layer: Layer[Any]) -> None:
        if self._readable is not None and layer.name not in self._readable:
            raise PipelineError(
                f"stage {self._reader!r} read the layer {layer.name!r} without requiring it; "
                "add it to the stage's requires"
            )
