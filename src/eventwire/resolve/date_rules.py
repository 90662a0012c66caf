"""How each kind of date expression becomes a TIMEX3 value, given the publication date.

One function per rule of ``eventwire.detect.dates``; each takes the candidate and a ``DateContext``
and returns a ``ResolvedDate``, or None when the expression names no calendar value. A rule that
needs the publication date and has none raises ``MissingAnchor``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from eventwire.lexicon.calendar_words import MONTHS, NUMBER_WORDS, WEEKDAYS
from eventwire.model import DateCandidate, Granularity, ResolvedDate
from eventwire.resolve import calendar as cal


class MissingAnchor(Exception):
    """The expression is relative and the article has no publication date."""


@dataclass(frozen=True, slots=True)
class DateContext:
    published: date | None
    sentence: str  # lower-cased text of the sentence the expression is in
    quarterly: bool = False  # the article reports by quarters: "a year ago" means the year-ago quarter

    @property
    def anchor(self) -> date:
        if self.published is None:
            raise MissingAnchor
        return self.published


RuleResolver = Callable[[DateCandidate, DateContext], ResolvedDate | None]

_REFS = {"present": "PRESENT_REF", "past": "PAST_REF", "future": "FUTURE_REF", "soon": "FUTURE_REF"}
_BACK = ("last", "the past", "the previous", "the last", "this past", "last year's")
_FORWARD = ("next", "the coming", "the following", "the next", "this coming", "next year's")


def _words(text: str) -> str:
    return " ".join(text.lower().split())


def _shift_of(rel: str) -> int:
    rel = _words(rel)
    return -1 if rel in _BACK else 1 if rel in _FORWARD else 0


def _month_number(name: str) -> int:
    return MONTHS[name[:3].lower()]


def _two_digit_year(text: str) -> int:
    number = int(text)
    return number if len(text) == 4 else (1900 + number if number > 30 else 2000 + number)


def month_day(c: DateCandidate, ctx: DateContext) -> ResolvedDate | None:
    month, day_number = _month_number(c.part("month")), int("".join(ch for ch in c.part("day") if ch.isdigit()))
    if c.part("year"):
        year = int(c.part("year"))
    else:
        tense = {-1: "past", 1: "future"}.get(_shift_of(c.part("rel")), c.tense)
        year = cal.year_for_month_day(ctx.anchor, month, day_number, tense)
    value = cal.safe_date(year, month, day_number)
    return cal.day(value) if value else None


def numeric(c: DateCandidate, ctx: DateContext) -> ResolvedDate | None:
    if c.part("iso"):
        value = cal.safe_date(*(int(x) for x in c.part("iso").split("-")))
    else:
        value = cal.safe_date(_two_digit_year(c.part("y")), int(c.part("m")), int(c.part("d")))
    return cal.day(value) if value else None


def month_year(c: DateCandidate, ctx: DateContext) -> ResolvedDate:
    if c.part("year"):
        return cal.month(int(c.part("year")), _month_number(c.part("month")))
    return cal.month(ctx.anchor.year + _shift_of(c.part("rel")), _month_number(c.part("month")))


def month(c: DateCandidate, ctx: DateContext) -> ResolvedDate:
    anchor, number, shift = ctx.anchor, _month_number(c.part("month")), _shift_of(c.part("rel"))
    if shift < 0:
        return cal.month(anchor.year if number < anchor.month else anchor.year - 1, number)
    if shift > 0:
        return cal.month(anchor.year if number > anchor.month else anchor.year + 1, number)
    if _words(c.part("rel")).startswith("this"):
        return cal.month(anchor.year, number)
    return cal.month(cal.year_for_month(anchor, number, c.tense), number)


def weekday(c: DateCandidate, ctx: DateContext) -> ResolvedDate:
    anchor, number = ctx.anchor, WEEKDAYS[c.part("weekday")[:3].lower()]
    rel = _words(c.part("rel"))
    if rel in ("last", "the previous", "this past"):
        return cal.day(cal.weekday_before(anchor, number))
    if rel in ("next", "this coming", "the following") or c.tense == "future":
        return cal.day(cal.weekday_after(anchor, number) if anchor.weekday() != number else anchor)
    return cal.day(cal.weekday_on_or_before(anchor, number))


_DEICTIC_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def deictic(c: DateCandidate, ctx: DateContext) -> ResolvedDate:
    return cal.day(ctx.anchor + timedelta(days=_DEICTIC_DAYS[c.part("deictic").lower()]))


def day_before(c: DateCandidate, ctx: DateContext) -> ResolvedDate:
    return cal.day(ctx.anchor + timedelta(days=-2 if c.part("which").lower() == "before" else 2))


def _unit_value(anchor: date, unit: str, shift: int) -> ResolvedDate:
    if unit in ("week", "weekend"):
        moved = anchor + timedelta(weeks=shift)
        return cal.week(moved) if unit == "week" else cal.weekend(moved)
    if unit == "month":
        moved = cal.add_months(anchor, shift)
        return cal.month(moved.year, moved.month)
    if unit == "quarter":
        index = anchor.year * 4 + cal.quarter_of(anchor) - 1 + shift
        return cal.quarter(index // 4, index % 4 + 1)
    if unit == "decade":
        return cal.decade((anchor.year // 10 + shift) * 10)
    if unit == "century":
        return cal.century(anchor.year // 100 + 1 + shift)
    return cal.year(anchor.year + shift)


def unit_rel(c: DateCandidate, ctx: DateContext) -> ResolvedDate:
    unit, shift = c.part("unit").lower(), _shift_of(c.part("rel"))
    if unit in cal.SEASONS:
        return _season_value(ctx.anchor, cal.SEASONS[unit], shift)
    return _unit_value(ctx.anchor, unit, shift)


def _season_value(anchor: date, code: str, shift: int) -> ResolvedDate:
    if shift < 0:
        return cal.season(cal.previous_season(anchor, code), code)
    if shift > 0:
        return cal.season(cal.next_season(anchor, code), code)
    return cal.season(anchor.year, code)


def _amount(text: str) -> int:
    text = _words(text)
    return int(text) if text.isdigit() else NUMBER_WORDS.get(text, 1)


_VAGUE_AMOUNTS = frozenset({"several", "a few", "some", "many"})


def ago(c: DateCandidate, ctx: DateContext) -> ResolvedDate | None:
    """``two days ago`` / ``a year earlier`` go back; ``two days after X`` places X two days before now."""
    direction = _words(c.part("direction"))
    sign = -1 if direction in ("ago", "earlier", "after") else 1
    amount, unit = sign * _amount(c.part("number")), c.part("unit").lower().rstrip("s")
    anchor = ctx.anchor
    if _words(c.part("number")) in _VAGUE_AMOUNTS:
        return ResolvedDate("PAST_REF" if sign < 0 else "FUTURE_REF", Granularity.REFERENCE)
    if unit in ("hour", "minute"):
        return None
    if unit == "year" and amount == -1 and direction in ("ago", "earlier") and _quarterly(ctx):
        year_number, number = cal.previous_quarter(anchor)
        return cal.quarter(year_number + amount, number)
    if unit == "day":
        return cal.day(anchor + timedelta(days=amount))
    if unit == "week":
        return cal.week(anchor + timedelta(weeks=amount))
    if unit == "month":
        moved = cal.add_months(anchor, amount)
        return cal.month(moved.year, moved.month)
    if unit == "quarter":
        return _unit_value(anchor, "quarter", amount)
    return cal.year(anchor.year + amount * (10 if unit == "decade" else 1))


def _quarterly(ctx: DateContext) -> bool:
    return ctx.quarterly or "quarter" in ctx.sentence


_NEAR_SHIFT = {"the next": 1, "the following": 1, "the previous": -1}


def same_day(c: DateCandidate, ctx: DateContext) -> ResolvedDate:
    if c.part("ref"):
        unit = _words(c.part("ref")).removeprefix("the ")
        shift = -1 if _words(c.part("direction")) in ("before", "earlier") else 1
    else:
        unit = c.part("unit").lower()
        shift = _NEAR_SHIFT.get(_words(c.part("near")), 0)
    if unit in ("day", "night", "morning", "evening"):
        return cal.day(ctx.anchor + timedelta(days=shift))
    return _unit_value(ctx.anchor, unit, shift)


def the_unit(c: DateCandidate, ctx: DateContext) -> ResolvedDate:
    """ "the year", "the full year", "the week", "the weekend", "the latest period": the one the article is in."""
    unit, anchor = c.part("unit").lower(), ctx.anchor
    if unit == "period":
        return cal.quarter(*cal.previous_quarter(anchor))
    if unit == "weekend":
        saturday = cal.weekday_after(anchor, 5) if c.tense == "future" else cal.weekday_on_or_before(anchor, 5)
        return cal.weekend(saturday)
    return _unit_value(anchor, unit, 0)


_TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8, "ninety": 9}
_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


def spelled_year(c: DateCandidate, ctx: DateContext) -> ResolvedDate:
    if c.part("two"):
        return cal.year(2000)
    return cal.year(1900 + 10 * _TENS[c.part("tens").lower()] + _ONES.get(c.part("ones").lower(), 0))


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def quarter(c: DateCandidate, ctx: DateContext) -> ResolvedDate:
    owner, ordinal = _words(c.part("owner")), _words(c.part("ordinal"))
    is_half = c.part("half").lower() == "half"
    number = _ORDINALS.get(ordinal) or (2 if is_half and ordinal in ("final", "last") else 0)
    explicit = c.part("year") or c.part("qyear")
    year_number = int(explicit) if explicit else ctx.anchor.year + _shift_of(owner)
    if owner in _YEAR_AGO_OWNERS and number:
        year_number -= 1
    if is_half:
        return cal.half(year_number, number or (1 if ctx.anchor.month > 6 else 2))
    if number:
        return cal.quarter(year_number, number)
    if explicit:
        return cal.quarter(year_number, cal.previous_quarter(ctx.anchor)[1])
    return _relative_quarter(ctx.anchor, owner, ordinal)


_YEAR_AGO_OWNERS = ("the year-ago", "the year-earlier")


def _relative_quarter(anchor: date, owner: str, ordinal: str) -> ResolvedDate:
    if ordinal == "current" or owner in ("this", "the current"):
        return cal.quarter(anchor.year, cal.quarter_of(anchor))
    if owner == "next":
        return _unit_value(anchor, "quarter", 1)
    year_number, number = cal.previous_quarter(anchor)
    back = 1 if owner in (*_YEAR_AGO_OWNERS, "last year's") else 0
    return cal.quarter(year_number - back, number)


def year_ago(c: DateCandidate, ctx: DateContext) -> ResolvedDate:
    if c.part("unit").lower() == "quarter" or _quarterly(ctx):
        year_number, number = cal.previous_quarter(ctx.anchor)
        return cal.quarter(year_number - 1, number)
    return cal.year(ctx.anchor.year - 1)


_DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5,
    "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
}  # fmt: skip


def decade(c: DateCandidate, ctx: DateContext) -> ResolvedDate:
    if c.part("decade"):
        return cal.decade(int(c.part("decade")))
    tens = int(c.part("short")) // 10 if c.part("short") else _DECADE_WORDS[c.part("word").lower()]
    century_start = 1900 if ctx.published is None else (ctx.published.year // 100) * 100
    first = century_start + 10 * tens
    if ctx.published is not None and first > ctx.published.year:
        first -= 100
    return cal.decade(first)


def century(c: DateCandidate, ctx: DateContext) -> ResolvedDate:
    if c.part("ordinal"):
        return cal.century(int(c.part("ordinal")))
    return _unit_value(ctx.anchor, "century", _shift_of(c.part("rel")))


def season(c: DateCandidate, ctx: DateContext) -> ResolvedDate | None:
    code = cal.SEASONS[c.part("season").lower()]
    explicit = c.part("year") or c.part("year2")
    if explicit:
        return cal.season(int(explicit), code)
    rel = _words(c.part("rel"))
    if rel == "the" and not c.part("edge"):
        return None
    return _season_value(ctx.anchor, code, _shift_of(rel))


def year(c: DateCandidate, ctx: DateContext) -> ResolvedDate:
    return cal.year(int(c.part("year")))


def year_end(c: DateCandidate, ctx: DateContext) -> ResolvedDate:
    return cal.year(ctx.anchor.year)


def reference(c: DateCandidate, ctx: DateContext) -> ResolvedDate:
    return ResolvedDate(_REFS[c.rule], Granularity.REFERENCE)


def holiday(c: DateCandidate, ctx: DateContext) -> ResolvedDate | None:
    name = _words(c.text)
    anchor = ctx.anchor
    when = _holiday_date(name, anchor.year)
    if when is None:
        return None
    if c.tense != "future" and when > anchor:
        when = _holiday_date(name, anchor.year - 1) or when
    return cal.day(when)


_FIXED_HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
    "new year's eve": (12, 31), "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
    "veterans day": (11, 11),
}  # fmt: skip
_WEEKDAY_HOLIDAYS = {"thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "labor day": (9, 0, 1)}


def _holiday_date(name: str, year_number: int) -> date | None:
    if name in _FIXED_HOLIDAYS:
        return date(year_number, *_FIXED_HOLIDAYS[name])
    if name in _WEEKDAY_HOLIDAYS:
        return cal.nth_weekday(year_number, *_WEEKDAY_HOLIDAYS[name])
    if name == "memorial day":
        return cal.nth_weekday(year_number, 5, 0, -1)
    if name == "election day":
        return cal.nth_weekday(year_number, 11, 0, 1) + timedelta(days=1)
    return None


RULES: dict[str, RuleResolver] = {
    "month_day": month_day,
    "day_month": month_day,
    "numeric": numeric,
    "month_year": month_year,
    "month": month,
    "weekday": weekday,
    "deictic": deictic,
    "day_before": day_before,
    "unit_rel": unit_rel,
    "ago": ago,
    "same_day": same_day,
    "quarter": quarter,
    "year_ago": year_ago,
    "the_unit": the_unit,
    "spelled_year": spelled_year,
    "decade": decade,
    "century": century,
    "season": season,
    "year": year,
    "year_end": year_end,
    "present": reference,
    "past": reference,
    "future": reference,
    "soon": reference,
    "holiday": holiday,
}
