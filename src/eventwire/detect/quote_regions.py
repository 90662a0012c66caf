"""The quoted regions of one article, searchable by position in logarithmic time."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from eventwire.model import QuotedRegion, Span


class RegionIndex:
    """The quoted regions of one text (in order, none overlapping), searchable by position."""

    def __init__(self, text: str, regions: Sequence[QuotedRegion]) -> None:
        self.text = text  # the article text (``Doc.text`` is rebuilt on every read: slow)
        self.regions = tuple(regions)
        self._starts = [r.span.start for r in self.regions]

    def indices_overlapping(self, span: Span) -> range:
        """The indices of the regions that overlap ``span``."""
        first = bisect_left(self._starts, span.start)
        if first > 0 and self.regions[first - 1].span.end > span.start:
            first -= 1
        last = bisect_left(self._starts, span.end, lo=first)
        return range(first, last)

    def overlapping(self, span: Span) -> list[QuotedRegion]:
        return [self.regions[i] for i in self.indices_overlapping(span) if self.regions[i].span.overlaps(span)]

    def starting_after(self, position: int, limit: int) -> QuotedRegion | None:
        """The first region that starts at or after ``position`` and at or before ``limit``."""
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

    def index_at(self, position: int) -> int | None:
        """The index of the region that holds ``position``, if one does."""
        index = bisect_right(self._starts, position) - 1
        if index >= 0 and self.regions[index].span.start <= position < self.regions[index].span.end:
            return index
        return None

    def inside_any(self, position: int) -> bool:
        """``position`` lies strictly inside a region (not on its marks)."""
        index = self.index_at(position)
        return index is not None and self.regions[index].span.start < position < self.regions[index].span.end - 1
