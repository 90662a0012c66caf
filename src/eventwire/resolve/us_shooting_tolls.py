"""The dead of a US shooting that its reports count by name rather than by figure: the victims a headline lists
("Father kills wife, son, daughter, then himself", "Man, woman killed in Miami shooting", "Teen charged in the
shooting deaths of mother, brother") and the shooter who then died ("killed his wife and two sons before killing
himself", "gunning down five people before being shot by police"). The Gun Violence Archive counts a shooter who
dies among the incident's killed; a report's figure of the people he killed does not.

The main event takes the larger of its own killed figure and the one these words give, so a report whose figure
already counts the shooter ("four dead in murder-suicide") keeps it."""

from __future__ import annotations

import re
from dataclasses import replace

from eventwire.lexicon.calendar_words import NUMBER_WORDS, ORDINAL_WORDS
from eventwire.model import Event
from eventwire.resolve.event_context import HOME_COUNTRY

# The figures of a list of victims: digits and plain number words, not vague ones ("several").
_FIGURES = {w: n for w, n in NUMBER_WORDS.items() if " " not in w and w not in {"several", "many", "hundred"}}


def word_value(word: str) -> int | None:
    """The figure a word gives ("2" 2, "two" 2, "both" 2), else None."""
    lowered = word.lower()
    if re.fullmatch(r"\d{1,3}", lowered):
        return int(lowered)
    return 2 if lowered == "both" else _FIGURES.get(lowered)


# One person each, however the report qualifies them ("her young son", "his 38-year-old wife").
_PERSON_NOUNS = frozenset(
    {"man", "woman", "boy", "girl", "child", "baby", "infant", "toddler", "teen", "teenager", "youth", "son",
     "daughter", "wife", "husband", "mother", "father", "mom", "dad", "brother", "sister", "grandmother",
     "grandfather", "grandma", "grandpa", "grandson", "granddaughter", "grandchild", "uncle", "aunt", "nephew",
     "niece", "cousin", "girlfriend", "boyfriend", "fiancee", "fiancée", "fiance", "fiancé", "ex-wife", "ex-husband",
     "ex-girlfriend", "ex-boyfriend", "stepson", "stepdaughter", "stepfather", "stepmother", "stepbrother",
     "stepsister", "neighbor", "neighbour", "friend", "roommate", "officer", "deputy", "trooper", "student",
     "teacher", "person", "victim", "bystander", "relative", "landlord", "tenant", "clerk", "guard", "employee",
     "coworker", "co-worker"}
)  # fmt: skip
# Two each, without a figure ("his parents", "a couple").
_PAIR_NOUNS = frozenset({"parents", "couple", "twins", "grandparents"})
# Words before a listed person that do not count them ("his", "her young", "the elderly").
_QUALIFIERS = frozenset(
    {"his", "her", "their", "its", "the", "a", "an", "own", "young", "elderly", "little", "infant", "baby",
     "teenage", "teen", "adult", "estranged", "former", "pregnant"}
)  # fmt: skip
_AGED = re.compile(r"^\d{1,3}(?:-|\s)(?:year|month|week|day)s?(?:-|\s)old$", re.IGNORECASE)
_AGE = re.compile(r"^\d{1,3}$")
# Where a list of victims ends and the words of where or when begin ("five people near a campus").
_AFTER_LIST = re.compile(r"\s+(?:in|at|near|inside|outside|on|from|during|with|over|after)\s+.*$", re.IGNORECASE)
_WORD = re.compile(r"[\w'’.-]+")

_SELF = r"(?:himself|herself|self)"
# The shooter's own death told after his victims: "..., then himself", "before killing himself", "and then turned
# the gun on himself", "before being fatally shot by police".
_OWN_DEATH = (
    r"(?:,\s*|\s+)(?:and\s+)?(?:then\s+|before\s+|later\s+)?(?:"
    rf"(?:(?:fatally\s+)?(?:killing|killed|kills|kill|shooting|shot|shoots)\s+(?:and\s+kill(?:ed|ing|s)\s+)?)?{_SELF}"
    rf"|turn(?:ed|ing|s)?\s+the\s+(?:gun|weapon|rifle|handgun)\s+on\s+{_SELF}"
    r"|(?:taking|took|takes)\s+(?:his|her)\s+own\s+life"
    r"|being\s+(?:fatally\s+shot|shot\s+(?:dead|and\s+killed)|killed|shot)(?:\s+himself|\s+herself)?\s+by\s+"
    r"(?:police|officers|deputies|troopers|agents|an?\s+(?:officer|deputy|trooper))"
    r")\b"
)
# A killer's clause: a fatal verb, the people it killed (no sentence break), then his own death.
_KILLER_CLAUSE = re.compile(
    r"\b(?:kills|killed|killing|slays|slew|slaying|murders|murdered|murdering|guns\s+down|gunned\s+down|"
    r"gunning\s+down|fatally\s+(?:shot|shoots|shooting|stabbed)|shot\s+and\s+killed|shoots\s+and\s+kills|"
    r"shooting\s+and\s+killing)\s+(?P<victims>[^.;:!?\"“”()]{1,90}?)" + _OWN_DEATH,
    re.IGNORECASE,
)
# "7 slain by Missouri gunman who then killed himself": a figure of the killed and the killer's own death.
_SLAIN_BY_SUICIDE = re.compile(
    r"\b(?P<figure>\d{1,2}|[a-z]+)\s+(?:[a-z]+\s+){0,2}?(?:slain|killed|shot\s+dead|dead)\s+by\s+[^.;:!?]{1,50}?"
    rf"\bwho\s+(?:then\s+|later\s+)?(?:killed|shot|turned\s+the\s+gun\s+on)\s+{_SELF}\b",
    re.IGNORECASE,
)
# A headline's list of the dead: "Man, woman killed", "2 adults, 2 children killed in ... murder-suicide".
_LISTED_DEAD = re.compile(
    r"(?:^|:\s*)(?P<victims>[^:;.!?]{1,70}?)\s+(?:were\s+|are\s+)?(?:killed|dead|slain|shot\s+dead|shot\s+and\s+killed|"
    r"found\s+dead|die|died)\b",
    re.IGNORECASE,
)
# "the shooting deaths of mother, brother", "fatal shooting of mother, 2 teens"
_DEATHS_OF = re.compile(
    r"\b(?:fatal\s+shootings?|shooting\s+deaths?|deaths|killings|murders|slayings)\s+of\s+(?P<victims>[^:;.!?]{1,70}?)"
    r"(?=\s+(?:in|at|on|near|outside|inside|by|during|after|while|as)\b|\s*[-–—|:;.!?]\s|\s*$)",
    re.IGNORECASE,
)
# "Third person dies after shooting", "5th victim dies after July murder-suicide": a toll that has climbed to
# the ordinal's figure.
_NTH_DIES = re.compile(
    r"\b(?P<nth>" + "|".join(ORDINAL_WORDS) + r"|\d{1,2}(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:person|victim|man|woman|teen|boy|girl|child|officer|student|resident)\s+(?:dies|died|has\s+died|succumbs)\b",
    re.IGNORECASE,
)
# "double murder-suicide": the two the killer killed and the killer.
_MULTIPLE_MURDER_SUICIDE = re.compile(
    r"\b(double|triple|quadruple)[- ]+(?:murder|homicide|killing)[- ]+suicide\b", re.I
)
_MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4}
# A sentence that tells an earlier incident, not the report's ("Last year, a man killed his wife ...").
_EARLIER = re.compile(r"\b(?:earlier|previous|last\s+(?:year|month)|ago|in\s+(?:19|20)\d\d)\b", re.IGNORECASE)
# Only the report's first sentences tell its incident's toll in this way.
LEAD_SENTENCES = 8


def counted_victims(words: str) -> int | None:
    """How many people a list names ("wife, son and daughter" 3, "her 2-year-old son" 1, "two young sons" 2, "Jamie
    Salazar, 34, and Jordan Reeves" 2), else None when an item is no countable person ("the children", "them")."""
    words = _AFTER_LIST.sub("", words)
    items = [i.strip() for i in re.split(r",|\s+and\s+|\s+&\s+", words) if i.strip()]
    total, last_was_person = 0, False
    for item in items:
        tokens = _WORD.findall(item)
        if not tokens:
            return None
        if _AGE.match(item) and last_was_person:  # "Jamie Salazar, 34, and ...": an age
            continue
        count = _item_count(tokens)
        if count is None:
            return None
        total, last_was_person = total + count, True
    return total or None


def _item_count(tokens: list[str]) -> int | None:
    """The people one item of a list names: a figure and its plural noun, one person noun, or a name."""
    lowered = [t.lower() for t in tokens]
    while len(lowered) > 1 and (lowered[0] in _QUALIFIERS or _AGED.match(lowered[0])):
        lowered, tokens = lowered[1:], tokens[1:]
    if not lowered:
        return None
    figure = word_value(lowered[0])
    if figure is not None and figure > 0 and len(lowered) <= 3 and lowered[0] not in {"a", "an"}:
        rest = [w for w in lowered[1:] if w not in _QUALIFIERS]
        return figure if not rest or rest[-1].endswith(("s", "children", "people", "men", "women")) else None
    head = lowered[-1].rstrip(".'’")
    if head in {"self", "himself", "herself"}:
        return 1
    if head in _PERSON_NOUNS and len(lowered) <= 3:
        return 1
    if head in _PAIR_NOUNS and len(lowered) <= 2:
        return 2
    if all(t[:1].isupper() for t in tokens) and 1 <= len(tokens) <= 3 and not any(w in _PERSON_NOUNS for w in lowered):
        return 1  # a name: "Jordan Reeves"
    return None


def _headline_dead(title: str) -> int:
    """The dead a headline names by list: its victims and, after them, the killer himself."""
    best = 0
    for pattern in (_KILLER_CLAUSE, _LISTED_DEAD, _DEATHS_OF):
        for found in pattern.finditer(title):
            count = counted_victims(found.group("victims"))
            if count is None:
                continue
            own = 1 if pattern is _KILLER_CLAUSE else 0
            if pattern is _LISTED_DEAD and not _listed(found.group("victims")):
                continue  # "Man killed": one, as the headline's other rules read it
            best = max(best, count + own)
    return max(best, _slain_by_a_suicide(title), _nth_death(title), _murders_and_suicide(title))


def _murders_and_suicide(text: str) -> int:
    """The dead a "double murder-suicide" counts: the killer's victims and the killer."""
    found = _MULTIPLE_MURDER_SUICIDE.search(text)
    return _MULTIPLES[found.group(1).lower()] + 1 if found else 0


def _nth_death(title: str) -> int:
    """The toll a headline's "Nth person dies" tells."""
    found = _NTH_DIES.search(title)
    if found is None:
        return 0
    nth = found.group("nth").lower()
    return ORDINAL_WORDS.get(nth) or int(re.sub(r"\D", "", nth))


def _listed(words: str) -> bool:
    return bool(re.search(r",|\s+and\s+|\s+&\s+", words))


def _slain_by_a_suicide(text: str) -> int:
    best = 0
    for found in _SLAIN_BY_SUICIDE.finditer(text):
        figure = word_value(found.group("figure"))
        if figure is not None and figure > 0:
            best = max(best, figure + 1)
    return best


def _sentence_dead(sentence: str) -> int:
    """The dead a sentence counts as the killer's victims and the killer who then died."""
    if _EARLIER.search(sentence):
        return 0
    best = max(_slain_by_a_suicide(sentence), _murders_and_suicide(sentence))
    for found in _KILLER_CLAUSE.finditer(sentence):
        count = counted_victims(found.group("victims"))
        if count is not None:
            best = max(best, count + 1)
    return best


def with_the_listed_dead(event: Event, title: str | None, sentences: list[str]) -> Event:
    """The main event of a US report with the dead its headline lists and the killer who died after his victims,
    when they are more than its own killed figure."""
    if event.place is None or event.place.country != HOME_COUNTRY:
        return event
    dead = _headline_dead(title) if title else 0
    for sentence in sentences[:LEAD_SENTENCES]:
        dead = max(dead, _sentence_dead(sentence))
    if dead <= (event.killed or 0):
        return event
    return replace(event, killed=dead)
