"""PLOVER: the 16 event categories of its current manual, and the modes eventwire reads from the text.

The manual (PLOVER, Schrodt and others; the version POLECAT codes with) has no FIGHT and no CRIME:
ASSAULT absorbs CAMEO's fight codes, and crime was dropped. Modes name how an event was done
(ASSAULT "aerial", CONSULT "visit"); eventwire writes one only where the text says it.
"""

from __future__ import annotations

from eventwire.model.candidates import EventKind

CATEGORIES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

# The modes eventwire writes, by category (PLOVER's names; a subset of the manual's).
MODES: dict[str, frozenset[str]] = {
    "ASSAULT": frozenset({"aerial", "shelling", "explosives", "suicide", "firearms", "primitive weapons", "sexual",
                          "abduct", "beat", "torture", "WMD", "assassination"}),
    "CONSULT": frozenset({"visit", "phone", "third-party", "multilateral", "meet"}),
    "COERCE": frozenset({"arrest", "seize"}),
    "RETREAT": frozenset({"withdraw", "release"}),
    "AID": frozenset({"humanitarian", "military", "economic"}),
    "SANCTION": frozenset({"economic", "diplomatic"}),
    "ACCUSE": frozenset({"disapprove", "allege"}),
    "THREATEN": frozenset({"force", "non-force"}),
}  # fmt: skip

# The trigger words that say how an attack was done, when its kind does not ("shot dead": firearms).
_ASSAULT_WORDS: dict[str, str] = {
    **dict.fromkeys(["shoot", "shot", "shooting", "gunfire", "gun", "gunshot", "gunned", "sniper"], "firearms"),
    **dict.fromkeys(["stab", "stabbing", "stabbed", "hack", "hacked", "machete", "behead", "beheaded"],
                    "primitive weapons"),
    **dict.fromkeys(["beat", "beaten", "beating", "lynch", "lynched"], "beat"),
    **dict.fromkeys(["torture", "tortured"], "torture"),
    **dict.fromkeys(["assassinate", "assassinated", "assassination"], "assassination"),
}  # fmt: skip


def mode_of(kind: EventKind, trigger_word: str) -> str | None:
    """The PLOVER mode of an event of ``kind`` reported by ``trigger_word``: the kind's own, else for an
    ASSAULT the one its word says ("stabbed": primitive weapons), else None."""
    if kind.plover_mode is not None:
        return kind.plover_mode
    if kind.plover == "ASSAULT":
        return _ASSAULT_WORDS.get(trigger_word.lower())
    return None
