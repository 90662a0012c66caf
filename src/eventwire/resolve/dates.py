"""Resolving date expressions against the article's publication date (never the clock).

The stage ``dates`` turns each ``DateCandidate`` of the ``date_mentions`` layer into a ``DateMention``
with a TIMEX3 value (``2022-04-28``, ``2022-W17``, ``2022-04``, ``2022-Q2``, ``2022-SU``, ``2022``,
``199``, ``20``, ``PRESENT_REF`` ...). Without a publication date, absolute expressions still resolve
and relative ones stay unresolved with a note saying why.
"""

from __future__ import annotations

from datetime import date

from eventwire.model import DateCandidate, DateMention, Provenance, ResolvedDate
from eventwire.pipeline import DATE_MENTIONS, DATES, Document, register
from eventwire.resolve.date_rules import RULES, DateContext, MissingAnchor

VERSION = "2"

NO_PUBLICATION_DATE = "no publication date: relative date left unresolved"
NOT_ON_CALENDAR = "names no single calendar value"
OFF_THE_CALENDAR = "falls outside the calendar's years 1-9999 (check the publication date)"


@register(DATES, version=VERSION, requires=(DATE_MENTIONS,))
def dates(document: Document) -> tuple[DateMention, ...]:
    text, published = document.text, document.article.published
    candidates = document.get(DATE_MENTIONS)
    quarterly = sum(c.rule == "quarter" for c in candidates) >= 2
    mentions = tuple(resolve_candidate(c, published, c.sentence.text_of(text), quarterly) for c in candidates)
    unanchored = sum(m.note == NO_PUBLICATION_DATE for m in mentions)
    if unanchored:
        document.warnings.append(
            f"no publication date: {unanchored} relative date{'s' if unanchored > 1 else ''} left unresolved "
            "(give the article a date to resolve them)"
        )
    return mentions


def resolve_candidate(
    candidate: DateCandidate, published: date | None, sentence: str, quarterly: bool = False
) -> DateMention:
    """The mention for one candidate, resolved against ``published`` (the sentence gives context).

    ``quarterly``: the article reports results by quarter, so "a year ago" is the year-ago quarter.
    """
    resolved, note = resolve_value(candidate, DateContext(published, sentence.lower(), quarterly))
    provenance = Provenance("dates", VERSION, rule=candidate.rule, score=0.9 if resolved else 0.5)
    return DateMention(candidate.span, candidate.text, resolved, provenance, note)


def resolve_value(candidate: DateCandidate, context: DateContext) -> tuple[ResolvedDate | None, str]:
    """(value, note): the note says why when there is no value."""
    try:
        resolved = RULES[candidate.rule](candidate, context)
    except MissingAnchor:
        return None, NO_PUBLICATION_DATE
    except OverflowError:  # "yesterday" published on 0001-01-01
        return None, OFF_THE_CALENDAR
    return resolved, "" if resolved else NOT_ON_CALENDAR
