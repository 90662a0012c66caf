"""What a cue reports: the content span of a quote, read from the dependency parse and the quotation marks."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwire.detect.quote_cues import CLAUSE_CUES, FOR_CUES, OBJECT_CUES, TO_CUES, cue_lemma
from eventwire.model import QuotedRegion, Span

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

_QUOTE_TAGS = frozenset({"``", "''"})
_CLAUSE_DEPS = frozenset({"ccomp"})
_OBJECT_DEPS = frozenset({"dobj", "xcomp", "oprd", "attr", "prep", "dative"})
_OBJECT_PREPOSITIONS = frozenset({"as", "of", "about", "on", "that", "against"})
_LONGEST_REGION = 4000
_REPORTING = CLAUSE_CUES | OBJECT_CUES
_TIME_LABELS = frozenset({"DATE", "TIME"})
_CONTENT_POS = frozenset({"NOUN", "PROPN", "PRON", "VERB", "NUM", "ADJ"})
_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Jr|Sr|St|[A-Z])\.")
_QUOTATION_RULES = frozenset({"inverted", "quote", "colon"})
_NEAR_CUE = 80  # characters between a quotation and the cue that reports it


@dataclass(frozen=True, slots=True)
class Content:
    """A content span and the rule that found it."""

    span: Span
    rule: str


class RegionIndex:
    """The quoted regions of one text, searchable by position."""

    def __init__(self, text: str, regions: Sequence[QuotedRegion]) -> None:
        self.text = text  # the article text (``Doc.text`` is rebuilt on every read: slow)
        self.regions = tuple(regions)
        self._starts = [r.span.start for r in self.regions]

    def overlapping(self, span: Span) -> list[QuotedRegion]:
        first = max(bisect_left(self._starts, span.start) - 1, 0)
        found = []
        for region in self.regions[first:]:
            if region.span.start >= span.end:
                break
            if region.span.overlaps(span):
                found.append(region)
        return found

    def starting_after(self, position: int, limit: int) -> QuotedRegion | None:
        index = bisect_left(self._starts, position)
        if index < len(self.regions) and self.regions[index].span.start <= limit:
            return self.regions[index]
        return None

    def ending_before(self, position: int) -> QuotedRegion | None:
        """The last region that ends at or before ``position``."""
        index = bisect_left(self._starts, position)
        for region in reversed(self.regions[max(index - 2, 0) : index]):
            if region.span.end <= position:
                return region
        return None

    def inside_any(self, position: int) -> bool:
        return any(r.span.start < position < r.span.end - 1 for r in self.overlapping(Span(position, position + 1)))


def content_of_cue(
    cue: Token, sentence: SpacySpan, regions: RegionIndex, *, quoted_only: bool = False
) -> Content | None:
    """The content ``cue`` reports, by the first rule that applies; ``sentence`` is the cue's sentence
    cut at line breaks. ``quoted_only`` keeps to the rules that read quotation marks."""
    if _is_passive(cue):
        return None
    for rule, finder in _RULES:
        if quoted_only and rule not in _QUOTATION_RULES:
            continue
        span = finder(cue, sentence, regions)
        if span is not None and len(span) > 1:
            return Content(span if rule == "colon" else with_regions(span, regions), rule)
    return None


def _is_passive(cue: Token) -> bool:
    """ "are accused of", "were found": no speaker, and mostly not speech."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children)


def content_of_source_phrase(according: Token) -> Content | None:
    """The clause an "according to X" phrase attributes: the sentence part on the other side of it."""
    clause = according.head
    phrase = list(according.subtree)
    tokens = [t for t in clause.subtree if t.i < phrase[0].i or t.i > phrase[-1].i]
    before = [t for t in tokens if t.i < phrase[0].i]
    after = [t for t in tokens if t.i > phrase[-1].i]
    side = before if len(before) >= len(after) else after
    span = _trimmed(side)
    return None if span is None else Content(span, "according-to")


def content_of_noun(noun: Token, sentence: SpacySpan, regions: RegionIndex) -> Content | None:
    """The "that" clause a speech noun reports ("his claim that the vote was rigged")."""
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp") and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            span = _trimmed(list(child.subtree), sentence)
            return None if span is None else Content(with_regions(span, regions), "noun-clause")
    return None


def with_regions(span: Span, regions: RegionIndex) -> Span:
    """``span`` grown to cover every quoted region it cuts into."""
    start, end = span.start, span.end
    for region in regions.overlapping(span):
        if len(region.span) <= _LONGEST_REGION:
            start, end = min(start, region.span.start), max(end, region.span.end)
    return Span(start, end)


def _clause(cue: Token, sentence: SpacySpan, regions: RegionIndex) -> Span | None:
    clauses = [c for c in cue.children if c.dep_ in _CLAUSE_DEPS]
    if not clauses:
        return None
    aside = {t.i for clause in clauses for report in _side_reports(clause) for t in report.subtree}
    return _trimmed([t for clause in clauses for t in clause.subtree if t.i not in aside], sentence)


def _side_reports(clause: Token) -> list[Token]:
    """Participles that report something more after a comma, inside a reported clause ("... , citing
    the figures", "... , arguing that ..."): attributions of their own, not part of the clause."""
    found = []
    for token in clause.subtree:
        if token is clause or token.tag_ != "VBG" or token.dep_ not in ("advcl", "conj"):
            continue
        previous = token.doc[token.i - 1] if token.i > 0 else None
        if previous is not None and previous.text == "," and cue_lemma(token) in _REPORTING:
            found.append(token)
    return found


def _inverted(cue: Token, sentence: SpacySpan, regions: RegionIndex) -> Span | None:
    """'"...," he said' and 'The museum, Mr. Obama said, would ...': the cue hangs off the reported
    clause (parataxis); the content is that clause, around the cue when the cue interrupts it."""
    if cue.dep_ != "parataxis":
        return None
    own = {t.i for t in cue.subtree}
    return _trimmed([t for t in cue.head.subtree if t.i not in own], sentence)


def _quote_in_sentence(cue: Token, sentence: SpacySpan, regions: RegionIndex) -> Span | None:
    """A quotation right after the cue ('told RTP: "..."') or right before it ('"...," he said'),
    even when the parser put it in a sentence of its own."""
    text = regions.text
    after = regions.starting_after(cue.idx, sentence.end_char)
    if after is not None and _introduces(text[cue.idx : after.span.start]):
        return after.span
    before = regions.ending_before(cue.idx)
    if before is not None and _follows(text[before.span.end : cue.idx]):
        return before.span
    return None


def _introduces(between: str) -> bool:
    """The text from a cue to the quote after it ends with a colon or comma ("said:", "told RTP:")."""
    return between.rstrip().endswith((":", ",")) and "\n" not in between and len(between) <= _NEAR_CUE


def _follows(between: str) -> bool:
    """The text from a quote to the cue after it is only the speaker ('"...," Ms. Moore said')."""
    if len(between) > _NEAR_CUE:
        return False
    return not any(mark in _ABBREVIATION.sub("", between) for mark in ".!?;\n")


def _colon(cue: Token, sentence: SpacySpan, regions: RegionIndex) -> Span | None:
    """'X said:' and then a quote, in the same paragraph or the next; or, when the colon ends the
    paragraph, the next paragraph (a block quotation without quotation marks)."""
    text = regions.text
    ending = text[sentence.start_char : sentence.end_char].rstrip()
    if not ending.endswith(":"):
        return None
    region = regions.starting_after(sentence.end_char - 1, sentence.end_char + 4)
    if region is not None and not text[sentence.end_char : region.span.start].strip():
        return region.span
    return _next_paragraph(text, sentence.start_char + len(ending))


def _next_paragraph(text: str, end: int) -> Span | None:
    """The paragraph after the line that ends at ``end``, without its final period."""
    line_end = text.find("\n", end)
    if line_end < 0 or text[end:line_end].strip():
        return None
    start = line_end
    while start < len(text) and text[start].isspace():
        start += 1
    stop = text.find("\n", start)
    stop = len(text) if stop < 0 else stop
    paragraph = text[start:stop].rstrip()
    if paragraph.endswith("."):
        paragraph = paragraph[:-1]
    return Span(start, start + len(paragraph)) if paragraph else None


def _object(cue: Token, sentence: SpacySpan, regions: RegionIndex) -> Span | None:
    """'denied the report', 'denouncing it as a "heinous act"': what follows an object cue."""
    if cue_lemma(cue) not in OBJECT_CUES:
        return None
    parts = [c for c in cue.children if c.i > cue.i and _is_object_part(c)]
    tokens = [t for part in parts for t in part.subtree]
    if not any(_is_content_word(t) for t in tokens):
        return None
    return _trimmed(tokens, sentence)


def _is_content_word(token: Token) -> bool:
    """A word that can carry what was said: "endorsed Clinton", not "asked for" or "found themselves"."""
    if token.pos_ == "PRON":
        return not token.lower_.endswith(("self", "selves"))
    return token.pos_ in _CONTENT_POS


def _is_object_part(child: Token) -> bool:
    if child.dep_ == "prep":
        if any(c.dep_ == "pobj" and c.ent_type_ in _TIME_LABELS for c in child.children):
            return False  # "spoke on Monday": when, not what
        lemma = cue_lemma(child.head)
        return (
            child.lower_ in _OBJECT_PREPOSITIONS
            or (child.lower_ == "for" and lemma in FOR_CUES)
            or (child.lower_ == "to" and lemma in TO_CUES)
        )
    return child.dep_ in _OBJECT_DEPS


_RULES = (
    ("inverted", _inverted),
    ("clause", _clause),
    ("quote", _quote_in_sentence),
    ("colon", _colon),
    ("object", _object),
)


def _trimmed(tokens: list[Token], window: SpacySpan | None = None) -> Span | None:
    """The character span from the first to the last token (those in ``window``, when given), without
    edge punctuation (quote marks stay)."""
    if window is not None:
        tokens = [t for t in tokens if window.start <= t.i < window.end]
    if not tokens:
        return None
    tokens = sorted(tokens, key=lambda t: t.i)
    start, end = 0, len(tokens) - 1
    while start <= end and _is_edge_junk(tokens[start]):
        start += 1
    while end >= start and _is_edge_junk(tokens[end]):
        end -= 1
    if start > end:
        return None
    return Span(tokens[start].idx, tokens[end].idx + len(tokens[end].text))


def _is_edge_junk(token: Token) -> bool:
    return (token.is_punct and token.tag_ not in _QUOTE_TAGS and token.text not in '“”"') or token.is_space
