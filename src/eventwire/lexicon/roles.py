"""Words for the roles people speak in: titles, offices and jobs ("the mayor", "a spokesman for", "an aide to").

``ROLE_NOUNS`` are the nouns that head a description of one person ("the Russian leader", "a senior
aide"); the quote finder reads a name in apposition to one of them as the speaker ("The mayor of
Kharkiv, Ihor Terekhov, said"), and the speaker resolver links the description to the person the
article names with that title.
"""

from __future__ import annotations

from itertools import pairwise

ROLE_NOUNS: frozenset[str] = frozenset(
    {
        "activist",
        "administrator",
        "adviser",
        "advisor",
        "advocate",
        "aide",
        "ambassador",
        "analyst",
        "archbishop",
        "attorney",
        "baker",
        "bartender",
        "billionaire",
        "bishop",
        "brother",
        "businessman",
        "businesswoman",
        "butcher",
        "campaigner",
        "candidate",
        "captain",
        "cardinal",
        "caretaker",
        "carpenter",
        "ceo",
        "chairman",
        "chairperson",
        "chairwoman",
        "chancellor",
        "chaplain",
        "chief",
        "chief-of-staff",
        "chieftain",
        "cleaner",
        "cleric",
        "clerk",
        "coach",
        "colonel",
        "columnist",
        "commander",
        "commentator",
        "commissioner",
        "congressman",
        "congresswoman",
        "consul",
        "consul-general",
        "consultant",
        "cook",
        "coordinator",
        "correspondent",
        "councillor",
        "councilman",
        "councilwoman",
        "counsellor",
        "daughter",
        "delegate",
        "dentist",
        "deputy",
        "dictator",
        "diplomat",
        "director",
        "doctor",
        "driver",
        "economist",
        "editor",
        "elder",
        "electrician",
        "emir",
        "engineer",
        "envoy",
        "executive",
        "expert",
        "facilitator",
        "farmer",
        "father",
        "firefighter",
        "fisherman",
        "founder",
        "general",
        "governor",
        "guard",
        "guide",
        "head",
        "headman",
        "headteacher",
        "herder",
        "homeowner",
        "host",
        "husband",
        "imam",
        "inspector",
        "investigator",
        "journalist",
        "judge",
        "king",
        "laborer",
        "labourer",
        "landlord",
        "lawmaker",
        "lawyer",
        "leader",
        "legislator",
        "lieutenant",
        "manager",
        "mayor",
        "mechanic",
        "mediator",
        "medic",
        "midwife",
        "miner",
        "minister",
        "mogul",
        "monarch",
        "monk",
        "mother",
        "mp",
        "negotiator",
        "neighbor",
        "neighbour",
        "nominee",
        "nun",
        "nurse",
        "officer",
        "official",
        "organiser",
        "organizer",
        "owner",
        "paediatrician",
        "paramedic",
        "pastor",
        "pediatrician",
        "pharmacist",
        "physician",
        "pilot",
        "policeman",
        "policewoman",
        "pollster",
        "pope",
        "porter",
        "prefect",
        "premier",
        "president",
        "president-elect",
        "priest",
        "prince",
        "principal",
        "professor",
        "prosecutor",
        "queen",
        "rabbi",
        "rapporteur",
        "relative",
        "reporter",
        "representative",
        "rescuer",
        "researcher",
        "resident",
        "ruler",
        "schoolteacher",
        "scientist",
        "secretary",
        "secretary-general",
        "senator",
        "sergeant",
        "sheikh",
        "sheriff",
        "shopkeeper",
        "shopowner",
        "sister",
        "soldier",
        "son",
        "speaker",
        "spokesman",
        "spokesperson",
        "spokeswoman",
        "sponsor",
        "star",
        "strategist",
        "student",
        "sub-prefect",
        "superintendent",
        "surgeon",
        "survivor",
        "tailor",
        "teacher",
        "tenant",
        "trader",
        "trucker",
        "vendor",
        "veteran",
        "vice-consul",
        "vice-president",
        "villager",
        "volunteer",
        "waiter",
        "waitress",
        "warden",
        "whip",
        "wife",
        "witness",
        "worker",
    }
)

# Words written before a name that are no part of it ("Ms Hale", "Councillor Janet Hale", "Sen. Warren"),
# lower-cased and without their full stop.
HONORIFICS: frozenset[str] = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "rev",
        "reverend",
        "fr",
        "father",
        "sen",
        "senator",
        "rep",
        "gov",
        "governor",
        "gen",
        "general",
        "lt",
        "col",
        "colonel",
        "maj",
        "major",
        "capt",
        "captain",
        "sgt",
        "sergeant",
        "cpl",
        "adm",
        "admiral",
        "cmdr",
        "brig",
        "brigadier",
        "cllr",
        "councillor",
        "president",
        "mayor",
        "sheikh",
        "judge",
        "justice",
        "minister",
        # occupational titles that wire copy writes before a name ("Lawyer Samira Haddad", "Spokesman Ali Reza")
        "lawyer",
        "attorney",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "envoy",
        "commander",
        "chairman",
        "chairwoman",
        "chairperson",
    }
)


def without_honorifics(name: str) -> tuple[str, str]:
    """``"Councillor Janet Hale"`` -> ``("Councillor", "Janet Hale")``: the honorifics that open a name, and
    the name; a name that is nothing but honorifics is kept whole."""
    words = name.split()
    first = 0
    while first < len(words) - 1 and words[first].lower().rstrip(".") in HONORIFICS:
        first += 1
    return " ".join(words[:first]), " ".join(words[first:])


# Words in a title or before a name that say whether the person is a woman or a man ("spokeswoman",
# "Mrs"), for "she" and "he" to pass over a person they cannot be.
FEMALE_WORDS: frozenset[str] = frozenset(
    {
        "ms",
        "mrs",
        "miss",
        "madam",
        "dame",
        "lady",
        "spokeswoman",
        "chairwoman",
        "businesswoman",
        "congresswoman",
        "councilwoman",
        "stateswoman",
        "actress",
        "mother",
        "wife",
        "daughter",
        "sister",
        "grandmother",
        "queen",
        "princess",
        "duchess",
        "woman",
        "girl",
    }
)
MALE_WORDS: frozenset[str] = frozenset(
    {
        "mr",
        "sir",
        "lord",
        "spokesman",
        "chairman",
        "businessman",
        "congressman",
        "councilman",
        "statesman",
        "actor",
        "father",
        "husband",
        "son",
        "brother",
        "grandfather",
        "king",
        "prince",
        "duke",
        "man",
        "boy",
    }
)

# Texts a body issues, which speak for their issuer: "a statement from the foreign ministry", "a release from the
# sheriff's office", "the communique said".
ISSUED_TEXTS: frozenset[str] = frozenset({"statement", "communique", "communiqué", "release", "announcement",
                                          "bulletin", "list"})  # fmt: skip

# A name one gives oneself ("a commander who calls himself General Mbakwa", "styles herself the rightful heir"):
# the verbs of that naming and the reflexives that make it one's own. The quoted name is no statement, and the
# name is the speaker's.
SELF_NAMING_VERBS: frozenset[str] = frozenset({"call", "style", "name", "dub", "term", "bill"})
REFLEXIVES: frozenset[str] = frozenset({"himself", "herself", "itself", "themselves", "themself"})

# Nouns that head a description of an organisation, which its name may stand next to ("the Forces Vives opposition
# coalition", "the state-run Global Light newspaper", "the press workers' union SiPreBA").
BODY_KINDS: frozenset[str] = frozenset({"group", "union", "coalition", "alliance", "movement", "party", "front",
                                        "network", "association", "organisation", "organization", "agency",
                                        "newspaper", "paper", "daily", "weekly", "broadcaster", "channel", "monitor",
                                        "watchdog", "observatory", "committee", "council", "commission", "federation",
                                        "league", "militia", "faction", "charity", "foundation", "outlet",
                                        "station", "magazine", "syndicate", "collective", "platform"})  # fmt: skip
# Words a body's own name ends in, or opens with before "of", "for" ("the Kenya Never Again Human Rights Coalition",
# "the Uganda Network for Prisoners' Rights").
BODY_NAME_WORDS: frozenset[str] = BODY_KINDS | frozenset(
    {"commission", "centre", "center", "institute", "forum", "initiative", "project", "society", "trust", "fund",
     "office", "ministry", "secretariat", "bureau", "board", "service", "directorate", "observatory"})  # fmt: skip
# Words the Spanish, Portuguese and French names of bodies open with, which wire copy keeps as written ("Fundación Paz
# y Reconciliación", "Movimento dos Trabalhadores Sem Terra", "Comisión de Derechos Humanos de Honduras").
BODY_FIRST_WORDS: frozenset[str] = frozenset(
    {"fundación", "fundacion", "fundação", "fundacao", "fondation", "comisión", "comision", "comissão", "comissao",
     "comité", "comite", "colectivo", "coletivo", "collectif", "movimiento", "movimento", "mouvement", "frente",
     "centro", "instituto", "asociación", "asociacion", "associação", "associacao", "consejo", "conselho", "conseil",
     "federación", "federacion", "sindicato", "syndicat", "unión", "observatorio", "red", "rede", "liga",
     "coordinadora", "defensoría", "defensoria", "fiscalía", "fiscalia", "procuraduría", "procuraduria",
     "partido", "parti", "alianza", "aliança", "plataforma"})  # fmt: skip
# Lower-case words inside a body's name between two capitalised ones ("Network for Prisoners' Rights", "Comisión de
# Derechos Humanos de Honduras", "Fundación Paz y Reconciliación", "Movimento dos Trabalhadores Sem Terra").
INNER_NAME_WORDS: frozenset[str] = frozenset({"of", "for", "on", "to", "and", "the", "de", "del", "la", "las", "los",
                                              "el", "y", "e", "da", "do", "dos", "das", "des", "du", "et", "pour",
                                              "para", "por", "en", "contra"})  # fmt: skip


def names_a_body(words: list[str]) -> bool:
    """The lower-cased words of a name are a body's: ending in a body's word ("... Human Rights Collective"), with
    one before a joining word ("... Network for ..."), or opening with a Spanish, Portuguese or French one
    ("Fundación Paz y ...")."""
    if not words:
        return False
    if words[-1] in BODY_NAME_WORDS or words[0] in BODY_FIRST_WORDS:
        return True
    return any(word in BODY_NAME_WORDS and after in INNER_NAME_WORDS for word, after in pairwise(words))
