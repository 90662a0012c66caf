"""Towns a report names only for where a victim was taken or for what is based there: "was flown to a hospital
in Baltimore", "taken to Elmhurst Hospital", "at an Atlanta hospital", "a Houston-area home", "his Dixon-based
therapist". They say where the victim was treated or what is near, not where the shooting happened: the event
takes another local place of the article when it has one."""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventwire.model import PlaceMention
from eventwire.resolve.event_context import HOME_COUNTRY
from eventwire.resolve.event_dateline import TOWN_KINDS

_HOSPITAL = r"(?:hospital|medical center|medical centre|trauma center|health center|clinic|memorial)"
# "(flown|taken|rushed) to ... hospital in X", "at a hospital in X", "died in a hospital in X": where the victim
# was taken or treated, not a clinic the attack was at or from ("abducted nurses from a clinic in X")
_BEFORE = re.compile(
    rf"\b(?:to|at|in)[ \t]+(?:the[ \t]+|an?[ \t]+)?(?:[\w'-]+[ \t]+){{0,6}}{_HOSPITAL}s?\b[^.;\n]{{0,40}}"
    r"\b(?:in|at|near)[ \t]+$",
    re.IGNORECASE,
)
# "X Hospital", "X Regional Medical Center", "an X hospital", "X-area", "X-based"
_AFTER = re.compile(
    rf"(?:[ \t]+(?:[A-Z][a-z]+[ \t]+){{0,2}}{_HOSPITAL}\b|[ \t]+{_HOSPITAL}\b|-(?:area|based)\b)", re.IGNORECASE
)


def named_for_a_hospital(mention: PlaceMention, text: str) -> bool:
    """Whether a town is named only as a hospital's town or as what is near or based ("Houston-area")."""
    if mention.place is None or mention.place.kind not in TOWN_KINDS or mention.place.country != HOME_COUNTRY:
        return False  # a rule of US local reports, where the victim's hospital is often in the next town
    start, end = mention.span.start, mention.span.end
    return bool(_BEFORE.search(text[max(0, start - 80) : start]) or _AFTER.match(text, end))


def without_hospital_towns(mentions: Sequence[PlaceMention], text: str) -> list[PlaceMention]:
    """The mentions without those named only for a hospital or an area, when another town of the article is
    named otherwise (the same name named otherwise keeps them all)."""
    marked = {id(m) for m in mentions if named_for_a_hospital(m, text)}
    if not marked:
        return list(mentions)
    plain = [m for m in mentions if id(m) not in marked]
    plain_names = {m.place.name for m in plain if m.place is not None}
    kept = [m for m in mentions if id(m) not in marked or (m.place is not None and m.place.name in plain_names)]
    if not any(m.place is not None and m.place.kind in TOWN_KINDS for m in plain):
        return list(mentions)
    return kept
