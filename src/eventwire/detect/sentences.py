"""Sentences, from spaCy's dependency parse (the one stage that reads ``doc.sents``; the others require
``SENTENCES`` and read ``Document.sentences()``), cut again at each part of the article (headline, dateline,
lead, body) in case the parser ran without the component that starts a sentence there."""

from __future__ import annotations

from collections.abc import Iterator

from eventwire.lexicon.layout.article_layout import part_starts
from eventwire.model import SentenceMention, Span
from eventwire.pipeline import PARSE, SENTENCES, Document, register


@register(SENTENCES, version="3", requires=(PARSE,))
def sentences(document: Document) -> tuple[SentenceMention, ...]:
    spans = _cut(((sent.start_char, sent.end_char) for sent in document.doc.sents), part_starts(document.text))
    return tuple(SentenceMention(Span(start, end), index) for index, (start, end) in enumerate(spans))


def _cut(spans: Iterator[tuple[int, int]], starts: tuple[int, ...]) -> Iterator[tuple[int, int]]:
    for start, end in spans:
        for cut in (s for s in starts if start < s < end):
            yield start, cut
            start = cut
        yield start, end
