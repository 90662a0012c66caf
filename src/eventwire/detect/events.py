"""Event triggers: words reporting an event, typed in ACLED's taxonomy with the PLOVER crosswalk.

A trigger is a token whose lemma (or form) the lexicon lists (``attack``, ``airstrike``, ``protest``,
``arrest``, ...); its family is refined into an ACLED sub-event type by the words of its sentence
(weapons, actors, crowds, territory) and of its own arguments in the parse. The stage keeps, per
trigger, the phrases that name who did it (``actor1``) and to whom (``actor2``) for the resolver.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from eventwire.detect.event_typing import FIGHT_WORDS, TriggerContext, type_trigger
from eventwire.lexicon.events import (
    ARMED_CLASH,
    ARSON_CUES,
    ATTRIBUTION_CUES,
    CRIME_CUES,
    DETAINABLE_CUES,
    GOVERNMENT_REGAINS,
    IRREGULAR_FORMS,
    KIND_NAMED_NOUNS,
    NON_STATE_CUES,
    NON_STATE_OVERTAKES,
    NOUN_ONLY_TRIGGERS,
    STATE_ACTOR_CUES,
    TALK_OUTCOMES,
    TERRITORY_CUES,
    TERRITORY_TRANSFER,
    TRIGGER_FAMILIES,
    VERB_ONLY_TRIGGERS,
    WITHDRAWAL,
)
from eventwire.model import EventTrigger, Provenance, Span
from eventwire.pipeline import EVENT_MENTIONS, PARSE, SENTENCES, Document, register

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

VERSION = "2"
TRIGGER_POS = frozenset({"NOUN", "VERB", "PROPN", "ADJ"})
# Verbs under which a trigger is not (yet) an event: "threatened to attack", "plans to protest".
IRREALIS_HEADS = frozenset({"threaten", "plan", "vow", "warn", "urge", "intend", "prepare", "call", "seek", "try",
                            "want", "fear", "pledge", "propose", "would", "could"})  # fmt: skip
PERPETRATOR_ROLES = frozenset({"nsubj", "agent"})
TARGET_ROLES = frozenset({"dobj", "nsubjpass"})
MODIFIER_ROLES = frozenset({"compound", "amod", "poss", "nmod"})
MAX_ARGUMENT_TOKENS = 12
# Verbs whose subject is the perpetrator of their object: "militants carried out an attack".
LIGHT_VERBS = frozenset({"carry", "launch", "conduct", "stage", "mount", "claim", "perpetrate", "commit", "open",
                         "undertake", "unleash", "initiate", "lead", "hold", "organise", "organize", "take", "gain",
                         "seize", "assume", "wrest", "regain", "retake"})  # fmt: skip
TALKS = frozenset({"talks", "negotiations"})
TALK_TOPIC_PREPOSITIONS = frozenset({"on", "over", "about"})
# Verbs under which an infinitive is what was not done: "failed to reach a deal", "refused to sign".
FAILING_VERBS = frozenset({"fail", "refuse", "decline"})
# Verbs of talks that reached nothing: "the talks collapsed", "negotiations stalled".
FAILED_TALKS_VERBS = frozenset({"collapse", "fail", "stall", "founder", "falter"})
# Nouns that count members of a group named after "of": "members of the security forces", "scores of militants".
PARTITIVE_NOUNS = frozenset({"member", "members", "one", "some", "dozen", "dozens", "score", "scores", "number",
                             "hundreds", "thousands", "hundred", "thousand", "many", "several", "group", "unit",
                             "all", "most", "convoy"})  # fmt: skip
# Prepositions whose object is a grievance, not the conduct of the people protesting: "protest against violence".
GRIEVANCE_PREPOSITIONS = frozenset({"against", "over", "about"})
# Prepositions that place a trigger in time: "feared dead following a clash" reports the clash as real.
TEMPORAL_PREPOSITIONS = frozenset({"following", "after", "during", "amid", "since", "in"})
# Entity labels of names that may hold a trigger word without reporting an event ("Rapid Deployment Force").
NAME_LABELS = frozenset({"ORG", "FAC", "WORK_OF_ART", "LAW", "PRODUCT"})
# Verbs of finding, whose object the parser may read as the subject of a clause after it.
FINDING_VERBS = frozenset({"find", "discover", "uncover"})
# Participles that describe who holds ground, not its taking: "opposition-controlled", "the occupied territories".
HELD_GROUND = frozenset({"control", "occupy", "hold"})
# Particles that turn a verb into a trigger: "took over the town", "handed over the base", "rounded up 40 supporters".
PARTICLE_TRIGGERS = {("take", "over"): "takeover", ("hand", "over"): "handover", ("round", "up"): "arrest"}
# Territory won in a fight: ACLED codes the battle by the ground that changed hands, not as a clash.
TERRITORY_WON = frozenset({GOVERNMENT_REGAINS, NON_STATE_OVERTAKES})
# Verbs under which an infinitive reports what was done, not only sought: "managed to retake the town".
ACHIEVING_HEADS = frozenset({"manage", "succeed"})
# Territory words that, as the object of "take", name no place taken ("took control" is a trigger of its own).
NOT_A_PLACE_TAKEN = frozenset({"control", "gpe", "fac", "loc", "ground", "border", "positions"})
# Prepositions of what is fired on: "fired on the crowd", "fired at the convoy".
FIRED_ON = frozenset({"on", "at", "upon"})
# Adjectives that make "violence" a trigger: "sexual violence against women".
SEXUAL_MODIFIERS = frozenset({"sexual", "gender-based", "sexualised", "sexualized"})


@register(EVENT_MENTIONS, version=VERSION, requires=(PARSE, SENTENCES))
def event_mentions(document: Document) -> tuple[EventTrigger, ...]:
    """Every typed event trigger, in text order; a crime named by a charge ("charged with murder") only in a text
    that reports no event otherwise (its charge is then all it tells of the crime)."""
    return _event_mentions(document, charges=False) or _event_mentions(document, charges=True)


def _event_mentions(document: Document, *, charges: bool) -> tuple[EventTrigger, ...]:
    told: list[_Told] = []
    sentences = list(document.sentences())
    every = [_sentence_words(sentence) for sentence in sentences]
    crimes = [not w.all.isdisjoint(CRIME_CUES) for w in every]
    arsons = [not w.all.isdisjoint(ARSON_CUES) for w in every]
    for index, sentence in enumerate(sentences):
        words = every[index]
        crime_near = any(crimes[i] for i in (index - 1, index + 1) if 0 <= i < len(crimes))
        # a fire's cause is often told a sentence or two after its damage ("No one was hurt. Police found petrol cans")
        arson_near = any(arsons[i] for i in range(index - ARSON_REACH, index + ARSON_REACH + 1) if 0 <= i < len(arsons))
        found: list[EventTrigger] = []
        won: EventTrigger | None = None
        for token in sentence:
            trigger = _trigger(
                token, sentence, index, words, crime_near=crime_near, arson_near=arson_near, charges=charges
            )
            if trigger is not None:
                found.append(trigger)
                if won is None and trigger.kind in TERRITORY_WON and not _a_goal(token):
                    won = trigger
        if found:
            fought = not words.all.isdisjoint(FIGHT_WORDS) or any(t.kind == ARMED_CLASH for t in found)
            told.append(_Told(index, _fought_for(found, won) if won is not None else found, fought))
    return tuple(t for i, sentence in enumerate(told) for t in _handed_over(told, i))


@dataclass(frozen=True, slots=True)
class _Told:
    """The triggers of one sentence, and whether it tells fighting."""

    index: int
    triggers: list[EventTrigger]
    fought: bool


def _handed_over(told: list[_Told], at: int) -> list[EventTrigger]:
    """Ground that changed hands without a fight, as the sentence or the one next to it tells it ("forces withdrew
    from the crossing, allowing the militants to seize it without resistance"; "the militants took control of the
    village. They seized it following the withdrawal of the army"): a withdrawal and a taking of ground that no
    fighting came with are one non-violent transfer of territory (ACLED)."""
    sentence = told[at]
    if sentence.fought:
        return sentence.triggers
    near = [s for s in told[max(at - 1, 0) : at + 2] if abs(s.index - sentence.index) <= 1]
    kinds = {t.kind for s in near for t in s.triggers}
    handed = TERRITORY_TRANSFER in kinds
    if not handed and not (WITHDRAWAL in kinds and kinds & TERRITORY_WON and not any(s.fought for s in near)):
        return sentence.triggers
    return [
        replace(t, kind=TERRITORY_TRANSFER, provenance=replace(t.provenance, rule=f"handed-{t.provenance.rule}"))
        if t.kind in TERRITORY_WON | {WITHDRAWAL}
        else t
        for t in sentence.triggers
    ]


def _fought_for(found: list[EventTrigger], won: EventTrigger) -> list[EventTrigger]:
    """A sentence that tells fighting and ground won in it ("troops retook the town after clashes with the rebels",
    "soldiers were killed in clashes after taking control of the centre") reports one battle, which ACLED types
    by its outcome: the clash's words take the kind of the territory won."""
    rule = f"clash-for-{won.provenance.rule}"
    return [
        replace(t, kind=won.kind, provenance=replace(t.provenance, rule=rule)) if t.kind == ARMED_CLASH else t
        for t in found
    ]


def _a_goal(token: Token) -> bool:
    """ "an offensive to seize the town", "in a bid to retake it": an infinitive says what was sought, not won
    (unless under "managed to", "succeeded in")."""
    infinitive = token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    return infinitive and _lemma(token.head) not in ACHIEVING_HEADS


def _lemma(token: Token) -> str:
    """The token's lemma, lower-cased, with the irregular forms the model leaves as they are ("retook")."""
    lemma = token.lemma_.lower()
    return IRREGULAR_FORMS.get(lemma, lemma)


@dataclass(frozen=True, slots=True)
class _SentenceWords:
    """A sentence's words (forms and lemmas), those naming a grievance, and those inside organisations' names."""

    all: frozenset[str]
    grievance: frozenset[str]
    named: frozenset[str]
    nouns: frozenset[str]
    rebel_forces: frozenset[str] = frozenset()


# What "riot" names when it modifies it: the forces and the gear for controlling crowds, not a riot.
RIOT_EQUIPPED = frozenset({"police", "policemen", "officers", "gear", "squad", "squads", "unit", "units", "shields",
                           "troops", "control"})  # fmt: skip


def _sentence_words(sentence: SpacySpan) -> _SentenceWords:
    """The sentence's words in one pass; grievances only under "against", "over", "about"."""
    words: set[str] = set()
    named: set[str] = set()
    nouns: set[str] = set()
    grievances: list[Token] = []
    forces: list[Token] = []
    for token in sentence:
        forms = (token.lower_, token.lemma_.lower())
        if forms[0] == "riot" and token.dep_ in {"compound", "amod"} and token.head.lower_ in RIOT_EQUIPPED:
            continue  # "riot police", "riot gear": forces equipped for riots, no riot
        if forms[0] in BARRIER_WORDS and _a_barrier_met(token):
            continue  # "stopped at police barricades", "held back behind metal barricades": no crowd built them
        words.update(forms)
        if token.text == "-" and token.i > sentence.start and token.i + 1 < sentence.end:
            words.update(_hyphenated(token))
        if token.pos_ in {"NOUN", "PROPN"}:
            nouns.update(forms)  # "a chemical plant", not "planted"
            if forms[0] in STATE_ACTOR_CUES:
                forces.append(token)
        if token.ent_type_ in NAME_LABELS:
            named.update(forms)  # "Police Wives Association": words of an organisation's name
        if token.dep_ == "prep" and forms[0] in GRIEVANCE_PREPOSITIONS:
            grievances.append(token)
        if _bomber_died_in_it(token):
            words.add(SELF_DETONATION)
    return _SentenceWords(
        frozenset(words), _grievance_words(grievances), frozenset(named), frozenset(nouns), _rebel_forces(forces)
    )


SELF_DETONATION = "self-detonate"  # the lexicon's suicide cue, for a blast the sentence tells its bomber died in
REFLEXIVES = frozenset({"himself", "herself", "themselves"})
# What a bomber wears or carries on the body: "an explosive vest", "an explosives belt", "a suicide jacket".
BODY_CHARGES = frozenset({"vest", "vests", "belt", "belts", "jacket", "jackets"})
EXPLOSIVE_WORDS = frozenset({"explosive", "explosives", "bomb", "bombs", "suicide"})
OWNERS = frozenset({"his", "her", "their"})
CHARGES = frozenset({"device", "charge", "charges"})
SETTING_OFF = frozenset({"detonate", "blow", "set", "trigger", "explode", "activate"})
# Where a bomber carries the charge: "strapped to her body", "hidden under his clothes", "tied around his waist".
BODY_WORDS = frozenset({"body", "clothes", "clothing", "waist", "chest", "robe", "robes", "burqa"})
STRAP_REACH = 3  # words around "strapped" that may name what was strapped ("with explosives strapped to her")


def _bomber_died_in_it(token: Token) -> bool:
    """A blast that its bomber set off on himself, told without the word "suicide": "blew himself up", "detonated
    an explosive vest", "a woman with explosives strapped to her body", "killing himself" with explosives named
    (not a gunman who shot himself, nor a "bulletproof vest")."""
    lemma = token.lemma_.lower()
    reflexive = any(c.dep_ in {"dobj", "nsubj"} and c.lower_ in REFLEXIVES for c in token.children)
    if lemma == "blow" and reflexive:
        return True  # "blew himself up"
    if token.lower_ in BODY_CHARGES:
        return any(c.dep_ in {"amod", "compound", "nmod"} and c.lower_ in EXPLOSIVE_WORDS for c in token.children)
    if lemma == "strap":  # "explosives strapped to her body", "strapped with explosives"
        near = token.doc[max(token.i - STRAP_REACH, token.sent.start) : token.i + STRAP_REACH + 1]
        return any(t.lower_ in EXPLOSIVE_WORDS for t in near)
    owner = any(c.dep_ == "poss" and c.lower_ in OWNERS for c in token.children)
    if owner and token.lower_ in EXPLOSIVE_WORDS | CHARGES and token.head.lemma_.lower() in SETTING_OFF:
        return True  # "detonated her explosives", "blew up his explosives"
    if owner and token.lower_ in BODY_WORDS:  # "explosives hidden under his clothes", "tied around her waist"
        return any(t.lower_ in EXPLOSIVE_WORDS | BODY_CHARGES for t in token.sent)
    if lemma == "kill" and reflexive:  # "killing himself and two guards" in the sentence of a blast
        return any(t.lower_ in EXPLOSIVE_WORDS | BODY_CHARGES | {"blast", "explosion"} for t in token.sent)
    return False


ARSON_REACH = 2  # sentences before or after a fire's damage that may tell it was set on purpose
# Barriers that a crowd may build or burn (a riot's), or that the forces put up to stop it.
BARRIER_WORDS = frozenset({"barricade", "barricades", "blockade", "roadblock", "roadblocks", "cordon"})
# Prepositions of a barrier that the crowd met, not one it built: "at", "behind", "over", "against" the barricades.
MET_AT = frozenset({"at", "behind", "over", "against", "near", "past", "through", "by", "beyond", "toward", "towards"})


def _a_barrier_met(token: Token) -> bool:
    """A barrier the forces put up ("police barricades", "the army's roadblock") or one the crowd came up against
    ("stopped at the barricades", "tried to climb over the barricades"), not one it built ("erected barricades",
    "blocked the road with burning barricades")."""
    if any(c.dep_ in {"compound", "amod", "poss"} and c.lower_ in STATE_ACTOR_CUES for c in token.children):
        return True
    return token.dep_ == "pobj" and token.head.lower_ in MET_AT


def _hyphenated(hyphen: Token) -> tuple[str, ...]:
    """The word a hyphen joins, which the tokenizer splits ("sit-in", "stone-throwing"), when it is written
    without spaces."""
    before, after = hyphen.nbor(-1), hyphen.nbor(1)
    if before.whitespace_ or hyphen.whitespace_:
        return ()
    return (f"{before.lower_}-{after.lower_}",)


def _rebel_forces(forces: list[Token]) -> frozenset[str]:
    """Words of state forces that only ever name a non-state side in the sentence: "opposition forces", "rebel
    troops", "Houthi forces" (not when "government forces" are named in it too)."""
    rebel: set[str] = set()
    state: set[str] = set()
    for token in forces:
        modifiers = {c.lower_ for c in token.children if c.dep_ in {"amod", "compound", "nmod"}}
        (rebel if not modifiers.isdisjoint(NON_STATE_CUES) else state).update((token.lower_, token.lemma_.lower()))
    return frozenset(rebel - state)


def _trigger(
    token: Token,
    sentence: SpacySpan,
    index: int,
    words: _SentenceWords,
    *,
    crime_near: bool = False,
    arson_near: bool = False,
    charges: bool = False,
) -> EventTrigger | None:
    lemma = _trigger_lemma(token)
    if lemma is None or token.pos_ not in TRIGGER_POS or token.ent_type_ in {"DATE", "TIME", "PERSON"}:
        return None
    if _inside_a_name(token, sentence) or _mere_modifier(token):
        return None
    if lemma in HELD_GROUND and _passive_modifier(token):
        return None  # "the rebel-controlled villages": who holds them, not their taking
    if _irrealis(token, attempt_happens=TRIGGER_FAMILIES[lemma] == "protest") or _not_a_protest(token, lemma):
        return None
    if _under_attribution(token):
        return None  # "claimed responsibility for the attack": about blame, not a report of the attack
    if not charges and _named_as_a_charge(token):
        return None  # "charged with two counts of murder and one of aggravated assault": the crime of a charge
    context = TriggerContext(
        lemma=lemma,
        head=_lemma(token.head),
        previous=token.nbor(-1).lower_ if token.i > sentence.start else "",
        next_word=token.nbor(1).lower_ if token.i + 1 < sentence.end else "",
        sentence=words.all,
        arguments=_argument_words(_argument_tokens(token)),
        target=_argument_words([t for t in (_target(token),) if t is not None]),
        perpetrator=_argument_words([t for t in (_perpetrator(token),) if t is not None]),
        grievance=words.grievance,
        named=words.named,
        rebel_forces=words.rebel_forces,
        target_head=_head_noun_words(_target(token)),
        perpetrator_head=_head_noun_words(_perpetrator(token)),
        parties=_argument_words(_parties(token)),
        nouns=words.nouns,
        dep=token.dep_,
        governor=_governor(token),
        governor_head=token.head.head.lemma_.lower() if token.dep_ == "pobj" else "",
        negated_verb=_negated_verb(token) or _denied_by_its_clause(token),
        outcome_denied=TRIGGER_FAMILIES[lemma] == "agree" and _talks_without_outcome(token, sentence),
        crime_near=crime_near,
        arson_near=arson_near,
    )
    typing = type_trigger(TRIGGER_FAMILIES[lemma], context)
    if typing is None:
        return None
    provenance = Provenance("event_mentions", VERSION, rule=typing.rule, score=typing.score)
    return EventTrigger(
        span=Span(token.idx, token.idx + len(token)),
        sentence=Span(sentence.start_char, sentence.end_char),
        sentence_index=index,
        kind=typing.kind,
        provenance=provenance,
        family=TRIGGER_FAMILIES[lemma],
        actor1=_phrase_span(_perpetrator(token)),
        actor2=_phrase_span(_target(token)),
    )


def _negated_verb(token: Token) -> bool:
    """Whether the verb the trigger hangs on is denied: "had not committed to a truce", "made no progress on a
    ceasefire", "reached no deal"."""
    verb = token.head
    for _ in range(2):
        if verb.pos_ in {"VERB", "AUX"}:
            break
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.i == token.i:
        return False
    for child in verb.children:
        if child.dep_ == "neg" or (child.dep_ == "dobj" and any(d.lower_ == "no" for d in child.children)):
            return True
    return _failed_to(verb)


def _denied_by_its_clause(token: Token) -> bool:
    """ "a deal that was never signed", "an accord not yet ratified": the clause that describes the noun denies it."""
    return any(
        clause.dep_ in {"relcl", "acl"} and any(c.dep_ == "neg" for c in clause.children) for clause in token.children
    )


def _failed_to(verb: Token) -> bool:
    """ "failed to reach a deal", "refused to sign the accord": the verb is what its subject did not do."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in FAILING_VERBS


def _talks_without_outcome(token: Token, sentence: SpacySpan) -> bool:
    """Whether the talks a trigger is, or is the topic of ("talks on a ceasefire"), reached nothing, as their
    sentence says in the parse: talks that "collapsed" or "broke down", or a denied outcome in a clause of the
    sentence that is not a relative clause of something else ("held talks ..., but no deal was announced",
    "talks ... ended without an agreement", "but failed to reach a deal", "announced no agreement")."""
    talks = token if token.lower_ in TALKS else _talks_about(token)
    if talks is None:
        return False
    if talks.dep_ in {"nsubj", "nsubjpass"} and _failed_talks(talks.head):
        return True
    return any(
        other.i != token.i and other.i != talks.i and _denied_outcome(other) and not _in_other_relative(other, talks)
        for other in sentence
        if other.lemma_.lower() in TALK_OUTCOMES
    )


def _talks_about(topic: Token) -> Token | None:
    """The talks whose noun phrase holds ``topic`` ("talks between the government and the rebels on a ceasefire",
    however the parse attaches "on"), if any."""
    token = topic
    while token.dep_ in {"pobj", "prep", "conj"} and token.head.i != token.i:
        token = token.head
        if token.lower_ in TALKS:
            return token
    return None


def _failed_talks(verb: Token) -> bool:
    """ "talks collapsed", "talks broke down", "the talks failed"."""
    lemma = verb.lemma_.lower()
    return lemma in FAILED_TALKS_VERBS or (lemma == "break" and any(c.lower_ == "down" for c in verb.children))


def _denied_outcome(word: Token) -> bool:
    """ "no deal", "without an agreement", "did not reach a deal", "failed to agree", "no breakthrough"."""
    if any(c.dep_ in {"det", "neg"} and c.lower_ in {"no", "not", "never"} for c in word.children):
        return True
    if word.head.lower_ == "without" or (word.pos_ == "VERB" and _failed_to(word)):
        return True
    return word.pos_ != "VERB" and _negated_verb(word)


def _in_other_relative(word: Token, talks: Token) -> bool:
    """Whether ``word`` stands in a relative clause that does not hold the talks ("a draft that was never
    signed")."""
    for above in (word, *word.ancestors):
        if above.dep_ == "relcl":
            return not any(t.i == talks.i for t in above.subtree)
    return False


def _governor(token: Token) -> str:
    """The preposition a trigger noun is the object of, with the word it completes: "ahead of", "despite"."""
    if token.dep_ != "pobj":
        return ""
    prep = token.head
    if prep.head.lower_ in {"ahead", "prior", "due", "instead"}:
        return f"{prep.head.lower_} {prep.lower_}"
    return prep.lower_


def _trigger_lemma(token: Token) -> str | None:
    if token.lower_ == "fire" and token.head.lemma_.lower() in {"open", "opened"}:
        return "gunfire"  # "opened fire"
    if token.lemma_.lower() == "street" and token.head.lower_ == "to" and token.head.head.lemma_.lower() == "take":
        return "protest"  # "took to the streets"
    if token.lower_ == "sit" and token.i + 2 < len(token.doc) and token.doc[token.i + 1 : token.i + 3].text == "-in":
        return "sit-in"  # "staged a sit-in", parsed as "sit" "-" "in"
    lemma = _lemma(token)
    if lemma == "take" and _ground_taken(token):
        return "takeover"  # "the rebels took the town", "troops have taken most of the village"
    if lemma == "take" and _into_custody(token):
        return "arrest"  # "took five journalists into custody", "were taken into custody"
    if lemma == "pick" and _picked_up_people(token):
        return "arrest"  # "he was picked up by security agents", "picked up three activists"
    if lemma in TAKING_VERBS and _person_taken_away(token):
        return "take-away"  # "men in uniform took an activist from his home", "was bundled into a car"
    if lemma in HOLDING_VERBS and _into_custody(token, HELD_IN, HELD_AS):
        return "arrest"  # "was placed under arrest", "put him under house arrest", "were held in custody"
    if lemma in SERVING_VERBS and _warrants_served(token):
        return "arrest"  # "police executed arrest warrants against five activists"
    if lemma == "take" and _taken_from_home(token):
        return "arrest"  # "men in uniform took an activist from his home": people held, by whom the typing reads
    if lemma == "fire" and _fired_on(token):
        return "gunfire"  # "gunmen fired on the village", "fired at a police station": shots, no weapon named
    if token.pos_ == "VERB":
        for child in token.children:
            if child.dep_ == "prt" and (lemma, child.lower_) in PARTICLE_TRIGGERS:
                return PARTICLE_TRIGGERS[lemma, child.lower_]
            if child.dep_ == "prt" and (lemma, child.lower_) == ("set", "off") and _charge_set_off(token):
                return "detonate"  # "set off a bomb", "set them off" of explosives (not "set off protests")
        if lemma == "hand" and _handed_to(token):
            return "handover"  # "handed the base back to the army", "handed control of the town to the army"
    if lemma == "violence" and any(c.lower_ in SEXUAL_MODIFIERS for c in token.children):
        return "sexual-violence"
    for word in (lemma, token.lower_):
        if word in TRIGGER_FAMILIES and _fits_part_of_speech(word, token.pos_):
            return _with_prefix(token, word)
    if token.pos_ == "ADJ" and token.lower_.endswith("ed"):
        return _participle_lemma(token.lower_)
    return None


def _charge_set_off(token: Token) -> bool:
    """ "set off a car bomb", "a woman with explosives strapped to her body set them off": the sentence names the
    explosives that were set off."""
    return any(t.lower_ in EXPLOSIVE_WORDS | {"device", "devices", "charge", "charges"} for t in token.sent)


def _ground_taken(token: Token) -> bool:
    """ "took the town", "had taken most of the district", "took Kilo": the verb "take" whose object is a place
    (not "took the children to a village", "took part")."""
    if token.pos_ != "VERB" or any(c.dep_ == "prep" and c.lower_ in {"to", "into"} for c in token.children):
        return False
    taken = next((c for c in token.children if c.dep_ == "dobj"), None)
    if taken is None:
        return False
    if taken.ent_type_ in {"GPE", "LOC"}:
        return True
    return not _head_noun_words(taken).isdisjoint(TERRITORY_CUES - NOT_A_PLACE_TAKEN)


def _handed_to(token: Token) -> bool:
    """ "handed the camp back (to ...)", "handed control of the town to the army": ground given to another side."""
    children = list(token.children)
    if any(c.lower_ == "back" and c.dep_ in {"prt", "advmod"} for c in children):
        return True
    control = any(c.dep_ == "dobj" and c.lower_ == "control" for c in children)
    return control and any(c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "over"} for c in children)


# Verbs of taking a person away by force: "took him from his home", "dragged a student from a hostel", "bundled
# into a car", "snatched from the street", "whisked away", "picked up by men in plain clothes".
TAKING_VERBS = frozenset({"take", "drag", "bundle", "snatch", "grab", "whisk", "push", "force", "haul", "pick",
                          "frogmarch", "lead"})  # fmt: skip
# What a person is taken from or pushed into: a home, a vehicle ("from his flat", "into an unmarked van").
TAKEN_FROM = frozenset({"home", "house", "flat", "apartment", "hostel", "office", "bed", "room", "car", "street",
                        "shop", "workplace", "school", "residence", "compound", "hotel", "bus", "vehicle", "taxi",
                        "church", "mosque", "hospital", "dormitory", "farm"})  # fmt: skip
TAKEN_INTO = frozenset(
    {"car", "cars", "van", "vans", "vehicle", "vehicles", "truck", "pickup", "jeep", "suv", "minibus"}
)
# Words of a person the verb's object names: "an activist", "a student leader", "him" (not "the town", "control").
PERSON_WORDS = DETAINABLE_CUES | frozenset(
    {"activist", "journalist", "lawyer", "blogger", "student", "teacher", "priest", "boy", "girl", "child",
     "children", "brother", "sister", "son", "daughter", "father", "mother", "husband", "wife", "businessman",
     "critic", "dissident", "politician", "candidate", "official", "unionist", "organiser", "organizer",
     "poet", "writer", "artist", "singer", "rapper", "cleric", "imam", "pastor", "monk", "farmer", "trader",
     "vendor", "driver", "doctor", "nurse", "engineer", "worker", "chief", "mayor", "councillor", "councilor",
     "lawmaker", "senator", "judge", "prosecutor", "teenager", "youth", "editor", "reporter", "photographer",
     "campaigner", "defender", "relative", "cousin", "nephew", "uncle", "villager", "resident",
     "him", "her", "them"}
)  # fmt: skip


def _person_taken_away(token: Token) -> bool:
    """A person taken away by force: the verb's object (or passive subject) is a person, and the verb tells they
    were taken from where they were ("from his home"), into a vehicle ("into a car"), or away ("drove him away",
    "picked up"); not "took the town", "took part", "took the children to school"."""
    if token.pos_ != "VERB":
        return False
    children = list(token.children)
    taken = next((c for c in children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if taken is None or not (taken.ent_type_ == "PERSON" or taken.lemma_.lower() in PERSON_WORDS
                             or taken.lower_ in PERSON_WORDS):  # fmt: skip
        return False
    lemma = token.lemma_.lower()
    for child in children:
        if child.dep_ in {"prt", "advmod"} and child.lower_ == "away":
            return True
        if child.dep_ == "prt" and child.lower_ == "up" and lemma == "pick":
            return True
        if child.dep_ == "prep" and child.lower_ in {"from", "into", "out"}:
            place = next((o for o in child.subtree if o.dep_ == "pobj"), None)
            where = TAKEN_FROM if child.lower_ != "into" else TAKEN_INTO
            if place is not None and place.lemma_.lower() in where | TAKEN_INTO:
                return True
    return False


# Verbs that hold people "under arrest", "in custody", "in detention", and the prepositions they hold them by.
HOLDING_VERBS = frozenset({"place", "put", "hold", "keep", "remand"})
HELD_IN = frozenset({"under", "in", "into"})
HELD_AS = frozenset({"custody", "arrest", "detention"})
# Verbs that carry out a warrant: "executed arrest warrants", "served detention warrants on ...".
SERVING_VERBS = frozenset({"execute", "serve"})
# Who may be picked up by the forces: people (a pronoun, a name, a noun of people), not things nor momentum.
PICKED_PRONOUNS = frozenset({"he", "him", "she", "her", "they", "them"})
# Words of people of any kind: picked up by rescuers or a boat as well as by the forces ("picked up 40 people").
ANY_PEOPLE = frozenset({"person", "persons", "people", "man", "men", "woman", "women", "individuals", "migrants"})
SECURITY_AGENTS = frozenset({"agents", "agent", "security", "intelligence"})


def _into_custody(
    token: Token, prepositions: frozenset[str] = frozenset({"into"}), held: frozenset[str] = frozenset({"custody"})
) -> bool:
    """ "took them into custody", "were taken into police custody": the verb "take" with "into custody"; with
    ``prepositions`` "under", "in" and ``held`` "arrest", "detention": "placed under arrest", "held in custody"."""
    return token.pos_ == "VERB" and any(
        c.dep_ == "prep" and c.lower_ in prepositions and any(o.lemma_.lower() in held for o in c.children)
        for c in token.children
    )


def _warrants_served(token: Token) -> bool:
    """ "executed arrest warrants", "served detention warrants": a warrant carried out is an arrest made."""
    return token.pos_ == "VERB" and any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() == "warrant" for c in token.children
    )


def _picked_up_people(token: Token) -> bool:
    """ "was picked up by security agents", "picked up three activists": "pick up" with people picked up."""
    if token.pos_ != "VERB" or not any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
        return False
    taken = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    by_forces = not _head_noun_words(_perpetrator(token)).isdisjoint(STATE_ACTOR_CUES | SECURITY_AGENTS)
    return any(
        t.lower_ in PICKED_PRONOUNS
        or t.ent_type_ == "PERSON"
        or not _head_noun_words(t).isdisjoint(DETAINABLE_CUES - ANY_PEOPLE)
        or (by_forces and not _head_noun_words(t).isdisjoint(DETAINABLE_CUES))
        for t in taken
    )


# Where people are taken from when they are seized or arrested: "took him from his home", "were taken from their
# flats", "taken from the office".
DWELLINGS = frozenset({"home", "homes", "house", "houses", "flat", "flats", "apartment", "apartments", "office",
                       "offices", "bed", "beds", "hotel", "hostel", "room", "cell"})  # fmt: skip


def _taken_from_home(token: Token) -> bool:
    """ "took a journalist from his home", "two activists were taken from their homes": the verb "take" with
    someone taken (its object, or the subject of the passive) and "from" a dwelling or an office."""
    if token.pos_ != "VERB" or not any(c.dep_ in {"dobj", "nsubjpass"} for c in token.children):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "from" and any(o.dep_ == "pobj" and o.lower_ in DWELLINGS for o in c.children)
        for c in token.children
    )


def _fired_on(token: Token) -> bool:
    """ "fired on", "fire at": the verb with a target and no object (what is fired is shots)."""
    if token.pos_ != "VERB" or token.lemma_ != "fire":
        return False
    children = list(token.children)
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in children):
        return False  # "fired rockets at", "was fired" (from a job)
    return any(c.dep_ == "prep" and c.lower_ in FIRED_ON for c in children)


def _participle_lemma(form: str) -> str | None:
    """ "torched", "looted", "razed", tagged as adjectives: the verb trigger they are the participle of."""
    for word in (form[:-2], form[:-1], form[:-3]):  # "torch-ed", "raze-d", "shell-led"
        if word in TRIGGER_FAMILIES and _fits_part_of_speech(word, "VERB") and word not in HELD_GROUND:
            return word
    return None


def _with_prefix(token: Token, word: str) -> str:
    """ "re-captured", "re-took": the prefixed trigger when the lexicon has it ("recapture")."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "re":
        return "re" + word if "re" + word in TRIGGER_FAMILIES else word
    return word


def _fits_part_of_speech(word: str, pos: str) -> bool:
    if word in VERB_ONLY_TRIGGERS:
        return pos == "VERB"
    if word in NOUN_ONLY_TRIGGERS:
        return pos in {"NOUN", "PROPN"}
    return True


def _not_a_protest(token: Token, lemma: str) -> bool:
    """ "the move demonstrated Russia's attitude": to demonstrate something is not to protest."""
    return lemma == "demonstrate" and any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in token.children)


# Verbs of an attempt: a protest people tried to hold happened ("students who tried to march on parliament were
# dispersed"), though an attack they tried may not have.
ATTEMPT_HEADS = frozenset({"try", "attempt"})


def _irrealis(token: Token, *, attempt_happens: bool = False) -> bool:
    if any(child.dep_ == "neg" for child in token.children):
        return True
    head = token.head
    if any(c.dep_ == "mark" and c.lower_ in TEMPORAL_PREPOSITIONS | {"when", "as", "before"} for c in token.children):
        return False  # "vowed an inquiry after seven people were murdered": the murders happened
    if token.dep_ == "advcl" and token.tag_ == "VBG" and _after_a_comma(token):
        return False  # "set it off as guards tried to search him, killing himself": a result, not what was tried
    for _ in range(2):
        if head.dep_ == "prep" and head.lower_ in TEMPORAL_PREPOSITIONS:
            return False  # "feared dead following a clash": the clash happened
        if head.lemma_.lower() in IRREALIS_HEADS and head.i < token.i and head.pos_ in {"VERB", "AUX"}:
            return not (attempt_happens and head.lemma_.lower() in ATTEMPT_HEADS)
        head = head.head
    return False


def _after_a_comma(token: Token) -> bool:
    return token.i > 0 and token.nbor(-1).text == ","


def _under_attribution(token: Token) -> bool:
    """The trigger is the object of blame: "claimed responsibility for the attack", "denied the killing"."""
    return any(a.lower_ in ATTRIBUTION_CUES or a.lemma_.lower() in ATTRIBUTION_CUES for a in token.ancestors)


# Words of the charges a court or the police lay: a crime named under them is what the charge says, no event.
CHARGE_LEMMAS = frozenset({"charge", "count", "indict", "convict", "plead", "indictment", "conviction"})


def _named_as_a_charge(token: Token) -> bool:
    """A noun trigger that names the crime of a charge ("was charged with murder", "two counts of aggravated
    assault", "faces charges of attempted murder and assault", "indicted on a charge of felonious assault"): the
    charge word comes before any other verb above it."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    for above in token.ancestors:
        if above.lemma_.lower() in CHARGE_LEMMAS:
            return True
        if above.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _mere_modifier(token: Token) -> bool:
    """ "riot police", "a missile pact", "protest leaders": a trigger noun that only names the kind of a force,
    a thing or a document ("rocket fire" and "a bomb attack" do report an event)."""
    if token.dep_ != "compound" or token.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    return token.head.lower_ in KIND_NAMED_NOUNS or token.head.lemma_.lower() in KIND_NAMED_NOUNS


def _inside_a_name(token: Token, sentence: SpacySpan) -> bool:
    """ "the Rapid Deployment Force", "the Freedom March Trust": a capitalised word of an organisation's name."""
    return token.pos_ == "PROPN" and token.ent_type_ in NAME_LABELS and token.i > sentence.start


def _grievance_words(prepositions: list[Token]) -> frozenset[str]:
    """Words naming what people protest about ("against gang violence", "over looting"), not what they do: the
    noun phrase under the preposition, without the clauses a parse may hang below it."""
    words: set[str] = set()
    stack = list(prepositions)
    while stack:
        token = stack.pop()
        words.update((token.lower_, token.lemma_.lower()))
        stack.extend(c for c in token.children if c.pos_ not in {"VERB", "AUX"})
    return frozenset(words)


def _head_noun_words(target: Token | None) -> frozenset[str]:
    """The form and lemma of the noun naming the target; for "members of the security forces", "scores of
    militants", "two of the soldiers" the noun after "of"."""
    if target is None:
        return frozenset()
    if target.pos_ == "NUM" or target.lemma_.lower() in PARTITIVE_NOUNS:
        of = next((c for c in target.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        target = next((c for c in of.children if c.dep_ == "pobj"), target) if of is not None else target
    return frozenset({target.lower_, target.lower_.removesuffix("s"), target.lemma_.lower()})  # "bases": "basis"


def _parties(token: Token) -> list[Token]:
    """Who a clash is with or between: "clashed with traders", "clashes between police and traders"."""
    return [
        obj
        for child in token.children
        if child.dep_ == "prep" and child.lower_ in {"with", "between"}
        for obj in child.children
        if obj.dep_ == "pobj"
    ]


# ---------------------------------------------------------------- arguments


def _argument_tokens(token: Token) -> list[Token]:
    """The heads of the trigger's arguments: subject, object, agent, "on"/"against"/"of" objects, modifiers."""
    heads: list[Token] = []
    for child in token.children:
        if child.dep_ in PERPETRATOR_ROLES | TARGET_ROLES | MODIFIER_ROLES:
            heads.append(child)
        if child.dep_ == "prep" and child.lower_ in {"on", "against", "of", "by", "from", "in", "over"}:
            heads.extend(obj for obj in child.children if obj.dep_ == "pobj")
    if _passive_modifier(token):
        heads.append(token.head)
    if token.lemma_.lower() in FINDING_VERBS:  # "discovered a cache believed to belong to ...": a clause's subject
        heads.extend(s for c in token.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj")
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() in LIGHT_VERBS:
        heads.extend(c for c in token.head.children if c.dep_ in PERPETRATOR_ROLES)
    if token.lower_ in TALKS:
        heads.extend(_topics_of_talks(token))
    return heads


def _topics_of_talks(talks: Token) -> list[Token]:
    """What talks are about, where the parser hangs it on their verb or their other party: "held talks
    with his counterpart over a border dispute", "talks with Iran's leadership on the Syria crisis"."""
    holders = [talks.head] if talks.dep_ == "dobj" else []
    holders.extend(
        obj for prep in talks.children if prep.lower_ == "with" for obj in prep.children if obj.dep_ == "pobj"
    )
    return [
        obj
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in TALK_TOPIC_PREPOSITIONS
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def _argument_words(heads: list[Token]) -> frozenset[str]:
    words: set[str] = set()
    for head in heads:
        for t in list(head.subtree)[:MAX_ARGUMENT_TOKENS]:
            if _an_age(t):
                continue  # "arrested Dale Hensley, 52": no figure of people
            words.update((t.lower_, t.lemma_.lower()))
            if t.ent_type_:
                words.add(t.ent_type_.lower())
    return frozenset(words)


def _an_age(token: Token) -> bool:
    """A number set off by a comma after a person's name or noun ("Dale Hensley, 52,", "a man, 37,"): an age."""
    return (
        token.pos_ == "NUM"
        and token.dep_ in {"appos", "npadvmod", "amod", "nummod"}
        and token.i > 0
        and token.nbor(-1).lower_ == ","
        and token.head.i < token.i
        and token.head.pos_ in {"NOUN", "PROPN"}
    )


def _perpetrator(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "agent":
            return next((obj for obj in child.children if obj.dep_ == "pobj"), None)
        if child.dep_ == "nsubj" and token.pos_ == "VERB":
            return child
    if token.pos_ == "VERB" and token.dep_ == "conj" and token.head.pos_ == "VERB":
        # "the fighters pushed into the town and retook the crossings": the subject of the verb it is joined to
        return next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    if token.tag_ == "VBG" and token.dep_ == "advcl" and token.head.pos_ == "VERB":
        # "drones hit a fuel depot, killing a guard": the subject of the verb whose outcome it tells
        return next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    if token.pos_ == "NOUN":
        for left in token.lefts:
            named = [t for t in left.subtree if t.ent_type_ in {"NORP", "ORG", "GPE"}]
            if left.dep_ in MODIFIER_ROLES and named:
                return named[0]
        if token.dep_ == "dobj" and token.head.lemma_.lower() in LIGHT_VERBS:
            return next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    return None


def _target(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ in TARGET_ROLES:
            return child
        if child.dep_ == "prep" and (
            child.lower_ in {"on", "against"} or (child.lower_ in FIRED_ON and _fired_on(token))
        ):
            target = next((obj for obj in child.children if obj.dep_ == "pobj"), None)
            if target is not None and target.ent_type_ not in {"DATE", "TIME"}:  # not "seized on Friday ..."
                return target
    if _passive_modifier(token):
        return token.head  # "the bombs discovered on the beach", "torched cars": the noun is what was done to
    return None


def _passive_modifier(token: Token) -> bool:
    """A past participle modifying a noun ("weapons seized", "looted shops"): the noun is its object."""
    participle = token.tag_ == "VBN" or (token.pos_ == "ADJ" and token.lower_.endswith("ed"))
    return participle and token.dep_ in {"acl", "amod"} and token.head.pos_ in {"NOUN", "PROPN"}


def _entity_around(token: Token) -> Span:
    """The named entity the token is part of (read from its IOB tags, not ``doc.ents``, which is rebuilt on
    every read), else the token itself."""
    if not token.ent_type_:
        return Span(token.idx, token.idx + len(token))
    doc, first, last = token.doc, token.i, token.i
    while doc[first].ent_iob_ == "I" and first > 0:
        first -= 1
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    return Span(doc[first].idx, doc[last].idx + len(doc[last]))


def _phrase_span(head: Token | None) -> Span | None:
    if head is None:
        return None
    if head.dep_ in MODIFIER_ROLES or head.head.dep_ in MODIFIER_ROLES:
        return _entity_around(head)
    tokens = list(head.subtree)[:MAX_ARGUMENT_TOKENS]
    return Span(tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
