"""Where a direct quote begins and ends: the whole quotation, and never the next quote or another's words.

News style writes one speaker's words in pieces. A quotation split by its attribution
('"We are ready," she said. "We have been for weeks."') is one quote whose span covers both pieces
(the attribution between them included: spans are contiguous, as the annotated corpora give a
discontinuous quote's covering span). A quotation left open at a paragraph's end goes on in the next
paragraph that opens with a quotation mark: one quote, to the mark that closes it. A quote stops where
anything but its own attribution comes between it and the next quotation (another sentence, another
speaker's cue, or a word of the attribution that makes the next quotation its own object: '"...," she
said, raising a few questions, including, "..."'). A paragraph that is only a quotation, right after the
paragraph that ends with a speaker's attributed quote, is a quote of its own by the same speaker (agency copy
writes long quotes that way).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from eventwire.detect.quote_contents import ABBREVIATION
from eventwire.detect.quote_regions import RegionIndex
from eventwire.detect.quoted_text import looks_like_a_title, quote_kind
from eventwire.model import Provenance, QuoteCandidate, QuoteKind, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

_NEAR_ATTRIBUTION = 200  # characters of attribution between two pieces of one quotation
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_BEFORE_A_PIECE = frozenset(",.:;!?")  # what the attribution ends with when more of the quotation follows
_NEXT_PARAGRAPH = "next-paragraph"
_PREVIOUS_PARAGRAPH = "previous-paragraph"
_NEXT_SCORE = 0.6
_MOST_PARAGRAPHS = 3  # paragraphs of quotation in a row that one attribution covers


def segmented(
    candidates: Sequence[QuoteCandidate], regions: RegionIndex, doc: Doc | None = None
) -> list[QuoteCandidate]:
    """The candidates with each direct or mixed quote grown to its whole quotation, and the quotes that
    are paragraphs of their own after one (``doc``, the parse, tells what governs a later quotation)."""
    owners = _region_owners(candidates, regions)
    found: list[QuoteCandidate] = []
    for index, candidate in enumerate(candidates):
        whole = _whole_quotation(index, candidate, regions, owners, doc)
        before = _previous_paragraph_quote(index, whole, regions, owners)
        if before is not None:
            found.append(before)
        found.append(whole)
        for _ in range(_MOST_PARAGRAPHS):
            following = _next_paragraph_quote(index, whole, regions, owners)
            if following is None:
                break
            found.append(following)
            whole = following
    return found


def _attribution(candidate: QuoteCandidate) -> Span | None:
    """The source phrase and the cue together, where they are one stretch of text."""
    parts = [s for s in (candidate.cue, candidate.source.phrase if candidate.source else None) if s is not None]
    if not parts:
        return None
    return Span(min(p.start for p in parts), max(p.end for p in parts))


def _whole_quotation(
    index: int, candidate: QuoteCandidate, regions: RegionIndex, owners: dict[int, set[int]], doc: Doc | None = None
) -> QuoteCandidate:
    """``candidate`` over the paragraphs its quotation runs over and the pieces of it after its attribution."""
    if candidate.kind is QuoteKind.INDIRECT or candidate.cue is None:
        return candidate
    end = _over_paragraphs_from(regions, candidate.span.end)
    while (following := _region_after(regions, end)) is not None and owners.get(following, set()) <= {index}:
        region = regions.regions[following].span
        if not _continues_in_paragraph(regions.text[end : region.start], end, region, candidate):
            break
        if looks_like_a_title(region.text_of(regions.text)) or _governed_in_gap(doc, end, region, candidate):
            break
        end = _over_paragraphs_from(regions, region.end)
    if end == candidate.span.end:
        return candidate
    span = Span(candidate.span.start, end)
    return replace(candidate, span=span, kind=quote_kind(span.text_of(regions.text)))


def _governed_in_gap(doc: Doc | None, end: int, region: Span, candidate: QuoteCandidate) -> bool:
    """Whether a word between the quote (ending at ``end``) and the quotation at ``region``, other than the quote's
    cue, governs that quotation: '"...," she said, raising questions, including, "Why ...?"' (the quotation is
    what "including" introduces, not more of the first quote)."""
    if doc is None or candidate.cue is None:
        return False
    words = doc.char_span(region.start, region.end, alignment_mode="expand")
    first = next((t for t in words if not t.is_punct and not t.is_space), None) if words is not None else None
    if first is None or words is None:
        return False
    top = first
    while top.head.i != top.i and words.start <= top.head.i < words.end:
        top = top.head
    head = top.head
    if head.i == top.i or not end <= head.idx < region.start:
        return False
    return not candidate.cue.start <= head.idx < candidate.cue.end


def _region_after(regions: RegionIndex, end: int) -> int | None:
    """The index of the first region after the quotation that ends at ``end``."""
    last = regions.index_at(end - 1)
    if last is None or regions.regions[last].span.end != end or last + 1 >= len(regions.regions):
        return None
    return last + 1


def _continues_in_paragraph(gap: str, end: int, region: Span, candidate: QuoteCandidate) -> bool:
    """Whether the quotation at ``region`` goes on with the quote that ends at ``end``, ``gap`` between them:
    nothing but the quote's own attribution, in the same paragraph, ending where more words can follow."""
    if "\n" in gap or len(gap) > _NEAR_ATTRIBUTION:
        return False
    if not gap.strip():
        return True
    holds_cue = candidate.cue is not None and end <= candidate.cue.start < region.start
    opens = gap.rstrip()[-1:] in _BEFORE_A_PIECE  # not 'said on "Meet the Press."': a title, not more words
    return holds_cue and opens and len(_SENTENCE_END.findall(ABBREVIATION.sub("", gap))) <= 1  # not "Mr."


def _next_paragraph_quote(
    index: int, candidate: QuoteCandidate, regions: RegionIndex, owners: dict[int, set[int]]
) -> QuoteCandidate | None:
    """The quotation that makes the whole next paragraph, when ``candidate``'s paragraph ends with it or its
    attribution; a quote of its own, by the same speaker."""
    if candidate.kind is QuoteKind.INDIRECT or candidate.cue is None:
        return None
    following = _region_after(regions, candidate.span.end)
    if following is None or owners.get(following, set()) - {index}:
        return None
    region = regions.regions[following].span
    if not _only_attribution_left(regions.text[candidate.span.end : region.start], candidate, candidate.span.end):
        return None
    if looks_like_a_title(region.text_of(regions.text)) or not _ends_its_paragraph(regions.text, region):
        return None
    provenance = Provenance(candidate.provenance.stage, candidate.provenance.version, _NEXT_PARAGRAPH, _NEXT_SCORE)
    piece = replace(candidate, span=region, kind=quote_kind(region.text_of(regions.text)), provenance=provenance)
    return _whole_quotation(-1, piece, regions, {})


def _previous_paragraph_quote(
    index: int, candidate: QuoteCandidate, regions: RegionIndex, owners: dict[int, set[int]]
) -> QuoteCandidate | None:
    """The quotation left open at the end of the paragraph before ``candidate``'s, when ``candidate`` opens its
    paragraph with the quotation that goes on from it ('"We have been patient. ...' then '"If this government
    ...," NAME told the marchers'): the first paragraph's words are the same speaker's, a quote of its own that
    nobody else's cue or content touches."""
    if candidate.kind is QuoteKind.INDIRECT or candidate.cue is None:
        return None
    own = regions.index_at(candidate.span.start)
    if own is None or own == 0 or regions.regions[own].span.start != candidate.span.start:
        return None
    previous = regions.regions[own - 1]
    if previous.closed or owners.get(own - 1) or not _next_line_opens(regions, previous.span.end, own):
        return None
    if looks_like_a_title(previous.span.text_of(regions.text)):
        return None
    provenance = Provenance(candidate.provenance.stage, candidate.provenance.version, _PREVIOUS_PARAGRAPH, _NEXT_SCORE)
    return replace(candidate, span=previous.span, kind=QuoteKind.DIRECT, provenance=provenance)


def _ends_its_paragraph(text: str, region: Span) -> bool:
    """The quotation is the whole paragraph ('"Hamilton," the musical, opened in 2015' is a sentence about a title)."""
    line_end = text.find("\n", region.end)
    return not text[region.end : len(text) if line_end < 0 else line_end].strip(" .,;")


def _only_attribution_left(gap: str, candidate: QuoteCandidate, end: int) -> bool:
    """The quote's paragraph ends with it or its attribution, and the next paragraph opens with the quotation."""
    if "\n" not in gap:
        return False
    line_end = gap.index("\n")
    rest, after = gap[:line_end], gap[line_end:]
    if after.strip():
        return False
    attribution = _attribution(candidate)
    return not rest.strip(" ,.") or (attribution is not None and end <= attribution.start < end + line_end)


def _over_paragraphs_from(regions: RegionIndex, end: int) -> int:
    """Where the quotation that ends at ``end`` ends, when it is left open there and goes on in the next
    paragraph (which opens with a quotation mark)."""
    index = regions.index_at(end - 1)
    while index is not None and not regions.regions[index].closed and regions.regions[index].span.end == end:
        following = index + 1
        if following >= len(regions.regions) or not _next_line_opens(regions, end, following):
            break
        index, end = following, regions.regions[following].span.end
    return end


def _next_line_opens(regions: RegionIndex, end: int, following: int) -> bool:
    """The region ``following`` opens the first paragraph after ``end``."""
    gap = regions.text[end : regions.regions[following].span.start]
    return "\n" in gap and not gap.strip()


def _region_owners(candidates: Sequence[QuoteCandidate], regions: RegionIndex) -> dict[int, set[int]]:
    """For each region, the candidates (by index) whose content or cue lies in it."""
    owners: dict[int, set[int]] = defaultdict(set)
    for index, candidate in enumerate(candidates):
        for region in regions.indices_overlapping(candidate.span):
            owners[region].add(index)
        if candidate.cue is not None and (region_of_cue := regions.index_at(candidate.cue.start)) is not None:
            owners[region_of_cue].add(index)
    return owners
