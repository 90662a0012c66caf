"""Quotations in single marks, as British papers write them: ‘We will not back down,’ she said.

A curly ‘ opens at the start of a word (not inside one); a curly ’ closes after a word when no letter
follows (so "don’t" and "Ukraine’s" never close). Straight single marks are read only when they wrap a
sentence-like quotation: 'We are ready,' opening before a capital, three words or more. A ‘ that opens
a paragraph and is not closed in it runs to the paragraph's end (a quotation that goes on over
paragraphs). How single and double quotations nest decides which is the quotation: single marks
inside double ones are a quotation within a quotation (American style), double marks inside single
ones the same the other way round (British style).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from eventwire.model import QuotedRegion, Span

_SINGLE_MARK = re.compile(r"[‘’']")
_STRAIGHT_LEAST_WORDS = 3
_OPEN_LEAST_WORDS = 3


def single_regions(text: str, start: int, end: int) -> list[QuotedRegion]:
    """The single-quoted regions of the line ``text[start:end]``, in order, none overlapping."""
    regions: list[QuotedRegion] = []
    opened: tuple[int, str] | None = None
    for mark in _SINGLE_MARK.finditer(text, start, end):
        position, symbol = mark.start(), mark.group()
        before = text[position - 1] if position > start else " "
        after = text[position + 1] if position + 1 < end else " "
        if opened is not None and _closes(symbol, opened[1], before, after):
            region = Span(opened[0], position + 1)
            if opened[1] == "‘" or _sentence_like(region.text_of(text)):
                regions.append(QuotedRegion(region))
            opened = None
        elif _opens(symbol, before, after):
            opened = (position, symbol)
    if opened is not None and opened[1] == "‘" and not text[start : opened[0]].strip():
        stop = start + len(text[start:end].rstrip())
        if len(text[opened[0] : stop].split()) >= _OPEN_LEAST_WORDS:
            regions.append(QuotedRegion(Span(opened[0], stop), closed=False))
    return regions


def _opens(symbol: str, before: str, after: str) -> bool:
    if before.isalnum() or after.isspace():
        return False
    if symbol == "‘":
        return after.isalpha() or after in '“"…'
    return symbol == "'" and after.isupper()


def _closes(symbol: str, opener: str, before: str, after: str) -> bool:
    if before.isspace() or after.isalnum():
        return False
    return symbol == ("’" if opener == "‘" else "'")


def _sentence_like(quotation: str) -> bool:
    """A straight-quoted stretch that reads as words said: three words or more."""
    return len(quotation.split()) >= _STRAIGHT_LEAST_WORDS


def nested(doubles: Sequence[QuotedRegion], singles: Sequence[QuotedRegion]) -> list[QuotedRegion]:
    """Both kinds of quotation of one line as one ordered list: a single quotation inside (or crossing) a
    double one is part of it; a double one inside a single quotation is part of that. Each list is in
    order and without overlaps, so each region is compared only with its neighbours of the other kind."""
    double_starts = [d.span.start for d in doubles]
    kept_singles = [s for s in singles if _holds_what_it_meets(s, doubles, double_starts)]
    single_starts = [s.span.start for s in kept_singles]
    kept_doubles = [d for d in doubles if not _inside(d, kept_singles, single_starts)]
    return sorted([*kept_doubles, *kept_singles], key=lambda r: r.span.start)


def _holds_what_it_meets(single: QuotedRegion, doubles: Sequence[QuotedRegion], starts: list[int]) -> bool:
    """No double quotation overlaps ``single`` without lying wholly inside it."""
    first = max(bisect_left(starts, single.span.start) - 1, 0)
    for index in range(first, bisect_left(starts, single.span.end)):
        double = doubles[index].span
        if double.overlaps(single.span) and not single.span.contains(double):
            return False
    return True


def _inside(double: QuotedRegion, singles: Sequence[QuotedRegion], starts: list[int]) -> bool:
    index = bisect_right(starts, double.span.start) - 1
    return index >= 0 and singles[index].span.contains(double.span)
