"""Sentences, from spaCy's dependency parse (the one stage that reads ``doc.sents``; the others require
``SENTENCES`` and read ``Document.sentences()``)."""

from __future__ import annotations

from eventwire.model import SentenceMention, Span
from eventwire.pipeline import PARSE, SENTENCES, Document, register


@register(SENTENCES, version="1", requires=(PARSE,))
def sentences(document: Document) -> tuple[SentenceMention, ...]:
    return tuple(
        SentenceMention(Span(sent.start_char, sent.end_char), index) for index, sent in enumerate(document.doc.sents)
    )
