"""Sentences, from spaCy's dependency parse."""

from __future__ import annotations

from eventwire.model import SentenceMention, Span
from eventwire.pipeline import Document, register


@register("sentences", version="1")
def sentences(document: Document) -> tuple[SentenceMention, ...]:
    return tuple(
        SentenceMention(Span(sent.start_char, sent.end_char), index) for index, sent in enumerate(document.doc.sents)
    )
