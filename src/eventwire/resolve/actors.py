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
    if armed is not None and (not words & CIVILIAN_CUES - GENERIC_PEOPLE or _armed_first(phrase)):
        return armed  # "two members of the security forces", "three soldiers and a civilian": forces
    if kind.event_type in {"Violence against civilians", "Explosions/Remote violence"} or words & CIVILIAN_CUES:
        return Actor(f"Civilians ({country})" if country else "Civilians", span, country)
    return None


def _armed_actor(phrase: str, span: Span | None, country: str | None) -> Actor | None:
    words = _words(phrase)
    state = _demonym_country(phrase.lower()) or country
    if words & POLICE_WORDS:
        return Actor(_forces("Police Forces", state), span, state)
    named = _demonym_country(phrase.lower())
    if words & MILITARY_WORDS or (named and not words & NON_STATE_CUES):
        return Actor(_forces("Military Forces", state), span, state)
    head = _head_phrase(phrase)
    head_words = _words(head)
    if head_words & UNIDENTIFIED_WORDS and not head_words - UNIDENTIFIED_WORDS - _FILLER - _numbers(head_words):
        return Actor(f"Unidentified Armed Group ({country})" if country else "Unidentified Armed Group", span)
    if words & NON_STATE_CUES:
        return Actor(head or phrase.strip(), span, country)  # "Fulani militiamen", not the whole phrase
    return None


_FILLER = frozenset({"the", "suspected", "unidentified", "unknown", "armed", "some", "several", "a", "group", "of",
                     "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens",
                     "scores", "many", "hundreds", "heavily", "masked", "at", "least", "about", "around"})  # fmt: skip
# Words for people that do not make them civilians: "members of the security forces", "the men".
GENERIC_PEOPLE = frozenset({"member", "members", "people", "man", "men", "woman", "family", "chief", "bus", "vehicle",
                            "home", "homes", "driver"})  # fmt: skip
ARMED_WORDS = MILITARY_WORDS | POLICE_WORDS | UNIDENTIFIED_WORDS | NON_STATE_CUES
# Countries whose names ACLED writes with "the" after "Forces of".
WITH_THE = frozenset({"United States", "United Kingdom", "Philippines", "Netherlands", "Central African Republic",
                      "Democratic Republic of the Congo", "Republic of the Congo", "Gambia", "Comoros",
                      "United Arab Emirates", "Bahamas", "Maldives"})  # fmt: skip


def _armed_first(phrase: str) -> bool:
    """Whether the phrase names armed people before it names civilians ("three soldiers and a civilian")."""
    for word in _WORD.findall(phrase.lower()):
        if word in ARMED_WORDS:
            return True
        if word in CIVILIAN_CUES - GENERIC_PEOPLE:
            return False
    return False


def _forces(kind: str, state: str | None) -> str:
    """ "Military Forces of Russia", "Police Forces of the United States", or the kind alone."""
    if not state:
        return kind
    return f"{kind} of the {state}" if state in WITH_THE else f"{kind} of {state}"


def _demonym_country(lowered: str) -> str | None:
    for demonym, name in DEMONYMS.items():  # the substring test first: most phrases hold no demonym at all
        if demonym in lowered and re.search(rf"(?<![\w.]){re.escape(demonym)}(?!\w)", lowered):
            return name
    return None


def _words(phrase: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(phrase))


def _numbers(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w for w in words if w.isdigit())


_PHRASE_END = re.compile(
    r"\s(?:near|in|at|from|on|with|who|which|that|after|during|across|along|around|outside)\s|[,(\"“]"
)
_LEADING = re.compile(r"^(?:(?:the|a|an|some|several|about|around|at least|dozens of|scores of|hundreds of|\d+|two|"
                      r"three|four|five|six|seven|eight|nine|ten)\s+)+", re.IGNORECASE)  # fmt: skip


def _head_phrase(phrase: str) -> str:
    """The noun phrase that names the actor, without what follows it and its numbers ("four militants near
    Kismayo" -> "militants"; 'fighters from the IS-aligned group ("' -> "fighters")."""
    head = _PHRASE_END.split(f" {phrase.strip()} ", maxsplit=1)[0].strip()
    return _LEADING.sub("", head).strip()
