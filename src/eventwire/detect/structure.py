"""The article's structure: its headline, dateline, lead and body as spans (``lexicon.layout.article_layout`` reads
them from the text; the parser was told to start a sentence at each, so no sentence spans two parts)."""

from __future__ import annotations

from eventwire.lexicon.layout.article_layout import article_parts
from eventwire.model import ArticlePart
from eventwire.pipeline import STRUCTURE, Document, register


@register(STRUCTURE, version="1")
def structure(document: Document) -> tuple[ArticlePart, ...]:
    return article_parts(document.text)
