"""Date expressions: where the text names a time (``Thursday``, ``Feb. 24``, ``two days after``, ``the 1990s``).

The stage ``date_mentions`` finds candidates with precompiled patterns that follow the TIMEX3 extent
conventions (``last``/``the``/``early`` are part of the expression, ``on``/``in`` are not), keeps the
longest of overlapping ones, and records the tense of the verb that governs each, which the
resolver (``eventwire.resolve.dates``) needs to place bare weekdays and months.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from typing import TYPE_CHECKING

from eventwire.lexicon.calendar_words import NUMBER_WORDS
from eventwire.model import DateCandidate, Span
from eventwire.pipeline import DATE_MENTIONS, PARSE, Document, register

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

VERSION = "1"


def _any(*phrases: str) -> str:
    """A non-capturing alternation of phrases; a space in a phrase matches any run of whitespace."""
    return "(?:" + "|".join(phrase.replace(" ", r"\s+") for phrase in phrases) + ")"


_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_WEEKDAY = _any("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_PART = "(?i:" + _any("morning", "afternoon", "evening", "night", "overnight") + ")"
_EDGE = "(?i:" + _any("early", "late", "mid", "the end of", "the beginning of", "the start of", "the middle of") + ")"
_NUMBER = _any(r"\d+", *sorted(NUMBER_WORDS, key=len, reverse=True))
_UNIT = r"(?:day|week|month|year|decade|quarter|hour|minute)s?"
_ORDINAL = _any("first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "final", "latest", "last", "current")
_SEASON = _any("spring", "summer", "fall", "autumn", "winter")
_SHIFT = _any("last", "this", "next")
_REL = _any(
    "last", "next", "this", "this past", "this coming", "the past", "the coming", "the previous", "the following",
    "the same", "that", "the current", "the next", "the last", "this year's", "last year's", "next year's",
)  # fmt: skip
_QUARTER_OWNER = _any(
    "the", "this", "last", "next", "its", "the latest", "the current", "the same", "the year-ago",
    "the year-earlier", "this year's", "last year's", "next year's",
)  # fmt: skip
_YEAR_EDGE = _any(
    "fiscal", "calendar", "early", "late", "mid", "the end of", "the beginning of", "the start of", "the middle of",
    "the first half of", "the second half of", "the summer of", "year-end",
)  # fmt: skip
_TENS_WORDS = _any("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ONES_WORDS = _any("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_DECADE_WORDS = _any("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
_HOLIDAY = _any(
    r"Christmas(?:\s+(?:Day|Eve))?", r"New Year's (?:Day|Eve)", r"Thanksgiving(?:\s+Day)?", "Election Day",
    "Independence Day", "Labor Day", "Memorial Day", "Veterans Day", "Halloween", "Valentine's Day",
)  # fmt: skip

# (rule, pattern): each rule's named groups are what the resolver reads. Case matters for names.
_PATTERNS: tuple[tuple[str, str], ...] = (
    ("month_day", rf"(?:(?P<rel>(?i:{_SHIFT}))\s+)?(?:(?P<weekday>{_WEEKDAY}),?\s+)?(?P<month>{_MONTH})\s+"
                  rf"(?P<day>{_DAY})\b(?:,?\s+(?P<year>{_YEAR})\b)?"),
    ("day_month", rf"(?:(?P<weekday>{_WEEKDAY}),?\s+)?(?P<day>{_DAY})\s+(?P<month>{_MONTH})"
                  rf"(?:,?\s+(?P<year>{_YEAR}))?"),
    ("numeric", r"\b(?P<iso>\d{4}-\d\d-\d\d)\b"
                r"|\b(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>\d{4}|\d\d)\b"),
    ("month_year", rf"(?:(?P<edge>{_EDGE})[\s-]+)?(?P<month>{_MONTH})"
                   rf"(?:,?\s+(?P<year>{_YEAR})|\s+(?P<rel>(?i:{_SHIFT}))\s+(?i:year))\b"),
    ("month", rf"(?:(?P<rel>(?i:{_any('last', 'next', 'this', 'this past', 'this coming')}))\s+"
              rf"|(?P<edge>{_EDGE})[\s-]+)?(?P<month>{_MONTH})\b"),
    ("weekday", r"(?:(?P<rel>(?i:" + _any("last", "next", "this", "this coming", "this past", "the previous",
                "the following", "early", "late", "earlier", "later") + r"))\s+)?"
                rf"(?P<weekday>{_WEEKDAY})\b(?:\s+{_PART}\b)?"),
    ("deictic", rf"(?i:(?:(?:early|late|earlier|later)\s+)?(?P<deictic>today|yesterday|tomorrow|tonight)"
                rf"(?:\s+{_PART})?)\b"),
    ("day_before", r"(?i:(?:the\s+)?day\s+(?P<which>before|after)\s+(?:yesterday|tomorrow))\b"),
    ("unit_rel", rf"(?i:(?:(?P<edge>early|late|earlier|later)\s+)?(?P<rel>{_REL})\s+"
                 rf"(?P<unit>week|weekend|month|year|quarter|decade|century|{_SEASON}))\b"),
    ("ago", r"(?i:(?:" + _any("about", "nearly", "almost", "some", "more than", "over", "roughly") + r")\s+)?"
            rf"(?i:(?P<number>{_NUMBER})\s+(?P<unit>{_UNIT})(?:\s+or\s+so)?\s+"
            r"(?P<direction>ago|earlier|later|before|after|from\s+now|hence))\b"),
    ("same_day", r"(?i:(?P<edge>earlier|later)\s+)?(?i:(?P<ref>the\s+(?:day|night|week|month|year))\s+"
                 r"(?P<direction>before|after|earlier|later)"
                 r"|(?P<near>" + _any("the next", "the following", "the previous", "that same", "the same", "that")
                 + r")\s+(?P<unit>day|morning|night|evening|week|month|year))\b"),
    ("quarter", rf"(?i:(?:(?P<owner>{_QUARTER_OWNER}|(?:the\s+)?(?P<qyear>{_YEAR})(?:'s)?)\s+)?"
                rf"(?:(?P<ordinal>{_ORDINAL})[\s-]+)?"
                rf"(?:fiscal[\s-]+)?(?P<half>quarter|half)(?:\s+of\s+(?:fiscal\s+)?(?P<year>{_YEAR}))?)\b"),
    ("the_unit", r"(?i:(?P<owner>the|this)\s+(?:(?P<which>full|fiscal|latest|current|same|entire|whole)\s+)?"
                 r"(?P<unit>year|week|weekend|month|period))\b(?!\s+(?:of|before|after|earlier|later|ago)\b)"),
    ("spelled_year", rf"(?i:(?:the\s+year\s+)?(?:nineteen[\s-]+(?P<tens>{_TENS_WORDS})"
                     rf"(?:[\s-]+(?P<ones>{_ONES_WORDS}))?"
                     r"|(?P<two>two\s+thousand)))\b"),
    ("year_ago", r"(?i:(?P<owner>the\s+)?(?:year-ago|year-earlier)(?:\s+(?P<unit>quarter|period))?)\b"),
    ("decade", r"(?i:(?:the\s+)?(?:(?P<edge>early|late|mid)[\s-]+)?"
               rf"(?:(?P<decade>1[89]\d0|20\d0)'?s|'(?P<short>\d0)s|(?P<word>{_DECADE_WORDS})))\b"),
    ("century", r"(?i:(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<ordinal>\d{1,2})(?:st|nd|rd|th)[\s-]+century"
                r"|(?P<rel>this|last|next|the\s+last|the\s+next|the\s+past)\s+century)\b"),
    ("season", r"\b(?:(?P<rel>(?i:this\s+past|this|last|next|the))\s+)?(?:(?P<edge>(?i:early|late|mid))[\s-]+)?"
               rf"(?P<season>{_SEASON})(?:\s+of\s+(?P<year>{_YEAR})|\s+(?P<year2>{_YEAR}))?\b"),
    ("year", rf"(?:(?P<edge>(?i:{_YEAR_EDGE}))[\s-]+)?\b(?P<year>{_YEAR})\b(?!\s*%|,\d|\.\d)"),
    ("year_end", r"(?i:(?:the\s+)?(?:end\s+of\s+the\s+year|year[\s-]end|year's\s+end))\b"),
    ("present", r"(?i:\b" + _any("right now", "now", "currently", "current", "nowadays", "these days", "at present",
                "the present") + r")\b"),
    ("past", r"(?i:\b" + _any(r"(?:more\s+)?recently", "lately", "the past",
             r"recent(?:\s+(?:years|months|weeks|days))?",
             "in recent times") + r")\b"),
    ("future", r"(?i:\b" + _any("the future", "the near future", "the near term",
               r"(?:the )?coming (?:years|months|weeks|days|quarters)") + r")\b"),
    ("holiday", rf"\b{_HOLIDAY}\b"),
    ("soon", r"(?i:soon|as\s+soon\s+as\s+possible)\b(?!\s+as\b)"),  # kept only in future-tense clauses
)  # fmt: skip
# Every expression starts at a word start; saying so first lets the engine skip other positions fast.
_COMPILED: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (rule, re.compile(rf"(?<!\w)(?:{p})")) for rule, p in _PATTERNS
)

# A bare capitalised month that is usually something else ("May I", "March on").
_AMBIGUOUS_MONTHS = frozenset({"May", "March"})
_MONTH_CUES = frozenset({"in", "since", "until", "by", "of", "through", "from", "to", "early", "late", "mid", "last"})
# "the past four years" is a duration, not the past.
_DURATION_AFTER = re.compile(r"\s+(?:\S+\s+){0,2}(?:days|weeks|months|years|decades)\b")
_UNIT_CUE = re.compile(r"(?i:\b(?:for|in|during|over|of|ahead\s+of|throughout|through|since)\s+\Z)")
_SHORT_MONTHS = frozenset({"May", "June", "July"})
# Words before a quarter that make it a fraction ("a quarter", "three quarters"), unless an ordinal follows.
_FRACTION_BEFORE = re.compile(r"(?i:\b(?:a|one|three|two|and\s+a)\s*$)")


@register(DATE_MENTIONS, version=VERSION, requires=(PARSE,))
def date_mentions(document: Document) -> tuple[DateCandidate, ...]:
    text, doc = document.text, document.doc
    matches = _longest_first(m for m in _all_matches(text) if _plausible(text, *m))
    candidates = (_candidate(doc, text, rule, match) for rule, match in matches)
    return tuple(
        c for c in candidates if (c.rule != "soon" or c.tense == "future") and not _holiday_names_a_thing(doc, c)
    )


# Nouns a holiday's name may modify and still tell when ("on Christmas morning", "over the Christmas holidays").
_HOLIDAY_TIMES = frozenset({"morning", "night", "evening", "afternoon", "eve", "day", "weekend", "holiday",
                            "holidays", "break"})  # fmt: skip


def _holiday_names_a_thing(doc: Doc, candidate: DateCandidate) -> bool:
    """A holiday's name that modifies a noun names a kind of thing, not a day: "at a Christmas party", "a
    Christmas market", "an office Christmas party Friday" (held any day of the season); not "on Christmas
    morning"."""
    if candidate.rule != "holiday":
        return False
    token = _token_at(doc, candidate.span.start, candidate.span.end)
    if token is None or token.dep_ not in ("compound", "nmod", "amod"):
        return False
    return token.head.pos_ in ("NOUN", "PROPN") and token.head.lower_ not in _HOLIDAY_TIMES


def find_date_expressions(text: str) -> list[tuple[str, re.Match[str]]]:
    """The non-overlapping date expressions of ``text`` as (rule, match), in text order (no parse needed)."""
    return _longest_first(m for m in _all_matches(text) if _plausible(text, *m))


def _all_matches(text: str) -> list[tuple[str, re.Match[str]]]:
    return [
        (rule, match)
        for start, end in _windows(text)
        for rule, pattern in _COMPILED
        for match in pattern.finditer(text, start, end)
        if match.group()
    ]


# Every pattern's match contains one of these words (or a digit), at most _REACH characters from its ends;
# running the patterns only around them keeps the stage cheap on long articles.
_TRIGGER = re.compile(
    r"(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|today|tonight|yesterday|tomorrow|day|night|morning|evening|week|month|year|quarter|half|period|decade"
    r"|centur|hour|minute|spring|summer|fall|autumn|winter|now|current|recent|lately|past|present|future|near"
    r"|coming|soon|christmas|new year|thanksgiving|election|independence|labor|memorial|veterans|halloween|valentine"
    r"|nineteen|two thousand|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
    r"|\b(?:1[89]|20)\d\d|'\d0s|\b\d\d?/\d)"
)
_REACH = 40


def _windows(text: str) -> list[tuple[int, int]]:
    """Merged ranges of ``text`` around trigger words, in order."""
    windows: list[tuple[int, int]] = []
    for match in _TRIGGER.finditer(text):
        start, end = max(0, match.start() - _REACH), min(len(text), match.end() + _REACH)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _longest_first(matches: Iterable[tuple[str, re.Match[str]]]) -> list[tuple[str, re.Match[str]]]:
    """Greedy: longest match wins, earlier pattern breaks ties; the kept ones sorted by position.

    The kept spans are disjoint, so they stay sorted by start, and a candidate need only be checked against
    its two neighbours there (a bisection): n log n, where checking every kept span was quadratic.
    """
    ordered = sorted(matches, key=lambda m: (m[1].start() - m[1].end(), m[1].start()))
    kept: list[tuple[str, re.Match[str]]] = []
    starts: list[int] = []  # the kept (non-empty, disjoint) spans, sorted by start
    ends: list[int] = []
    for rule, match in ordered:
        start, end = match.start(), match.end()
        at = bisect_right(starts, start)
        if (at > 0 and ends[at - 1] > start) or (at < len(starts) and starts[at] < end):
            continue
        starts.insert(at, start)
        ends.insert(at, end)
        kept.append((rule, match))
    return sorted(kept, key=lambda m: m[1].start())


def _plausible(text: str, rule: str, match: re.Match[str]) -> bool:
    before = text[max(0, match.start() - 12) : match.start()]
    if rule == "month":
        return _plausible_month(match, before)
    if rule == "season":
        return _plausible_season(text, match)
    if rule == "quarter":
        return _plausible_quarter(match, before)
    if rule == "the_unit":
        return _plausible_unit(match, before)
    if rule == "spelled_year":
        return bool(match.group("tens")) or match.group().lower().startswith("the")
    if rule == "year":
        return _plausible_year(text, match)
    if rule == "past" and match.group().lower().endswith("past"):
        return not _DURATION_AFTER.match(text, match.end())
    return True


def _plausible_month(match: re.Match[str], before: str) -> bool:
    name = match.group("month")
    if not name.endswith(".") and len(name) <= 4 and name not in _SHORT_MONTHS:
        return False  # "Jan Kavan", "Sep" without a period: a name or an abbreviation of something else
    if match.group() in _AMBIGUOUS_MONTHS:
        words = before.split()
        return bool(words) and words[-1].lower() in _MONTH_CUES
    return True


def _plausible_quarter(match: re.Match[str], before: str) -> bool:
    if match.group("half").lower() == "half" and not match.group("ordinal"):
        return False
    if not (match.group("ordinal") or match.group("owner") or match.group("year")):
        return False
    return not (_FRACTION_BEFORE.search(before) and not match.group("ordinal"))


def _plausible_unit(match: re.Match[str], before: str) -> bool:
    """ "the year"/"the week" name a calendar unit after "for", "in", "over" ...; "the period" only as "the latest"."""
    unit, which = match.group("unit").lower(), (match.group("which") or "").lower()
    if unit == "period":
        return which in ("latest", "current")
    if match.group("owner").lower() == "this":
        return bool(which)
    return bool(which) or unit == "weekend" or bool(_UNIT_CUE.search(before))


def _plausible_season(text: str, match: re.Match[str]) -> bool:
    if match.group("season") in ("fall", "spring") and not (match.group("rel") or match.group("edge")):
        return bool(match.group("year") or match.group("year2"))
    if match.group("rel") and match.group("rel").lower() == "the" and not match.group("year"):
        return not re.match(r"\s+of\b", text[match.end() : match.end() + 4])
    return True


def _plausible_year(text: str, match: re.Match[str]) -> bool:
    before = text[max(0, match.start() - 2) : match.start()]
    after = text[match.end() : match.end() + 12].lower()
    if "$" in before or before.endswith(("#", "No", ".")) or re.match(r"\s*(?:-\s*)?\d", after):
        return False
    return not re.match(r"\s+(?:people|persons|shares|troops|soldiers|votes|units|acres|feet|miles|km|tons)\b", after)


def _candidate(doc: Doc, text: str, rule: str, match: re.Match[str]) -> DateCandidate:
    start, end = match.span()
    while end > start and text[end - 1] in ".," and rule not in ("month_day", "month", "day_month"):
        end -= 1
    parts = tuple((k, v) for k, v in match.groupdict().items() if v)
    token = _token_at(doc, start, end)
    sentence = Span(token.sent.start_char, token.sent.end_char) if token is not None else Span(start, end)
    tense = governing_tense(token) if token is not None else ""
    if _FUTURE_CUE.search(text[max(0, start - 20) : start]):
        tense = "future"
    return DateCandidate(Span(start, end), text[start:end], rule, parts, tense, sentence)


def _token_at(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


_FUTURE_CUE = re.compile(r"(?i:\b(?:as\s+early\s+as|as\s+soon\s+as|no\s+later\s+than)\s+(?:on\s+)?\Z)")
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "going"})
_FUTURE_HEADS = frozenset({"expect", "schedule", "plan", "intend", "hope", "aim", "prepare"})


def governing_tense(token: Token) -> str:
    """The tense of the verb that governs ``token``: "future", "past", "present", or "" when there is none."""
    verb = token
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return _verb_tense(verb) if verb.pos_ in ("VERB", "AUX") else ""


def _verb_tense(verb: Token, depth: int = 0) -> str:
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _FUTURE_AUX for a in auxiliaries) or verb.lower_ in _FUTURE_AUX:
        return "future"
    if verb.lemma_ in _FUTURE_HEADS and verb.tag_ in ("VBN", "VBZ", "VBP", "VBG"):
        return "future"
    if verb.tag_ == "VB" and any(a.lower_ == "to" for a in auxiliaries) and depth < 3:
        head = verb.head  # "expected to meet": the tense is the governing verb's
        if head.i != verb.i and (head.lemma_ in _FUTURE_HEADS or head.pos_ in ("VERB", "AUX")):
            return "future" if head.lemma_ in _FUTURE_HEADS else _verb_tense(head, depth + 1)
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries):
        return "past"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxiliaries):
        return "past"
    if verb.tag_ == "MD":
        return "future" if verb.lower_ in _FUTURE_AUX else "present"
    return "present"
