"""The working state of one article inside the pipeline: the parse and the layers made so far."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from eventwire.errors import PipelineError
from eventwire.model import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass
class Document:
    """An article, its spaCy parse (``doc.text == article.text``) and the layers stages produced."""

    article: Article
    doc: Doc
    layers: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.article.text

    def layer(self, name: str) -> tuple[Any, ...]:
        try:
            return self.layers[name]
        except KeyError:
            raise PipelineError(f"layer {name!r} was not produced before it was read") from None
