"""The words of a count of people: number words ("twelve", "a dozen"), ACLED's coding of vague plural quantities
("dozens" 12) and the scale words of a number phrase ("two hundred").

Shared by the casualty figures (``detect/casualty_numbers.py`` reads their values) and the injured of a wire report
(``resolve/wire_casualties.py`` finds where a figure's count stands).
"""

from __future__ import annotations

COUNT_WORDS: dict[str, int] = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "both": 2, "couple": 2,
    "pair": 2, "dozen": 12,
}  # fmt: skip
# Count words that also say one person or a pair without counting ("a man", "both sides", "a couple of").
ARTICLE_COUNTS = frozenset({"a", "an", "single", "both", "couple", "pair"})
# Nouns of people that name two without a count ("his parents", "her grandparents", "the twins").
PAIR_NOUNS = frozenset({"parents", "grandparents", "twins"})
# ACLED's coding of vague plural quantities ("dozens" 12, "tens" 10, "hundreds" 100).
VAGUE_QUANTITIES: dict[str, int] = {"dozens": 12, "tens": 10, "scores": 20, "hundreds": 100, "thousands": 1000}
MULTIPLIERS: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
