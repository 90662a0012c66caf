"""Actors: the parties to an event, named in ACLED's style from the phrases the parse found.

"Russian missile strikes" -> "Military Forces of Russia"; "police" in Nigeria -> "Police Forces of
Nigeria"; protesters in France -> "Protesters (France)"; civilians hit in Ukraine -> "Civilians (Ukraine)";
"gunmen" in Mali -> "Unidentified Armed Group (Mali)"; a named group ("Boko Haram") keeps its name.
"""

from __future__ import annotations

import re

from eventwire.lexicon.events import CIVILIAN_CUES, NON_STATE_CUES, PROTESTS, RIOTS
from eventwire.model import Actor, EventKind, Span

# Demonyms and short country names that name a state's forces ("Russian strikes", "Nigerian troops").
DEMONYMS: dict[str, str] = {
    "russian": "Russia", "ukrainian": "Ukraine", "american": "United States", "u.s.": "United States",
    "israeli": "Israel", "palestinian": "Palestine", "syrian": "Syria", "iraqi": "Iraq",
    "iranian": "Iran", "turkish": "Turkey", "afghan": "Afghanistan", "pakistani": "Pakistan", "indian": "India",
    "chinese": "China", "french": "France", "british": "United Kingdom", "german": "Germany",
    "nigerian": "Nigeria", "somali": "Somalia", "kenyan": "Kenya", "ethiopian": "Ethiopia", "sudanese": "Sudan",
    "egyptian": "Egypt", "libyan": "Libya", "malian": "Mali", "congolese": "Democratic Republic of Congo",
    "cameroonian": "Cameroon", "chadian": "Chad", "nigerien": "Niger", "burundian": "Burundi",
    "ugandan": "Uganda", "rwandan": "Rwanda", "tunisian": "Tunisia", "algerian": "Algeria",
    "moroccan": "Morocco", "yemeni": "Yemen", "saudi": "Saudi Arabia", "lebanese": "Lebanon",
    "burkinabe": "Burkina Faso", "mozambican": "Mozambique", "zimbabwean": "Zimbabwe", "south african": "South Africa",
    "filipino": "Philippines", "philippine": "Philippines", "thai": "Thailand", "burmese": "Myanmar",
    "myanmar": "Myanmar", "mexican": "Mexico", "colombian": "Colombia", "venezuelan": "Venezuela",
    "azerbaijani": "Azerbaijan", "armenian": "Armenia", "georgian": "Georgia", "kurdish": "Kurdistan",
    "south sudanese": "South Sudan", "eritrean": "Eritrea", "ivorian": "Ivory Coast", "senegalese": "Senegal",
    "ghanaian": "Ghana", "zambian": "Zambia", "malawian": "Malawi", "angolan": "Angola", "tanzanian": "Tanzania",
    "bangladeshi": "Bangladesh", "sri lankan": "Sri Lanka", "nepalese": "Nepal", "indonesian": "Indonesia",
}  # fmt: skip
MILITARY_WORDS = frozenset({"military", "army", "troops", "soldiers", "soldier", "forces", "missile", "missiles",
                            "strikes", "strike", "airstrike", "airstrikes", "jets", "warplanes", "air", "navy",
                            "artillery", "drone", "drones", "shelling", "tanks", "marines"})  # fmt: skip
POLICE_WORDS = frozenset({"police", "policemen", "policeman", "gendarmes", "gendarmerie", "officers", "cops"})
UNIDENTIFIED_WORDS = frozenset({"gunmen", "assailants", "attackers", "militants", "fighters", "bandits"})
_WORD = re.compile(r"[\w.'-]+")


def perpetrator(kind: EventKind, phrase: str, span: Span | None, country: str | None) -> Actor | None:
    """actor1: who did it, named in ACLED's style."""
    where = f" ({country})" if country else ""
    if kind.event_type == PROTESTS:
        return Actor(f"Protesters{where}", span, country)
    if kind.event_type == RIOTS:
        return Actor(f"Rioters{where}", span, country)
    return _armed_actor(phrase, span, country)


def target(kind: EventKind, phrase: str, span: Span | None, country: str | None) -> Actor | None:
    """actor2: to whom, named in ACLED's style; civilians by default for attacks and remote violence."""
    words = _words(phrase)
    armed = _armed_actor(phrase, span, country) if phrase else None
    if armed is not None and not words & CIVILIAN_CUES:
        return armed
    if kind.event_type in {"Violence against civilians", "Explosions/Remote violence"} or words & CIVILIAN_CUES:
        return Actor(f"Civilians ({country})" if country else "Civilians", span, country)
    return None


def _armed_actor(phrase: str, span: Span | None, country: str | None) -> Actor | None:
    words = _words(phrase)
    state = _demonym_country(phrase.lower()) or country
    if words & POLICE_WORDS:
        return Actor(f"Police Forces of {state}" if state else "Police Forces", span, state)
    named = _demonym_country(phrase.lower())
    if words & MILITARY_WORDS or (named and not words & NON_STATE_CUES):
        return Actor(f"Military Forces of {state}" if state else "Military Forces", span, state)
    if words & UNIDENTIFIED_WORDS and not words - UNIDENTIFIED_WORDS - _FILLER:
        return Actor(f"Unidentified Armed Group ({country})" if country else "Unidentified Armed Group", span)
    if words & NON_STATE_CUES:
        return Actor(phrase.strip(), span, country)
    return None


_FILLER = frozenset({"the", "suspected", "unidentified", "unknown", "armed", "some", "several", "a", "group", "of"})


def _demonym_country(lowered: str) -> str | None:
    for demonym, name in DEMONYMS.items():
        if re.search(rf"(?<![\w.]){re.escape(demonym)}(?!\w)", lowered):
            return name
    return None


def _words(phrase: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(phrase))
