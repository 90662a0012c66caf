"""Candidates: what a detection stage found, in the form the resolution stages read.

These are the types that travel between stages (``detect`` produces them, ``resolve`` reads them),
so they live in the model, where both layers meet: standard library only, every one with a ``Span``.
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.model.mention import QuoteKind
from eventwire.model.span import Provenance, Span

# Event types outside ACLED's scope (crime without a political actor) carry this label in both fields.
OUT_OF_SCOPE = "none"


@dataclass(frozen=True, slots=True)
class EventKind:
    """An ACLED event type and sub-event type with the PLOVER type it crosswalks to, and PLOVER's mode where
    the kind fixes it (an air strike is an ASSAULT in the "aerial" mode)."""

    event_type: str
    sub_event_type: str
    plover: str
    plover_mode: str | None = None

    @property
    def in_acled_scope(self) -> bool:
        return self.event_type != OUT_OF_SCOPE


@dataclass(frozen=True, slots=True)
class QuotedRegion:
    """Text wrapped in double quotation marks; ``span`` includes the marks. ``closed`` is False
    when the paragraph ended before a closing mark."""

    span: Span
    closed: bool = True


@dataclass(frozen=True, slots=True)
class DateCandidate:
    """A date expression found in the text, before resolution.

    ``rule`` names the pattern that matched, ``parts`` its named groups (e.g. ``(("month", "Feb."),
    ("day", "24"))``), ``tense`` the governing verb's tense ("past", "present", "future" or "").
    ``sentence`` is the span of the sentence it is in (the resolver reads its words for context).
    """

    span: Span
    text: str
    rule: str
    parts: tuple[tuple[str, str], ...]
    tense: str
    sentence: Span

    def part(self, name: str) -> str:
        for key, value in self.parts:
            if key == name:
                return value
        return ""


@dataclass(frozen=True, slots=True)
class ToponymCandidate:
    """A span that may name a place; ``cue`` is ``toponym``, ``adjective`` or ``name`` (see the module doc)."""

    span: Span
    text: str
    cue: str
    label: str
    provenance: Provenance
    locative: bool = False  # a locative word comes before it ("in", "near", "the village of") or a division word after


@dataclass(frozen=True, slots=True)
class SourceMention:
    """The phrase naming who speaks (``phrase``) and a proper name inside it (``name``), if any."""

    phrase: Span
    name: Span | None


@dataclass(frozen=True, slots=True)
class QuoteCandidate:
    """A quote before its speaker is resolved: content ``span``, ``cue``, and ``source``, the phrase
    the sentence uses for the speaker (None when the cue has no subject)."""

    span: Span
    cue: Span | None
    kind: QuoteKind
    source: SourceMention | None
    provenance: Provenance


@dataclass(frozen=True, slots=True)
class EventTrigger:
    """One word reporting an event of ``kind``; ``actor1``/``actor2`` are the phrases naming the parties."""

    span: Span
    sentence: Span
    sentence_index: int
    kind: EventKind
    provenance: Provenance
    family: str = ""
    actor1: Span | None = None
    actor2: Span | None = None
