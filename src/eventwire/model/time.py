"""Resolved dates with an explicit granularity."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Granularity(enum.StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    REFERENCE = "reference"  # PRESENT_REF, PAST_REF, FUTURE_REF: "now", "recently", "soon"


# ACLED's time precision: 1 = the day, 2 = the week, 3 = only the month (or coarser).
_TIME_PRECISION = {Granularity.DAY: 1, Granularity.WEEK: 2}


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """A calendar value in TIMEX3 form (``2022-04-28``, ``2022-W17``, ``2022-04``, ``2022``, ``20``)."""

    value: str
    granularity: Granularity

    @property
    def time_precision(self) -> int:
        return _TIME_PRECISION.get(self.granularity, 3)
