"""Quotes: direct, mixed and indirect (reported) speech, with the cue and the phrase naming the source.

The speaker is only located here (the subject of the cue, "he", "the U.N. chief", "Guterres");
``resolve/speakers.py`` turns it into a name using the whole article.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

from eventwire.detect.quote_contents import (
    Content,
    RegionIndex,
    content_of_cue,
    content_of_noun,
    content_of_source_phrase,
)
from eventwire.detect.quote_cues import CLAUSE_CUES, CLAUSE_NOUNS, OBJECT_CUES, QUOTE_ONLY_CUES, cue_lemma
from eventwire.detect.quote_layouts import LaidOutQuote, label_lines, sign_offs
from eventwire.detect.quote_sources import source_mention, speaker_of
from eventwire.detect.quoted_text import quote_kind
from eventwire.model import Provenance, QuoteCandidate, QuoteKind, SourceMention, Span
from eventwire.pipeline import PARSE, QUOTATIONS, QUOTE_MENTIONS, SENTENCES, Document, register

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

STAGE = "quote_mentions"
VERSION = "2"

_CUES = CLAUSE_CUES | OBJECT_CUES | QUOTE_ONLY_CUES
_RULE_SCORES = {
    "label-line": 0.8,
    "sign-off": 0.9,
    "inverted": 0.9,
    "clause": 0.9,
    "quote": 0.9,
    "colon": 0.85,
    "object": 0.5,
    "according-to": 0.8,
    "noun-clause": 0.7,
}
_SAME_QUOTE = 0.25  # overlap over union above which two candidates are one quote


@register(QUOTE_MENTIONS, version=VERSION, requires=(PARSE, SENTENCES, QUOTATIONS))
def quote_mentions(document: Document) -> tuple[QuoteCandidate, ...]:
    """Every quote of the article, in text order, one per quoted content (the surest reading wins)."""
    text = document.text
    regions = RegionIndex(text, document.get(QUOTATIONS))
    found: list[QuoteCandidate] = []
    for sentence in document.sentences():
        for line in _lines(sentence):
            found.extend(_sentence_quotes(line, regions))
    found = [_continued(c, regions, text, found) for c in found]
    found.extend(_laid_out(text, regions))
    return _distinct(found)


def _laid_out(text: str, regions: RegionIndex) -> list[QuoteCandidate]:
    """Quotes attributed by the layout: 'NAME: words' lines and '"..." ― Name' sign-offs."""
    ending_at = {r.span.end: r.span for r in regions.regions}
    found = [_laid_out_candidate(text, q, "label-line") for q in label_lines(text)]
    found.extend(_laid_out_candidate(text, q, "sign-off") for q in sign_offs(text, ending_at))
    return found


def _laid_out_candidate(text: str, quote: LaidOutQuote, rule: str) -> QuoteCandidate:
    source = SourceMention(quote.name, quote.name)
    return _candidate(text, Content(quote.content, rule), quote.cue, source)


def _lines(sentence: SpacySpan) -> list[SpacySpan]:
    """A sentence cut at line breaks: the parser sometimes runs a sentence over a paragraph break."""
    breaks = [t.i for t in sentence if t.is_space and "\n" in t.text]
    if not breaks:
        return [sentence]
    doc, lines, start = sentence.doc, [], sentence.start
    for index in [*breaks, sentence.end]:
        if index > start:
            lines.append(doc[start:index])
        start = index + 1
    return lines


def _sentence_quotes(sentence: SpacySpan, regions: RegionIndex) -> list[QuoteCandidate]:
    found = []
    for token in sentence:
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            candidate = _according_to(token, regions.text)
        elif token.pos_ == "VERB" and (cue_lemma(token) in _CUES or _reports_a_clause(token)):
            candidate = None if regions.inside_any(token.idx) else _cue_quote(token, sentence, regions)
        elif token.pos_ == "NOUN" and token.lemma_ in CLAUSE_NOUNS:
            candidate = None if regions.inside_any(token.idx) else _noun_quote(token, sentence, regions)
        else:
            continue
        if candidate is not None and not regions.inside_any(candidate.cue.start if candidate.cue else token.idx):
            found.append(candidate)
    return found


def _reports_a_clause(verb: Token) -> bool:
    """A verb outside the lexicon that takes a "that" clause with its own subject ("signalled that ...")."""
    for child in verb.children:
        if child.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children)
    return False


def _cue_quote(cue: Token, sentence: SpacySpan, regions: RegionIndex) -> QuoteCandidate | None:
    content = content_of_cue(cue, sentence, regions, quoted_only=cue_lemma(cue) in QUOTE_ONLY_CUES)
    if content is None:
        return None
    return _candidate(regions.text, content, _cue_span(cue), _source_in_line(speaker_of(cue), sentence))


def _noun_quote(noun: Token, sentence: SpacySpan, regions: RegionIndex) -> QuoteCandidate | None:
    """'his claim that ...': the owner of the claim speaks, or the subject of the verb that makes it."""
    content = content_of_noun(noun, sentence, regions)
    if content is None:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and noun.dep_ == "dobj":
        owner = speaker_of(noun.head)
    cue = Span(noun.idx, noun.idx + len(noun.text))
    return _candidate(regions.text, content, cue, _source_in_line(owner, sentence))


def _source_in_line(head: Token | None, line: SpacySpan) -> SourceMention | None:
    """The source phrase headed by ``head``, if it is in the cue's line (the parse may cross paragraphs)."""
    if head is None or not line.start <= head.i < line.end:
        return None
    return source_mention(head)


def _according_to(according: Token, text: str) -> QuoteCandidate | None:
    content = content_of_source_phrase(according)
    to = next(c for c in according.children if c.lower_ == "to")
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if content is None or not objects:
        return None
    cue = Span(according.idx, to.idx + len(to.text))
    return _candidate(text, content, cue, source_mention(objects[0]))


def _candidate(text: str, content: Content, cue: Span, source: SourceMention | None) -> QuoteCandidate:
    provenance = Provenance(STAGE, VERSION, rule=content.rule, score=_RULE_SCORES.get(content.rule, 0.5))
    return QuoteCandidate(content.span, cue, quote_kind(content.span.text_of(text)), source, provenance)


def _cue_span(cue: Token) -> Span:
    """The cue verb, with its particle when it has one ("pointed out")."""
    end = cue.idx + len(cue.text)
    particle = next((c for c in cue.children if c.dep_ == "prt" and c.i == cue.i + 1), None)
    if particle is not None:
        end = particle.idx + len(particle.text)
    return Span(cue.idx, end)


def _continued(
    candidate: QuoteCandidate, regions: RegionIndex, text: str, found: list[QuoteCandidate]
) -> QuoteCandidate:
    """A quote that goes on after the cue ('"...," he said. "..."') or over paragraphs, as one span."""
    if candidate.kind is QuoteKind.INDIRECT:
        return candidate
    end = candidate.span.end
    while (region := regions.starting_after(end, len(text))) is not None:
        between = text[end : region.span.start]
        crosses_line = "\n" in between
        if crosses_line and not _continues_over_lines(text, end, regions):
            break
        if any(other.span.overlaps(region.span) for other in found if other is not candidate):
            break
        if not crosses_line and len(between) > 200:
            break
        end = region.span.end
    if end == candidate.span.end:
        return candidate
    span = Span(candidate.span.start, end)
    return replace(candidate, span=span, kind=quote_kind(span.text_of(text)))


def _continues_over_lines(text: str, end: int, regions: RegionIndex) -> bool:
    """A quote left open at a paragraph's end goes on in the next paragraph when that one opens a quote."""
    ending = regions.overlapping(Span(end - 1, end))
    if not ending or ending[-1].closed or ending[-1].span.end != end:
        return False
    following = text[end:].lstrip()
    return bool(following) and following[0] in '"“'


def _distinct(candidates: list[QuoteCandidate]) -> tuple[QuoteCandidate, ...]:
    """One candidate per quote: of two that are nearly the same span, the one found by the surer rule."""
    kept: list[QuoteCandidate] = []
    starts: list[int] = []  # the kept spans, ordered by start, so that only spans that can overlap are compared
    spans: list[Span] = []
    longest = 0
    for candidate in sorted(candidates, key=lambda c: (-c.provenance.score, c.span.start, c.cue.start if c.cue else 0)):
        span = candidate.span
        near = range(bisect_left(starts, span.start - longest), bisect_left(starts, span.end))
        if not any(_same_quote(span, spans[k]) for k in near):
            kept.append(candidate)
            position = bisect_left(starts, span.start)
            starts.insert(position, span.start)
            spans.insert(position, span)
            longest = max(longest, len(span))
    return tuple(sorted(kept, key=lambda c: (c.span.start, c.span.end)))


def _same_quote(a: Span, b: Span) -> bool:
    overlap = min(a.end, b.end) - max(a.start, b.start)
    union = max(a.end, b.end) - min(a.start, b.start)
    return overlap > 0 and overlap / union >= _SAME_QUOTE
