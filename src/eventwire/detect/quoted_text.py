"""Text in quotation marks: where it is, and what kind of quote a content span is.

Quotes are paired within a paragraph (a line). A quote left open at the end of a paragraph runs to
the paragraph's end, as news style does for quotes that go on over several paragraphs. A line break
inside a sentence of hard-wrapped text ("...the animals and the\nfields," said ...) is no paragraph end.
"""

from __future__ import annotations

import re

from eventwire.detect.quote_single_marks import nested, single_regions
from eventwire.model import QuotedRegion, QuoteKind, Span
from eventwire.pipeline import QUOTATIONS, Document, register

_MARK = re.compile(r"``|''|[\"“”„«»]")
_OPENERS = frozenset({"“", "„", "«", "``"})
_CLOSERS = frozenset({"”", "»", "''"})
_DOUBLE_MARKS = frozenset('"“”„«»')
_LINE = re.compile(r"[^\n]+")
# A line break that only wraps a sentence: after a word or a comma, before a word in lower case.
_SOFT_BREAK = re.compile(r"(?<=[\w,;])[ \t]*\n[ \t]*(?=[a-z])")
_WRAPPED_LINES = 4  # lines a hard-wrapped text has at least
_WIDEST_WRAP = 100  # no line of hard-wrapped text is longer
_FULL_LINE = 0.75  # a line this share of the width is wrapped, not a paragraph's last line
_MOST_LINES = 0.6  # the share of lines that are full in hard-wrapped text
_SINGLE_OPENERS = re.compile(r"‘|(?:^|[\s(\[—–-])'[A-Z]")


@register(QUOTATIONS, version="1")
def quotations(document: Document) -> tuple[QuotedRegion, ...]:
    """The article's quotations: the one quotation finder, which quotes, speakers and events all read."""
    return quoted_regions(document.text)


def quoted_regions(text: str) -> tuple[QuotedRegion, ...]:
    """Every quoted region of ``text`` (in double marks, or in single marks as British papers quote), in
    order, none overlapping."""
    regions: list[QuotedRegion] = []
    for start, end in paragraph_lines(text):
        line = text[start:end]
        doubles = _regions_in_line(text, start, end)
        singles = single_regions(text, start, end) if _SINGLE_OPENERS.search(line) else []
        regions.extend(nested(doubles, singles) if singles else doubles)
    return tuple(regions)


def soft_breaks(text: str) -> frozenset[int]:
    """The positions of the line breaks that only wrap a sentence: in any text, one between a word (or a comma)
    and a word in lower case ("reach the\nworst-hit villages", '"...," he\nsaid'); in hard-wrapped text (most
    lines about one width), every single line break after a line of about that width."""
    found = {m.start() + m.group().index("\n") for m in _SOFT_BREAK.finditer(text)}
    width = _wrap_width(text)
    if width:
        for line in _LINE.finditer(text):
            end = line.end()
            if end + 1 < len(text) and text[end + 1] not in "\n\r" and len(line.group().rstrip()) >= _FULL_LINE * width:
                found.add(end)
    return frozenset(found)


def _wrap_width(text: str) -> int:
    """The width of hard-wrapped text (the longest line), or 0 when the text is not hard-wrapped: at least
    ``_WRAPPED_LINES`` lines, all at most ``_WIDEST_WRAP`` long, most within a few characters of the longest."""
    lengths = [len(line.group().rstrip()) for line in _LINE.finditer(text)]
    if len(lengths) < _WRAPPED_LINES or max(lengths) > _WIDEST_WRAP:
        return 0
    width = max(lengths)
    full = sum(1 for n in lengths if n >= _FULL_LINE * width)
    return width if full >= _MOST_LINES * len(lengths) else 0


def paragraph_lines(text: str, soft: frozenset[int] | None = None) -> list[tuple[int, int]]:
    """The (start, end) of each line of ``text``, a line that a soft break wraps joined with the next one."""
    soft = soft_breaks(text) if soft is None else soft
    lines: list[tuple[int, int]] = []
    joined = False
    for line in _LINE.finditer(text):
        if joined and lines:
            lines[-1] = (lines[-1][0], line.end())
        else:
            lines.append((line.start(), line.end()))
        joined = line.end() in soft
    return lines


def _regions_in_line(text: str, start: int, end: int) -> list[QuotedRegion]:
    regions: list[QuotedRegion] = []
    opened: int | None = None
    for mark in _MARK.finditer(text, start, end):
        symbol = mark.group()
        if opened is None:
            if symbol in _OPENERS or (symbol in ('"', "”", "''") and _looks_like_opener(text, mark, start)):
                opened = mark.start()
            continue
        if symbol in _CLOSERS or symbol == '"':
            regions.append(QuotedRegion(Span(opened, mark.end())))
            opened = None
        elif symbol in _OPENERS:
            opened = mark.start()
    if opened is not None:
        stop = len(text[start:end].rstrip()) + start
        if stop - opened > 1:
            regions.append(QuotedRegion(Span(opened, stop), closed=False))
    return regions


def _looks_like_opener(text: str, mark: re.Match[str], line_start: int) -> bool:
    """A straight quote (or '') opens when a word follows it, not a space or the line's end; a
    closing curly quote opens only when it starts the line (a common typo)."""
    if mark.group() == "”" and text[line_start : mark.start()].strip():
        return False
    if mark.group() == "''" and mark.start() > line_start and text[mark.start() - 1].isalnum():
        return False
    return mark.end() < len(text) and not text[mark.end()].isspace()


def quote_kind(content: str) -> QuoteKind:
    """direct when the content is wrapped in quotation marks (double, or British single ones), mixed when it
    has some, else indirect (an apostrophe is no quotation mark)."""
    stripped = content.strip()
    if len(stripped) > 1 and stripped[0] in _DOUBLE_MARKS and stripped[-1] in _DOUBLE_MARKS:
        return QuoteKind.DIRECT
    if stripped.startswith(("``", "‘")) and stripped.endswith(("''", "’")) and len(stripped) > 1:
        return QuoteKind.DIRECT
    if any(ch in _DOUBLE_MARKS for ch in stripped) or "``" in stripped or "‘" in stripped:
        return QuoteKind.MIXED
    return QuoteKind.INDIRECT


_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "and", "or", "in", "on", "at", "for", "to", "with", "by", "from"}
)
_LONGEST_TITLE = 6  # words


def looks_like_a_title(content: str) -> bool:
    """A quotation that names something rather than says something: a title or a name in quotation
    marks ('"Meet the Press"', '"Man of the World,"', '"Lyin' Ted."'), or a date. Short, with every
    word capitalised but the small ones, and not an exclamation or a question."""
    words = content.strip(" \t\n\"“”„«»‘’`'.,;:").split()
    if not words or len(words) > _LONGEST_TITLE or content.rstrip(" \"”»'").endswith(("!", "?")):
        return False
    if all(w.replace("-", "").isdigit() for w in words):
        return True
    capitalised = [w for w in words if w[0].isupper() or w[0].isdigit()]
    small = [w for w in words if w.lower() in _TITLE_SMALL_WORDS]
    return bool(capitalised) and len(capitalised) + len(small) == len(words) and len(words) > 1
