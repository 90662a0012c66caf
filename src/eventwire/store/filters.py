"""What a read of stored events or quotes asks for: plain values that the query layer re-exports.

``selects.py`` turns them into SQL, the same meaning on every backend.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from eventwire.errors import FilterError

# How a page of events may be sorted: by the first day each covers (undated last) or by its casualties
# (killed plus injured, none counted as 0), ascending or, with a leading "-", descending.
EVENT_SORTS = ("date", "-date", "casualties", "-casualties")

# A keyset cursor: the last row's sort key, article hash and ordinal; the next page starts after it.
EventCursor = tuple[str | int, str, int]
QuoteCursor = tuple[str, str, int]
QUOTE_SORTS = ("date", "-date")
ArticleCursor = tuple[str, str]

# A bounding box: west, south, east, north in degrees (west > east crosses the antimeridian).
BoundingBox = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Events whose date (or, without one, the article's publication date) overlaps ``since``..``until``;
    whose type or sub-type is ``event_type`` (case-insensitive); whose location, admin1 or country
    contains ``place``; whose evidence sentence contains the words of ``text``; of article ``article``
    (its id, or a prefix of at least 6 characters of its hash); whose PLOVER category is ``plover``
    (case-insensitive: ``CONSULT``)."""

    since: date | None = None
    until: date | None = None
    event_type: str | None = None
    place: str | None = None
    text: str | None = None
    article: str | None = None
    limit: int | None = None
    # For pages (the HTTP API): exact sub-event type and PLOVER category (case-insensitive), an actor
    # (actor1 or actor2 contains it, ASCII case ignored), coordinates inside ``bbox``, at least
    # ``min_casualties`` killed plus injured; ``sort`` (one of EVENT_SORTS; None keeps the order above)
    # and ``after``, the cursor of the previous page's last row (needs ``sort``).
    sub_event_type: str | None = None
    plover: str | None = None
    actor: str | None = None
    bbox: BoundingBox | None = None
    min_casualties: int | None = None
    sort: str | None = None
    after: EventCursor | None = None

    def __post_init__(self) -> None:
        _check_limit(self.limit)
        if self.sort is not None and self.sort not in EVENT_SORTS:
            raise FilterError(f"sort must be one of {', '.join(EVENT_SORTS)}, got {self.sort!r}")
        if self.after is not None and self.sort is None:
            raise FilterError("a cursor needs a sort order")
        if self.min_casualties is not None and self.min_casualties < 0:
            raise FilterError(f"min_casualties must be at least 0, got {self.min_casualties!r}")
        if self.bbox is not None:
            _check_bbox(self.bbox)


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    """Articles published ``since``..``until`` (undated ones only without either), whose source contains
    ``source``, by publication date (undated last) then hash; ``after`` is the previous page's last row."""

    since: date | None = None
    until: date | None = None
    source: str | None = None
    limit: int | None = None
    after: ArticleCursor | None = None

    def __post_init__(self) -> None:
        _check_limit(self.limit)


@dataclass(frozen=True, slots=True)
class QuoteFilter:
    """Quotes from articles published ``since``..``until``; whose resolved speaker name contains ``speaker``
    (case-insensitive); whose content contains the words of ``text``; of article ``article``."""

    since: date | None = None
    until: date | None = None
    speaker: str | None = None
    text: str | None = None
    article: str | None = None
    limit: int | None = None
    # For pages: ``sort`` "date" or "-date" (publication date, undated last, then article hash and
    # ordinal; None keeps the order above) and ``after``, the previous page's last row (needs ``sort``).
    sort: str | None = None
    after: QuoteCursor | None = None

    def __post_init__(self) -> None:
        _check_limit(self.limit)
        if self.sort is not None and self.sort not in QUOTE_SORTS:
            raise FilterError(f"sort must be one of {', '.join(QUOTE_SORTS)}, got {self.sort!r}")
        if self.after is not None and self.sort is None:
            raise FilterError("a cursor needs a sort order")


def _check_limit(limit: int | None) -> None:
    if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or limit < 0):
        raise FilterError(f"limit must be a whole number of at least 0, got {limit!r}")


def _check_bbox(bbox: BoundingBox) -> None:
    west, south, east, north = bbox
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise FilterError(
            f"bbox must be west,south,east,north with longitudes in -180..180 and -90 <= south <= north <= 90, "
            f"got {','.join(str(v) for v in bbox)}"
        )
