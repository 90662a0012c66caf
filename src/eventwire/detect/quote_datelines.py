"""Datelines, as the quote finder needs them: the stretch of text before which no speaker can start.

Wire copy opens with where and when it was filed and by whom: "BAGHDAD (Reuters) -", "KYIV, March 3
(AFP) -", "BAKU, Azerbaijan, May 4 (Trend) -", "WASHINGTON (AP) —", "MOSCOW, February 24. /TASS/.", and a
press release's "AUSTIN, Texas, March 3, 2026 /PRNewswire/ --". The parser often makes the town the subject of
the first sentence's verb ("BAGHDAD ... said"), and the agency a name beside it; neither speaks. A dateline is
a capitalised town at the start of a line near the top of the article, then optionally a region or country, a
date (with its year) and an agency in brackets or slashes, then a dash or a colon, or the full stop after a
slashed agency.

(A private reading for the quote finder; when the pipeline has an article-structure layer with the
dateline, this should read it instead.)
"""

from __future__ import annotations

import re

from eventwire.model import Span

DATELINE_REACH = 600  # characters from the top of the article in which a dateline can stand
_TOWN = r"[A-Z][A-Z.'’ -]{1,40}[A-Z.]"
_MIXED_CASE_TOWN = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
_REGION = r"(?:,[ \t]*[A-Z][A-Za-z.'’ -]{1,30}?){0,2}"
_DAY = r"(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?\.?)?"
_AGENCY = r"(?:\([^)\n]{1,40}\)|/[A-Za-z][^/\n]{0,30}/)"
_DASH = r"(?:[ \t]*(?:\u2014|\u2013|--|-|:)|(?<=/)\.)[ \t]*"
_DATELINE = re.compile(
    rf"^[ \t]*(?:{_TOWN}{_REGION}{_DAY}[ \t]*(?:{_AGENCY})?|{_MIXED_CASE_TOWN}{_REGION}{_DAY}[ \t]*{_AGENCY}){_DASH}",
    re.MULTILINE,
)


def datelines(text: str) -> list[Span]:
    """The datelines near the top of ``text``, each from the line's start to the dash after it."""
    return [Span(m.start(), m.end()) for m in _DATELINE.finditer(text, 0, min(len(text), DATELINE_REACH))]


def speaker_barrier(line_start: int, found: list[Span]) -> int:
    """Where a speaker may begin in the line that starts at ``line_start``: after its dateline, if it has one."""
    for dateline in found:
        if dateline.start <= line_start < dateline.end or line_start <= dateline.start < line_start + 2:
            return dateline.end
    return line_start
