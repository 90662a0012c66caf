"""The event lexicon: ACLED event types with their PLOVER crosswalk, trigger words and context cues.

Words are matched lower-cased, against a token's lemma or its form. Cue sets are read over the
trigger's sentence; they refine a trigger's family into an ACLED sub-event type.
"""

from __future__ import annotations

from eventwire.model.candidates import OUT_OF_SCOPE, EventKind

BATTLES, REMOTE, CIVILIANS = "Battles", "Explosions/Remote violence", "Violence against civilians"
PROTESTS, RIOTS, STRATEGIC = "Protests", "Riots", "Strategic developments"

ARMED_CLASH = EventKind(BATTLES, "Armed clash", "ASSAULT")
GOVERNMENT_REGAINS = EventKind(BATTLES, "Government regains territory", "ASSAULT")
NON_STATE_OVERTAKES = EventKind(BATTLES, "Non-state actor overtakes territory", "ASSAULT")
CHEMICAL = EventKind(REMOTE, "Chemical weapon", "ASSAULT", "WMD")
AIR_STRIKE = EventKind(REMOTE, "Air/drone strike", "ASSAULT", "aerial")
SUICIDE_BOMB = EventKind(REMOTE, "Suicide bomb", "ASSAULT", "suicide")
SHELLING = EventKind(REMOTE, "Shelling/artillery/missile attack", "ASSAULT", "shelling")
REMOTE_EXPLOSIVE = EventKind(REMOTE, "Remote explosive/landmine/IED", "ASSAULT", "explosives")
GRENADE = EventKind(REMOTE, "Grenade", "ASSAULT", "explosives")
SEXUAL_VIOLENCE = EventKind(CIVILIANS, "Sexual violence", "ASSAULT", "sexual")
ATTACK = EventKind(CIVILIANS, "Attack", "ASSAULT")
ABDUCTION = EventKind(CIVILIANS, "Abduction/forced disappearance", "ASSAULT", "abduct")
PEACEFUL_PROTEST = EventKind(PROTESTS, "Peaceful protest", "PROTEST")
PROTEST_INTERVENTION = EventKind(PROTESTS, "Protest with intervention", "PROTEST")
EXCESSIVE_FORCE = EventKind(PROTESTS, "Excessive force against protesters", "COERCE")
VIOLENT_DEMONSTRATION = EventKind(RIOTS, "Violent demonstration", "PROTEST")
MOB_VIOLENCE = EventKind(RIOTS, "Mob violence", "ASSAULT")
AGREEMENT = EventKind(STRATEGIC, "Agreement", "AGREE")
ARRESTS = EventKind(STRATEGIC, "Arrests", "COERCE", "arrest")
CHANGE_TO_GROUP = EventKind(STRATEGIC, "Change to group/activity", "MOBILIZE")
DISRUPTED_WEAPONS = EventKind(STRATEGIC, "Disrupted weapons use", "COERCE")
BASE_ESTABLISHED = EventKind(STRATEGIC, "Headquarters or base established", "MOBILIZE")
LOOTING = EventKind(STRATEGIC, "Looting/property destruction", "COERCE")
TERRITORY_TRANSFER = EventKind(STRATEGIC, "Non-violent transfer of territory", "RETREAT", "withdraw")
# Forces that pull back without handing over ground: a change to their activity for ACLED, a RETREAT for PLOVER.
WITHDRAWAL = EventKind(STRATEGIC, "Change to group/activity", "RETREAT", "withdraw")
# What a dated short note reports when no trigger word tells it (``resolve/note_events.py``): ACLED's catch-all
# for developments; PLOVER has no catch-all, and a note's unnamed act is most often a mobilisation or a decision.
NOTE_DEVELOPMENT = EventKind(STRATEGIC, "Other", "MOBILIZE")
# A raid by the forces on a place of civilians that hurt and held no one ("police raided the newspaper's office and
# closed it down"): a coercive development for ACLED, no violence.
FORCES_RAID = EventKind(STRATEGIC, "Other", "COERCE")
# Violence outside ACLED's scope (a shooting with no political actor): PLOVER's ASSAULT (its manual has no CRIME).
CRIME = EventKind(OUT_OF_SCOPE, OUT_OF_SCOPE, "ASSAULT")

# ---------------------------------------------------------------- triggers: word -> family

TRIGGER_FAMILIES: dict[str, str] = {
    **dict.fromkeys(
        ["attack", "assault", "raid", "ambush", "massacre", "kill", "murder", "shoot", "shooting", "gunfire",
         "behead", "execute", "stab", "stabbing", "torture", "hack", "homicide", "slay", "gun", "invade", "beat",
         "gunshot", "assassinate", "assassination"],
        "violence",
    ),
    **dict.fromkeys(
        ["strike", "airstrike", "bomb", "bombing", "bombard", "bombardment", "explosion", "explode", "blast",
         "detonate", "shell", "shelling", "missile", "rocket", "mortar", "grenade", "ied", "landmine", "drone", "drop",
         "use", "fire", "launch", "lob", "hurl", "plant", "blow", "bomber", "throw"],
        "explosion",
    ),
    **dict.fromkeys(
        ["clash", "fight", "fighting", "battle", "gunfight", "firefight", "skirmish", "confrontation", "engage",
         "offensive", "repel", "repulse", "shootout", "shoot-out", "exchange"],
        "clash",
    ),
    **dict.fromkeys(
        ["protest", "demonstrate", "demonstration", "march", "rally", "picket", "demonstrator", "protester",
         "protestor", "sit-in", "gather", "sit", "block", "barricade", "chant"],
        "protest",
    ),
    **dict.fromkeys(["riot", "rioter", "rioting", "mob", "lynch", "vandalize", "vandalise", "rampage"], "riot"),
    **dict.fromkeys(["arrest", "detain", "apprehend", "nab"], "arrest"),
    **dict.fromkeys(["kidnap", "abduct", "abduction", "kidnapping", "hostage", "disappearance", "take-away"],
                    "abduction"),
    **dict.fromkeys(["rape", "raped", "molest", "sexual-violence"], "sexual"),  # "raped": spaCy's lemma is "rap"
    **dict.fromkeys(
        ["ceasefire", "truce", "armistice", "agreement", "accord", "deal", "pact", "surrender", "agree", "talks",
         "negotiations"],
        "agree",
    ),
    **dict.fromkeys(
        ["capture", "seize", "overrun", "storm", "control", "takeover", "occupy", "gain", "enter"], "capture"
    ),
    **dict.fromkeys(
        ["recapture", "retake", "regain", "liberate", "reclaim", "dislodge", "recover", "flush", "free", "drive",
         "push", "clear"], "recapture"
    ),
    **dict.fromkeys(["withdraw", "withdrawal", "retreat", "handover", "evacuate", "relocate", "pull"], "withdraw"),
    **dict.fromkeys(
        ["loot", "looting", "arson", "torch", "burn", "raze", "demolish", "destroy", "set", "damage", "gut"], "loot"
    ),
    **dict.fromkeys(
        ["defuse", "dismantle", "intercept", "foil", "thwart", "confiscate", "cache", "smuggle", "find", "discover",
         "uncover"],
        "disrupt",
    ),
    **dict.fromkeys(["establish", "headquarters", "base", "barracks", "outpost"], "base"),
    **dict.fromkeys(
        ["recruit", "merge", "split", "defect", "deploy", "deployment", "dispatch", "reinforce", "form", "found",
         "mobilize", "mobilise", "redeploy", "amass", "move"],
        "change",
    ),
}  # fmt: skip

# Irregular forms of trigger verbs that the model's lemmatizer leaves as they are ("forces retook the town").
IRREGULAR_FORMS = {"retook": "retake"}

# Words of a sentence that discusses who is to blame for an event rather than reporting it.
ATTRIBUTION_CUES = frozenset({"responsibility", "responsible", "credit", "accusation", "accusations", "allegations",
                              "rejected", "denied", "denies", "blamed", "blames"})  # fmt: skip

# Trigger words that report an event only as a verb ("gunned down", "set fire") or only as a noun ("an accord").
VERB_ONLY_TRIGGERS = frozenset(
    {"gun", "set", "hack", "pull", "free", "find", "discover", "uncover", "storm", "drop", "use", "fire", "launch",
     "lob", "hurl", "plant", "blow", "drive", "push", "gain", "agree", "beat", "gather", "sit", "form", "found",
     "block", "barricade", "chant",
     "clear",
     "move", "amass", "throw", "enter", "damage", "gut"}
)  # fmt: skip
NOUN_ONLY_TRIGGERS = frozenset({"accord", "deal", "base", "cache", "headquarters", "exchange", "gunshot", "talks",
                                "negotiations"})  # fmt: skip

# Within one sentence, the more specific kind is the one the sentence reports (higher first).
SPECIFICITY: dict[str, int] = {
    "Chemical weapon": 6, "Suicide bomb": 6, "Grenade": 5, "Air/drone strike": 5, "Remote explosive/landmine/IED": 5,
    "Shelling/artillery/missile attack": 5, "Sexual violence": 5, "Abduction/forced disappearance": 4,
    "Excessive force against protesters": 5, "Protest with intervention": 4, "Violent demonstration": 4,
    "Mob violence": 4, "Peaceful protest": 3, "Government regains territory": 4,
    "Non-state actor overtakes territory": 4, "Non-violent transfer of territory": 4,
    "Headquarters or base established": 4, "Agreement": 3, "Arrests": 3,
    "Armed clash": 2, "Attack": 2, "Disrupted weapons use": 2, "Looting/property destruction": 1,
    "Change to group/activity": 1, "none": 0,
}  # fmt: skip

# ---------------------------------------------------------------- context cues

CHEMICAL_CUES = frozenset({"chemical", "chlorine", "sarin", "mustard", "toxic", "poisonous", "poison", "nerve"})
CROWD_CONTROL_CUES = frozenset({"teargas", "tear", "cannon", "cannons", "rubber", "pepper", "smoke", "nonlethal",
                                "non-lethal", "batons", "pepper-sprayed", "stun"})  # fmt: skip
DISRUPT_CUES = frozenset({"discover", "discovered", "found", "seize", "seized", "cache", "defuse", "defused",
                          "recovered", "stash", "confiscated", "identified", "intercepted", "dismantled"})  # fmt: skip
WEAPON_NOUNS = frozenset({"grenade", "missile", "rocket", "mortar", "bomb", "ied", "landmine", "drone", "shell"})
SUICIDE_CUES = frozenset({"suicide", "self-detonate", "self-detonated", "self-detonating", "kamikaze"})
GRENADE_CUES = frozenset({"grenade", "grenades"})
# The words before "grenade" that make it a crowd-control munition, not a weapon: "stun grenades", "smoke grenades",
# "tear gas grenades", "flash-bang grenades".
CROWD_CONTROL_GRENADES = frozenset({"stun", "smoke", "sound", "flash", "flash-bang", "flashbang", "gas", "teargas",
                                    "tear-gas", "concussion", "noise"})  # fmt: skip
AIR_CUES = frozenset(
    {"airstrike", "airstrikes", "air", "drone", "drones", "warplane", "warplanes", "jet", "jets", "aircraft",
     "helicopter", "helicopters", "bomber", "aerial", "airstrip", "uav", "chopper", "choppers", "gunship", "gunships",
     "plane", "planes", "fighter-bombers", "uavs"}
)  # fmt: skip
IED_CUES = frozenset(
    {"ied", "ieds", "landmine", "landmines", "mine", "roadside", "explosive", "explosives", "bomb", "bombs",
     "bombing", "detonate", "improvised", "device", "planted", "car-bomb", "detonated"}
)  # fmt: skip
SHELLING_CUES = frozenset(
    {"shell", "shells", "shelling", "shelled", "mortar", "mortars", "artillery", "rocket", "rockets", "missile",
     "missiles", "tank", "tanks", "howitzer", "katyusha", "projectile", "projectiles", "cannon"}
)  # fmt: skip
STATE_ACTOR_CUES = frozenset(
    {"soldier", "soldiers", "troop", "troops", "army", "military", "police", "policeman", "policemen", "gendarme",
     "gendarmes", "forces", "force", "navy", "marines", "peacekeeper", "peacekeepers", "government",
     "amisom", "minusca", "monusco", "fardc", "jtf", "officers", "guards", "regime", "coalition", "sndf", "snaf"}
)  # fmt: skip
NON_STATE_CUES = frozenset(
    {"militant", "militants", "rebel", "rebels", "insurgent", "insurgents", "militia", "militiamen", "militias",
     "jihadist", "jihadists", "terrorist", "terrorists", "gunmen", "fighters", "bandits", "boko", "haram",
     "shabaab", "shabab", "isis", "isil", "daesh", "taliban", "houthi", "houthis", "qaeda", "separatists",
     "separatist", "herdsmen", "extremists", "assailants", "attackers", "seleka", "anti-balaka", "ypg", "pkk",
     "hezbollah", "hamas", "aqim", "ex-seleka", "mai-mai", "mayi-mayi", "adf", "fdlr", "fighter", "opposition",
     "cadres", "vigilantes", "militiaman", "paramilitary", "paramilitaries", "raiders"}
)  # fmt: skip
CIVILIAN_CUES = frozenset(
    {"civilian", "civilians", "villager", "villagers", "resident", "residents", "people", "farmer", "farmers",
     "worshippers", "students", "women", "children", "passengers", "herder", "herders", "traders", "villages",
     "village", "family", "man", "woman", "child", "boy", "girl", "student", "teacher", "trader", "chief", "bus",
     "vehicle", "market", "church", "mosque", "school", "home", "homes", "driver", "member", "members"}
)  # fmt: skip
RIOT_CUES = frozenset(
    {"riot", "rioters", "rioting", "violent", "vandalised", "vandalized", "stones", "stone", "stone-throwing",
     "torched", "burnt", "burned", "looted", "looting", "barricades", "clashed", "clashes", "rampage", "petrol",
     "violence", "ablaze", "aggressive", "rocks", "bottles", "battle", "vandalism", "clash", "pelted", "stoned",
     "tyres", "tires", "berserk", "barricaded", "barricade", "alight", "blockade", "rioted", "smashed", "smashing",
     "blaze", "firecrackers", "molotov", "arson", "ransacked", "torching"}
)  # fmt: skip
INTERVENTION_CUES = frozenset(
    {"tear", "teargas", "dispersed", "disperse", "arrested", "detained", "rubber", "cannon", "batons", "baton",
     "arrest", "arrests", "intervened", "broke", "dispersal", "suppressed", "suppress", "crackdown", "detain",
     "pepper", "smoke", "nonlethal", "pepper-sprayed"}
)  # fmt: skip
EXCESSIVE_FORCE_CUES = frozenset({"killed", "killing", "shot", "live", "dead", "died", "killings", "excessive"})
MOB_CUES = frozenset({"mob", "lynch", "lynched", "vigilante", "vigilantes", "mob-justice"})
POLITICAL_ARREST_CUES = frozenset(
    {"activist", "activists", "opposition", "journalist", "journalists", "protester", "protesters", "militant",
     "militants", "rebel", "rebels", "leader", "leaders", "politician", "members", "member", "insurgents",
     "terrorist", "terrorists", "jihadists", "suspected", "commander", "demonstrators", "mp", "party", "coup",
     "blogger", "cleric", "student", "students", "boko", "shabaab", "isis", "militia", "soldiers", "officers",
     "extremist", "extremism", "treason", "subversion", "subvert", "sedition", "espionage", "anti-government"}
)  # fmt: skip
CRIME_CUES = frozenset(
    {"smuggle", "smuggling", "smuggled", "migrants", "drugs", "drug", "robbery", "robber", "theft", "fraud",
     "counterfeit", "homicide", "gang", "burglary", "stolen", "trafficking", "cocaine", "heroin", "marijuana"}
)  # fmt: skip
DISASTER_CUES = frozenset(
    {"earthquake", "flood", "floods", "flooding", "crash", "accident", "storm", "cyclone", "volcano", "landslide",
     "covid", "virus", "disease", "collision", "drowned", "lightning", "tornado", "hurricane", "avalanche",
     "eruption", "typhoon", "quake", "tsunami", "outbreak", "collapse", "collapsed", "derailed", "capsized",
     "factory", "furnace", "refinery", "industrial", "warehouse", "boiler", "cylinder", "container", "spill",
     "hazard", "leak", "fumes", "pipeline", "landslides", "wildfire", "blaze"}
)  # fmt: skip
TERRITORY_CUES = frozenset(
    {"town", "city", "village", "villages", "area", "areas", "territory", "region", "district", "control", "towns",
     "province", "county", "locality", "airport", "port", "zone", "positions", "stronghold", "island", "airfield",
     "crossing", "border", "camp", "camps", "base", "bases", "strongholds", "barracks", "neighborhood",
     "neighbourhood", "hill", "hills", "valley", "gpe", "fac", "loc", "fields", "oilfield", "oilfields", "capital",
     "suburb", "suburbs", "outskirts", "settlement", "settlements", "quarter", "ground"}
)  # fmt: skip
WEAPON_SEIZURE_CUES = frozenset(
    {"weapon", "weapons", "arms", "ammunition", "ammunitions", "explosives", "rifles", "guns", "firearms",
     "rounds", "bomb", "bombs", "device", "devices", "ied", "ieds", "grenades", "missile", "drone", "rockets",
     "pistols", "pistol", "bullets", "stash", "cache", "mines", "shells", "rifle", "gun", "ak-47", "detonators"}
)  # fmt: skip
BASE_CUES = frozenset({"base", "bases", "headquarters", "barracks", "camp", "camps", "outpost", "post", "checkpoint",
                       "point", "points", "posts", "outposts", "checkpoints"})  # fmt: skip
PROPERTY_CUES = frozenset(
    {"house", "houses", "home", "homes", "building", "buildings", "shops", "shop", "property", "huts", "market",
     "vehicles", "cars", "church", "mosque", "school", "office", "offices", "granaries", "crops", "fire", "bank",
     "branch", "checkpoint", "tyres", "tires", "villa", "villas", "cottage", "cottages", "hotel", "hotels",
     "restaurant", "hall", "press", "trucks", "buses", "shacks", "shack", "hut", "dwellings",
     "tractors", "machines", "machinery", "excavators", "equipment", "car", "vehicle", "truck", "lorry", "lorries"}
)  # fmt: skip
# Words of a fire set on purpose, in the sentence of a fire's damage or next to it ("investigators found petrol cans",
# "police were treating the fire as arson"): property destroyed by someone, not an accident.
ARSON_CUES = frozenset({"arson", "arsonist", "arsonists", "accelerant", "accelerants", "petrol", "gasoline",
                        "firebomb", "firebombed", "firebombs", "deliberately"})  # fmt: skip
# What sets a fire by accident ("a short circuit set fire to the market", "sparks set the grass alight"): not
# someone who sets it on purpose.
FIRE_CAUSES = frozenset({"circuit", "spark", "sparks", "lightning", "candle", "candles", "cigarette", "heat",
                         "stove", "cooker", "lamp", "fault", "explosion", "blast", "wildfire", "flames", "embers",
                         "fireworks", "generator", "gas"})  # fmt: skip
# What damages or guts a building in a fire: "fires damaged four cottages", "a blaze gutted the offices".
FIRE_WORDS = frozenset({"fire", "fires", "blaze", "blazes", "flames", "arson"})
PEACE_CUES = frozenset(
    {"peace", "ceasefire", "truce", "rebels", "rebel", "militia", "armed", "prisoners", "prisoner", "hostilities",
     "fighters", "insurgents", "militants", "swap", "exchange", "disarm", "surrendered", "surrender", "mutiny",
     "soldiers", "troops", "hostages", "war", "conflict"}
)  # fmt: skip
# Territory changing hands without a fight: "seized it without resistance", "a deserted post".
UNOPPOSED_CUES = frozenset({"unopposed", "resistance", "deserted", "abandoned", "peacefully", "handed", "evacuated"})
GROUP_CHANGE_CUES = frozenset(
    {"recruit", "recruited", "recruits", "merge", "merged", "split", "defected", "defect", "leader", "troops",
     "forces", "soldiers", "fighters", "militants", "group", "deploy", "deployed", "reinforcements"}
)  # fmt: skip
# Modifiers of a strike that lasts: "a 24-hour strike", "an indefinite strike"; air strikes do not last.
STRIKE_DURATIONS = frozenset({"hour", "day", "week", "month", "indefinite", "open-ended", "sit-down", "nationwide"})
# Unarmed groups: a clash with them is a riot ("police clashed with traders").
# People named by their trade in the plural, who riot as a crowd ("street vendors burned tyres", "miners torched").
TRADE_CROWDS = frozenset({"vendors", "traders", "hawkers", "miners", "drivers", "farmers", "workers", "merchants",
                          "shopkeepers", "fishermen", "riders", "porters"})  # fmt: skip
CIVILIAN_GROUPS = frozenset({"activist", "trader", "vendor", "student", "worker", "miner", "protester", "demonstrator",
                             "youth", "supporter"})  # fmt: skip
# Heads of a target that is fighting: a force, a fighter, a position ("attacked soldiers", "the army", "a convoy").
ARMED_HEADS = STATE_ACTOR_CUES | NON_STATE_CUES | frozenset(
    {"checkpoint", "base", "position", "convoy", "patrol", "station", "camp", "barracks", "outpost", "troop", "force",
     "conscript", "sergeant", "colonel", "officer", "commander", "general", "captain", "lieutenant", "major",
     "corporal", "private", "militiaman", "fighter", "guard", "gendarme", "peacekeeper", "recruit", "unit",
     "battalion", "brigade", "group", "militia", "post", "garrison", "headquarters", "contingent", "trooper", "marine",
     "policeman", "policewoman", "cop", "soldier", "ranger", "sniper", "gunman", "rebel", "insurgent", "militant"}
)  # fmt: skip
# What a group forms or sets up, and what moves or mobilises ("formed a new brigade", "moved troops to the
# border"): ACLED's change to a group or its activity (new groups, troop movements, mobilisation).
ARMED_UNITS = frozenset(
    {"group", "groups", "unit", "units", "militia", "militias", "brigade", "brigades", "battalion", "battalions",
     "force", "forces", "army", "wing", "faction", "front", "cell", "cells", "troops", "troop", "division",
     "regiment", "squad", "squads", "organisation", "organization", "corps", "fighters", "soldiers", "militants",
     "tanks", "reinforcements", "rebels", "insurgents", "militiamen", "paramilitaries", "formations"}
)  # fmt: skip
# Words of a handover: territory passed on to the other side without a fight ("handed control of the base to").
HANDOVER_CUES = frozenset({"handed", "handing", "handover", "hand", "hands", "ceded", "cede", "transferred",
                           "surrendered", "relinquished"})  # fmt: skip
# Nouns naming an industrial site or its stock: an explosion there is an accident unless an actor is named.
INDUSTRIAL_NOUNS = frozenset({"plant", "plants", "chemicals", "fireworks", "reactor", "tanker", "pipeline"})
# Heads under which an agreement is not reached: "rejected the truce", "no progress on a ceasefire".
NOT_AGREED_HEADS = frozenset({"reject", "refuse", "fail", "violate", "breach", "oppose", "scrap", "progress",
                              "abandon", "without", "denounce", "boycott"})  # fmt: skip
# Words of people held ("arrested", "in custody", "in handcuffs") and of people hurt ("killed", "wounded"): a raid
# with the first and none of the second is the arrest it was made for.
ARREST_TOLD = frozenset({"arrest", "arrests", "arrested", "detain", "detained", "detention", "detaining", "custody",
                         "handcuffs", "handcuffed", "apprehend", "apprehended", "nab", "nabbed"})  # fmt: skip
HARM_TOLD = frozenset({"kill", "killed", "killing", "dead", "die", "died", "death", "deaths", "wound", "wounded",
                       "injure", "injured", "injuring", "injuries", "hurt", "shot", "shoot", "beat", "beaten",
                       "beating", "torture", "tortured", "fire", "gunfire", "clash", "clashes",
                       "exchange"})  # fmt: skip
# What talks reach when they succeed; denied ("no deal", "without an agreement"), the talks settled nothing.
TALK_OUTCOMES = frozenset({"agreement", "deal", "accord", "breakthrough", "progress", "settlement", "pact",
                           "ceasefire", "truce", "agree", "consensus", "compromise"})  # fmt: skip
# Words of the other side taking what a force left: "withdrew ..., allowing the militants to seize it".
TAKEOVER_CUES = frozenset({"advance", "advancing", "advanced", "seize", "seized", "took", "taken", "captured",
                           "regained", "recaptured", "retook", "entered", "overran", "takeover"})  # fmt: skip
# What a crowd throws or fires in a riot: "threw stones", "fired firecrackers".
RIOT_PROJECTILES = frozenset({"stones", "stone", "rocks", "bottles", "firecrackers", "fireworks", "molotov",
                              "projectiles", "bricks", "eggs", "missiles", "tyres", "objects"})  # fmt: skip
# Words before or over a verb of holding ground that make it a holding that goes on, not a taking: "the army still
# occupies the farmland", "rebels continue to control the district".
STILL_HELD_CUES = frozenset({"still", "continue", "continues", "continued", "remain", "remains", "remained", "long"})
# Forms of a crowd's violence that make it a demonstration, not a mob's: roads blocked with barricades or burning
# tyres ("blocked roads with burning tyres"), a protest's slogans and placards.
DEMONSTRATION_FORMS = frozenset({"tyres", "tires", "barricade", "barricades", "barricaded", "blockade", "blocked",
                                 "roadblocks", "roadblock", "slogans", "placards", "chanting"})  # fmt: skip
# Words of rival groups brawling, and of the hand weapons and missiles of a brawl ("members of rival clubs fought with
# machetes and stones"): mob violence when no armed side or community is named.
RIVAL_CUES = frozenset({"rival", "rivals", "feuding"})
# Crowds that follow a club: their fights are a crowd's (ACLED's mob violence), whoever the text says they are.
FAN_CUES = frozenset({"hooligans", "hooligan", "fans", "ultras", "football", "soccer", "derby", "stadium"})
BRAWL_WEAPONS = frozenset({"machete", "machetes", "knife", "knives", "clubs", "sticks", "arrows", "spears",
                           "stones", "rocks", "bottles", "bricks", "catapults", "slingshots", "cudgels",
                           "bars"})  # fmt: skip
# What makes a "bomb" a bottle of fuel thrown by hand ("petrol bombs", "gasoline bombs", "Molotov cocktails"): a
# crowd's projectile, not an explosive device.
INCENDIARY_CUES = frozenset({"petrol", "gasoline", "molotov", "benzine"})
# Words that name a sexual act of violence (not "sexual conduct" or "sexual orientation").
SEXUAL_ACT_CUES = frozenset({"rape", "raped", "rapes", "raping", "rapist", "rapists", "molested", "gang-raped"})
SEXUAL_HARM_NOUNS = frozenset({"violence", "assault", "assaults", "assaulted", "abuse", "abused", "abuses",
                               "harassment", "exploitation", "slavery", "attack", "attacks", "torture"})  # fmt: skip
# Verbs that take weapons out of use: a weapon named as their object is disrupted, not used ("cleared mines").
DISRUPT_HEADS = frozenset({"find", "discover", "seize", "defuse", "clear", "remove", "dismantle", "recover",
                           "confiscate", "intercept", "deactivate", "neutralize", "neutralise", "identify", "detect",
                           "uncover", "unearth", "destroy", "disarm", "impound"})  # fmt: skip
# People a force may stop and hold: intercepting them is an arrest, not a weapon intercepted.
DETAINABLE_CUES = frozenset(
    {"person", "persons", "people", "suspect", "suspects", "individuals", "men", "man", "woman", "women", "members",
     "member", "migrants", "youths", "activists", "militants", "fighters", "officer", "officers", "soldiers",
     "journalists", "leader", "leaders", "supporters"}
)  # fmt: skip
# Nouns a trigger word may modify to name a kind of force, thing, document or people, not an event: "riot
# police", "bomb-disposal unit", "a missile pact", "an arrest warrant", "protest leaders", "ceasefire violations".
KIND_NAMED_NOUNS = frozenset(
    {"police", "policeman", "policemen", "officer", "officers", "squad", "unit", "gear", "shield", "shields",
     "helicopter", "helicopters", "launcher", "launchers", "system", "systems", "factory", "factories", "disposal",
     "maker", "makers", "expert", "experts", "pact", "treaty", "programme", "program", "warrant", "warrants",
     "charge", "charges", "law", "laws", "ban", "commission", "committee", "leader", "leaders", "organiser",
     "organisers", "organizer", "organizers", "movement", "song", "songs", "slogan", "slogans", "violation",
     "violations", "monitor", "monitors", "test", "tests", "threat", "threats", "scare", "shelter", "shelters",
     "vest", "vests", "belt", "belts", "technology", "capability", "capabilities", "industry", "range", "plan",
     "plans", "drill", "drills", "exercise", "exercises", "training"}
)  # fmt: skip
# Where a victim was not on duty: "shot outside his home".
OFF_DUTY_CUES = frozenset({"off-duty", "home", "residence", "house"})
# Casualty rules (detect/casualties.py) whose injured may be the people the report says died ("shot", "taken to
# hospital", "the wounded girl", "suffered a gunshot wound", "a bullet struck him"): resolve counts them injured only
# beyond the dead, unless the rule ends with ``OTHER_VICTIM``: the text told them apart ("a third man was taken to
# hospital", "another was shot").
MAYBE_THE_DEAD = frozenset({"shoot", "stab", "hospital", "injured-adj", "suffered-wounds", "struck"})
OTHER_VICTIM = "-other"
