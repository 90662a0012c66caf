"""Calendar arithmetic and TIMEX3 values: days, ISO weeks, months, quarters, seasons, years, decades, centuries.

Pure functions of explicit dates; nothing here reads the clock.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from eventwire.model import Granularity, ResolvedDate

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# The season a month is in (northern hemisphere, meteorological): Dec-Feb winter, Mar-May spring ...
_SEASON_OF_MONTH = ("WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI")
_SEASON_ORDER = ("SP", "SU", "FA", "WI")


def day(value: date) -> ResolvedDate:
    return ResolvedDate(value.isoformat(), Granularity.DAY)


def week(value: date) -> ResolvedDate:
    year, number, _ = value.isocalendar()
    return ResolvedDate(f"{year}-W{number:02d}", Granularity.WEEK)


def weekend(value: date) -> ResolvedDate:
    return ResolvedDate(f"{week(value).value}-WE", Granularity.WEEK)


def month(year: int, number: int) -> ResolvedDate:
    return ResolvedDate(f"{year:04d}-{number:02d}", Granularity.MONTH)


def quarter(year: int, number: int) -> ResolvedDate:
    return ResolvedDate(f"{year:04d}-Q{number}", Granularity.QUARTER)


def half(year: int, number: int) -> ResolvedDate:
    return ResolvedDate(f"{year:04d}-H{number}", Granularity.QUARTER)


def season(year: int, code: str) -> ResolvedDate:
    return ResolvedDate(f"{year:04d}-{code}", Granularity.SEASON)


def year(number: int) -> ResolvedDate:
    return ResolvedDate(f"{number:04d}", Granularity.YEAR)


def decade(first_year: int) -> ResolvedDate:
    """The TIMEX3 decade: 1990 -> ``199``."""
    return ResolvedDate(f"{first_year // 10:03d}", Granularity.DECADE)


def century(number: int) -> ResolvedDate:
    """The TIMEX3 century of the ``number``-th century: 21 -> ``20`` (the years 20xx)."""
    return ResolvedDate(f"{number - 1:02d}", Granularity.CENTURY)


def quarter_of(value: date) -> int:
    return (value.month - 1) // 3 + 1


def previous_quarter(value: date) -> tuple[int, int]:
    """(year, quarter) of the last quarter that ended before ``value``."""
    number = quarter_of(value) - 1
    return (value.year, number) if number else (value.year - 1, 4)


def season_of(value: date) -> tuple[int, str]:
    """(year, season code) that ``value`` falls in; a winter is named by the year it begins in (Dec.)."""
    code = _SEASON_OF_MONTH[value.month - 1]
    return (value.year - 1 if value.month < 3 else value.year), code


def previous_season(value: date, code: str) -> int:
    """The year of the last ``code`` season that began before the season ``value`` is in."""
    current_year, current = season_of(value)
    if _SEASON_ORDER.index(code) < _SEASON_ORDER.index(current):
        return current_year
    return current_year - 1


def next_season(value: date, code: str) -> int:
    current_year, current = season_of(value)
    if _SEASON_ORDER.index(code) > _SEASON_ORDER.index(current):
        return current_year
    return current_year + 1


def weekday_on_or_before(anchor: date, weekday: int) -> date:
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def weekday_before(anchor: date, weekday: int) -> date:
    return anchor - timedelta(days=(anchor.weekday() - weekday - 1) % 7 + 1)


def weekday_after(anchor: date, weekday: int) -> date:
    return anchor + timedelta(days=(weekday - anchor.weekday() - 1) % 7 + 1)


def add_months(value: date, months: int) -> date:
    index = value.year * 12 + value.month - 1 + months
    year_number, month_number = divmod(index, 12)
    last_day = calendar.monthrange(year_number, month_number + 1)[1]
    return date(year_number, month_number + 1, min(value.day, last_day))


def safe_date(year_number: int, month_number: int, day_number: int) -> date | None:
    """The date, or None when it does not exist (Feb. 30)."""
    try:
        return date(year_number, month_number, day_number)
    except ValueError:
        return None


def nth_weekday(year_number: int, month_number: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` of the month (n = -1: the last one)."""
    if n < 0:
        last = date(year_number, month_number, calendar.monthrange(year_number, month_number)[1])
        return weekday_on_or_before(last, weekday)
    first = date(year_number, month_number, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def year_for_month_day(anchor: date, month_number: int, day_number: int, tense: str) -> int:
    """The year a month-day without a year refers to.

    News reports mostly look back: a date more than about three months after publication is last
    year's; a future-tense date well before publication is next year's.
    """
    this_year = safe_date(anchor.year, month_number, day_number) or date(anchor.year, month_number, 1)
    distance = (this_year - anchor).days
    if tense == "future" and distance < -60:
        return anchor.year + 1
    if distance > 90 and tense != "future":
        return anchor.year - 1
    return anchor.year


def year_for_month(anchor: date, month_number: int, tense: str) -> int:
    """The year a month without a year refers to: from a few months ahead back to last year's, unless future."""
    distance = month_number - anchor.month
    if tense == "future" and distance < 0:
        return anchor.year + 1
    if distance > 4 and tense != "future":
        return anchor.year - 1
    if distance < -7 and tense != "past":
        return anchor.year + 1
    return anchor.year
