"""How a wire report is laid out: a headline line, a dateline ("KABUL (AP) -", "KABUL, March 3 (Reuters) -",
"WILSON, N.C. (WNCN) —"), the lead paragraph and the body.

``article_parts(text)`` reads the parts from the text alone (no parse), so that the parser can be told to start
a sentence at each part before it runs, and the structure stage can report the same parts as a layer.

A headline is the first line of the text when it is short, ends without a sentence's final punctuation and
another line follows; a headline fused with the dateline on one line ("Gunmen kill 18 KABUL (AP) - ...") is cut
where the dateline starts. A dateline is a town's name in capitals at the top, optionally a region or country,
optionally a date, then a news agency in brackets and/or a dash. The lead is the paragraph after the dateline
(else after the headline, else the first), the body everything after it.
"""

from __future__ import annotations

import re

from eventwire.model.span import Span
from eventwire.model.structure import ArticlePart, PartKind

LAYOUT_REACH = 400  # characters from the top in which a headline and a dateline stand
HEADLINE_MAX = 200
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_TOWN = r"(?P<name>[A-Z][A-Z.'\u2019-]*(?:[ ][A-Z][A-Z.'\u2019-]*){0,3})"
# A region or country of several words, "of", "the" and "and" among them ("Democratic Republic of Congo",
# "Bosnia and Herzegovina").
_REGION = (
    r"(?:,[ \t]*(?P<region>[A-Z][A-Za-z.'\u2019]*(?:[ ](?:of[ ](?:the[ ])?|and[ ])?[A-Z][A-Za-z.'\u2019]*){0,3}))?"
)
_DATE = rf"(?:,[ \t]*(?P<date>{_MONTHS}[ \t]+\d{{1,2}}(?:,[ \t]*\d{{4}})?))?"
_AGENCY = r"(?P<agency>\([^()\n]{1,40}\))"
_DASH = r"(?:\u2014|\u2013|--|-|:)"
# At the start of a line: the agency or the dash may stand alone ("CHICAGO -", "CHICAGO (AP)").
_LINE_DATELINE = re.compile(
    rf"(?:^|\n)[ \t]*{_TOWN}{_REGION}{_DATE}[ \t]*(?:{_AGENCY}[ \t]*{_DASH}?|{_DASH})[ \t]*(?=\S)"
)
# After a headline on the same line: only with the agency in brackets, which no sentence has.
_FUSED_DATELINE = re.compile(rf"[ \t]{_TOWN}{_REGION}{_DATE}[ \t]*{_AGENCY}[ \t]*{_DASH}?[ \t]*(?=\S)")
_SENTENCE_END = (".", "!", "?", '"', "\u201d", "'", "\u2019", ":", ";", ",")
# A capitalised word that begins an ordinary sentence, not a town ("A", "THE" as in "THE END -").
_NOT_TOWNS = frozenset({"A", "AN", "THE", "I", "UPDATE", "BREAKING", "WATCH", "VIDEO", "PHOTOS", "EXCLUSIVE", "NEW:"})


def article_parts(text: str) -> tuple[ArticlePart, ...]:
    """The headline (if any), the dateline (if any), the lead and the body (if any), in text order."""
    top = _skip_space(text, 0)
    if top >= len(text):
        return ()
    parts: list[ArticlePart] = []
    dateline = _dateline(text)
    headline_end = _headline_end(text, top, dateline)
    if headline_end is not None:
        parts.append(ArticlePart(PartKind.HEADLINE, Span(top, headline_end)))
    if dateline is not None:
        parts.append(dateline)
        lead_start = dateline.span.end
    elif headline_end is not None:
        lead_start = _skip_space(text, headline_end)
    else:
        lead_start = top
    lead_start = _skip_space(text, lead_start)
    if lead_start >= len(text):
        return tuple(parts)
    lead_end = _paragraph_end(text, lead_start)
    parts.append(ArticlePart(PartKind.LEAD, Span(lead_start, lead_end)))
    body_start = _skip_space(text, lead_end)
    if body_start < len(text):
        parts.append(ArticlePart(PartKind.BODY, Span(body_start, len(text.rstrip()))))
    return tuple(parts)


def part_starts(text: str) -> tuple[int, ...]:
    """The offsets at which a part starts: where a sentence must start."""
    return tuple(part.span.start for part in article_parts(text))


def _dateline(text: str) -> ArticlePart | None:
    match = dateline_match(text)
    if match is None:
        return None
    start = match.start("name")
    date = Span(*match.span("date")) if match.group("date") else None
    end = _trim_end(text, match.end())
    return ArticlePart(PartKind.DATELINE, Span(start, end), Span(start, match.end("name")), date)


def dateline_match(text: str) -> re.Match[str] | None:
    """The match of the article's dateline, with its groups ``name`` (the town), ``region``, ``date`` and
    ``agency``, or None: the one reading of a dateline that the structure stage and the events stage share."""
    top = _skip_space(text, 0)
    if top >= len(text):
        return None
    window = text[:LAYOUT_REACH]
    first_line_end = _line_end(text, top)
    for pattern in (_LINE_DATELINE, _FUSED_DATELINE):
        for match in pattern.finditer(window, top if pattern is _FUSED_DATELINE else 0):
            name = match.group("name")
            if pattern is _FUSED_DATELINE and match.start() > first_line_end:
                break
            if name.split()[0] in _NOT_TOWNS or len(name.replace(".", "")) < 2:
                continue
            if pattern is _LINE_DATELINE and not _ends_before(text, match, first_line_end, top):
                continue
            return match
    return None


def _ends_before(text: str, match: re.Match[str], first_line_end: int, top: int) -> bool:
    """A line-start dateline stands on the first or second line (after a headline)."""
    start = match.start("name")
    if start <= first_line_end:
        return start == top
    second_line_end = _line_end(text, _skip_space(text, first_line_end))
    return start <= second_line_end


def _headline_end(text: str, top: int, dateline: ArticlePart | None) -> int | None:
    """Where the headline ends: before a dateline below or beside it, else at the end of a title-like first line."""
    if dateline is not None and dateline.span.start > top:
        line = text[top : dateline.span.start].rstrip()
        return top + len(line) if line and len(line) <= HEADLINE_MAX else None
    end = _line_end(text, top)
    if dateline is not None or end >= len(text.rstrip()):
        return None  # the report starts with its dateline, or a single line is the report
    line = text[top:end].rstrip()
    return top + len(line) if _is_headline(line) else None


def _is_headline(line: str) -> bool:
    stripped = line.strip()
    return len(stripped.split()) > 1 and len(stripped) <= HEADLINE_MAX and not stripped.endswith(_SENTENCE_END)


def _paragraph_end(text: str, start: int) -> int:
    end = _line_end(text, start)
    return start + len(text[start:end].rstrip())


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _skip_space(text: str, start: int) -> int:
    while start < len(text) and text[start].isspace():
        start += 1
    return start


def _trim_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end
