"""Quotes that the page layout attributes, with no verb: "NAME: words" lines (transcripts, headlines
such as "Pence: Flowers won't be at debate") and sign-offs after a quotation ('"..." ― Jane Doe').
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from eventwire.model import Span

_NAME = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_LABEL_LINE = re.compile(rf"^[ \t]*[\"“]?(?P<label>{_NAME}):[ \t]+(?P<content>\S[^\n]*)$", re.MULTILINE)
# "Jane Cole, a historian at Leeds: \"...\"": a name, what the writer says of the person, a colon and a whole
# quotation (round-ups of reactions); the descriptor holds no quotation mark, colon or sentence end.
_DESCRIBED_LABEL = re.compile(
    rf"^[ \t]*(?P<label>{_NAME}),[ \t\xa0]*(?P<about>[^\n:\"“”.!?]{{1,80}}?):[ \t\xa0]+"
    r"(?P<content>[\"“][^\n\"“”]+[\"”][.]?)[ \t\xa0]*$",
    re.MULTILINE,
)
_MOST_ABOUT_WORDS = 8
_SIGN_OFF = re.compile(rf"[”\"][ \t\xa0]*[―—–]+[ \t\xa0]*(?P<name>{_NAME})")
# Line labels that introduce something other than a speaker's words.
_NOT_SPEAKERS = frozenset(
    {
        "the latest",
        "update",
        "updated",
        "posted",
        "published",
        "last updated",
        "last modified",
        "date",
        "note",
        "editor's note",
        "editor’s note",
        "photo",
        "photos",
        "source",
        "sources",
        "related",
        "watch",
        "read",
        "read more",
        "video",
        "image",
        "credit",
        "caption",
        "breaking",
        "transcript",
        "correction",
        "clarification",
        "disclosure",
        "advertisement",
        "follow",
        "subscribe",
        "tags",
        "filed under",
        "contributing",
        "contributors",
        "additional reporting",
        "reporting",
        "writing",
        "editing",
        "compiled",
        "q",
        "a",
        "pm",
        "am",
        "et",
    }
)
_MIN_CONTENT_WORDS = 3


@dataclass(frozen=True, slots=True)
class LaidOutQuote:
    """A quote attributed by layout: ``content``, the ``cue`` (the colon or the dash) and the ``name``."""

    content: Span
    cue: Span
    name: Span


def label_lines(text: str) -> Iterator[LaidOutQuote]:
    """'NAME: words' lines: the words, attributed to the name."""
    for match in _LABEL_LINE.finditer(text):
        label = match.group("label")
        if label.lower() in _NOT_SPEAKERS or label.isdigit():
            continue
        content = _without_final_period(text, match.start("content"), match.end("content"))
        if len(text[content.start : content.end].split()) < _MIN_CONTENT_WORDS:
            continue
        colon = match.end("label")
        yield LaidOutQuote(content, Span(colon, colon + 1), Span(match.start("label"), match.end("label")))
    yield from _described_label_lines(text)


def _described_label_lines(text: str) -> Iterator[LaidOutQuote]:
    """'NAME, descriptor: "words"' lines: the quotation, attributed to the name (the descriptor says who they are)."""
    for match in _DESCRIBED_LABEL.finditer(text):
        label = match.group("label")
        if label.lower() in _NOT_SPEAKERS or len(match.group("about").split()) > _MOST_ABOUT_WORDS:
            continue
        content = Span(match.start("content"), match.end("content"))
        if len(text[content.start : content.end].split()) < _MIN_CONTENT_WORDS:
            continue
        colon = match.start("content") - len(text[match.end("about") : match.start("content")])
        yield LaidOutQuote(content, Span(colon, colon + 1), Span(match.start("label"), match.end("label")))


def sign_offs(text: str, quotation_ending_at: dict[int, Span]) -> Iterator[LaidOutQuote]:
    """'"..." ― Jane Doe': the quotation that ends right before the dash, attributed to the name."""
    for match in _SIGN_OFF.finditer(text):
        quotation = quotation_ending_at.get(match.start() + 1)
        if quotation is None:
            continue
        dash = re.search(r"[―—–]+", text[match.start() : match.start("name")])
        assert dash is not None
        cue = Span(match.start() + dash.start(), match.start() + dash.end())
        yield LaidOutQuote(quotation, cue, Span(match.start("name"), match.end("name")))


def _without_final_period(text: str, start: int, end: int) -> Span:
    stripped = text[start:end].rstrip()
    if stripped.endswith(".") and not stripped.endswith(".."):
        stripped = stripped[:-1]
    return Span(start, start + len(stripped))
