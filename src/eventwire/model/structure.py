"""The parts of an article: headline, dateline, lead and body, each a span into the text."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from eventwire.model.span import Span


class PartKind(enum.StrEnum):
    HEADLINE = "headline"  # a title line at the top of the text
    DATELINE = "dateline"  # "KABUL (AP) -", "KABUL, March 3 (Reuters) -": where the reporter was
    LEAD = "lead"  # the first paragraph of the report
    BODY = "body"  # the rest


@dataclass(frozen=True, slots=True)
class ArticlePart:
    """One part of an article. A dateline's ``place`` is the span of its town's name, ``date`` of its date."""

    kind: PartKind
    span: Span
    place: Span | None = None
    date: Span | None = None
