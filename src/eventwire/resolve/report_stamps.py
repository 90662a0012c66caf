"""A page's time stamps: the dates that say when the report was posted or updated, not when anything happened.

News pages carry them around the story: "Posted: Friday, June 26, 2015 4:46 AM EDT", "Updated: Mar 8, 2017 -
11:32 AM", "(Published Sunday, Aug. 28, 2016)" under a video, "DATE: September 26, 2016 9:57:05 AM CDT" on a
police release, "3:30 p.m. March 15, 2016 UPDATE:", the date in a dateline "LA PORTE, Ind. (Dec. 26, 2015) -".
They date the page, so they never date an event.
"""

from __future__ import annotations

import re

from eventwire.model import Span

# A stamp's label, then at most a short run on the same line ("Posted on:", "UPDATED at 12:23 P.M. (EST) on").
_LABEL_BEFORE = re.compile(
    r"(?i:\b(?:posted|published|updated|created|last\s+updated|date|originally\s+published))"
    r"(?:[^\S\n]+on\b)?[^\S\n]*:?[^\S\n]*(?:at[^\S\n]+\d{1,2}:\d\d[^\n]{0,20}?\bon[^\S\n]+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[^\S\n]*)?\Z"
)
_OPEN_PAREN = re.compile(r"\([^\S\n]*\Z")
_CLOSED_DATELINE = re.compile(r"[^\S\n]*\)[^\S\n]*(?:[-\u2013\u2014]|--)")
# A clock time, optionally a zone, right after the date ("4:46 AM EDT", "@ 5:31 PM", "- 7:50 PM", "12:30 pm").
_CLOCK_AFTER = re.compile(
    r"[^\S\n]*(?:[-@,][^\S\n]*)?\d{1,2}:\d\d(?::\d\d)?[^\S\n]*(?:[AaPp]\.?[Mm]\.?)"
    r"(?:[^\S\n]*\(?(?:[ECMP][SD]?T|ET|PT|CT|MT|GMT|UTC)\b\)?)?"
)
_UPDATE_AFTER = re.compile(r"[^\S\n]*(?:UPDATE|Update)\b[^\S\n]*:")
# A full date on a line of its own, or just before the dateline ("March 22, 2016  JACKSON, Ga. (AP) --").
_LINE_START = re.compile(r"(?:\A|\n)[^\S\n]*\Z")
_LINE_END = re.compile(r"[^\S\n]*(?:\n|\Z)")
_DATELINE_AFTER = re.compile(
    r"\s+[A-Z][A-Z.'-]+(?:[^\S\n][A-Z][A-Z.'-]+)*(?:,[^\S\n]*[A-Z][\w.]*(?:[^\S\n][A-Z][\w.]*)?)?"
    r"[^\S\n]*(?:\([^)\n]{1,40}\)[^\S\n]*)?(?:--|[-\u2013\u2014])"
)
_HAS_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b|/\d\d(?:\d\d)?\b")
LOOK_BACK = 60


def is_report_stamp(text: str, span: Span) -> bool:
    """Whether the date at ``span`` is the page's stamp (posted, published, updated) rather than a date the
    story tells."""
    before = text[max(0, span.start - LOOK_BACK) : span.start]
    after = text[span.end : span.end + 40]
    if _LABEL_BEFORE.search(before):
        return True
    dated_with_year = bool(_HAS_YEAR.search(text[span.start : span.end]))
    if dated_with_year and _LINE_START.search(before) and (_LINE_END.match(after) or _DATELINE_AFTER.match(after)):
        return True  # "By Jane Roe\n\nJanuary 9, 2015\n\nA man ...", "March 22, 2016  JACKSON, Ga. (AP) --"
    if dated_with_year and _OPEN_PAREN.search(before) and _CLOSED_DATELINE.match(after):
        return True  # "LA PORTE, Ind. (December 26, 2015) - A boy ..."
    clock = _CLOCK_AFTER.match(after)
    if clock is not None and (dated_with_year or _UPDATE_AFTER.match(after, clock.end())):
        return True  # "Friday, June 26, 2015 4:46 AM EDT", "Sunday 4:45 p.m. UPDATE:"
    return bool(_UPDATE_AFTER.match(after)) and dated_with_year  # "3:30 p.m. March 15, 2016 UPDATE:"
