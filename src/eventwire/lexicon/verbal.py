"""The verbal-event lexicon: words that report a statement or a non-violent action, with the PLOVER
category (and mode) each codes.

A cue is matched by lemma and part of speech. ``VERB`` cues take their source from their subject and
their target from their object ("Kuleba denounced Russia"); ``NOUN`` cues from the verb that governs
them ("Guterres held talks with Putin", "the EU imposed sanctions on Iran") or their possessor ("his
visit to Kyiv"). Words that a cue needs beside it ("called ON", "lashed OUT") are listed with it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class VerbalCue:
    """A word reporting a verbal or non-violent event: its PLOVER category and mode, the part of speech it
    must have, and the particle or preposition it needs ("call" + "on"), if any."""

    plover: str
    mode: str | None = None
    pos: str = "VERB"
    needs: frozenset[str] = frozenset()
    needs_target: bool = False  # a meeting, a visit, a sanction needs someone it is with, to or against


def _cues(
    plover: str,
    words: str,
    mode: str | None = None,
    pos: str = "VERB",
    needs: frozenset[str] = frozenset(),
    needs_target: bool = False,
) -> dict[str, VerbalCue]:
    return dict.fromkeys(words.split(), VerbalCue(plover, mode, pos, needs, needs_target))


_ON_FOR = frozenset({"on", "for", "upon"})

VERB_CUES: dict[str, VerbalCue] = {
    **_cues("CONSULT", "meet", "meet", needs_target=True),
    **_cues("CONSULT", "sit", "meet", needs=frozenset({"down"}), needs_target=True),  # "sat down in Brussels"
    **_cues("CONSULT", "visit tour", "visit", needs_target=True),
    **_cues("CONSULT", "phone", "phone", needs_target=True),
    **_cues("CONSULT", "consult discuss negotiate", "meet", needs_target=True),
    **_cues("CONSULT", "mediate", "third-party", needs_target=True),
    **_cues("ACCUSE", "condemn denounce criticise criticize decry slam deplore", "disapprove"),
    **_cues("ACCUSE", "accuse blame allege", "allege"),
    **_cues("ACCUSE", "lash", "disapprove", needs=frozenset({"out"})),
    **_cues("REJECT", "reject refuse veto rebuff deny"),  # not "dismiss": "dismissed by the president" is fired
    **_cues("THREATEN", "threaten"),
    **_cues("REQUEST", "demand urge request appeal"),
    **_cues("REQUEST", "call", needs=_ON_FOR),
    **_cues("SUPPORT", "praise welcome endorse commend"),
    **_cues("COOPERATE", "cooperate"),
    **_cues("CONCEDE", "apologise apologize concede"),
    **_cues("SANCTION", "sanction embargo", "economic", needs_target=True),
    **_cues("MOBILIZE", "mobilise mobilize"),
    **_cues("AID", "donate"),
}

NOUN_CUES: dict[str, VerbalCue] = {
    **_cues("CONSULT", "talks meeting negotiations consultations", "meet", "NOUN", needs_target=True),
    **_cues("CONSULT", "visit", "visit", "NOUN", needs_target=True),
    **_cues("CONSULT", "summit", "multilateral", "NOUN", needs_target=True),
    **_cues("CONSULT", "call", "phone", "NOUN", needs_target=True),
    **_cues("SANCTION", "sanction sanctions embargo", "economic", "NOUN", needs_target=True),
    **_cues("AID", "aid assistance", None, "NOUN"),
    **_cues("ACCUSE", "condemnation", "disapprove", "NOUN"),
    **_cues("THREATEN", "ultimatum", None, "NOUN"),
}

# Verbs under which a noun cue reports its event: "held talks", "imposed sanctions", "sent aid".
NOUN_CUE_VERBS: dict[str, frozenset[str]] = {
    "CONSULT": frozenset({"hold", "complete", "have", "conclude", "begin", "start", "open", "pay", "make", "host",
                          "end", "attend", "resume", "continue", "convene", "chair"}),
    "SANCTION": frozenset({"impose", "slap", "announce", "levy", "introduce", "adopt", "extend", "approve",
                           "expand", "tighten"}),
    "AID": frozenset({"send", "provide", "deliver", "give", "pledge", "ship", "dispatch", "donate", "airlift",
                      "offer", "announce", "approve", "supply"}),
    "ACCUSE": frozenset({"issue", "express", "voice"}),
    "THREATEN": frozenset({"issue", "give", "deliver"}),
}  # fmt: skip

# A phone call is a consultation only with a phone word near it: "a phone call", "spoke by phone".
PHONE_WORDS = frozenset({"phone", "telephone", "video"})

# Words under which a cue is not (yet) an event: "plans to visit", "could sanction".
IRREALIS_HEADS = frozenset({"plan", "want", "hope", "intend", "expect", "seek", "try", "would", "could", "may",
                            "might", "should", "consider", "propose", "refuse", "fail", "threaten", "vow",
                            "promise", "pledge", "aim", "prepare", "ready", "possible", "possibility"})  # fmt: skip
# Threatened acts that are force: "threatened to strike", "threatened military action".
FORCE_WORDS = frozenset({"attack", "strike", "bomb", "invade", "war", "military", "force", "retaliate",
                         "retaliation", "kill", "shoot", "destroy", "nuclear", "missile", "troops"})  # fmt: skip
AID_MODES: dict[str, str] = {
    **dict.fromkeys(["food", "humanitarian", "medical", "relief", "medicine", "medicines", "emergency", "shelter",
                     "water", "tents", "blankets", "vaccines"], "humanitarian"),
    **dict.fromkeys(["military", "weapons", "arms", "ammunition", "defense", "defence", "security", "lethal",
                     "missiles", "tanks"], "military"),
    **dict.fromkeys(["financial", "economic", "budget", "loan", "loans", "development", "cash", "grant"],
                    "economic"),
}  # fmt: skip
# Sanctions that are diplomatic: "expelled diplomats", "visa bans".
DIPLOMATIC_WORDS = frozenset({"diplomat", "diplomats", "ambassador", "envoy", "visa", "travel", "embassy"})
# Nouns that stand for a violent act being condemned: "denouncing it", "condemned the attack".
VIOLENCE_REFERENCES = frozenset({"attack", "attacks", "strike", "strikes", "bombing", "bombings", "shelling",
                                 "blast", "blasts", "explosion", "explosions", "killing", "killings", "massacre",
                                 "assault", "raid", "raids", "invasion", "move", "act", "hits", "hit", "violence",
                                 "aggression", "it", "this", "that", "shooting", "abduction"})  # fmt: skip
# The words of a sentence that speak of violence itself (not "it" or "this", which stand for anything).
VIOLENCE_WORDS = VIOLENCE_REFERENCES - {"it", "this", "that", "move", "act"} | {"missile", "missiles", "bombs",
                                                                              "shells"}  # fmt: skip
