"""Reading the figures of casualty reports: digits, number words and ACLED's vague quantities."""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.lexicon.count_words import COUNT_WORDS, MULTIPLIERS, VAGUE_QUANTITIES

_UNITS = COUNT_WORDS
_MULTIPLIERS = MULTIPLIERS
# A figure of at most 12 digits: a longer digit string is no count of people (and int() refuses over 4,300 digits).
_DIGITS = re.compile(r"\d{1,3}(?:,\d{3}){1,3}|\d{1,12}")
# Words before a figure that make it a lower bound ("at least 5") or an upper bound ("up to 5").
LOWER_BOUND_WORDS = frozenset({"least", "more", "over", "above", "nearly", "almost", "around", "about", "some"})
UPPER_BOUND_WORDS = frozenset({"up", "fewer", "less", "under", "most"})


@dataclass(frozen=True, slots=True)
class Figure:
    """A count read from the text: ``value`` is the best reading, ``low``/``high`` the range if one was given;
    ``vague`` when the text gives no number but a vague quantity ("dozens", "several"), coded as ACLED does."""

    value: int
    low: int | None = None
    high: int | None = None
    vague: bool = False


def digit_value(word: str) -> int | None:
    """The value of a digit string ("1,200" 1200), else None: also for digits int() does not read ("²") and for
    strings too long to be a count of anything."""
    return int(word.replace(",", "")) if _DIGITS.fullmatch(word) else None


def word_value(word: str) -> int | None:
    """The value of one number word or digit string ("twelve" 12, "1,200" 1200, "twenty-five" 25), else None."""
    lowered = word.lower()
    if (digits := digit_value(lowered)) is not None:
        return digits
    if lowered in _UNITS:
        return _UNITS[lowered]
    if lowered in VAGUE_QUANTITIES:
        return VAGUE_QUANTITIES[lowered]
    if "-" in lowered:
        parts = [_UNITS.get(p) for p in lowered.split("-")]
        if len(parts) == 2 and parts[0] is not None and parts[1] is not None and parts[0] >= 20:
            return parts[0] + parts[1]
    return None


def phrase_value(words: list[str]) -> int | None:
    """The value of a number phrase ("two hundred", "3 million", "twenty five"), else None."""
    total, current, seen = 0, 0, False
    for word in words:
        lowered = word.lower()
        if lowered in _MULTIPLIERS and seen:
            current = max(current, 1) * _MULTIPLIERS[lowered]
            total, current = total + current, 0
            continue
        value = word_value(lowered)
        if value is None:
            if lowered in {"and", "-"}:
                continue
            return None
        current, seen = current + value, True
    return total + current if seen else None
