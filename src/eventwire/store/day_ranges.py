"""The calendar days a TIMEX3 date value covers, for date-range filters and ordering."""

from __future__ import annotations

import calendar
import re
from datetime import date

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")

DayRange = tuple[date, date]


def days_covered(value: str | None) -> DayRange | None:
    """First and last day of a day, ISO week, month or year value; None for anything else."""
    if not value:
        return None
    try:
        return _day(value) or _week(value) or _month(value) or _year(value)
    except ValueError:  # e.g. 2022-02-30 or week 54: a malformed value covers no day
        return None


def _day(value: str) -> DayRange | None:
    match = _DAY.match(value)
    if not match:
        return None
    day = date(int(match[1]), int(match[2]), int(match[3]))
    return day, day


def _week(value: str) -> DayRange | None:
    match = _WEEK.match(value)
    if not match:
        return None
    year, week = int(match[1]), int(match[2])
    return date.fromisocalendar(year, week, 1), date.fromisocalendar(year, week, 7)


def _month(value: str) -> DayRange | None:
    match = _MONTH.match(value)
    if not match:
        return None
    year, month = int(match[1]), int(match[2])
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _year(value: str) -> DayRange | None:
    match = _YEAR.match(value)
    if not match:
        return None
    year = int(match[1])
    return date(year, 1, 1), date(year, 12, 31)
