"""Typing an event trigger: its family (from the lexicon) refined by cues in its sentence and its arguments."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from eventwire.detect.casualty_numbers import digit_value
from eventwire.lexicon import events as lex
from eventwire.model import EventKind

# Words naming state forces that count only when they are the trigger's own argument ("police said" does not).
WEAK_STATE_WORDS = frozenset({"police", "policeman", "policemen", "officers", "government", "force",
                              "guards", "regime", "coalition"})  # fmt: skip
STRONG_ACTOR_WORDS = frozenset({"troops", "forces", "soldiers", "army", "military", "fighters", "militants", "rebels",
                                "insurgents", "militia", "militiamen", "jihadists", "police"})  # fmt: skip
PROTEST_WORDS = frozenset({"protest", "protests", "protesters", "demonstrators", "slogans", "placards", "chanting"})
LABOUR_WORDS = frozenset({"workers", "union", "unions", "teachers", "doctors", "nurses", "wages", "pay", "salaries",
                          "salary", "employees", "drivers", "staff", "lecturers"})  # fmt: skip
CROWD_WORDS = frozenset({"protesters", "demonstrators", "supporters", "thousands", "hundreds", "people", "against",
                         "students", "workers", "opposition", "residents", "activists", "youths", "streets",
                         "dozens", "gathered", "scores"})  # fmt: skip
TARGET_POSITIONS = frozenset({"checkpoint", "base", "position", "positions", "convoy", "patrol", "station", "camp",
                              "barracks", "outpost"})  # fmt: skip
# Words of political rivals: their fighting is a riot ("opposing political groups clashed after the election").
POLITICAL_RIVALS = frozenset({"political", "opponents", "opposing"})
ARRESTED_AT_A_PROTEST = frozenset({"protesting", "demonstrating", "protesters", "demonstrators", "sit-in", "sit-ins",
                                   "marchers"})  # fmt: skip
# People held for their part in public life: journalists, lawyers, rights defenders, critics, the opposition, elected
# officials. Named as the people held, they make an arrest political whatever the charge laid ("journalists held on
# fraud charges", "a rights lawyer arrested for money laundering"); named elsewhere in the sentence ("police arrested
# a man, his lawyer said") they do not.
PUBLIC_LIFE_PEOPLE = frozenset(
    {"journalist", "journalists", "reporter", "reporters", "editor", "editors", "blogger", "bloggers", "lawyer",
     "lawyers", "attorney", "attorneys", "advocate", "advocates", "activist", "activists", "rights", "defender",
     "defenders", "dissident", "dissidents", "critic", "critics", "opponent", "opponents", "opposition",
     "campaigner", "campaigners", "unionist", "unionists", "politician", "politicians", "lawmaker", "lawmakers",
     "mp", "mps", "deputy", "deputies", "senator", "mayor", "mayors", "candidate", "governor", "priest", "priests",
     "cleric", "clerics", "academic", "writer", "poet", "filmmaker"}
)  # fmt: skip
# Words of people held as suspects of a crime, whoever its victim was: "two men suspected of killing a journalist",
# "the killers of a lawyer".
HELD_AS_SUSPECTS = frozenset({"suspect", "suspects", "suspected", "accused", "killer", "killers", "murderer",
                              "murderers", "gunman", "gunmen", "attacker", "attackers", "assailants"})  # fmt: skip
PROTESTING_PEOPLE = frozenset({"protesters", "demonstrators", "protest", "protests", "marchers", "protesting",
                               "demonstrating", "rally", "sit-in", "sit-ins", "strikers", "picket",
                               "picketing"})  # fmt: skip
# Heads that name a crowd as the doer ("a crowd stormed the station", "villagers beat a thief"): people, not an
# armed side; their violence is a violent demonstration where they protest, else ACLED's mob violence.
CROWD_HEADS = frozenset({"crowd", "crowds", "mob", "mobs", "throng", "villagers", "villager", "residents", "locals",
                         "youths", "onlookers", "bystanders", "protesters", "demonstrators", "rioters", "relatives",
                         "neighbours", "neighbors", "mourners"})  # fmt: skip
# Takings of a place that a crowd does by force ("stormed the police station"), not by gathering in it.
FORCED_ENTRY = frozenset({"storm", "overrun"})
# Disaster words that as verbs name an assault ("troops stormed the town"): a disaster only as nouns.
DISASTER_VERB_SENSES = frozenset({"storm"})
MISSILE_TEST_WORDS = frozenset({"test", "tests", "testing", "tested", "test-fire", "launches"})
WEAPON_USE_VERBS = frozenset({"drop", "use", "fire", "launch", "lob", "hurl", "plant", "blow", "throw"})
WEAPON_WORDS = (lex.CHEMICAL_CUES | lex.GRENADE_CUES | lex.SHELLING_CUES | lex.IED_CUES | lex.AIR_CUES
                | frozenset({"gas", "weapon", "weapons", "containers", "barrel"}))  # fmt: skip
RIOTING_CROWDS = frozenset({"protesters", "demonstrators", "rioters", "mob", "youths", "rioting", "students",
                            "residents", "supporters", "angry"})  # fmt: skip
HAND_THROWN_BOMBS = frozenset({"bomb", "bombs"})  # what "petrol", "gasoline" or "Molotov" make of a bomb
SINGLE_WEAPONS = frozenset({"gun", "pistol", "rifle", "weapon", "device", "bomb", "drone", "missile"})
SETTLED_BY_TALKS = frozenset({"peace", "ceasefire", "truce", "armistice", "conflict", "war", "dispute", "disputed",
                              "crisis", "settlement", "hostilities", "border", "prisoner", "prisoners"})  # fmt: skip
TALKS_NOT_HELD = frozenset({"rekindle", "revive", "seek", "urge", "propose", "call", "push", "demand", "want",
                            "offer", "reject", "refuse", "boycott", "invite"})  # fmt: skip
MEDIATORS = frozenset({"envoy", "envoys", "mediator", "mediators", "secretary-general", "u.n.", "un"})
# Words of a sentence that put property destroyed amid people's violence, not a fire or a flood.
VIOLENCE_AROUND = frozenset({"violence", "violent", "clash", "clashes", "clashed", "riot", "riots", "rioters",
                             "rioting", "rioted", "rampage", "unrest", "mayhem", "pelted", "stone-throwing",
                             "xenophobic"})  # fmt: skip
# Words that say the other side left the territory, and words that say it was fought for all the same.
OTHER_SIDE_LEFT = frozenset({"withdrawal", "withdrew", "withdrawn", "pulled", "retreated", "handover"})
FIGHT_WORDS = frozenset({"fighting", "fight", "fought", "clashes", "clash", "clashed", "battle", "battles", "fierce",
                         "heavy", "offensive", "killed", "attack", "assault", "gunfight", "bombardment", "shelling",
                         "airstrikes", "artillery", "intensive"})  # fmt: skip
# Words of communities fighting each other, and of what they fight over (land, water, cattle): communal militias.
COMMUNAL_CUES = frozenset({"communities", "community", "clans", "clan", "tribes", "villagers", "residents",
                           "communal", "ethnic", "land", "grazing", "pasture", "farmland", "cattle", "livestock",
                           "water"})  # fmt: skip
# Heads of a target that name a fighting member of the forces without naming the force ("killed an officer");
# not the ranks and words that also name civilians or things ("general", "major", "group", "station").
SECURITY_PERSONNEL = lex.ARMED_HEADS - frozenset({"general", "private", "major", "group", "post", "station", "unit",
                                                  "recruit", "member", "members", "base", "camp", "position",
                                                  "officer", "officers"})  # fmt: skip
# An officer or an official is one of the forces when the target's words say so ("a security official", "an
# intelligence officer", "a NISS officer"), not "a health officer".
OFFICERS = frozenset({"officer", "officers", "official", "officials"})
SECURITY_SERVICES = frozenset({"security", "intelligence", "police", "army", "military", "org", "prison", "border"})
EXCHANGED_CAPTIVES = frozenset({"prisoners", "prisoner", "hostages", "captives", "detainees", "bodies", "pows", "pow"})
# Gatherings that forces may fire on: "opened fire on a peaceful march" (excessive force against the protesters).
PROTEST_GATHERINGS = frozenset({"march", "marches", "procession", "vigil", "rally", "demonstration", "sit-in"})
# People who march to make a demand: workers, traders, students, parents (not troops marching into a town).
MARCHING_PEOPLE = LABOUR_WORDS | lex.CIVILIAN_GROUPS | frozenset({"angry", "parents", "mothers", "women", "pupils"})
# Where people live: a crowd that burns homes ("villagers burned down the house of a man they accused of
# witchcraft", "residents set fire to houses and cars after a road death") attacks those who live there, ACLED's mob
# violence, not a demonstration (which burns a town hall, a police post, cars and tyres to make a demand).
DWELLINGS = frozenset({"house", "houses", "home", "homes", "hut", "huts", "shack", "shacks", "compound", "compounds",
                       "dwelling", "dwellings"})  # fmt: skip
SOURCE_PEOPLE = frozenset({"residents", "villagers"})  # people who often tell of a fight rather than fight it
CROWD_SIZES = frozenset({"hundreds", "thousands", "dozens", "scores", "crowd", "crowds"})
ARMED_DOERS = lex.STATE_ACTOR_CUES | lex.NON_STATE_CUES | frozenset({"armed", "gunmen"})
MASS_ARREST = 10  # people arrested at once that make an arrest an ACLED event without a political cue
CRIME_VERBS = frozenset({"kill", "murder", "shoot", "shooting", "gunfire", "stab", "stabbing", "homicide", "slay",
                         "gun", "hack", "gunshot"})  # fmt: skip


# The people "armed" makes an armed side the text does not name ("armed men", "armed youths", "an armed group").
ARMED_PEOPLE = frozenset({"men", "group", "groups", "persons", "individuals", "youths", "herders", "herdsmen"})


@dataclass(frozen=True, slots=True)
class TriggerContext:
    """What the typing reads: the trigger's lemma, words around it, its sentence and its arguments (lower-cased)."""

    lemma: str
    head: str
    previous: str
    next_word: str
    sentence: frozenset[str]
    arguments: frozenset[str]
    target: frozenset[str] = frozenset()
    perpetrator: frozenset[str] = frozenset()
    grievance: frozenset[str] = frozenset()
    named: frozenset[str] = frozenset()
    target_head: frozenset[str] = frozenset()
    perpetrator_head: frozenset[str] = frozenset()  # the noun naming the doer ("troops" in "troops backed by ...")
    parties: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()  # the sentence's nouns (forms and lemmas)
    dep: str = ""  # the trigger's own dependency label
    governor: str = ""  # the preposition whose object it is ("ahead of", "despite")
    governor_head: str = ""  # the word that preposition completes ("progress" in "progress on a ceasefire")
    negated_verb: bool = False  # the verb it hangs on is denied ("had not committed to a truce")
    outcome_denied: bool = False  # the talks it is (or is the topic of) reached nothing ("ended without a deal")
    rebel_forces: frozenset[str] = frozenset()  # state-force words that name a non-state side ("rebel forces")
    crime_near: bool = False  # the sentence before or after names a crime ("... linked to a trafficking gang")
    arson_near: bool = False  # the sentence, or one next to it, tells a fire set on purpose ("found petrol cans")

    def has(self, cues: frozenset[str]) -> bool:
        return not self.sentence.isdisjoint(cues)

    def does(self, cues: frozenset[str]) -> bool:
        """Whether the sentence names ``cues`` as what happened, not as what people protest against."""
        return not (self.sentence - self.grievance).isdisjoint(cues)

    @property
    def state_actor(self) -> bool:
        strong = (lex.STATE_ACTOR_CUES - WEAK_STATE_WORDS - self.rebel_forces) & self.sentence
        return bool(strong) or not (self.arguments - self.rebel_forces).isdisjoint(WEAK_STATE_WORDS)

    @property
    def non_state_actor(self) -> bool:
        unnamed = not self.sentence.isdisjoint({"armed", "unknown", "unidentified", "masked"})
        armed_men = unnamed and not self.sentence.isdisjoint(ARMED_PEOPLE)
        return armed_men or self.has(lex.NON_STATE_CUES)


@dataclass(frozen=True, slots=True)
class Typing:
    kind: EventKind
    rule: str
    score: float


Typer = Callable[[TriggerContext], "Typing | None"]


def type_trigger(family: str, context: TriggerContext) -> Typing | None:
    """The event kind a trigger of ``family`` reports in its context, or None when it reports no event."""
    return _TYPERS[family](context)


def _weapon(context: TriggerContext) -> Typing | None:
    """The Explosions/Remote violence sub-type the weapons say, most specific first: those of the trigger's own
    word and arguments ("launched airstrikes on the group accused of a chlorine attack"), else the sentence's."""
    if _chemical_agent(context):  # chemical agents come in shells, rockets and bombs: the agent decides
        return Typing(lex.CHEMICAL, "weapon-chemical", 0.85)
    if context.has(SELF_DETONATED):  # "a bomber wearing an explosive vest blew himself up": no warplane's bomber
        return Typing(lex.SUICIDE_BOMB, "weapon-suicide", 0.85)
    own, sentence = _own_weapon_words(context), context.sentence
    if context.has(lex.INCENDIARY_CUES):  # "petrol bombs": bottles of fuel thrown by hand, no explosive device
        own, sentence = own - HAND_THROWN_BOMBS, sentence - HAND_THROWN_BOMBS
    for words, order in ((own, _DECISIVE_WEAPON_ORDER), (sentence, _WEAPON_ORDER)):
        for cues, kind, rule in order:
            if not words.isdisjoint(cues):
                if kind is lex.SHELLING and _exchange_of_fire(context):
                    return Typing(lex.ARMED_CLASH, "weapon-in-a-fight", 0.85)
                return Typing(kind, rule, 0.85)
    return None


# What makes "chemical" a weapon ("chemical weapons", "a chemical agent"), not a site ("hit a chemical plant").
CHEMICAL_ARMS = frozenset({"weapon", "weapons", "agent", "agents", "gas", "munitions", "substance", "substances",
                           "attack", "attacks"})  # fmt: skip
CHEMICAL_SITES = frozenset({"plant", "plants", "factory", "factories", "works", "facility", "company", "industry",
                            "fertiliser", "fertilizer", "depot", "warehouse"})  # fmt: skip


def _chemical_agent(context: TriggerContext) -> bool:
    if context.has(lex.CHEMICAL_CUES - {"chemical"}):
        return True
    return context.has(frozenset({"chemical"})) and (context.has(CHEMICAL_ARMS) or not context.has(CHEMICAL_SITES))


# Words of two sides fighting each other: "exchanged fire", "clashed", "fought", "a gunbattle".
# (not "fighting" or "battle", which also name vehicles and tanks: "armored fighting vehicles", "battle tanks")
EXCHANGE_OF_FIRE = frozenset({"clash", "clashes", "clashed", "clashing", "fought", "gunfight", "gunbattle",
                              "firefight", "battled", "skirmish", "skirmishes", "exchanged"})  # fmt: skip


def _exchange_of_fire(context: TriggerContext) -> bool:
    """The mortars or the artillery are fired in a fight of two sides ("border guards exchanged fire with automatic
    weapons and mortars", "soldiers clashed with rebels, both sides firing mortars"): ACLED's armed clash, not
    shelling, unless they hit civilians ("shells hit a market during the fighting")."""
    if not context.does(EXCHANGE_OF_FIRE) or ("exchanged" in context.sentence and "fire" not in context.sentence):
        return False
    return context.target.isdisjoint(lex.CIVILIAN_CUES - {"people", "member", "members"})  # not "killing 4 people"


def _own_weapon_words(context: TriggerContext) -> frozenset[str]:
    """The trigger's word and its arguments, less its target ("bombed a missile base" names no missile used),
    except for verbs whose object is the weapon ("fired shells")."""
    arguments = context.arguments if context.lemma in WEAPON_USE_VERBS else context.arguments - context.target
    return arguments | {context.lemma}


def _accident(context: TriggerContext) -> bool:
    """A disaster or an industrial accident ("a chemical plant exploded") with no armed actor named, nor a weapon of
    war as the trigger's own word or argument ("shelled the town beside the nuclear power plant", "drones struck an
    oil refinery": attacks on those sites)."""
    disaster = _disaster_told(context) or not context.nouns.isdisjoint(lex.INDUSTRIAL_NOUNS)
    armed = _any_actor(context) or _crowd_did_it(context) or not _weapons_used(context).isdisjoint(WAR_WEAPONS)
    return disaster and not armed


def _weapons_used(context: TriggerContext) -> frozenset[str]:
    """The trigger's weapon words (``_own_weapon_words``) and its doer's, less a weapon noun's own name ("a drone
    captured footage of the landslides" tells no drone strike; "shelled", "shelling" do)."""
    words = _own_weapon_words(context) | context.perpetrator  # "missiles hit a plant, killing two": missiles
    return words - {context.lemma} if context.dep in NOMINAL_DEPS else words


NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "compound", "appos", "attr", "npadvmod"})


# Weapons only wars use: named by the trigger or its arguments, they make a blast at a plant, a depot or a refinery
# an attack (not "tank", "plane", "helicopter", "jet", which also name a fuel tank or an aircraft that crashed).
WAR_WEAPONS = frozenset({"shell", "shells", "shelling", "shelled", "mortar", "mortars", "artillery", "rocket",
                         "rockets", "missile", "missiles", "howitzer", "katyusha", "drone", "drones", "airstrike",
                         "airstrikes", "warplane", "warplanes", "grenade", "grenades", "uav", "uavs", "gunship",
                         "gunships", "bombardment"})  # fmt: skip


def _disaster_told(context: TriggerContext) -> bool:
    """Whether the sentence names a disaster: "a storm", not "a crowd stormed the station"."""
    return context.has(lex.DISASTER_CUES - DISASTER_VERB_SENSES) or not context.nouns.isdisjoint(DISASTER_VERB_SENSES)


def _crowd_did_it(context: TriggerContext) -> bool:
    """The doer is a crowd ("a crowd", "an angry mob", "villagers", "several hundred people"), not an armed side
    ("armed villagers")."""
    named = not context.perpetrator_head.isdisjoint(CROWD_HEADS) or not context.perpetrator.isdisjoint(lex.MOB_CUES)
    if not named and not _counted_crowd(context):
        return False
    armed = lex.STATE_ACTOR_CUES | lex.NON_STATE_CUES | {"armed", "gunmen", "guns", "rifles"}
    return _doer(context).isdisjoint(armed)


# People a crowd is counted in ("several hundred people", "about 200 men", "a group of some 50 people"), and the
# words that count many of them; a figure counts many from MASS_ARREST up.
COUNTED_PEOPLE = frozenset({"people", "persons", "individuals", "men", "women", "man"})
MANY_WORDS = CROWD_SIZES | frozenset({"hundred", "thousand", "dozen", "score"})
GUNFIRE_WORDS = frozenset({"gunmen", "gunfire", "shooting", "shot", "shots", "fired", "opened", "bullets"})


def _counted_crowd(context: TriggerContext) -> bool:
    """The doer is many people the text counts ("several hundred people stormed a neighbourhood", "more than 100
    people attacked a family's home"), with no gunfire told: a crowd, not an armed side ("gunmen", "armed men")."""
    if context.perpetrator_head.isdisjoint(COUNTED_PEOPLE) or context.has(GUNFIRE_WORDS):
        return False
    return not context.perpetrator.isdisjoint(MANY_WORDS) or _mass(context.perpetrator)


# Arms that make "armed" people an armed side ("villagers armed with rifles"), not a crowd ("armed with sticks").
FIREARMS = frozenset({"gun", "guns", "rifle", "rifles", "firearms", "weapons", "shotguns", "pistols", "ak-47s"})


def _doer(context: TriggerContext) -> frozenset[str]:
    """The doer's words, less "armed" when they are armed with hand weapons only ("residents armed with sticks and
    stones", "youths armed with machetes"): a crowd, not an armed side."""
    words = context.perpetrator
    if not words.isdisjoint(lex.BRAWL_WEAPONS) and words.isdisjoint(FIREARMS):
        return words - {"armed", "arm"}
    return words


def _mob_acted(context: TriggerContext) -> bool:
    """A mob's violence ("a mob lynched a man"), not violence by an armed side on vigilantes ("gunmen killed two
    members of a vigilante group"): the mob's word is not the victims' only, and the doer is no armed side."""
    mob = context.sentence - context.target
    armed = (lex.STATE_ACTOR_CUES | lex.NON_STATE_CUES | {"armed"}) - lex.MOB_CUES  # vigilantes are the mob
    armed_doer = not context.perpetrator.isdisjoint(armed)
    return not mob.isdisjoint(lex.MOB_CUES) and not armed_doer


def _crowd_doer(context: TriggerContext) -> bool:
    """The doer is many people, not an armed side: "hundreds of taxi riders", "a crowd", "dozens of youths"."""
    many = not context.perpetrator.isdisjoint(CROWD_SIZES)  # not a figure alone: "more than 200 fires are burning"
    return (many or _crowd_did_it(context)) and _doer(context).isdisjoint(ARMED_DOERS)


def _rival_brawl(context: TriggerContext) -> bool:
    """Rival groups fighting with hand weapons and stones ("members of rival clubs fought with machetes"), no armed
    side, community or protest named: ACLED's mob violence."""
    if not context.has(lex.RIVAL_CUES | lex.FAN_CUES) or not context.has(lex.BRAWL_WEAPONS):
        return False
    # "hooligans armed with knives and bats": armed with hand weapons only is a crowd's arming, not an armed side's
    hand_armed = context.has(lex.BRAWL_WEAPONS) and not context.has(FIREARMS)
    arms = frozenset({"gunmen", "gunfire", "guns", "rifles"}) | (frozenset() if hand_armed else {"armed"})
    armed = context.has(arms) or _any_actor(context)
    return not armed and not context.has(COMMUNAL_CUES - {"residents"}) and not context.does(PROTESTING_PEOPLE)


def _working_people_did_it(context: TriggerContext) -> bool:
    """The doers are many people named by their trade ("street vendors", "taxi drivers", "miners"): a crowd
    that wrecks property in a grievance (ACLED's violent demonstration), not an armed side."""
    return not (context.perpetrator_head | context.perpetrator).isdisjoint(lex.TRADE_CROWDS)


def _homes_attacked(context: TriggerContext) -> bool:
    """The crowd's violence falls on homes, with no protest told ("set fire to houses and cars and fought with
    police after a road death"): it attacks those who live there, ACLED's mob violence."""
    return context.does(DWELLINGS) and not context.does(PROTESTING_PEOPLE)


def _crowd_violence(context: TriggerContext, rule: str) -> Typing:
    """A crowd's violence: a violent demonstration where the crowd protests, else mob violence (ACLED)."""
    if context.does(PROTESTING_PEOPLE) and not context.has(lex.MOB_CUES):
        return Typing(lex.VIOLENT_DEMONSTRATION, f"{rule}-protesters", 0.65)
    return Typing(lex.MOB_VIOLENCE, rule, 0.7)


# The word the sentence's words get where it tells a bomber who blew himself up (detect/events.py).
SELF_DETONATED = frozenset({"self-detonate"})
_WEAPON_ORDER = (
    (lex.SUICIDE_CUES, lex.SUICIDE_BOMB, "weapon-suicide"),
    (lex.GRENADE_CUES, lex.GRENADE, "weapon-grenade"),
    (lex.AIR_CUES, lex.AIR_STRIKE, "weapon-air"),
    (lex.SHELLING_CUES, lex.SHELLING, "weapon-shelling"),
    (lex.IED_CUES, lex.REMOTE_EXPLOSIVE, "weapon-explosive"),
)
# Bombs and explosions may fall from aircraft or be planted: in a trigger's own words they decide nothing.
AMBIGUOUS_EXPLOSIVES = frozenset({"bomb", "bombs", "bombing", "bombings", "bombed", "explosive", "explosives",
                                  "device", "detonate", "detonated"})  # fmt: skip
_DECISIVE_WEAPON_ORDER = tuple((cues - AMBIGUOUS_EXPLOSIVES, kind, rule) for cues, kind, rule in _WEAPON_ORDER)


def _explosion(context: TriggerContext) -> Typing | None:
    if context.lemma in WEAPON_USE_VERBS:
        return _weapon_use(context)
    if context.lemma == "strike" and _labour_strike(context):
        return _protest(context)
    if context.lemma == "bomb" and context.previous in lex.INCENDIARY_CUES and context.has(RIOTING_CROWDS):
        return _riot(context)  # "youths threw petrol bombs": a crowd's projectiles
    if _accident(context):
        return None
    if _crime_told(context) and not _any_actor(context):
        return Typing(lex.CRIME, "explosion-in-crime", 0.5)
    if context.has(MISSILE_TEST_WORDS) and context.lemma in {"missile", "rocket"}:
        return None
    if context.lemma in lex.WEAPON_NOUNS | {"landmines", "mine", "mines"} and _taken_out_of_use(context):
        return Typing(lex.DISRUPTED_WEAPONS, "weapons-disrupted", 0.6)  # "cleared 300 landmines"
    if context.lemma in lex.WEAPON_NOUNS and context.has(lex.DISRUPT_CUES):
        return None  # weapons found or seized, not used
    if context.lemma == "grenade" and context.previous in lex.CROWD_CONTROL_GRENADES:
        return _crowd_control(context)
    weapon = _weapon(context)
    if weapon is not None:
        return weapon
    if context.lemma == "strike":
        return Typing(lex.AIR_STRIKE, "strike", 0.6) if _any_actor(context) else None
    return Typing(lex.REMOTE_EXPLOSIVE, "explosion", 0.6)


def _crowd_control(context: TriggerContext) -> Typing | None:
    """ "Police fired stun grenades to disperse thousands of demonstrators": a crowd-control munition, no explosion;
    used on a gathering, the gathering met intervention (ACLED's protest with intervention)."""
    if context.has(PROTESTING_PEOPLE | PROTEST_GATHERINGS | DISPERSED_CROWDS):
        return Typing(lex.PROTEST_INTERVENTION, "crowd-control-grenade", 0.6)
    return None


def _weapon_use(context: TriggerContext) -> Typing | None:
    """ "dropped barrel bombs", "used chemical weapons", "fired rockets": typed by the weapon in the object."""
    if context.lemma == "blow":
        return _weapon(context) if context.next_word in {"up", "themselves", "himself", "herself"} else None
    weapons = context.arguments & WEAPON_WORDS
    if not context.arguments.isdisjoint(lex.INCENDIARY_CUES):
        weapons -= HAND_THROWN_BOMBS  # "hurled petrol bombs": bottles of fuel thrown by hand
    thrown = context.arguments & (lex.RIOT_PROJECTILES | lex.INCENDIARY_CUES)
    if not weapons and thrown:
        return _riot(context)  # "threw stones at the police", "fired firecrackers at riot policemen"
    if not weapons or context.has(lex.CROWD_CONTROL_CUES):
        return None
    if context.lemma == "throw":  # what is thrown by hand: a grenade, else nothing the weapons name
        return Typing(lex.GRENADE, "use-weapon-grenade", 0.7) if context.arguments & lex.GRENADE_CUES else None
    weapon = _weapon(context)
    return Typing(weapon.kind, f"use-{weapon.rule}", 0.7) if weapon is not None else None


def _taken_out_of_use(context: TriggerContext) -> bool:
    """The weapon is the object of a verb that takes it out of use: "troops cleared the mines", "bombs were
    identified by fishermen" (not "warplanes destroyed ...", a strike)."""
    if context.head not in lex.DISRUPT_HEADS or context.dep not in {"dobj", "nsubjpass", "conj"}:
        return False
    return not (context.head == "destroy" and context.has(lex.AIR_CUES))


def _labour_strike(context: TriggerContext) -> bool:
    """ "went on a 48-hour strike", "a general strike", "workers' strike": a strike that lasts or that people join;
    not a vehicle that "struck an explosive device" or "a landmine" (a transport union may be the source)."""
    if context.previous in {"on", "hunger", "general", "labour", "labor", "national"} or context.head == "on":
        return True
    if not context.target.isdisjoint(_STRUCK_OBJECTS) or not context.perpetrator_head.isdisjoint(WEAPON_WORDS):
        return False  # "drones struck an oil refinery, wounding three workers": a weapon's strike
    return not context.arguments.isdisjoint(lex.STRIKE_DURATIONS) or context.has(LABOUR_WORDS)


# What a vehicle or a person strikes that makes the strike a blast: "struck an explosive device", "hit a mine".
_STRUCK_OBJECTS = lex.WEAPON_NOUNS | {"device", "devices", "mine", "mines", "landmines", "explosive", "explosives"}


def _any_actor(context: TriggerContext) -> bool:
    return context.state_actor or context.non_state_actor


def _violence(context: TriggerContext) -> Typing | None:
    if context.lemma == "shoot" and context.next_word == "down":
        return Typing(lex.DISRUPTED_WEAPONS, "shoot-down", 0.7)
    if _sexual_act(context):
        return Typing(lex.SEXUAL_VIOLENCE, "sexual", 0.8)
    if context.lemma == "raid" and not context.does(lex.HARM_TOLD) and (_crime_told(context) or _by_forces(context)):
        return _unharmful_raid(context)
    if _mob_acted(context):
        return Typing(lex.MOB_VIOLENCE, "violence-mob", 0.7)
    if _crowd_did_it(context):  # "a crowd beat three suspects to death", "villagers lynched a thief"
        return _crowd_violence(context, "violence-by-crowd")
    if _armed_with_blunt_weapons_only(context):  # "men armed with sticks and iron bars chased farmworkers"
        return _crowd_violence(context, "violence-by-club-armed-crowd")
    if _accident(context):
        return None
    weapon = _weapon(context)
    in_crime = _crime_told(context) and not _any_actor(context)  # "killed in a grenade blast during a robbery"
    if weapon is not None and not in_crime and context.lemma not in {"stab", "stabbing", "hack", "behead", "torture"}:
        return Typing(weapon.kind, weapon.rule, weapon.score - 0.1)
    return _violence_by_actors(context)


def _sexual_act(context: TriggerContext) -> bool:
    """ "raped", "sexual violence", "sexually assaulted": a sexual act of violence, not "sexual conduct"."""
    if context.has(lex.SEXUAL_ACT_CUES):
        return True
    return context.has(frozenset({"sexual", "sexually"})) and context.has(lex.SEXUAL_HARM_NOUNS)


def _violence_by_actors(context: TriggerContext) -> Typing | None:
    forces_hit = not context.target.isdisjoint(lex.STATE_ACTOR_CUES)  # "a gunman shot police officers at a rally"
    on_protest = context.does(PROTESTING_PEOPLE) or not context.nouns.isdisjoint(PROTEST_GATHERINGS)
    if context.state_actor and not forces_hit and on_protest and not context.has(lex.RIOT_CUES):
        return Typing(lex.EXCESSIVE_FORCE, "violence-on-protesters", 0.65)  # "forces opened fire on protesters"
    if context.state_actor and not forces_hit and on_protest:
        # "opened fire on protesters who had blocked roads with burning tyres": force on a violent demonstration,
        # which ACLED codes as the demonstration (with its dead), not as force against peaceful protesters
        return Typing(lex.VIOLENT_DEMONSTRATION, "violence-on-rioting-protesters", 0.6)
    if _civilian_site(context) and _any_actor(context):
        return Typing(lex.ATTACK, "violence-on-civilian-site", 0.7)  # "rebels attacked a camp of gold miners"
    armed_target = not context.target.isdisjoint(lex.STATE_ACTOR_CUES | lex.NON_STATE_CUES | TARGET_POSITIONS)
    armed_target = armed_target or _security_personnel(context)
    if armed_target and _any_actor(context) and _unarmed_victim(context):
        return Typing(lex.ATTACK, "violence-on-unarmed-person", 0.65)
    if armed_target and _any_actor(context):
        return Typing(lex.ARMED_CLASH, "violence-on-armed-target", 0.7)
    if _rival_armed_sides_fought(context):  # "rival clans armed with rifles fought, killing eight men of one clan"
        return Typing(lex.ARMED_CLASH, "killed-in-a-fight-of-rivals", 0.75)
    if not context.target.isdisjoint(lex.CIVILIAN_CUES) and _any_actor(context):
        return Typing(lex.ATTACK, "violence-on-civilian-target", 0.75)
    state, non_state, civilians = context.state_actor, context.non_state_actor, context.has(lex.CIVILIAN_CUES)
    # "armed youths attacked a cattle camp ..., shooting dead 17 people, most of them women and children": an armed
    # side the text does not name, on civilians
    non_state = non_state or (not context.perpetrator.isdisjoint({"armed"}) and civilians and not state)
    if state and non_state:
        return Typing(lex.ARMED_CLASH, "violence-two-armed-sides", 0.7)
    if non_state or state:
        if civilians or not state:
            return Typing(lex.ATTACK, "violence-armed-on-civilians", 0.7)
        return Typing(lex.ARMED_CLASH, "violence-on-state-forces", 0.6)
    if _rival_brawl(context):
        return Typing(lex.MOB_VIOLENCE, "violence-rival-brawl", 0.6)
    if context.lemma in CRIME_VERBS or _crime_told(context):
        return Typing(lex.CRIME, "violence-no-political-actor", 0.6)
    return Typing(lex.ATTACK, "violence-unattributed", 0.5)


# Words of two sides fighting each other, and of victims the text names as no side's ("killing three civilians").
FOUGHT_EACH_OTHER = frozenset({"fought", "fighting", "clashed", "clashes", "clashing", "battled"})
NAMED_BYSTANDERS = frozenset({"civilian", "civilians", "child", "children", "women", "woman", "bystander",
                              "bystanders", "passers-by", "passer-by", "boy", "girl", "baby", "residents"})  # fmt: skip


def _rival_armed_sides_fought(context: TriggerContext) -> bool:
    """The sentence tells rival sides armed with guns fighting ("rival clans armed with rifles fought, killing eight
    men from one clan and six from the other"): its dead are the fight's, an armed clash, unless the text names
    them as bystanders ("killing three civilians")."""
    rivals = context.has(lex.RIVAL_CUES) and context.has(FOUGHT_EACH_OTHER)
    armed = context.has(FIREARMS | GUNFIRE_WORDS) or _any_actor(context)
    return rivals and armed and (context.target | context.target_head).isdisjoint(NAMED_BYSTANDERS)


# Hand weapons that arm a crowd, not an armed side: "men armed with sticks and iron bars" (not machetes or knives,
# which armed groups that attack villages carry as well).
BLUNT_WEAPONS = frozenset({"sticks", "clubs", "bars", "stones", "rocks", "bottles", "bricks", "cudgels", "bats",
                           "batons", "pipes", "slingshots", "catapults"})  # fmt: skip
ORGANISATION_MEMBERS = frozenset({"members", "member", "supporters", "loyalists", "cadres", "militants"})
BLADES = frozenset({"machete", "machetes", "knife", "knives", "axes", "spears", "arrows", "swords", "cutlasses"})


def _armed_with_blunt_weapons_only(context: TriggerContext) -> bool:
    """People the text calls armed with blunt weapons only ("groups of men armed with sticks and iron bars", "youths
    armed with clubs"), with no armed group, force, gun or blade named, nor the doers named as an organisation's
    ("men armed with sticks and golf clubs, believed to be party members": its militia): a crowd, whose violence is
    ACLED's mob violence (or a violent demonstration where it protests), not an armed side's attack."""
    if "armed" not in context.sentence or not context.has(BLUNT_WEAPONS):
        return False
    armed = FIREARMS | GUNFIRE_WORDS | BLADES | lex.NON_STATE_CUES | ORGANISATION_MEMBERS | frozenset({"gunmen"})
    return not context.has(armed) and context.perpetrator.isdisjoint(lex.STATE_ACTOR_CUES)


def _unharmful_raid(context: TriggerContext) -> Typing | None:
    """A raid that hurt no one: the arrests it was made for ("detained in a dawn raid", "raided his home and
    arrested him"), or the forces' raid on a place of civilians ("police raided the newspaper's office and closed it
    down"), not a raid on an armed side."""
    if _crime_told(context):
        return None  # "police raided a house and seized drugs": no ACLED event
    if context.has(lex.ARREST_TOLD):
        return Typing(lex.ARRESTS, "raid-arrest", 0.65)
    # "a rebel camp", "militants' hideout" (an opposition party's office is no armed side's)
    armed_target = not context.target_head.isdisjoint(lex.ARMED_HEADS | TARGET_POSITIONS) or not (
        context.target - {"opposition"}
    ).isdisjoint(lex.NON_STATE_CUES)
    if armed_target or not context.perpetrator.isdisjoint(lex.NON_STATE_CUES):
        return _violence_by_actors(context)  # "troops raided a rebel camp": a fight
    return Typing(lex.FORCES_RAID, "raid-by-forces", 0.5)


def _by_forces(context: TriggerContext) -> bool:
    return not context.perpetrator.isdisjoint(lex.STATE_ACTOR_CUES) or context.has(lex.ARREST_TOLD)


def _crime_told(context: TriggerContext) -> bool:
    """The sentence, or one next to it, names a crime ("during an attempted robbery"; "The incident occurred
    during a dispute between members of a trafficking gang")."""
    return context.crime_near or context.has(lex.CRIME_CUES)


def _security_personnel(context: TriggerContext) -> bool:
    """ "killed a soldier", "shot dead an intelligence officer": the target is one of the forces."""
    if not context.target_head.isdisjoint(SECURITY_PERSONNEL):
        return True
    return not context.target_head.isdisjoint(OFFICERS) and not context.target.isdisjoint(SECURITY_SERVICES)


# What a camp is kept for when civilians keep it ("a grazing camp", "a cattle camp", "a fishing camp").
LIVELIHOOD_SITES = frozenset({"grazing", "cattle", "herders", "herding", "fishing", "farming", "mining", "miners"})


def _civilian_site(context: TriggerContext) -> bool:
    """A position word that names where civilians are ("a camp of gold miners", "a camp for displaced people"),
    with no force or armed group in the target: no armed target."""
    return (
        not context.target_head.isdisjoint(TARGET_POSITIONS)
        and not context.target.isdisjoint(lex.CIVILIAN_CUES | lex.CIVILIAN_GROUPS | LIVELIHOOD_SITES)
        and context.target.isdisjoint(lex.STATE_ACTOR_CUES | lex.NON_STATE_CUES)
    )


def _unarmed_victim(context: TriggerContext) -> bool:
    """ "killed a separatist leader", "beat the opposition's driver", "shot a policeman outside his home": the
    victim is named by an armed side but is not fighting (not a force, a fighter or a position, or off duty)."""
    if context.target_head and context.target_head.isdisjoint(lex.ARMED_HEADS) and not _security_personnel(context):
        return True
    return context.has(lex.OFF_DUTY_CUES) or {"off", "duty"} <= context.sentence


def _clash(context: TriggerContext) -> Typing | None:
    if context.lemma == "exchange" and not context.arguments.isdisjoint(EXCHANGED_CAPTIVES):
        return Typing(lex.AGREEMENT, "exchange-of-prisoners", 0.6)  # "the exchange of prisoners of war"
    if context.lemma == "exchange" and not context.has(frozenset({"fire", "gunfire", "shots"})):
        return None
    if _rival_brawl(context):
        return Typing(lex.MOB_VIOLENCE, "clash-rival-brawl", 0.6)  # "members of rival clubs fought with machetes"
    crowds = frozenset({"protesters", "demonstrators", "rioters", "youths", "supporters", "mob", "looters"})
    # the sides as the parse attaches them, else the sentence's ("clashes were reported between police and traders")
    sides = context.parties | context.arguments or context.sentence
    unarmed_side = not sides.isdisjoint(lex.CIVILIAN_GROUPS)
    if context.has(crowds | PROTESTING_PEOPLE | {"protested"}) or unarmed_side:
        return Typing(lex.VIOLENT_DEMONSTRATION, "clash-crowd", 0.7)  # "police and students clashed as they protested"
    if context.has(POLITICAL_RIVALS) and not context.has(lex.NON_STATE_CUES | lex.CRIME_CUES | {"armed", "gunmen"}):
        return Typing(lex.VIOLENT_DEMONSTRATION, "clash-political", 0.55)  # "supporters of rival parties clashed"
    if _any_actor(context) or context.has(frozenset({"armed", "gunfire", "gunmen", "fighters"})):
        return Typing(lex.ARMED_CLASH, "clash", 0.8)
    if _fighting_that_broke_out(context):
        return Typing(lex.ARMED_CLASH, "clash-unnamed-sides", 0.55)
    if _communal(context):
        # ACLED: communities fighting each other are communal militias (a battle); fighting the police is a riot
        if context.has(lex.STATE_ACTOR_CUES) and _homes_attacked(context):
            return Typing(lex.MOB_VIOLENCE, "clash-communal-police-homes", 0.5)  # "burned houses and fought police"
        if context.has(lex.STATE_ACTOR_CUES):
            return Typing(lex.VIOLENT_DEMONSTRATION, "clash-communal-police", 0.5)
        return Typing(lex.ARMED_CLASH, "clash-communal", 0.5)
    return None


# Fighting told as what happened, with no side named: "Fighting broke out in X", "Heavy clashes were reported in
# X", "Fighting continued in the south of the city". ACLED codes it an armed clash of unidentified sides.
_FIGHT_NOUNS = frozenset({"fighting", "clash", "clashes", "gunfight", "firefight", "skirmish", "shootout", "gunbattle"})
_FIGHT_HAPPENED = frozenset({"break", "erupt", "report", "continue", "rage", "resume", "intensify", "flare", "spread"})


def _fighting_that_broke_out(context: TriggerContext) -> bool:
    return context.lemma in _FIGHT_NOUNS and context.dep in {"nsubj", "nsubjpass"} and context.head in _FIGHT_HAPPENED


def _communal(context: TriggerContext) -> bool:
    """Communities fight ("rival clans fought over grazing land", "clashes between villagers"), not "residents said"
    of a fight: residents and villagers count only as the fight's own sides."""
    if context.has(COMMUNAL_CUES - SOURCE_PEOPLE):
        return True
    return not (context.arguments | context.parties | context.perpetrator).isdisjoint(COMMUNAL_CUES)


# What a crowd blocks to protest: "residents blocked roads", "traders barricaded the highway", "blocked the
# circulation of vehicles".
_BLOCKED_WAYS = frozenset({"road", "roads", "highway", "highways", "street", "streets", "traffic", "circulation",
                           "route", "routes", "bridge", "junction", "motorway", "railway", "entrance"})  # fmt: skip


def _blockers(context: TriggerContext) -> bool:
    """Those who block a road are people who protest: a crowd, a community, workers or traders."""
    people = CROWD_HEADS | MARCHING_PEOPLE | {"community", "communities"}
    many = _crowd_doer(context) or not context.perpetrator_head.isdisjoint(people)
    return many and context.perpetrator.isdisjoint(ARMED_DOERS)


def _activists(context: TriggerContext) -> bool:
    return context.perpetrator.isdisjoint(ARMED_DOERS) and not context.perpetrator_head.isdisjoint(
        {"activists", "protesters", "demonstrators", "supporters", "attendees", "members", "marchers"}
    )


def _protest(context: TriggerContext) -> Typing | None:
    if context.lemma in {"block", "barricade"} and (context.target.isdisjoint(_BLOCKED_WAYS) or not _blockers(context)):
        return None  # "police blocked the road", "the court blocked the law": no crowd making a demand
    if context.lemma == "chant" and not (_blockers(context) or _activists(context)):
        return None  # "activists chanted 'Free them all'", not "the fans chanted his name"
    # a gathering is a protest when it makes a demand, or when the forces turn crowd-control weapons on it ("police
    # fired water cannon and tear gas to clear pensioners who had gathered outside the Congress building")
    dispersed = context.has(lex.CROWD_CONTROL_CUES) and context.has(lex.STATE_ACTOR_CUES)
    if context.lemma == "gather" and not (
        dispersed or context.has(PROTEST_WORDS | {"demand", "against", "rallying", "petition"})
    ):
        return None
    if context.lemma == "sit" and context.next_word != "-":
        return None
    if context.lemma in {"march", "rally"} and not _crowd(context):
        return None
    # the marchers' words when the parse names them ("thousands of residents marched, demanding that the army
    # leave"), else the sentence's; words of a name are no force ("the Police Wives Association organised a march")
    doers = (context.perpetrator or context.sentence) - context.named
    armed = not doers.isdisjoint(STRONG_ACTOR_WORDS)
    # "troops marched into the town" is no protest; "police fired tear gas at students marching" is one: the forces
    # turn crowd-control weapons on the marchers
    if context.lemma == "march" and armed and not context.has(PROTEST_WORDS | lex.CROWD_CONTROL_CUES):
        return None
    if context.does(lex.MOB_CUES):
        return Typing(lex.MOB_VIOLENCE, "protest-mob", 0.7)
    if context.does(lex.RIOT_CUES) or {"set", "fire"} <= context.sentence - context.grievance:
        return Typing(lex.VIOLENT_DEMONSTRATION, "protest-violent", 0.7)
    forces = context.has(lex.STATE_ACTOR_CUES)
    if forces and _deadly_force(context):
        return Typing(lex.EXCESSIVE_FORCE, "protest-force", 0.6)
    if context.has(lex.INTERVENTION_CUES):
        return Typing(lex.PROTEST_INTERVENTION, "protest-intervention", 0.7)
    return Typing(lex.PEACEFUL_PROTEST, "protest", 0.8)


# What makes "live" a word of deadly force: "live ammunition", "live rounds" (not "where they live").
LIVE_ROUNDS = frozenset({"ammunition", "rounds", "round", "bullets", "bullet"})


def _deadly_force(context: TriggerContext) -> bool:
    """The forces killed or shot at the protest: "shot dead", "killing two", "fired live rounds"."""
    if context.has(lex.EXCESSIVE_FORCE_CUES - {"live"}):
        return True
    return context.has(frozenset({"live"})) and context.has(LIVE_ROUNDS)


def _crowd(context: TriggerContext) -> bool:
    """ "thousands marched", "300 nationals marched", "organised a peace march": people gathered on purpose."""
    if context.has(CROWD_WORDS | {"protest", "protests"}) or context.head in {"organize", "organise", "hold", "stage"}:
        return True
    if not context.perpetrator.isdisjoint(MARCHING_PEOPLE):  # "angry teachers and parents marched"
        return True
    return _mass(context.perpetrator)


def _mass(words: Iterable[str]) -> bool:
    """Whether one of ``words`` is a figure of at least MASS_ARREST people ("300 nationals", "1,200 detained")."""
    return any((n := digit_value(w)) is not None and n >= MASS_ARREST for w in words)


def _riot(context: TriggerContext) -> Typing | None:
    if context.has(lex.MOB_CUES):
        return Typing(lex.MOB_VIOLENCE, "riot-mob", 0.8)
    return Typing(lex.VIOLENT_DEMONSTRATION, "riot", 0.8)


def _arrest(context: TriggerContext) -> Typing | None:
    public = _of_public_life(context)
    if not public and (context.has(lex.CRIME_CUES) or (context.crime_near and not _held_for_politics(context))):
        return None  # "detained 34 migrants ... The group is linked to a smuggling gang"
    if _taken_away(context):  # "detained by men in plain clothes and taken to an unknown location"
        return _people_held(context, "detained")
    if context.has(ARRESTED_AT_A_PROTEST):  # "arrested 30 youths who were protesting": the protest met intervention
        return Typing(lex.PROTEST_INTERVENTION, "arrest-at-protest", 0.6)
    if _crowd_dispersed(context):  # "used stun grenades to clear hundreds who had blocked an avenue, detaining 84"
        return Typing(lex.PROTEST_INTERVENTION, "arrest-at-dispersal", 0.55)
    if public or _held_for_politics(context):
        return Typing(lex.ARRESTS, "arrest-political", 0.7)
    if "year" in context.arguments or "old" in context.arguments:
        return None
    if _mass(context.arguments):
        return Typing(lex.ARRESTS, "arrest-mass", 0.6)
    return None


# What forces do to make a crowd leave ("dispersed", "cleared", "broke up"), and the crowds they do it to.
DISPERSAL_CUES = lex.CROWD_CONTROL_CUES | frozenset({"disperse", "dispersed", "dispersing", "dispersal", "clear",
                                                     "cleared", "clearing", "evict", "evicted", "batons"})  # fmt: skip
DISPERSED_CROWDS = CROWD_SIZES | PROTEST_GATHERINGS | frozenset({"supporters", "blocked", "blocking", "blockade",
                                                                 "gathered", "gathering"})  # fmt: skip


def _crowd_dispersed(context: TriggerContext) -> bool:
    """The arrests are made as forces disperse a crowd ("fired tear gas to clear thousands of supporters",
    "dispersed a crowd of farmers and arrested 35"): the crowd's gathering met intervention (ACLED's protest
    with intervention), the arrests are not the happening."""
    return context.has(DISPERSAL_CUES) and context.has(DISPERSED_CROWDS)


def _of_public_life(context: TriggerContext) -> bool:
    """Whether the people held are of public life ("a prominent human rights lawyer", "six of its journalists",
    "supporters of the opposition"), not members of a gang: their own words, less those of a crime they are said
    to be part of ("members of a drug gang")."""
    held = context.target | context.target_head
    return not held.isdisjoint(PUBLIC_LIFE_PEOPLE) and held.isdisjoint(lex.CRIME_CUES | HELD_AS_SUSPECTS)


def _held_for_politics(context: TriggerContext) -> bool:
    """Whether the sentence names the people held, or what they are held for, as political ("12 opposition
    activists", "suspected militants", "an extremist group"): its words less the doer's ("police officers arrested
    five men suspected of robbing a bank", "soldiers arrested 12 people": the officers and soldiers hold, they are
    not held)."""
    doers = (context.perpetrator | context.perpetrator_head) - context.target - context.target_head
    return not (context.sentence - doers).isdisjoint(lex.POLITICAL_ARREST_CUES)


def _abduction(context: TriggerContext) -> Typing | None:
    if context.lemma == "take-away":  # "men in police uniforms took him from his home": by whom decides
        if not _taken_by_force(context):
            return None
        if _side_of_doer(context) == "state" and not _whereabouts_kept(context):
            return _arrest(context)  # "police took the activist from his home": an arrest, if ACLED's
        return _people_held(context, "taken-away")
    if context.lemma == "hostage" and context.head not in {"take", "hold", "seize", "keep"}:
        return None
    return Typing(lex.ABDUCTION, "abduction", 0.8)


def _sexual(context: TriggerContext) -> Typing | None:
    return Typing(lex.SEXUAL_VIOLENCE, "sexual", 0.8)


def _agree(context: TriggerContext) -> Typing | None:
    if _not_agreed(context):
        return None
    named_after = context.dep == "compound" and context.head not in CEASEFIRE_HEADS
    if context.lemma in {"ceasefire", "truce", "armistice"} and named_after:
        return None  # "the ceasefire line", "truce monitors": named after one, none made
    if context.lemma in {"ceasefire", "truce", "armistice"}:
        return Typing(lex.AGREEMENT, "ceasefire", 0.8)
    if context.lemma == "surrender" and _any_actor(context):
        return Typing(lex.AGREEMENT, "surrender", 0.6)
    if context.lemma in {"talks", "negotiations"}:
        return _settling_talks(context)
    if context.has(lex.PEACE_CUES) or _any_actor(context):
        return Typing(lex.AGREEMENT, "agreement-conflict", 0.7)
    if context.has(SETTLED_DISPUTES):  # "signed an agreement ... settling the last disputed stretches of their border"
        return Typing(lex.AGREEMENT, "agreement-dispute", 0.6)
    return None


# Words of a dispute that an agreement settles between states (a border, a territory), with no armed side named.
SETTLED_DISPUTES = frozenset({"dispute", "disputes", "disputed", "demarcation", "demarcate", "demarcating"})


# The nouns a ceasefire word modifies that still tell the ceasefire itself ("a ceasefire deal", "truce talks"); any
# other ("the ceasefire line", "ceasefire monitors", "the armistice zone") names a thing after one.
CEASEFIRE_HEADS = frozenset({"agreement", "deal", "accord", "pact", "treaty", "declaration", "talks", "negotiations",
                             "negotiation", "terms", "arrangement", "arrangements", "plan", "proposal",
                             "offer"})  # fmt: skip


def _not_agreed(context: TriggerContext) -> bool:
    """ "rejected the truce", "violated the ceasefire", "no progress on a ceasefire", "had not committed to a
    truce", "without a deal": no agreement was reached."""
    heads = {context.head, context.governor_head}
    if context.negated_verb or context.outcome_denied:  # "made no progress on a ceasefire", "did not sign the accord"
        return True
    return not heads.isdisjoint(lex.NOT_AGREED_HEADS) or context.previous == "no" or context.governor == "without"


def _settling_talks(context: TriggerContext) -> Typing | None:
    """Talks are consultations (PLOVER CONSULT, no ACLED event), unless they are held to settle a conflict
    or a dispute that their own words name ("peace talks with the government", "talks over the border
    dispute", "talks on the Syria crisis"): the negotiations ACLED's Agreement records. Talks that are
    sought, urged or to be revived are not held."""
    if context.head in TALKS_NOT_HELD or context.arguments.isdisjoint(SETTLED_BY_TALKS):
        return None
    if context.governor in {"ahead of", "prior to", "before"}:  # "seized the town ahead of peace talks": not yet held
        return None
    if context.has(MEDIATORS):  # an envoy's talks with one side are consultations, not the sides' negotiations
        return None
    return Typing(lex.AGREEMENT, "settling-talks", 0.55)


def _capture(context: TriggerContext) -> Typing | None:
    if context.lemma in {"seize", "capture", "confiscate"} and _weapons_taken(context):
        return Typing(lex.DISRUPTED_WEAPONS, "seize-weapons", 0.75)
    if context.lemma in {"seize", "capture"} and _people_taken(context):
        return _people_held(context, "people-seized")  # "gunmen seized three nurses in the village of X"
    if _crowd_did_it(context):  # a crowd storming a police station takes no ground: a riot
        return _crowd_violence(context, "stormed-by-crowd") if context.lemma in FORCED_ENTRY else None
    if context.lemma in FORCED_ENTRY and context.does(lex.HARM_TOLD):
        return _violence(context)  # "raiders stormed the village, killing five": the killing, not ground taken
    territory = bool(context.arguments & lex.TERRITORY_CUES)
    held = context.previous in lex.STILL_HELD_CUES or context.head in lex.STILL_HELD_CUES
    if context.lemma in {"occupy", "control"} and held:
        return None  # "the army still occupies the land": who holds it, not its taking
    if context.lemma == "enter":  # "the fighters entered the town and met no resistance"
        unopposed = _any_actor(context) and _unopposed(context) and not context.has(FIGHT_WORDS)
        return Typing(lex.TERRITORY_TRANSFER, "entered-unopposed", 0.55) if unopposed else None
    armed = lex.STATE_ACTOR_CUES | lex.NON_STATE_CUES | lex.ARMED_UNITS
    if context.lemma == "gain" and (
        not (territory or "ground" in context.arguments) or context.perpetrator.isdisjoint(armed)
    ):
        return None  # "militants gained ground"; not "gained support", nor firefighters gaining ground
    taken = context.head in {"take", "seize", "gain", "assume", "wrest", "regain", "retake"}
    if context.lemma == "control" and not taken and not (context.next_word != "of" and territory):
        return None
    if _unopposed(context) and _any_actor(context):
        return Typing(lex.TERRITORY_TRANSFER, "territory-unopposed", 0.6)
    if context.lemma not in {"control", "gain"} and not territory:
        return None
    return _territory_by_actor(context, 0.7)


# Unarmed people that may be seized or held: "seized three nurses", "two teachers were captured", "a village chief".
TAKEN_PEOPLE = (lex.DETAINABLE_CUES | lex.CIVILIAN_CUES | lex.CIVILIAN_GROUPS | LABOUR_WORDS | frozenset(
    {"hostages", "hostage", "nurse", "engineer", "engineers", "pupils", "schoolgirls", "schoolchildren", "sons",
     "daughters", "priest", "priests", "nun", "nuns", "tourists", "tourist", "journalist", "midwife", "volunteers",
     "official", "officials", "businessman", "wife", "husband", "relatives", "doctor", "teachers",
     "missionary", "missionaries", "aid"}
)) - lex.ARMED_HEADS - lex.TERRITORY_CUES - lex.PROPERTY_CUES - {"bus", "vehicle", "villages", "person"}  # fmt: skip
# (not "person", the label of a name the parser may give a town: "captured Ngathaingchaung")
# Doers the text leaves unnamed ("unidentified men", "armed men", "men in plain clothes"), and words of people whose
# fate is kept from their kin ("their whereabouts are unknown", "taken to an unknown location"): ACLED's abduction or
# forced disappearance, by whoever holds them, not an arrest.
UNNAMED_DOERS = frozenset({"men", "man", "persons", "individuals", "people", "gunmen", "assailants", "kidnappers",
                           "abductors", "attackers", "unknown", "unidentified", "masked"})  # fmt: skip
DISAPPEARED_CUES = frozenset({"whereabouts", "incommunicado", "disappeared", "disappearance", "undisclosed"})


def _people_taken(context: TriggerContext) -> bool:
    """What was seized is people, not ground or things: "seized three health workers", "were captured in front of
    their pupils", "a village chief was seized" (not "seized the village", "captured two soldiers", a battle's)."""
    people = not (context.target | context.target_head).isdisjoint(TAKEN_PEOPLE)
    return people and context.target_head.isdisjoint(lex.TERRITORY_CUES | lex.ARMED_HEADS)


def _taken_away(context: TriggerContext) -> bool:
    """People detained by men the text leaves unnamed ("by men in plain clothes", "unidentified men detained"): not
    the forces' arrest but an abduction. Detained with no doer named ("activists were detained and taken to an
    undisclosed location") is the authorities' arrest."""
    return not context.perpetrator_head.isdisjoint(UNNAMED_DOERS) and _side_of_doer(context) == ""


def _taken_by_force(context: TriggerContext) -> bool:
    """People taken away by the forces, an armed group or men the text leaves unnamed ("masked men took him from his
    flat"), or whose whereabouts are kept; not "parents took their children from the school"."""
    unnamed = not context.perpetrator_head.isdisjoint(UNNAMED_DOERS | {"officers", "policemen", "soldiers"})
    return unnamed or _whereabouts_kept(context) or _side_of_doer(context) != ""


def _whereabouts_kept(context: TriggerContext) -> bool:
    return context.has(DISAPPEARED_CUES) or {"unknown", "location"} <= context.sentence


def _people_held(context: TriggerContext, rule: str) -> Typing:
    """People seized or detained: an arrest when the forces the doer's noun names hold them, an abduction when the
    doer is unnamed ("armed men", "men in plain clothes") or an armed group, or their whereabouts are kept."""
    unnamed = not context.perpetrator_head.isdisjoint(UNNAMED_DOERS) or not context.perpetrator
    kept = _whereabouts_kept(context)
    if _side_of_doer(context) == "state" and not kept:
        return Typing(lex.ARRESTS, f"{rule}-by-forces", 0.6)
    if unnamed or kept or _side_of_doer(context) == "non-state":
        return Typing(lex.ABDUCTION, f"{rule}-abduction", 0.7)
    return Typing(lex.ARRESTS, f"{rule}-by-forces", 0.55)


def _weapons_taken(context: TriggerContext) -> bool:
    """ "seized rifles", "seized on Thursday a cache of explosives": weapons, not a place, are what was taken."""
    if not context.target.isdisjoint(lex.WEAPON_SEIZURE_CUES):
        return True
    taken = context.arguments - context.perpetrator
    return not taken.isdisjoint(lex.WEAPON_SEIZURE_CUES) and taken.isdisjoint(lex.TERRITORY_CUES)


def _unopposed(context: TriggerContext) -> bool:
    """ "took the town without resistance", "seized a deserted post": no fight for the territory."""
    if "resistance" in context.sentence:
        return not context.sentence.isdisjoint({"without", "no", "little", "not", "any"})
    if context.has(OTHER_SIDE_LEFT) and not context.has(FIGHT_WORDS):
        return True  # "seized the area following the withdrawal of Puntland forces", "after the army pulled out"
    # "seized a deserted post" (not "found motorbikes lying abandoned" after retaking a town)
    left_behind = {"deserted", "abandoned"}
    return context.has(lex.UNOPPOSED_CUES - {"resistance"} - left_behind) or bool(context.arguments & left_behind)


def _side_of_doer(context: TriggerContext) -> str:
    """ "state" or "non-state" when the noun naming the doer says it ("troops backed by clan militias" are state
    forces, "rebels backed by foreign troops" are not), else ""."""
    head = context.perpetrator_head
    if not head.isdisjoint(lex.STATE_ACTOR_CUES - context.rebel_forces):
        return "state"
    if not head.isdisjoint(lex.NON_STATE_CUES | context.rebel_forces):
        return "non-state"
    return ""


def _territory_by_actor(context: TriggerContext, score: float) -> Typing | None:
    side = _side_of_doer(context)
    if side:
        kind = lex.GOVERNMENT_REGAINS if side == "state" else lex.NON_STATE_OVERTAKES
        return Typing(kind, f"territory-{side}", score)
    if not context.perpetrator.isdisjoint(lex.STATE_ACTOR_CUES):
        return Typing(lex.GOVERNMENT_REGAINS, "territory-state", score)
    if not context.perpetrator.isdisjoint(lex.NON_STATE_CUES) or (context.non_state_actor and not context.state_actor):
        return Typing(lex.NON_STATE_OVERTAKES, "territory-non-state", score)
    if context.state_actor:
        return Typing(lex.GOVERNMENT_REGAINS, "territory-state", score)
    return None


def _recapture(context: TriggerContext) -> Typing | None:
    if context.lemma in {"recover", "flush"} and context.has(lex.WEAPON_SEIZURE_CUES):
        return Typing(lex.DISRUPTED_WEAPONS, "recover-weapons", 0.7)
    if context.lemma in {"recover", "regain", "free"} and not context.arguments & lex.TERRITORY_CUES:
        return None
    if context.lemma in {"drive", "push"} and context.next_word not in {"back", "out"}:
        return None
    if context.lemma in {"drive", "push"} and context.next_word == "back" and not _ground_named(context):
        return None  # "the attackers were pushed back", "troops drove back the assault": an attack repelled
    if context.lemma == "clear" and not _cleared_of_fighters(context):
        return None
    if not (context.has(lex.TERRITORY_CUES) or _any_actor(context)):
        return None
    if context.lemma != "free" and _unopposed(context):
        return Typing(lex.TERRITORY_TRANSFER, "recapture-unopposed", 0.6)
    side = _side_of_doer(context)  # who retakes it decides: "troops backed by militias recaptured the town"
    if side == "non-state" or (not side and not context.perpetrator.isdisjoint(lex.NON_STATE_CUES)):
        return Typing(lex.NON_STATE_OVERTAKES, "recapture-non-state", 0.7)
    return Typing(lex.GOVERNMENT_REGAINS, "recapture", 0.75)


# Entity labels the sentence's words carry: a town named is no ground fought over by itself.
PLACE_LABELS = frozenset({"gpe", "fac", "loc"})


def _ground_named(context: TriggerContext) -> bool:
    """Whether a push back names ground lost by a word of its kind ("pushed back from their strongholds", "drove
    the rebels back out of the town"), not only towns the sentence names ("pushed back after reinforcements arrived
    from Kandi": an attack repelled)."""
    return bool(context.arguments & lex.TERRITORY_CUES or (context.sentence & lex.TERRITORY_CUES) - PLACE_LABELS)


def _armed_side_position(context: TriggerContext) -> bool:
    """ "an FDLR position", "a rebel camp", "militants' bases": a base or a position of a non-state armed side (not
    "a protest camp", "a bomb-making cell")."""
    position = not context.target.isdisjoint(lex.BASE_CUES | TARGET_POSITIONS)
    return position and not context.target.isdisjoint(lex.NON_STATE_CUES)


def _cleared_of_fighters(context: TriggerContext) -> bool:
    """ "cleared the villages of Boko Haram", "cleared the militants out of the district": ground cleared of an
    armed side (not "cleared the mines", "cleared the road of debris")."""
    armed = not context.arguments.isdisjoint(lex.NON_STATE_CUES | lex.STATE_ACTOR_CUES)
    return armed and context.arguments.isdisjoint(WEAPON_WORDS | lex.WEAPON_SEIZURE_CUES)


def _withdraw(context: TriggerContext) -> Typing | None:
    ground = (context.arguments - {"control"}) & lex.TERRITORY_CUES  # "control of the ministry" is no ground
    if context.lemma == "handover" and (ground or context.has(STRONG_ACTOR_WORDS)):
        return Typing(lex.TERRITORY_TRANSFER, "handover", 0.65)  # "handed over the base to the army"
    armed = context.has(STRONG_ACTOR_WORDS) or not context.perpetrator.isdisjoint(lex.STATE_ACTOR_CUES)
    if not armed or (context.lemma == "pull" and context.next_word not in {"back", "out"}):
        return None
    taken_unfought = context.has(lex.TAKEOVER_CUES) and not context.has(FIGHT_WORDS)
    handed = context.has(lex.HANDOVER_CUES) or taken_unfought
    if handed or (context.has(lex.UNOPPOSED_CUES) and context.lemma != "evacuate"):
        return Typing(lex.TERRITORY_TRANSFER, "withdraw-territory", 0.6)  # the ground went to the other side
    # "troops withdrew from the base": a change to the forces' activity for ACLED, PLOVER RETREAT
    return Typing(lex.WITHDRAWAL, "withdraw", 0.5)


def _loot(context: TriggerContext) -> Typing | None:
    set_on_fire = not context.arguments.isdisjoint({"fire", "ablaze", "alight"})  # "set tyres on fire"
    if context.lemma == "set" and context.next_word not in {"fire", "ablaze", "alight"} and not set_on_fire:
        return _base(context) if context.next_word == "up" else None
    if context.lemma == "destroy" and context.target & (lex.WEAPON_SEIZURE_CUES - {"drone", "missile"}):
        if context.perpetrator & lex.AIR_CUES:  # "warplanes destroyed an arms depot": a strike on it
            return Typing(lex.AIR_STRIKE, "weapons-struck", 0.6)
        return Typing(lex.DISRUPTED_WEAPONS, "weapons-destroyed", 0.6)  # "destroyed 342 mines and 288 IEDs"
    if context.lemma in {"burn", "destroy", "demolish", "raze", "set"} and not (
        context.arguments & lex.PROPERTY_CUES or context.next_word in {"fire", "ablaze"} or set_on_fire
    ):
        return None
    if context.lemma in {"damage", "gut"} and not (
        context.has(lex.FIRE_WORDS) and context.arguments & lex.PROPERTY_CUES
    ):
        return None  # "fires damaged four cottages", "a blaze gutted the offices"; not "the talks damaged trust"
    if _disaster_told(context) and not (_any_actor(context) or _crowd_did_it(context) or _fire_set_by_someone(context)):
        return None
    weapon = _weapon(context) if _any_actor(context) and context.lemma == "destroy" else None
    if weapon is not None:
        return Typing(weapon.kind, weapon.rule, 0.6)
    armed_doer = not _doer(context).isdisjoint(ARMED_DOERS)  # "armed men set fire to homes": no crowd
    if context.has(lex.MOB_CUES) and not armed_doer:
        return Typing(lex.MOB_VIOLENCE, "destruction-by-mob", 0.65)
    crowd = context.has(RIOTING_CROWDS) or _crowd_doer(context) or _working_people_did_it(context)
    if crowd and not armed_doer and _homes_attacked(context):
        return Typing(lex.MOB_VIOLENCE, "homes-burned-by-crowd", 0.65)
    if context.has(RIOTING_CROWDS) and not armed_doer:
        return Typing(lex.VIOLENT_DEMONSTRATION, "destruction-by-crowd", 0.6)
    if (_crowd_doer(context) or _working_people_did_it(context)) and not armed_doer:  # "drivers torched a post"
        state_target = not context.target.isdisjoint(lex.STATE_ACTOR_CUES)
        if state_target or context.does(lex.DEMONSTRATION_FORMS) or _working_people_did_it(context):
            return Typing(lex.VIOLENT_DEMONSTRATION, "destruction-by-crowd-demonstrating", 0.6)
        return _crowd_violence(context, "destruction-by-crowd")
    # a fire set on purpose: "arson", "torched", or property burnt in a fire a sentence near tells was set ("police
    # were treating the fire as arson", "investigators found petrol cans"); not people set alight
    set_property = context.arson_near and bool(context.arguments & lex.PROPERTY_CUES)
    # "hooded men set fire to nine trucks": set on purpose (not by "a short circuit", nor people set alight)
    people = (context.target | context.target_head) & (TAKEN_PEOPLE | lex.CIVILIAN_CUES | {"traders", "man", "men"})
    things = context.does(lex.PROPERTY_CUES - {"fire"})
    set_alight = context.lemma == "set" and things and context.perpetrator.isdisjoint(lex.FIRE_CAUSES) and not people
    deliberate = context.lemma in {"loot", "looting", "arson", "torch"} or set_property or set_alight
    if not deliberate and context.arguments & lex.PROPERTY_CUES and context.does(VIOLENCE_AROUND):
        return Typing(lex.LOOTING, "destruction-in-violence", 0.55)  # "shops were burned in a spate of violence"
    if not (_any_actor(context) or deliberate):
        return None
    return Typing(lex.LOOTING, "looting-destruction", 0.6)


def _fire_set_by_someone(context: TriggerContext) -> bool:
    """People named as the doer set property on fire ("suspected gang members set fire to 11 buses", "arsonists set
    fire to a warehouse"): arson, property destruction whoever did it, though the sentence names a warehouse or an
    industrial town as a fire's disaster would; not "a short circuit set fire to the factory", nor people set
    alight."""
    doer = context.perpetrator
    if context.lemma != "set" or not doer or not doer.isdisjoint(lex.FIRE_CAUSES | lex.FIRE_WORDS):
        return False
    people = (context.target | context.target_head) & (TAKEN_PEOPLE | lex.CIVILIAN_CUES | {"man", "men"})
    return context.does(BURNABLE_PROPERTY) and not people


# Property a fire may be set to: the lexicon's, and the sites of industry that also name a disaster's scene.
BURNABLE_PROPERTY = (lex.PROPERTY_CUES - {"fire"}) | frozenset(
    {"warehouse", "warehouses", "depot", "depots", "factory", "factories", "workshop", "workshops", "barn", "barns"}
)


def _disrupt(context: TriggerContext) -> Typing | None:
    if context.lemma == "intercept" and context.target.isdisjoint(lex.WEAPON_SEIZURE_CUES):
        people = context.target & (lex.DETAINABLE_CUES | {"person"}) or context.target_head & lex.DETAINABLE_CUES
        return Typing(lex.ARRESTS, "people-intercepted", 0.6) if people else None  # "intercepted 15 suspects"
    if context.lemma == "dismantle" and _armed_side_position(context):
        return _territory_by_actor(context, 0.6)  # "soldiers dismantled a rebel camp": its ground retaken
    if context.lemma in {"find", "discover", "uncover"}:
        found = context.arguments & (lex.WEAPON_SEIZURE_CUES - SINGLE_WEAPONS)
        return Typing(lex.DISRUPTED_WEAPONS, "weapons-found", 0.6) if found else None
    if context.has(lex.CRIME_CUES) and not context.has(lex.WEAPON_SEIZURE_CUES):
        return None
    weapons = context.has(lex.WEAPON_SEIZURE_CUES)
    if weapons or (context.lemma != "smuggle" and context.has(frozenset({"attack", "plot", "attempt"}))):
        return Typing(lex.DISRUPTED_WEAPONS, "disrupt", 0.75)
    return None


def _base(context: TriggerContext) -> Typing | None:
    if context.lemma in {"establish", "set"} and context.arguments & lex.BASE_CUES:
        return Typing(lex.BASE_ESTABLISHED, "base-established", 0.7)
    if context.lemma in {"establish", "set"} and context.target & lex.ARMED_UNITS:
        return Typing(lex.CHANGE_TO_GROUP, "group-formed", 0.55)  # "a new militia was set up in the province"
    return None


def _change(context: TriggerContext) -> Typing | None:
    if context.lemma in {"form", "found"}:
        formed = context.target_head & lex.ARMED_UNITS
        return Typing(lex.CHANGE_TO_GROUP, "group-formed", 0.55) if formed else None  # "formed a new brigade"
    if context.lemma in {"move", "mobilize", "mobilise", "redeploy", "amass"}:
        return _movement(context)
    if context.lemma in {"deploy", "deployment", "dispatch", "reinforce"} and not context.has(STRONG_ACTOR_WORDS):
        return None
    if context.has(lex.GROUP_CHANGE_CUES) and _any_actor(context):
        return Typing(lex.CHANGE_TO_GROUP, "group-change", 0.5)
    return None


def _movement(context: TriggerContext) -> Typing | None:
    """ "moved troops to the border", "hundreds of fighters mobilised": armed forces moving or mobilising
    (ACLED's change to a group's activity); not "moved to ban" nor people mobilised for a protest."""
    if context.arguments.isdisjoint(lex.ARMED_UNITS) or context.has(PROTEST_WORDS):
        return None
    if context.lemma == "move" and context.next_word == "to" and context.has(frozenset({"ban", "block", "end"})):
        return None
    return Typing(lex.CHANGE_TO_GROUP, "forces-moved", 0.5)


_TYPERS: dict[str, Typer] = {
    "violence": _violence,
    "explosion": _explosion,
    "clash": _clash,
    "protest": _protest,
    "riot": _riot,
    "arrest": _arrest,
    "abduction": _abduction,
    "sexual": _sexual,
    "agree": _agree,
    "capture": _capture,
    "recapture": _recapture,
    "withdraw": _withdraw,
    "loot": _loot,
    "disrupt": _disrupt,
    "base": _base,
    "change": _change,
}
