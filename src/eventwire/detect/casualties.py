"""Casualties: figures of people killed or injured, read from the dependency parse.

A cue (a verb such as "killed", "wounded", "died", "taken to the hospital", an adjective such as
"dead", a noun such as "bodies" or "deaths") points to the phrase naming the victims; the figure
is read from that phrase: digits, number words, "a man" (1), "dozens" (12, ACLED's coding),
"at least 5" (a lower bound). Ages ("a 4-year-old"), dates, money and non-persons are not figures.
Intentions ("intent to kill"), hypotheses ("could have been killed") and tallies of many incidents
("11 people shot in shootings across the city") are not reports of this event's casualties.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from eventwire.detect.casualty_numbers import (
    LOWER_BOUND_WORDS,
    UPPER_BOUND_WORDS,
    Figure,
    phrase_value,
    word_value,
)
from eventwire.lexicon.calendar_words import ORDINAL_WORDS
from eventwire.lexicon.count_words import PAIR_NOUNS, VAGUE_QUANTITIES
from eventwire.lexicon.events import MAYBE_THE_DEAD, OTHER_VICTIM
from eventwire.model import CasualtyKind, CasualtyMention, Provenance, Span
from eventwire.pipeline import CASUALTIES, PARSE, SENTENCES, Document, register

if TYPE_CHECKING:
    from spacy.tokens import Token

VERSION = "2"
KILLED, INJURED = CasualtyKind.KILLED, CasualtyKind.INJURED

KILL_VERBS = frozenset(
    {"kill", "murder", "slay", "massacre", "execute", "behead", "assassinate", "slaughter", "lynch", "gun"}
)
DIE_VERBS = frozenset({"die", "perish", "succumb"})
INJURE_VERBS = frozenset({"injure", "wound", "hurt", "maim", "hospitalize", "hospitalise"})
SHOOT_VERBS = frozenset({"shoot", "stab"})
FATAL_MODIFIERS = frozenset({"fatally", "dead", "death", "mortally"})
DEATH_NOUNS = frozenset({"death", "fatality", "body", "corpse"})
HOSPITAL_WORDS = frozenset({"hospital", "hospitals", "clinic"})
# Verbs of taking the hurt to care ("taken to hospital", "brought in with injuries", "airlifted to a clinic").
HOSPITAL_VERBS = frozenset(
    {"take", "bring", "rush", "transport", "admit", "airlift", "carry", "send", "fly", "evacuate", "transfer"}
)
# Verbs of the hurt arriving for care by themselves ("four more people arrived with light injuries", "came in with
# cuts"): said of their subject, and only with what they suffered (not "police arrived at the hospital").
ARRIVAL_VERBS = frozenset({"arrive", "come", "present", "turn", "show"})
# Where the hurt are treated other than a hospital ("treated at the scene", "treated on the spot").
CARE_PLACES = frozenset({"scene", "spot", "site"})
# What the hurt suffer ("treated for injuries", "admitted with gunshot wounds", "with burns").
WOUND_NOUNS = frozenset({"injury", "wound", "burn", "cut", "bruise", "fracture"})
# The grades a hospital gives a patient's state ("in critical condition"); "good" is said of the unhurt too.
CONDITION_GRADES = frozenset({"critical", "serious", "stable", "grave", "fair", "guarded"})
# Words for the people a hospital grades ("the victim is in critical condition").
PATIENT_NOUNS = frozenset(
    {"people", "person", "man", "woman", "boy", "girl", "child", "teen", "teenager", "baby", "infant", "toddler",
     "victim", "officer", "patient", "student", "driver", "passenger", "resident", "suspect", "other", "deputy",
     "trooper", "soldier", "worker", "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister",
     "friend", "pedestrian", "bystander", "shooter", "gunman", "juvenile", "youth", "adult", "male", "female",
     "civilian", "guard", "clerk", "customer", "employee", "neighbor", "neighbour", "relative", "cousin"}
)  # fmt: skip
NOT_PERSONS = frozenset(
    {"cattle", "cow", "goat", "sheep", "camel", "animal", "dog", "livestock", "house", "home", "building", "vehicle",
     "car", "truck", "property", "shop", "hope", "plan", "talk", "bill", "deal", "engine", "cell", "tree", "crop",
     "age", "lot", "number", "chance", "time", "port", "harbour", "harbor", "city", "town", "country", "economy",
     "industry", "business", "job", "trade", "tourism", "market", "sector", "image", "reputation", "prospect", "peace",
     "process", "idea", "dream", "mood", "spirit", "future"}
)  # fmt: skip
# A figure in a clause about several incidents is a tally ("11 people shot in shootings across the city").
TALLY_NOUNS = frozenset({"shootings", "incidents", "homicides", "murders", "attacks", "killings"})
# Verbs and nouns that make a following "to kill" an intention, not a report ("intent to kill").
INTENT_WORDS = frozenset(
    {"intent", "attempt", "try", "threaten", "plan", "want", "plot", "intend", "conspire", "vow", "mean", "aim", "seek",
     "design"}
)  # fmt: skip
HYPOTHETICAL_AUX = frozenset({"could", "would", "might", "may", "should"})
UNHARMED_WORDS = frozenset({"uninjured", "unharmed", "unhurt"})
SINGLE_PRONOUNS = frozenset({"he", "she", "him", "her", "himself", "herself"})
# What strikes a person in a shooting ("a stray bullet hit her", "she was struck by gunfire").
PROJECTILES = frozenset(
    {"bullet", "gunfire", "round", "shot", "shotgun", "pellet", "gunshot", "crossfire", "canister", "stone", "rock",
     "brick", "shrapnel", "projectile"}
)  # fmt: skip
RELATIVE_PRONOUNS = frozenset({"who", "that", "whom", "which"})
# Firearms, whose hitting a person is a gunshot ("the gun went off and struck a boy").
FIREARMS = frozenset({"gun", "handgun", "pistol", "rifle", "revolver", "firearm", "weapon"})
# Who is struck when the text says nothing of what struck them ("all four victims were struck").
STRUCK_VICTIMS = frozenset({"victim", "bystander"})
NOT_FIGURE_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
NOMINAL_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj"})
SINGLE_DETERMINERS = frozenset({"a", "an", "one", "the", "this", "that", "another"})
# Verbs that update a figure ("the toll rose to 18", "climbed to", "reached", "was revised to", "bringing the toll to
# five").
UPDATE_VERBS = frozenset(
    {"rise", "climb", "jump", "reach", "increase", "grow", "mount", "revise", "stand", "hit", "bring", "take", "push",
     "raise"}
)  # fmt: skip
RANGE_WORDS = frozenset({"to", "-", "\u2013", "or"})
# Nouns that count victims without saying who they were: a list after them restates them ("three people, two
# women and a child" are three).
GENERAL_VICTIMS = frozenset({"people", "person", "persons", "civilian", "victim", "individual", "other", "resident"})
# Words that say the dead were several without a number ("killing several", "many fighters were killed", "an
# unknown number of herders"): ACLED codes such fatalities as 10 (its rule for "several", "many" and unknown plurals).
VAGUE_PLURALS = frozenset({"several", "many", "numerous", "multiple"})
VAGUE_DEAD = 10
# The score of a figure the text does not state ("dozens", "several"), or that a party claims of its own fighters
# ("its fighters had killed 40 soldiers"): a stated figure of the same incident outranks it (resolve/events.py).
UNSTATED_SCORE = 0.5
# What a party calls its own fighters when it claims their kills ("its fighters killed", "our forces killed").
OWN_SIDE_POSSESSIVES = frozenset({"its", "their", "our"})
SPEECH_VERBS = frozenset({"say", "claim", "tell", "announce", "boast", "add", "state"})
# Nouns of groups: a person listed after "members of a group and" is one more victim, not a second group.
GROUP_NOUNS = frozenset(
    {"group", "family", "militia", "unit", "gang", "tribe", "clan", "community", "organization", "organisation",
     "movement", "party", "team", "crew", "network", "battalion", "brigade", "faction", "force", "household"}
)  # fmt: skip
# Words that tell a victim apart from those named before ("a third man", "another woman"): an injury rule of
# ``MAYBE_THE_DEAD`` then takes the ``OTHER_VICTIM`` ending (lexicon/events.py).
OTHER_VICTIM_WORDS = frozenset({"another", "other", "second", "third", "fourth", "fifth", "sixth"})
# What a crowd does over a death ("rioted after", "set fire to a police station after"), and unrest that breaks out
# after one.
CROWD_ACTIONS = frozenset({"protest", "riot", "demonstrate", "march", "rampage", "torch", "block", "loot", "storm",
                           "rally", "set", "burn", "barricade"})  # fmt: skip
# Prepositions that make a noun what something is about ("a film about a murdered journalist").
TOPIC_PREPOSITIONS = frozenset({"about", "for", "over"})
# Nouns of remembering a past happening ("the anniversary of an attack that killed 148 people").
MEMORIAL_NOUNS = frozenset({"anniversary", "memory", "commemoration", "remembrance", "memorial"})
OUTBREAK_VERBS = frozenset({"erupt", "break", "flare", "spread"})
UNREST_NOUNS = frozenset({"protest", "riot", "unrest", "demonstration", "violence", "anger"})
# Endings of abstract nouns ("development", "economy" aside): nothing that can be killed or injured as a person.
ABSTRACT_ENDINGS = ("ment", "tion", "sion", "ness", "ism", "ance", "ence", "ship")


@register(CASUALTIES, version=VERSION, requires=(PARSE, SENTENCES))
def casualties(document: Document) -> tuple[CasualtyMention, ...]:
    """Every figure of people killed or injured, in text order, one per victim phrase and kind."""
    found: dict[tuple[int, CasualtyKind], CasualtyMention] = {}
    cues: dict[tuple[int, CasualtyKind], Token] = {}
    for token in document.doc:
        cue = _cue(token)
        if cue is None or any(child.dep_ == "neg" for child in token.children) or _not_a_report(token):
            continue
        kind, rule = cue
        share = _fatal_share(token) if rule.endswith("-fatal") and token.lemma_.lower() in SHOOT_VERBS else None
        if share is not None:  # "four people were shot, one fatally": four shot, of whom one died
            kind, rule = INJURED, token.lemma_.lower()
            dead = _mention(token, share, KILLED, f"{rule}-fatal")
            if dead is not None:
                found.setdefault((share.i, KILLED), dead)
        pairs = [(v, m) for v in _victims(token) if (m := _mention(token, v, kind, rule)) is not None]
        if len(pairs) > 1 and all(v.dep_ == "nsubjpass" for v, _ in pairs) and _listed([v for v, _ in pairs]):
            # "a child, three women and a man were killed": one list of five
            pairs = [(pairs[0][0], _summed([m for _, m in pairs]))]
        for victim, mention in pairs:
            if (victim.i, kind) not in found or _alive_over_maybe_dead(found[(victim.i, kind)], mention):
                found[(victim.i, kind)] = mention
                cues[(victim.i, kind)] = token
    kept = [m for (i, kind), m in found.items() if not (kind is INJURED and (i, KILLED) in found)]
    return tuple(sorted(_joined_tolls(kept, found, cues), key=lambda m: (m.span.start, m.span.end)))


# The readings that tell the hurt alive, under care ("were being treated", "remained in hospital", "in critical
# condition"): not among the dead, as those shot or hit may be.
ALIVE_RULES = frozenset({"being-treated", "in-hospital", "condition"})


def _alive_over_maybe_dead(first: CasualtyMention, then: CasualtyMention) -> bool:
    """Whether a later reading of the same victims tells them alive where the first may count the dead too ("four
    villagers were hit by shrapnel and were being treated at a hospital": the four are hurt, not the dead)."""
    return first.provenance.rule in MAYBE_THE_DEAD and then.provenance.rule in ALIVE_RULES and first.count == then.count


def _joined_tolls(
    kept: list[CasualtyMention],
    found: dict[tuple[int, CasualtyKind], CasualtyMention],
    cues: dict[tuple[int, CasualtyKind], Token],
) -> list[CasualtyMention]:
    """Dead of different groups told in joined clauses of one sentence ("10 militants were killed in the fighting
    and 4 soldiers were killed in the clashes") are one toll: both sides' dead add up, as ACLED counts an event's
    fatalities."""
    by_cue: dict[int, list[tuple[int, CasualtyKind]]] = {}
    for key, cue in cues.items():
        if key[1] is KILLED:
            by_cue.setdefault(cue.i, []).append(key)
    for key, cue in sorted(cues.items(), key=lambda item: -item[1].i):
        heads = by_cue.get(cue.head.i, [])
        if key[1] is not KILLED or cue.dep_ != "conj" or cue.head.i == cue.i or len(heads) != 1:
            continue
        if len(by_cue.get(cue.i, [])) != 1 or found[heads[0]] not in kept or found[key] not in kept:
            continue
        head_mention, own = found[heads[0]], found[key]
        summed = _summed([head_mention, own])
        kept = [summed if m is head_mention else m for m in kept if m is not own]
        found[heads[0]] = summed
    return kept


def _fatal_share(cue: Token) -> Token | None:
    """The number of "were shot, one fatally", "shot Sunday, two of them fatally": those of the people shot who
    died."""
    for child in cue.children:
        number = child.dep_ in {"npadvmod", "appos", "advmod", "nsubj"} and _is_number(child) and child.i > cue.i
        if number and any(t.lower_ in {"fatally", "mortally"} for t in child.subtree):
            return child
    return None


def _listed(subjects: list[Token]) -> bool:
    """Subjects that follow each other in one list, a comma after each but the last ("a child, three women")."""
    doc = subjects[0].doc
    for before, after in pairwise(subjects):
        comma = before.right_edge.i + 1
        # "six officers and three of the riders": the parse may hang the "and" on the first subject
        # "a student, two journalists": the parse may hang the comma on the first subject too
        joined = (comma < len(doc) and doc[comma].text == ",") or doc[comma - 1].lower_ in {"and", ","}
        if not joined or "\n" in doc[before.i : after.i].text:
            return False
    return True


def _summed(mentions: list[CasualtyMention]) -> CasualtyMention:
    """Subjects of one verb that the parse splits ("a child, three women and a man were killed") add up."""
    first = mentions[0]
    value = sum(m.count for m in mentions)
    low = None if any(m.low is None for m in mentions) else sum(m.low or 0 for m in mentions)
    high = None if any(m.high is None for m in mentions) else sum(m.high or 0 for m in mentions)
    span = Span(min(m.span.start for m in mentions), max(m.span.end for m in mentions))
    return CasualtyMention(span, first.kind, value, first.provenance, low, high)


# ---------------------------------------------------------------- cues


def _not_a_report(cue: Token) -> bool:
    """An intention ("intent to kill"), a hypothesis ("could have been killed") or a tally of many incidents."""
    children = list(cue.children)
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in children) and cue.head.lemma_.lower() in INTENT_WORDS:
        return True
    if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in children):
        return True
    if (
        cue.pos_ == "ADJ"
        and cue.dep_ == "acomp"
        and any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in cue.head.children)
    ):
        return True  # "she could have been dead"
    if _cause_of_crowd_action(cue) or _victim_as_topic(cue):
        return True
    clause = cue.head if cue.dep_ in {"relcl", "acl"} else cue
    # not the words that describe the victims ("two men accused of murders were shot")
    described = {t.i for c in children if c.dep_ in {"nsubjpass", "dobj"} for t in c.subtree}
    return clause.lower_ in TALLY_NOUNS or any(t.lower_ in TALLY_NOUNS and t.i not in described for t in cue.subtree)


def _victim_as_topic(cue: Token) -> bool:
    """ "a documentary about a murdered journalist", "justice for the slain activist", "anger over the killed
    students", "justice for two students who were shot dead": a victim named by the participle or the relative
    clause of a killing, as what something is about or for, is a death the text refers to (an earlier one), not a
    casualty it reports; so is a killing whose anniversary or memory is marked."""
    if any(a.lemma_.lower() in MEMORIAL_NOUNS for a in cue.ancestors):
        return True  # "to mark the anniversary of an attack that killed 148 people"
    if cue.dep_ not in {"amod", "relcl", "acl"} or (cue.dep_ == "amod" and cue.tag_ != "VBN"):
        return False
    noun, doc = cue.head, cue.doc
    if noun.dep_ != "pobj" or noun.head.lower_ not in TOPIC_PREPOSITIONS:
        return False
    preposition = noun.head
    # "justice for two students who were shot dead": a relative clause is a topic after "about" and the "for" of
    # justice only (not "a funeral for the 12 people killed in the attack", which may tell the toll, nor "a shooting
    # over the weekend in which one person was killed")
    justice = any(t.lower_ == "justice" for t in doc[max(0, preposition.i - 3) : preposition.i])
    return cue.dep_ == "amod" or preposition.lower_ == "about" or (preposition.lower_ == "for" and justice)


def _cause_of_crowd_action(cue: Token) -> bool:
    """ "Riders torched a police post after a man died in custody", "protests erupted after police killed a
    student": the death a crowd acts over is an earlier incident, not a casualty of the crowd's riot or protest."""
    if cue.pos_ == "ADJ" and cue.dep_ in {"oprd", "acomp", "xcomp", "ccomp"}:
        cue = cue.head  # "after police shot dead two students"
    if cue.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in {"after", "following"} for c in cue.children):
        return False
    head = cue.head
    while head.dep_ == "conj" and head.head.i != head.i:
        if head.lemma_.lower() in CROWD_ACTIONS:
            break
        head = head.head
    lemma = head.lemma_.lower()
    subjects = [c.lemma_.lower() for c in head.children if c.dep_ == "nsubj"]
    return lemma in CROWD_ACTIONS or (lemma in OUTBREAK_VERBS and any(s in UNREST_NOUNS for s in subjects))


def _cue(token: Token) -> tuple[CasualtyKind, str] | None:
    """The kind of casualty a token reports and the rule that says so, or None."""
    lemma, pos = token.lemma_.lower(), token.pos_
    if pos == "VERB" or (pos == "ADJ" and token.tag_ == "VBN"):
        return _verb_cue(token, lemma)
    if pos == "ADJ" and lemma in {"dead", "injured", "wounded"}:
        return (KILLED, "dead") if lemma == "dead" else (INJURED, "injured-adj")
    if pos == "NOUN" and lemma in DEATH_NOUNS:
        return KILLED, f"noun-{lemma}"
    if pos == "NOUN" and lemma in {"wound", "injury"} and _sufferer_verb(token) is not None:
        return INJURED, "suffered-wounds"
    if pos == "NOUN" and lemma in WOUND_NOUNS and _suffered(token):
        return INJURED, "suffered-wounds"  # "an officer had suffered burns to his hands", "sustained cuts"
    if pos == "NOUN" and lemma == "condition" and _hospital_condition(token):
        return INJURED, "condition"  # "a girl is in critical condition", "listed in serious condition"
    if pos == "NOUN" and lemma == "toll" and token.head.lemma_.lower() in UPDATE_VERBS:
        return KILLED, "toll-update"  # "the (death) toll rose to 18": a later figure than the first reports
    if pos == "NOUN" and lemma == "toll" and _has_child_word(token, {"death"}):
        return KILLED, "death-toll"
    return None


def _verb_cue(token: Token, lemma: str) -> tuple[CasualtyKind, str] | None:
    if lemma in SHOOT_VERBS and token.dep_ in {"amod", "compound"} and token.head.lemma_.lower() in DEATH_NOUNS:
        return None  # "the shooting death of ...": the death noun reports it
    if _to_death(token):
        return KILLED, "to-death"
    if lemma == "execute" and _carries_out(token):
        return None  # "an attack executed against their vehicle", "executed the plan": carried out, not killed
    if lemma in KILL_VERBS and not (lemma == "gun" and not _has_child_word(token, {"down"})):
        return KILLED, f"verb-{lemma}"
    if _dies(token):
        return KILLED, f"verb-{lemma}"
    if lemma == "hurt" and token.tag_ == "VBG" and not any(c.dep_ == "dobj" for c in token.children):
        return None  # "two families hurting", "people are hurting": grief, not wounds
    if lemma in INJURE_VERBS:
        if token.i > 0 and token.nbor(-1).lower_ in {"fatally", "mortally"}:
            return KILLED, f"{lemma}-fatal"
        return INJURED, "injured-adj" if token.dep_ == "amod" else f"verb-{lemma}"  # "the wounded girl"
    if lemma in SHOOT_VERBS:
        after = any(t.lower_ in FATAL_MODIFIERS for t in token.subtree if 0 < t.i - token.i <= 3)
        # "summarily shot": executed on the spot
        fatal = after or (token.i > 0 and token.nbor(-1).lower_ in {"fatally", "mortally", "summarily"})
        return (KILLED, f"{lemma}-fatal") if fatal else (INJURED, lemma)
    if lemma in {"strike", "hit", "graze"} and _by_projectile(token):
        return INJURED, "struck"
    if lemma in {"remain", "stay"} and _in_hospital(token):
        return INJURED, "in-hospital"  # "six other people remained in hospital": alive and hurt
    if lemma == "treat" and _treated_by_medics(token):
        return INJURED, "treated-by-medics"  # "the regional hospital said it had treated 11 civilians"
    if lemma == "treat" and _treated_as_patient(token):
        if any(c.lower_ == "being" for c in token.children):
            return INJURED, "being-treated"  # "four other people were still being treated": alive, not the dead
        return INJURED, "hospital"  # "treated in hospital"
    if lemma in HOSPITAL_VERBS and _goes_to_hospital(token):
        return INJURED, "hospital"
    if lemma in ARRIVAL_VERBS and any(p.dep_ == "prep" and _with_injuries(p) for p in token.children):
        return INJURED, "hospital"  # "four more people had arrived on their own with light injuries"
    return None


# What one carries out, not a person: "executed an attack", "the operation executed by the army".
EXECUTED_ACTS = frozenset(
    {"attack", "operation", "plan", "raid", "strike", "order", "assault", "ambush", "mission", "plot", "bombing"}
    | {"warrant", "search", "sentence", "deal", "contract", "transfer", "manoeuvre", "maneuver"}
)


def _carries_out(execute: Token) -> bool:
    """Whether "execute" says an act was carried out: its object, or the noun it describes, is an act."""
    described = execute.head if execute.dep_ in {"acl", "relcl", "amod"} else None
    objects = [c for c in execute.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(t.lemma_.lower() in EXECUTED_ACTS for t in [*objects, *([described] if described is not None else [])])


# Who treats the hurt: "the regional hospital said it had treated 11 people", "medics treated 20 protesters", "the
# city's emergency medical service said it had treated 11 people", "the health ministry said it treated 40", "a
# doctor at a clinic told AFP it had treated four more".
_MEDICS = frozenset(
    {"hospital", "hospitals", "clinic", "clinics", "medic", "medics", "doctor", "doctors", "paramedic", "paramedics",
     "nurse", "nurses"}
)  # fmt: skip
_MEDICAL_BODIES = frozenset(
    {"service", "services", "ministry", "department", "crescent", "cross", "team", "teams", "center", "centre"}
)
_MEDICAL_WORDS = frozenset({"medical", "health", "emergency", "ambulance", "red", "rescue", "hospital"})
_PRONOUNS = frozenset({"it", "they", "we"})
# The words of a medical body's own name ("Kisumu Medical College", "the National Trauma Center").
_MEDICAL_NAME_WORDS = (
    _MEDICAL_WORDS - {"red", "rescue"}
    | _MEDICS
    | frozenset({"trauma", "surgical", "orthopedic", "orthopaedic", "medicine", "healthcare", "infirmary"})
)


def _treated_by_medics(treat: Token) -> bool:
    """An active "treated" whose subject is a hospital, medics or a medical service (or "it" of one that said so):
    the people it treated were hurt."""
    children = list(treat.children)
    if any(c.dep_ == "auxpass" for c in children) or not any(c.dep_ == "dobj" for c in children):
        return False
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in _PRONOUNS and treat.dep_ == "ccomp":
        subject = next((c for c in treat.head.children if c.dep_ == "nsubj"), None)  # "the hospital said it had"
    if subject is None:
        return False
    lemma = subject.lower_
    if lemma in _MEDICS:
        return True
    if lemma in _MEDICAL_BODIES and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in _MEDICAL_WORDS for c in subject.children
    ):
        return True
    # a body named by its own name with a medical word in it ("Chitwan Medical College", "the National Trauma and
    # Orthopedic Research Center", "staff at the Lakeside Surgical Institute")
    return any(t.pos_ == "PROPN" and t.lower_ in _MEDICAL_NAME_WORDS for t in subject.subtree)


def _treated_as_patient(treat: Token) -> bool:
    """ "were being treated", "treated in hospital", "treated for wounds": people under care, not "treated as
    suspects" or "treated fairly"."""
    children = list(treat.children)
    if not any(c.dep_ == "auxpass" for c in children) or any(c.lower_ in {"as", "like", "with"} for c in children):
        return False
    if any(c.dep_ == "advmod" and (c.lower_.endswith("ly") or c.lower_ == "well") for c in children):
        return False  # "treated fairly", "treated well": how, not for what
    cared = any(c.lower_ == "being" for c in children) or _goes_to_hospital(treat)
    # "treated for wounds", "treated for breathing problems", "treated for smoke inhalation": for what they
    # suffered; "treated at the scene", "treated in hospital": where
    return cared or any(
        (
            c.lower_ == "for"
            and any(
                o.lemma_.lower() in WOUND_NOUNS or (o.dep_ in {"pobj", "dobj"} and o.pos_ == "NOUN") for o in c.subtree
            )
        )
        or (c.lower_ in {"in", "at", "on"} and any(_is_hospital(o) or o.lower_ in CARE_PLACES for o in c.children))
        for c in children
    )


def _is_hospital(noun: Token) -> bool:
    """ "hospital", "clinic", "a health center", "the medical centre"."""
    if noun.lower_ in HOSPITAL_WORDS:
        return True
    return noun.lemma_.lower() in {"center", "centre"} and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in {"health", "medical", "trauma"} for c in noun.children
    )


def _in_hospital(verb: Token) -> bool:
    """ "remained in hospital", "stayed in the hospital" (with a subject: not "the road remained closed")."""
    return any(c.dep_ == "nsubj" for c in verb.children) and any(
        p.dep_ == "prep" and p.lower_ in {"in", "at"} and any(o.lower_ in HOSPITAL_WORDS for o in p.children)
        for p in verb.children
    )


def _to_death(token: Token) -> bool:
    """ "beaten to death", "stabbed to death", "burned to death"."""
    return any(
        prep.dep_ == "prep" and prep.lower_ == "to" and any(o.lemma_.lower() == "death" for o in prep.children)
        for prep in token.children
    )


def _by_projectile(verb: Token) -> bool:
    """ "a bullet struck the boy", "she was hit by gunfire"."""
    agents = [_antecedent(c, verb) for c in verb.children if c.dep_ == "nsubj"]  # "a gun which struck a boy"
    agents += [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if not agents and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in STRUCK_VICTIMS for c in verb.children):
        return True  # "all four victims were struck": a victim is struck by what wounds
    if not agents and verb.tag_ == "VBG" and verb.dep_ in {"advcl", "conj", "xcomp"}:
        # "bullets started flying, striking five boys": the participle's subject is the projectile of its sentence
        agents = [t for t in verb.sent if t.dep_ == "nsubj" and t.i < verb.i]
    return any(a.lemma_.lower() in PROJECTILES | FIREARMS for a in agents)


def _dies(token: Token) -> bool:
    """ "died", "perished", "succumbed", "passed away"."""
    lemma = token.lemma_.lower()
    return lemma in DIE_VERBS or (lemma == "pass" and _has_child_word(token, {"away"}))


def _sufferer_verb(wound: Token) -> Token | None:
    """The verb of "three people suffered (from) gunshot wounds", "he sustained injuries", "20 people were treated
    for gunshot wounds"."""
    head = wound.head
    if head.dep_ == "prep" and head.lower_ == "for" and head.head.lemma_.lower() == "treat":
        return head.head
    if head.dep_ == "prep" and head.lower_ in {"from", "with"}:
        head = head.head
    return head if head.lemma_.lower() in {"suffer", "sustain", "receive"} else None


def _suffered(wound: Token) -> bool:
    """ "suffered burns", "sustained cuts and bruises": a hurt a person suffers (not "received cuts" of a budget)."""
    verb = _sufferer_verb(wound)
    return verb is not None and verb.lemma_.lower() in {"suffer", "sustain"}


def _hospital_condition(condition: Token) -> bool:
    """ "in critical condition", "in serious but stable condition": a hospital's grade of a patient's state."""
    return (
        condition.dep_ == "pobj"
        and condition.head.lower_ == "in"
        and any(c.dep_ in {"amod", "conj"} and c.lower_ in CONDITION_GRADES for c in condition.children)
    )


def _condition_victims(condition: Token) -> list[Token]:
    """Who is in the condition: the subject of "is", "remains", "was listed"; in a headline without a verb
    ("Toddler in critical condition") the noun the phrase qualifies."""
    head = condition.head.head
    if head.pos_ in {"VERB", "AUX"}:
        victims = _role_children(head, ("nsubj", "nsubjpass"))
    elif head.lower_ == "old" and head.dep_ == "amod":  # "2-year-old in critical condition": the person of that age
        return [head]
    else:
        victims = [head] if head.pos_ in {"NOUN", "PROPN", "NUM"} else []  # "2 in critical condition"
    return [v for v in victims if _patient(v)]


def _patient(victim: Token) -> bool:
    """A person a hospital can grade (not "the bridge is in critical condition"): a pronoun, a figure, a name, a
    word for a person."""
    return (
        victim.pos_ in {"PRON", "NUM"}
        or victim.ent_type_ == "PERSON"
        or victim.lemma_.lower() in PATIENT_NOUNS
        or (victim.lower_ == "old" and victim.dep_ in NOMINAL_ROLES)
        or any(c.dep_ == "amod" and c.lower_ == "old" for c in victim.children)  # "a Dunmore 3-year-old"
    )


def _goes_to_hospital(token: Token) -> bool:
    """ "taken to the hospital", "rushed into a clinic", "transported to Mercy for treatment", "flown to a hospital";
    "brought there" when "there" is the hospital its sentence named before ("an official at the city's hospital said
    nine more had been brought there")."""
    if any(c.dep_ == "advmod" and c.lower_ == "there" for c in token.children) and any(
        t.lower_ in HOSPITAL_WORDS for t in token.doc[token.sent.start : token.i]
    ):
        return True
    return any(
        prep.dep_ == "prep"
        and (
            (prep.lower_ in {"to", "into"} and any(_is_hospital(o) for o in prep.children))
            or (prep.lower_ == "for" and any(o.lemma_.lower() == "treatment" for o in prep.children))
            or _with_injuries(prep)  # "40 people were admitted with injuries", "brought in with injuries"
        )
        for prep in token.children
    )


def _has_child_word(token: Token, words: set[str]) -> bool:
    return any(child.lower_ in words for child in token.children)


# ---------------------------------------------------------------- victims


def _victims(cue: Token) -> list[Token]:
    """The tokens heading the phrase that names who was killed or injured."""
    if cue.pos_ == "NOUN":
        return _noun_victims(cue)
    if cue.pos_ == "ADJ" and (counted := [c for c in cue.children if c.dep_ == "nummod" and _is_number(c)]):
        return counted[:1]  # "at least four dead", "leaving four dead"
    if cue.pos_ == "ADJ" and cue.dep_ == "ROOT":
        return _role_children(cue, ("nsubj",))  # headline style: "Two militants dead"
    if cue.pos_ == "ADJ" and cue.dep_ in {"amod", "nummod"}:
        return [cue.head]
    if cue.pos_ == "ADJ" and cue.dep_ in {"oprd", "acomp", "xcomp", "advcl", "ccomp"}:
        if own := _role_children(cue, ("nsubj",)):
            return own  # "has left at least 18 people dead": the people are dead, not the attack
        for role in ("dobj", "nsubjpass", "nsubj"):
            if victims := _role_children(cue.head, (role,)):
                counts = [s for s in _role_children(cue.head, ("nsubj",)) if _is_number(s)]
                if role == "dobj" and counts and all(v.pos_ == "PROPN" and not _counted(v) for v in victims):
                    return counts  # "Four reported Boko Haram dead": the name says who, the number how many
                return victims
        return _own_subject(cue)
    if cue.dep_ in {"dobj", "pobj"} and (counts := [c for c in cue.children if c.dep_ == "nummod" and _is_number(c)]):
        return counts[:1]  # "the hospital received nine wounded": the parse takes the casualty word for the noun
    victims = _role_children(cue, ("nsubjpass",))
    if victims:
        return [_antecedent(v, cue) for v in victims]
    if _dies(cue):
        return [_antecedent(v, cue) for v in _role_children(cue, ("nsubj",))] or _inherited_victims(cue)
    between = [o for p in cue.children if p.dep_ == "prep" and p.lower_ == "between"
               for o in p.children if o.dep_ == "pobj" and _counted(o)]  # fmt: skip
    if between:
        return between[:1]  # "killing between 16 and 20 people, many of them children"
    victims = _role_children(cue, ("dobj",))
    if victims:
        return victims[:1]
    subjects = _role_children(cue, ("nsubj",))
    if subjects and cue.lemma_.lower() in {"remain", "stay"} | ARRIVAL_VERBS:
        # "six other people remained in hospital", "four more people arrived with light injuries"
        return [_antecedent(v, cue) for v in subjects]
    if subjects and (_is_number(subjects[0]) or _reads_passive(cue) or _headline_passive(cue)):
        return subjects  # headline style: "Three killed in attack", "... and 14 others wounded"
    return _inherited_victims(cue) or _adjacent_object(cue)


def _adjacent_object(cue: Token) -> list[Token]:
    """ "..., killing at least 15 people, including ...": a participle of killing or injuring whose counted object
    the parse hung elsewhere (as the subject of a later verb of saying): the counted noun right after it."""
    if cue.tag_ != "VBG" or cue.lemma_.lower() not in KILL_VERBS | INJURE_VERBS:
        return []
    doc, i = cue.doc, cue.i + 1
    while i < min(len(doc), cue.i + 6) and (doc[i].lower_ in LOWER_BOUND_WORDS | {"at", "than"} or _is_number(doc[i])):
        i += 1
    if i == cue.i + 1 or i >= len(doc) or doc[i].pos_ != "NOUN" or doc[i].head.i in range(cue.i, i):
        return []
    return [doc[i]] if _counted(doc[i]) and doc[i].lemma_.lower() not in NOT_PERSONS else []


def _claimed_by_killers(cue: Token) -> bool:
    """ "the group said its fighters had killed dozens of soldiers", "we killed 40 soldiers", said a rebel
    spokesman: the killers' own count, told by their side, is a claim, not a stated toll."""
    agents = [c for c in cue.children if c.dep_ == "nsubj"]
    agents += [a for c in cue.children if c.dep_ == "agent" for a in c.children if a.dep_ == "pobj"]
    doer = cue
    while not agents and doer.dep_ == "conj" and doer.head.i != doer.i:  # "its fighters repelled ... and killed 13"
        doer = doer.head
        agents = [c for c in doer.children if c.dep_ == "nsubj"]
    own_side = any(
        a.lower_ == "we" or any(c.dep_ == "poss" and c.lower_ in OWN_SIDE_POSSESSIVES for c in a.children)
        for a in agents
    )
    if not own_side:
        return _claim_of_responsibility(cue, agents)
    head = cue
    while head.dep_ in {"conj", "xcomp", "aux"} and head.head.i != head.i:
        head = head.head
    return head.dep_ == "ccomp" and head.head.lemma_.lower() in SPEECH_VERBS


CLAIM_REACH = 3  # clauses up from a kill to the claim it is told in ("claimed the attack ..., saying it had killed")


def _claim_of_responsibility(cue: Token, agents: list[Token]) -> bool:
    """ "The group claimed the attack through its news agency, saying it had killed more than 30": the killers' own
    count, told by the party that claims the killing (its pronoun the killer) in the clause of its claim."""
    if not all(a.lower_ in {"it", "they", "we"} for a in agents):
        return False
    head = cue
    for _ in range(CLAIM_REACH):
        if head.dep_ not in {"ccomp", "xcomp", "advcl", "conj"} or head.head.i == head.i:
            return False
        head = head.head
        if head.lemma_.lower() == "claim":
            return True
    return False


def _reads_passive(cue: Token) -> bool:
    """A past participle without an object or a perfect auxiliary: "fourteen others wounded"."""
    return cue.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in cue.children)


def _headline_passive(cue: Token) -> bool:
    """ "Farmer killed in Selea", "One activist killed": a verb of killing or injuring that heads its sentence
    with a subject and neither an object, an auxiliary nor a clause of its own reads as a headline's passive."""
    if cue.lemma_.lower() not in KILL_VERBS | INJURE_VERBS or cue.tag_ != "VBD" or cue.dep_ != "ROOT":
        return False
    return not any(c.dep_ in {"dobj", "aux", "ccomp", "xcomp", "attr", "dative"} for c in cue.children)


def _own_subject(cue: Token) -> list[Token]:
    return [t for t in cue.children if t.dep_ in {"nsubj", "nummod"}]


def _role_children(token: Token, roles: tuple[str, ...]) -> list[Token]:
    return [child for child in token.children if child.dep_ in roles]


def _antecedent(victim: Token, cue: Token) -> Token:
    """For "the man who was shot", the noun the relative clause is about."""
    if victim.lower_ in RELATIVE_PRONOUNS and cue.dep_ == "relcl":
        return cue.head
    return victim


def _inherited_victims(cue: Token) -> list[Token]:
    """A verb without its own victim takes the one of the verb it is joined to, or the noun it modifies."""
    if cue.dep_ == "conj" and cue.head.pos_ == "VERB":
        # "two miners escaped with wounds and were flown to a hospital": a passive joined to an active verb is said
        # of that verb's subject
        passive = any(c.dep_ == "auxpass" for c in cue.children)
        subjects = _role_children(cue.head, ("nsubj",)) if _dies(cue) or passive else []
        return _role_children(cue.head, ("nsubjpass",)) or subjects
    if cue.dep_ in {"acl", "amod"} and cue.head.pos_ in {"NOUN", "PROPN", "NUM", "PRON"}:
        return [cue.head]
    if cue.dep_ in {"xcomp", "oprd"} and cue.head.pos_ == "VERB":
        return _role_children(cue.head, ("nsubjpass",)) or _role_children(cue.head, ("dobj",))
    if cue.dep_ == "advcl" and cue.tag_ == "VBN" and cue.i > 0:
        before = cue.doc[cue.i - 1]  # "the hospital had received 15 wounded": the number counts the wounded
        if before.dep_ == "dobj" and before.head.i == cue.head.i and _is_number(before):
            return [before]
    if cue.dep_ in {"advcl", "ccomp"} and cue.head.lemma_.lower() == "leave":
        return _role_children(cue.head, ("dobj",))  # "a robbery that left six people injured"
    return []


def _noun_victims(cue: Token) -> list[Token]:
    """ "12 deaths", "dozens of bodies", "the death toll rose to 15"."""
    if cue.lemma_.lower() == "toll":
        return _toll_figures(cue)
    if cue.lemma_.lower() == "condition":
        return _condition_victims(cue)
    if cue.lemma_.lower() in WOUND_NOUNS:
        verb = _sufferer_verb(cue)
        if verb is not None and verb.lemma_.lower() == "treat":  # who was treated: "20 were treated", "treated 20"
            return _role_children(verb, ("nsubjpass",)) or _role_children(verb, ("dobj",))[:1]
        # "three victims who were suffering from gunshot wounds": the victims the relative clause is about
        if verb is None:
            return []
        return [_antecedent(v, verb) for v in _role_children(verb, ("nsubj",))] or _governing_subject(verb)
    numbers = [c for c in cue.children if c.dep_ == "nummod"]
    if numbers or _ordinal_of(cue) is not None:
        return [cue]  # "12 bodies"; "a fourth body was found": the toll is now four
    if cue.lemma_.lower() == "death":
        return _of_victims(cue)
    if cue.head.lower_ == "of" and cue.head.head.pos_ in {"NUM", "NOUN"} and _is_number(cue.head.head):
        return [cue.head.head]
    return []


def _governing_subject(participle: Token) -> list[Token]:
    """ "a boy is recovering after suffering a gunshot wound": a participle without a subject of its own suffers
    what the subject of the clause it hangs on does."""
    if participle.dep_ not in {"pcomp", "advcl"} or participle.tag_ != "VBG":
        return []
    governor = participle.head.head if participle.head.pos_ == "ADP" else participle.head
    return _role_children(governor, ("nsubj", "nsubjpass")) if governor.pos_ in {"VERB", "AUX"} else []


def _of_victims(death: Token) -> list[Token]:
    """ "the (shooting) death of a teenager", "the deaths of two men": the people the death is of."""
    return [obj for prep in death.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for obj in prep.children if obj.dep_ == "pobj"]  # fmt: skip


def _toll_figures(toll: Token) -> list[Token]:
    """The figure a death toll reaches: "rose to 15", "stands at 15", "is 15"."""
    verb = toll.head
    for child in verb.children:
        if child.dep_ == "attr" and _is_number(child):
            return [child]
        if child.dep_ == "prep" and child.lower_ in {"to", "at"}:
            return [obj for obj in child.children if obj.dep_ == "pobj" and _is_number(obj)]
    return []


# ---------------------------------------------------------------- figures


def _ordinal_of(noun: Token) -> int | None:
    """ "a fourth body", "a third death": the toll the death brings the count to (not "a second body camera", "a
    second body of evidence")."""
    if noun.lemma_.lower() not in DEATH_NOUNS or not any(c.dep_ == "det" and c.lower_ == "a" for c in noun.children):
        return None
    following = noun.nbor(1).lower_ if noun.i + 1 < len(noun.doc) else ""
    if noun.dep_ == "compound" or following == "of":
        return None
    return next(
        (ORDINAL_WORDS[c.lower_] for c in noun.children if c.dep_ == "amod" and c.lower_ in ORDINAL_WORDS), None
    )


def _mention(cue: Token, victim: Token, kind: CasualtyKind, rule: str) -> CasualtyMention | None:
    ordinal = _ordinal_of(cue) if victim.i == cue.i and kind is KILLED else None
    if ordinal is not None:  # "a fourth body ... had been found": the toll is four
        start = min(c.idx for c in cue.children if c.i < cue.i)
        provenance = Provenance("casualties", VERSION, rule="toll-update", score=0.9)
        return CasualtyMention(Span(start, cue.idx + len(cue)), KILLED, ordinal, provenance)
    figure_tokens: list[Token] = []
    figure = _figure(victim, figure_tokens, depth=0, bare=rule.startswith("verb-"))
    if figure is None and kind is KILLED:
        figure = _vague_figure(victim, figure_tokens)
    if figure is None:
        return None
    if victim.dep_ == "dobj" and victim.head.i == cue.i:
        figure = _with_enumeration(cue, figure, figure_tokens, bare=rule.startswith("verb-"), victim=victim)
    figure = _with_elided(cue, figure, figure_tokens)
    start = min([cue.idx, *(t.idx for t in figure_tokens)])
    end = max([cue.idx + len(cue), *(t.idx + len(t) for t in figure_tokens)])
    if rule == "injured-adj" and (_is_number(victim) or _counted(victim)):
        rule = "injured-count"  # "one dead and three injured", "nineteen wounded people": not "the wounded girl"
    score = 0.8 if rule in {"stab", "shoot", "hospital", "being-treated"} else 0.9
    if figure.vague or _claimed_by_killers(cue):
        score = UNSTATED_SCORE
    if kind is INJURED and rule in MAYBE_THE_DEAD and (_told_injured(victim) or _admitted_hurt(cue)):
        rule = "injured-count"  # "evacuated 17 injured people", "admitted with injuries": hurt, not maybe the dead
    if kind is INJURED and rule in MAYBE_THE_DEAD and (_other_victim(victim) or _also_hit(cue)):
        rule = f"{rule}{OTHER_VICTIM}"  # "a third man was taken to hospital": not one of the dead
    provenance = Provenance("casualties", VERSION, rule=rule, score=score)
    return CasualtyMention(Span(start, end), kind, figure.value, provenance, figure.low, figure.high)


def _with_elided(cue: Token, figure: Figure, used: list[Token]) -> Figure:
    """ "Six people were treated for breathing problems and one for a broken arm", "four were wounded by gunfire and
    two by shrapnel": a count whose verb the text elides, told with a preposition of the verb's own phrases, is more
    of the verb's victims (the parse joins the count to the verb or to the phrase's noun)."""
    preps = [c for c in cue.children if c.dep_ == "prep"]
    words = {p.lower_ for p in preps}
    joined = [*cue.children, *(c for p in preps for o in p.children if o.dep_ == "pobj" for c in o.children)]
    for count in (c for c in joined if c.dep_ == "conj" and _is_number(c) and c not in used):
        if not any(p.dep_ == "prep" and p.lower_ in words for p in count.children):
            continue
        extra = _number_figure(count, used)
        if extra is not None:
            figure = Figure(figure.value + extra.value, _add(figure.low, extra.low), _add(figure.high, extra.high))
    return figure


def _admitted_hurt(cue: Token) -> bool:
    """ "40 people were admitted with injuries", "taken to hospital with wounds": people in hospital for their
    injuries."""
    return cue.lemma_.lower() in HOSPITAL_VERBS and any(p.dep_ == "prep" and _with_injuries(p) for p in cue.children)


def _with_injuries(prep: Token) -> bool:
    """ "with injuries", "with gunshot wounds", "with burns": a hospital verb's phrase of what its people suffered."""
    return prep.lower_ == "with" and any(o.lemma_.lower() in WOUND_NOUNS for o in prep.children)


def _told_injured(victim: Token) -> bool:
    """ "17 injured people", "the 12 wounded passengers": a counted phrase whose noun the text calls injured."""
    return _counted(victim) and any(
        c.dep_ == "amod" and c.lower_ in {"injured", "wounded", "hurt"} for c in victim.children
    )


def _other_victim(victim: Token) -> bool:
    """ "a third man", "another man", "two other people", "nine more", "three more people": victims the text tells
    apart from those it named before."""
    counts = [c for c in victim.children if c.dep_ in {"nummod", "quantmod"}]  # "three more people": of the count
    if any(c.dep_ in {"amod", "advmod"} and c.lower_ in {"more", "additional", "further"} and not _before_than(c)
           for head in (victim, *counts) for c in head.children):  # fmt: skip
        return True
    return (
        any(c.dep_ in {"amod", "det"} and c.lower_ in OTHER_VICTIM_WORDS for c in victim.children)
        or (victim.lower_ in {"another", "others", "more"} and victim.dep_ in NOMINAL_ROLES)
        or _ordinal_person(victim)
    )


def _before_than(token: Token) -> bool:
    """ "more than 30": a bound of the count, not more people."""
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "than"


def _also_hit(cue: Token) -> bool:
    """ "his mother was also shot": a victim besides those told before."""
    return any(c.dep_ == "advmod" and c.lower_ == "also" for c in cue.children)


def _figure(victim: Token, used: list[Token], depth: int, bare: bool) -> Figure | None:
    """The count a victim phrase gives, adding up conjoined phrases ("two soldiers and a civilian")."""
    own = _own_figure(victim, used, bare)
    if own is None or depth > 3:
        return own
    if _has_child_word(victim, {"or"}):
        return own  # "either 6 soldiers or a major": alternatives, not a sum
    if _restated(victim):
        return own  # "three people, two women and a child": the list after the comma tells who the three were
    parts = [c for c in victim.children if c.dep_ in {"conj", "appos"} and _counts_with(c)]
    parts += _joined_to_group(victim)
    for part in parts:
        listed = _counted(part) or (_indefinite(part) and _indefinite(victim))  # "a man, a woman and a boy"
        if part.dep_ == "appos" and not (listed and any(c.dep_ == "conj" for c in part.children)):
            continue  # "the victim, a cook": the same person again; "two officers, one clerk and one guard" add up
        extra = _figure(part, used, depth + 1, bare)
        if extra is None and part.dep_ == "conj" and depth < 3:
            # "14 soldiers and volunteer fighters and dozens of the assailants": the uncounted noun shares the count
            # before it, the list goes on after it
            # (a counted phrase only: "killing five officers, police and a county official said" names sources)
            extras = [
                _figure(c, used, depth + 2, bare)
                for c in part.children
                if c.dep_ == "conj" and _counts_with(c) and (_counted(c) or _is_number(c))
            ]
            for more in (e for e in extras if e is not None):
                own = Figure(own.value + more.value, _add(own.low, more.low), _add(own.high, more.high))
            continue
        if extra is None:
            continue
        own = Figure(own.value + extra.value, _add(own.low, extra.low), _add(own.high, extra.high))
    return own


def _indefinite(noun: Token) -> bool:
    """ "a woman", "an elderly man": one person told apart, not one named again ("the victim, a cook")."""
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)


def _joined_to_group(victim: Token) -> list[Token]:
    """ "three members of an armed group and a child": the parse joins the child to the group; a counted person
    joined to the group that the victims were members of is one more victim."""
    groups = [o for p in victim.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in GROUP_NOUNS]  # fmt: skip
    return [c for g in groups for c in g.children if c.dep_ == "conj" and c.pos_ == "NOUN" and _counts_with(c)
            and c.lemma_.lower() not in GROUP_NOUNS | NOT_PERSONS]  # fmt: skip


def _vague_figure(victim: Token, used: list[Token]) -> Figure | None:
    """ "killing several", "many fighters were killed", "an unknown number of herders", "a number of soldiers": dead
    who were more than one, uncounted; ACLED's figure for them (10), at least two."""
    lowered = victim.lower_
    vague = lowered in VAGUE_PLURALS and victim.dep_ in NOMINAL_ROLES
    if victim.pos_ in {"NOUN", "PROPN"} and lowered not in NOT_PERSONS:
        vague = any(c.dep_ == "amod" and c.lower_ in VAGUE_PLURALS for c in victim.children)
    if lowered == "number" and any(c.dep_ == "prep" and c.lower_ == "of" for c in victim.children):
        vague = any(c.lower_ in {"unknown", "a", "undetermined", "unspecified"} for c in victim.children)
    if not vague:
        return None
    used.append(victim)
    return Figure(VAGUE_DEAD, low=2, vague=True)


def _restated(victim: Token) -> bool:
    """A counted general noun ("three people", "five civilians") followed by a comma and a list: the list says who
    they were ("three people, two women and a child"), it does not add to them."""
    if victim.lemma_.lower() not in GENERAL_VICTIMS or not _counted(victim):
        return False
    if any(c.dep_ == "appos" for c in victim.children):
        return True
    following = victim.doc[victim.i + 1] if victim.i + 1 < len(victim.doc) else None
    return (
        following is not None
        and following.text == ","
        and any(c.dep_ == "conj" and c.i > victim.i for c in victim.children)
    )


def _counted(noun: Token) -> bool:
    return any(c.dep_ in {"nummod", "quantmod"} and _is_number(c) for c in noun.children)


def _with_enumeration(cue: Token, figure: Figure, used: list[Token], bare: bool, victim: Token) -> Figure:
    """ "killing a child, three women and a man": the parse joins the later victims to the verb, or leaves them
    hanging elsewhere in the sentence; they add up."""
    conjoined = [
        c
        for c in cue.children
        if c.dep_ == "conj" and (c.pos_ in {"NOUN", "PROPN"} or _is_number(c)) and _counts_with(c) and c.i > victim.i
    ]  # "killing eight soldiers and at least 12 of the attackers": the parse joins the 12 to the verb
    if not conjoined and not any(c.dep_ == "conj" for c in victim.children):
        conjoined = _listed_after(victim)
    for conj in [c for c in conjoined if c not in used]:  # not those the victim's own phrase counted
        extra = _figure(conj, used, 1, bare)
        if extra is not None:
            figure = Figure(figure.value + extra.value, _add(figure.low, extra.low), _add(figure.high, extra.high))
    return figure


def _listed_after(victim: Token) -> list[Token]:
    """The heads of the phrases listed after a victim in the words themselves (", three women and a man"), when
    the list ends with "and" and each item is a counted or determined noun: the parse may hang them anywhere."""
    heads: list[Token] = []
    doc, i, last = victim.doc, victim.i + 1, ""
    end = victim.sent.end
    while i < end and doc[i].lower_ in {",", "and"} and last != "and":
        last, i = doc[i].lower_, i + 1
        j = i
        while j < end and (doc[j].like_num or doc[j].pos_ in {"DET", "ADJ", "NUM"} or _in_age(doc[j])):
            j += 1
        if j == i or j >= end or doc[j].pos_ != "NOUN" or _cue(doc[j]) is not None or _speaks(_phrase_head(doc[j])):
            return []
        if not (doc[j].dep_ == "conj" and doc[j].head in heads):  # counted with the item it is conjoined to
            heads.append(doc[j])
        i = j + 1
    after = _phrase_head(doc[i - 1]).i + 1 if i > 0 else i
    if after < end and doc[after].lemma_.lower() in SPEECH_VERBS:
        return []  # "wounding 11, a local official and a health worker said": the parse may hang the list apart
    return heads if last == "and" else []


def _phrase_head(noun: Token) -> Token:
    """The noun a compound word is part of ("transport" of "a transport union")."""
    head = noun
    while head.dep_ == "compound" and head.head.i != head.i and head.head.i - head.i < 4:
        head = head.head
    return head


def _speaks(noun: Token) -> bool:
    """ "wounding at least 16, two residents and a hospital official said": the people after the figure are the
    subject of a verb of saying, its sources, not more victims."""
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in SPEECH_VERBS


def _in_age(token: Token) -> bool:
    """A word of a hyphenated age before a noun ("a 14-year-old boy"): "-", "year"."""
    return token.text in {"-", "\u2010", "\u2011"} or (token.lower_ in {"year", "years"} and token.dep_ == "npadvmod")


def _counts_with(conj: Token) -> bool:
    """A conjoined phrase adds to the figure unless it is unharmed or has a casualty word of its own
    ("2 killed and 4 injured"), or a number right before one."""
    following = conj.doc[conj.i + 1] if conj.i + 1 < len(conj.doc) else None
    if _is_number(conj) and following is not None and _cue(following) is not None:
        return False  # "2 killed and 4 injured": the parse may hang "injured" on the first number
    if _sources_of_said(conj):
        return False
    return not _has_child_word(conj, set(UNHARMED_WORDS)) and not any(_cue(c) is not None for c in conj.children)


def _sources_of_said(conj: Token) -> bool:
    """ "killing five soldiers and a civilian, a military source and a local official said": a phrase after a comma
    of a list that runs right up to a verb of saying with no subject of its own names the sources, not victims."""
    doc = conj.doc
    before, after = conj.left_edge.i - 1, conj.right_edge.i + 1
    if before < 0 or doc[before].text != "," or after >= len(doc):
        return False
    verb = doc[after]
    return verb.lemma_.lower() in SPEECH_VERBS and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _add(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else a + b


def _own_figure(victim: Token, used: list[Token], bare: bool) -> Figure | None:
    if victim.pos_ == "ADJ" and victim.lower_ == "old" and victim.dep_ in NOMINAL_ROLES:
        return _determiner_figure(victim, used, bare)  # "an 11-year-old was shot"
    if victim.pos_ == "ADJ" and victim.lower_ == "old" and victim.dep_ == "amod":
        used.append(victim)
        return Figure(1)  # "Killeen 2-year-old in critical condition" (parsed as the town's adjective): one person
    if _ordinal_person(victim):
        used.append(victim)
        return Figure(1)  # "two were taken to hospital and a third was treated at a clinic": one more person
    if (victim.ent_type_ in NOT_FIGURE_ENTITIES and not _bare_count(victim)) or _is_age(victim):
        return None
    if _is_number(victim):
        return _number_figure(victim, used)
    if victim.lower_ == "more" and victim.dep_ in NOMINAL_ROLES:  # "at least nine more were hurt"
        counts = [c for c in victim.children if c.dep_ in {"nummod", "quantmod"} and _is_number(c)]
        if counts:
            used.append(victim)
            return _number_figure(counts[-1], used)
        return None
    lemma = victim.lemma_.lower()
    if victim.pos_ == "PRON":
        return _pronoun_figure(victim, used)
    if victim.pos_ not in {"NOUN", "PROPN"} or lemma in NOT_PERSONS or _abstract(victim):
        return None
    numbers = [c for c in victim.children if c.dep_ in {"nummod", "quantmod"} and _is_number(c) and not _is_age(c)]
    numbers = numbers or _compound_number(victim) or _number_before_name(victim)
    numbers = [n for n in numbers if n.i < victim.i]  # not "kills driver 1 / 6" (a caption's count)
    if numbers:
        used.append(victim)
        return _number_figure(numbers[-1], used)  # the number next to the noun ("13 News two people": two)
    return _determiner_figure(victim, used, bare)


def _ordinal_person(victim: Token) -> bool:
    """ "a third was treated", "a fourth died": an ordinal that stands for one more person (not a fraction: "a third
    of the victims")."""
    return (
        victim.lower_ in ORDINAL_WORDS
        and victim.dep_ in NOMINAL_ROLES
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in victim.children)
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in victim.children)
    )


def _range_start(number: Token) -> bool:
    """ "Between 12 and 15 students": the first count of a range, whatever the entity tagger took it for (a date)."""
    doc, i = number.doc, number.i
    return (
        number.text.isdigit()
        and len(number.text) < 4
        and 0 < i < len(doc) - 2
        and doc[i - 1].lower_ == "between"
        and doc[i + 1].lower_ == "and"
        and doc[i + 2].like_num
    )


def _bare_count(victim: Token) -> bool:
    """ "killing nine people and wounding 32": a number alone as the object of a verb of killing or injuring is a
    count of people, whatever the entity tagger took it for (a date of one number that is no year)."""
    return (
        victim.ent_type_ == "DATE"
        and victim.dep_ == "dobj"
        and victim.head.lemma_.lower() in KILL_VERBS | INJURE_VERBS
        and victim.text.isdigit()
        and len(victim.text) < 4
        and victim.ent_iob_ == "B"
        and (victim.i + 1 >= len(victim.doc) or victim.doc[victim.i + 1].ent_iob_ != "I")
    )


def _compound_number(noun: Token) -> list[Token]:
    """ "Thirteen police officers": a number the parse takes for the first word of a compound ("police officers")
    or for an adjective counts the noun, when it opens the noun's modifiers."""
    modifiers = [c for c in noun.children if c.dep_ in {"compound", "amod", "nummod"} and c.i < noun.i]
    if not modifiers or modifiers[0].dep_ == "nummod":
        return []
    first = modifiers[0]
    return [first] if first.like_num and _is_number(first) and not _is_age(first) else []


def _number_before_name(noun: Token) -> list[Token]:
    """ "At least 10 IS militants": a number before a group's short name in capitals, which the parse may take for
    a verb ("IS"), counts the noun after the name."""
    doc, i = noun.doc, noun.i - 1
    names = 0
    while i >= 0 and names < 2 and doc[i].text.isupper() and doc[i].is_alpha and len(doc[i]) > 1:
        i, names = i - 1, names + 1
    if not names or i < 0 or any(c.dep_ in {"det", "nummod"} for c in noun.children):
        return []
    number = doc[i]
    return [number] if number.like_num and _is_number(number) and not _is_age(number) else []


def _abstract(noun: Token) -> bool:
    """ "hurt its development", "killing the movement": an abstract common noun names no person."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower().endswith(ABSTRACT_ENDINGS)


def _pronoun_figure(victim: Token, used: list[Token]) -> Figure | None:
    lowered = victim.lower_
    if lowered in SINGLE_PRONOUNS:
        used.append(victim)
        return Figure(1)
    if lowered == "another" and victim.dep_ in NOMINAL_ROLES:  # "another was shot in the leg": one more person
        used.append(victim)
        return Figure(1)
    if lowered in {"nobody", "none"} or (lowered == "one" and _has_child_word(victim, {"no"})):
        used.append(victim)
        return Figure(0)
    return None


def _determiner_figure(victim: Token, used: list[Token], bare: bool) -> Figure | None:
    """ "a man" 1, "no one" 0, "the victim" 1, a named person 1; a bare plural gives no figure, nor a bare singular
    unless ``bare`` (the object of a verb of killing or injuring: "gunmen kill former leader")."""
    determiners = {c.lower_ for c in victim.children if c.dep_ in {"det", "poss"} or c.lower_ == "no"}
    used.append(victim)
    if "no" in determiners:
        return Figure(0)
    if victim.tag_ in {"NN", "NNP", "JJ"} and (determiners & SINGLE_DETERMINERS or victim.ent_type_ == "PERSON"):
        return Figure(1)
    if bare and victim.tag_ == "NN" and not determiners and victim.lemma_.lower() not in NOT_PERSONS:
        return Figure(1)  # headline style: "Farmer killed", "gunmen kill former leader"
    if victim.tag_ == "NN" and any(c.dep_ == "poss" for c in victim.children):
        return Figure(1)
    if victim.lower_ in PAIR_NOUNS and determiners - {"no"}:
        return Figure(2)  # "killed his estranged wife's parents", "the twins were wounded": two
    used.pop()
    return None


def _number_figure(number: Token, used: list[Token]) -> Figure | None:
    ranged = _range_figure(number, used)
    if ranged is not None:
        return ranged
    words = [t for t in number.subtree if t.i <= number.i and (t.like_num or t.lower_ in {"hundred", "thousand"})]
    phrase = _contiguous_before(number, [t for t in words if t.i >= number.i - 2])
    value = phrase_value([t.text for t in phrase])
    if value is None:
        value = word_value(number.text)
    if value is None or value > 100_000:
        return None
    used.extend([*phrase, number])
    before = {t.lower_ for t in number.doc[max(0, number.i - 3) : number.i]}
    if number.i > 0 and number.doc[number.i - 1].lower_ == "no":
        return Figure(0)
    vague = len(phrase) == 1 and phrase[0].lower_ in VAGUE_QUANTITIES
    if before & LOWER_BOUND_WORDS:
        return Figure(value, low=value, vague=vague)
    if before & UPPER_BOUND_WORDS:
        return Figure(value, high=value, vague=vague)
    return Figure(value, vague=vague)


def _contiguous_before(number: Token, words: list[Token]) -> list[Token]:
    """The number words that run up to ``number`` without a gap ("two hundred"; not "13" of "13 News two people")."""
    at = {t.i for t in words}
    doc, start = number.doc, number.i
    while start - 1 in at or (start - 2 in at and doc[start - 1].text in {"-", "\u2013"}):  # "twenty-one"
        if doc[start - 1].text.isdigit() and doc[start].lower_ not in {"hundred", "thousand"}:
            break  # "Channel 5 three people": a digit counts on only with a scale word ("2 thousand")
        start -= 1
    return [t for t in words if start <= t.i <= number.i] or [number]


def _range_figure(number: Token, used: list[Token]) -> Figure | None:
    """ "nine to 10", "9-10", "between 9 and 10", "two or three": the lower figure as the best reading, with the
    range (ACLED codes the lower figure of a range)."""
    doc = number.doc
    if number.i < 2:
        return None
    joiner, before = doc[number.i - 1], doc[number.i - 2]
    between = number.i >= 3 and joiner.lower_ == "and" and doc[number.i - 3].lower_ == "between"
    if not (joiner.lower_ in RANGE_WORDS or between) or not _is_number(before):
        return None
    low, high = word_value(before.text), word_value(number.text)
    if low is None or high is None or not low < high:
        return None
    used.extend([before, joiner, number])
    return Figure(low, low=low, high=high)


def _is_number(token: Token) -> bool:
    if token.ent_type_ in NOT_FIGURE_ENTITIES and not (_bare_count(token) or _range_start(token)):
        return False
    return token.like_num or (word_value(token.text) is not None and token.lower_ not in {"a", "an", "both"})


def _is_age(token: Token) -> bool:
    """ "4-year-old", "25 years old", "aged 30"."""
    following = " ".join(t.lower_ for t in token.doc[token.i + 1 : token.i + 4])
    preceding = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    after = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    if after in {"dead", "killed", "injured", "wounded", "hurt"}:
        return False  # "..., twelve dead": the figure the casualty word counts
    following_comma = after == ","
    named_before = preceding == "," and token.i > 1 and token.doc[token.i - 2].pos_ == "PROPN"
    if (token.dep_ == "appos" and token.like_num) or (named_before and following_comma):
        return True  # "Justin Burns, 14, died" (not "a convoy in Doron Naira, fifteen dead")
    return following.startswith(("- year", "-year", "year - old", "years old", "- month", "months old")) or (
        preceding == "aged"
    )
