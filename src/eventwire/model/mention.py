"""Mentions: what a stage found in the text, each with a ``Span`` and a ``Provenance``."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from eventwire.model.place import ResolvedPlace
from eventwire.model.span import Provenance, Span
from eventwire.model.time import ResolvedDate


@dataclass(frozen=True, slots=True)
class SentenceMention:
    span: Span
    index: int


@dataclass(frozen=True, slots=True)
class EntityMention:
    """A named entity; ``label`` is the NER label (PERSON, ORG, GPE, LOC, NORP, ...)."""

    span: Span
    text: str
    label: str
    provenance: Provenance


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression; ``resolved`` is None when it cannot be placed on the calendar (``note`` says why)."""

    span: Span
    text: str
    resolved: ResolvedDate | None
    provenance: Provenance
    note: str = ""


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A toponym; ``place`` is None when the gazetteer has no entry for it."""

    span: Span
    text: str
    place: ResolvedPlace | None
    provenance: Provenance


class QuoteKind(enum.StrEnum):
    DIRECT = "direct"  # the content is wrapped in quotation marks
    MIXED = "mixed"  # the content contains some quoted words
    INDIRECT = "indirect"  # reported speech, no quotation marks


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said it. ``span`` is the mention the sentence uses ("he", "the U.N. chief");
    ``name`` is the resolved name, and ``name_span`` where that name is written in full.
    ``principal`` is the person or body the speaker speaks for, when the mention says so ("a close aide
    to the U.N. chief" -> "Antonio Guterres"), and ``principal_span`` where that name is written."""

    name: str
    span: Span | None
    name_span: Span | None = None
    title: str | None = None
    principal: str | None = None
    principal_span: Span | None = None


@dataclass(frozen=True, slots=True)
class QuoteMention:
    """A quotation: ``span`` is the quoted content, ``cue`` the verb or phrase that introduces it, ``event``
    the index (into ``ArticleResult.events``) of the event it is about, None where there is none."""

    span: Span
    speaker: Speaker | None
    cue: Span | None
    kind: QuoteKind
    provenance: Provenance
    event: int | None = None  # the index in the result's events of the event the quote is about


class CasualtyKind(enum.StrEnum):
    KILLED = "killed"
    INJURED = "injured"


@dataclass(frozen=True, slots=True)
class CasualtyMention:
    """A reported figure of people killed or injured; ``count`` is the best reading of ``span``."""

    span: Span
    kind: CasualtyKind
    count: int
    provenance: Provenance
    low: int | None = None
    high: int | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    """A party to an event; ``name`` follows ACLED's naming where it can ("Civilians (Ukraine)",
    "Military Forces of Russia (2000-)", "Unidentified Armed Group (Mali)", "Boko Haram").

    ``inter`` is ACLED's actor type (1 state forces, 2 rebel groups, 3 political militias, 4 identity
    militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces); ``sector`` the PLOVER/POLECAT
    sector ("military", "police", "government", "rebel", "civilian", "IGO", ...); ``kind`` what the name
    stands for ("state", "armed group", "IGO", "alliance", "person", "crowd", "civilians");
    ``associated`` ACLED's associated actor ("Labor Group (Nigeria)"), where there is one."""

    name: str
    span: Span | None = None
    country: str | None = None
    inter: int | None = None
    sector: str | None = None
    kind: str | None = None
    associated: str | None = None


EVENT_STATUSES = ("reported", "claimed", "background", "aggregate", "negated", "hypothetical")
COUNTABLE_STATUSES = frozenset({"reported", "claimed"})  # what happened (or a party says happened) in this report


@dataclass(frozen=True, slots=True)
class Event:
    """What happened, when, where, to whom, with the evidence for each field.

    ``plover`` is one of PLOVER's 16 categories and ``plover_mode`` its mode where the text gives it
    ("aerial", "visit"). A verbal or non-violent event (a meeting, an accusation) has ``event_type``
    "none" unless ACLED codes it; its ``sentence`` is the evidence."""

    event_type: str
    sub_event_type: str | None
    trigger: Span
    sentence: Span
    provenance: Provenance
    plover: str | None = None
    date: ResolvedDate | None = None
    date_span: Span | None = None
    place: ResolvedPlace | None = None
    place_span: Span | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    killed: int | None = None
    injured: int | None = None
    casualty_spans: tuple[Span, ...] = ()
    plover_mode: str | None = None

    # What the article says of the event: "reported" (it happened), "claimed" (a party says so: ``claimant``),
    # "background" (an earlier happening told for context), "aggregate" (a total over many: "the war has killed
    # 40,000"), "negated" ("no progress on a ceasefire") or "hypothetical" (feared, planned, future).
    status: str = "reported"
    claimant: str | None = None
    claimant_span: Span | None = None
    # The range of the figures when the text gives one ("nine to 10" -> 9, 10; "at least 18" -> 18, None).
    killed_low: int | None = None
    killed_high: int | None = None
    injured_low: int | None = None
    injured_high: int | None = None
    # Where ``date`` comes from: "text" (a date expression, ``date_span``), "published" (the report's lead tells the
    # event without a date: the publication day, ACLED's time precision 2), or None (undated).
    date_basis: str | None = None

    @property
    def interaction(self) -> int | None:
        """ACLED's interaction code: the two actors' inter codes, the lower first (17: state forces and
        civilians), or the first actor's code times ten when it acts alone (60: protesters); None when the
        first actor has no inter code."""
        if self.actor1 is None or self.actor1.inter is None:
            return None
        codes = sorted(x.inter for x in (self.actor1, self.actor2) if x is not None and x.inter is not None)
        return codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)
