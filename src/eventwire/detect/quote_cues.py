"""The lexicon of quote cues: verbs that report what someone said, wrote, found or thinks.

Lemmas, as spaCy's English lemmatizer gives them. ``CLAUSE_CUES`` introduce a reported clause
("said that ...", "warned the city could fall"); ``OBJECT_CUES`` also report through their object
("denied the report", "denouncing it as a 'heinous act'").

A quote needs a speech act. ``OBJECT_CUES`` are verbs of saying, writing and their acts (denying,
condemning, promising, agreeing, calling for); verbs of wanting, planning, seeking, offering goods,
supporting, opposing, finding or attacking are not among them, since what they take is an intention,
a stance, a thing or a target ("The rebels want more territory", "Militants attacked a checkpoint"),
not words anybody said.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# spaCy's entity labels of places: a place's name is where a source is, not who ("in the capital, Kuala Lumpur").
PLACE_LABELS: frozenset[str] = frozenset({"GPE", "LOC", "FAC"})
# spaCy's tags of quotation marks.
QUOTE_TAGS: frozenset[str] = frozenset({"``", "''"})

CLAUSE_CUES: frozenset[str] = frozenset(
    {
        "say",
        "tell",
        "add",
        "note",
        "claim",
        "state",
        "argue",
        "warn",
        "deny",
        "confirm",
        "announce",
        "insist",
        "report",
        "explain",
        "write",
        "tweet",
        "post",
        "accuse",
        "acknowledge",
        "admit",
        "believe",
        "think",
        "suggest",
        "show",
        "find",
        "ask",
        "reply",
        "respond",
        "agree",
        "declare",
        "predict",
        "promise",
        "pledge",
        "vow",
        "recall",
        "reveal",
        "indicate",
        "estimate",
        "assert",
        "contend",
        "complain",
        "concede",
        "conclude",
        "testify",
        "allege",
        "maintain",
        "observe",
        "stress",
        "emphasize",
        "emphasise",
        "mention",
        "remark",
        "comment",
        "joke",
        "quip",
        "boast",
        "brag",
        "hint",
        "imply",
        "signal",
        "speculate",
        "assure",
        "inform",
        "caution",
        "threaten",
        "lament",
        "worry",
        "fear",
        "hope",
        "expect",
        "know",
        "feel",
        "doubt",
        "wonder",
        "retort",
        "point",
        "demand",
        "recommend",
        "propose",
        "urge",
        "advise",
        "disclose",
        "elaborate",
        "repeat",
        "reiterate",
        "echo",
        "shout",
        "yell",
        "scream",
        "whisper",
        "cry",
        "exclaim",
        "muse",
        "recount",
        "guess",
        "reckon",
        "suspect",
        "assume",
        "presume",
        "anticipate",
        "forecast",
        "insinuate",
        "suppose",
        "proclaim",
        "pronounce",
        "affirm",
        "reaffirm",
        "attest",
        "certify",
        "swear",
        "guarantee",
        "bet",
        "concur",
    }
)

OBJECT_CUES: frozenset[str] = frozenset(
    {
        "show",
        "indicate",
        "speak",
        "talk",
        "complain",
        "comment",
        "joke",
        "discuss",
        "mention",
        "respond",
        "rail",
        "argue",
        "testify",
        "boast",
        "brag",
        "insist",
        "warn",
        "explain",
        "recall",
        "highlight",
        "stress",
        "emphasize",
        "suggest",
        "note",
        "recommend",
        "detail",
        "outline",
        "insult",
        "lament",
        "express",
        "voice",
        "echo",
        "repeat",
        "reiterate",
        "quote",
        "invoke",
        "rebuke",
        "chide",
        "scold",
        "fault",
        "thank",
        "apologize",
        "apologise",
        "concede",
        "signal",
        "post",
        "announce",
        "deny",
        "confirm",
        "denounce",
        "condemn",
        "criticize",
        "criticise",
        "slam",
        "praise",
        "describe",
        "call",
        "cite",
        "reveal",
        "report",
        "propose",
        "demand",
        "urge",
        "question",
        "reject",
        "endorse",
        "dismiss",
        "predict",
        "promise",
        "pledge",
        "vow",
        "accuse",
        "blame",
        "acknowledge",
        "admit",
        "defend",
        "mock",
        "label",
        "dub",
        "brand",
        "hail",
        "decry",
        "lambast",
        "welcome",
        "applaud",
        "tweet",
        "write",
        "ask",
        "say",
        "tout",
        "advocate",
        "agree",
        "reference",
        "refer",
        "liken",
        "compare",
        "characterize",
        "characterise",
        "portray",
        "chant",
        "recite",
    }
)

# Nouns that report a "that" clause ("his claim that the vote was rigged").
CLAUSE_NOUNS: frozenset[str] = frozenset(
    {
        "claim",
        "statement",
        "assertion",
        "argument",
        "allegation",
        "report",
        "suggestion",
        "warning",
        "promise",
        "pledge",
        "belief",
        "remark",
        "comment",
        "accusation",
        "announcement",
        "message",
        "insistence",
        "admission",
        "denial",
        "prediction",
        "assessment",
        "conclusion",
        "finding",
        "charge",
        "contention",
        "assurance",
        "vow",
        "threat",
        "complaint",
        "testimony",
        "estimate",
        "view",
        "position",
        "suspicion",
        "concern",
        "fear",
        "hope",
        "expectation",
    }
)

# Speech nouns that report what their "about"/"of"/"on" phrase names when a possessive says whose words they are
# ("her comments about the budget", "the minister's criticism of the ruling", "their claims of fraud").
ABOUT_NOUNS: frozenset[str] = frozenset(
    {"claim", "comment", "remark", "statement", "allegation", "accusation", "criticism", "condemnation",
     "denunciation", "question", "complaint", "warning", "testimony", "assertion", "denial", "praise"}
)  # fmt: skip
ABOUT_PREPOSITIONS: frozenset[str] = frozenset({"about", "of", "on", "over", "against"})

# Cues whose "for" phrase is what they report ("called for an inquiry", "argued for a ban").
FOR_CUES: frozenset[str] = frozenset({"call", "ask", "argue", "advocate", "campaign", "plead", "lobby", "appeal"})

# Verbs of attacking that report a criticism when they say what for or as what ("attacked her rival as a fraud",
# "blasted the media for its coverage", "hammered the governor over the budget"); without that phrase they may
# report violence ("Militants attacked a checkpoint") and report nothing said.
CRITICISM_CUES: frozenset[str] = frozenset(
    {"attack", "blast", "hammer", "rip", "lash", "knock", "pound", "grill", "paint", "skewer", "assail", "bash",
     "excoriate", "pillory", "savage", "lambaste", "roast", "berate", "castigate"}
)  # fmt: skip
_CRITICISM_PREPOSITIONS = frozenset({"as", "for", "over"})
# Verbs of perceiving that report a view when they say as what someone sees someone or something ("the senators see
# the bill as a chance to ...", "analysts regarded the bank as the best run"), like "believe" and "think".
VIEW_CUES: frozenset[str] = frozenset({"see", "view", "regard", "perceive"})
# Verbs of directing someone that report an order or a plea when they say what to do ("told his aides to find a
# way", "encouraged voters to check", "ordered the agency to release the files"); "told reporters" reports nothing.
DIRECTIVE_CUES: frozenset[str] = frozenset(
    {"tell", "encourage", "instruct", "order", "direct", "command", "implore", "beg", "exhort"}
)
_TIME_LABELS = frozenset({"DATE", "TIME"})

# Cues whose "to" phrase is what they report, not whom they address ("referred to the attack",
# "likened the rules to censorship"; but "spoke to reporters").
TO_CUES: frozenset[str] = frozenset({"refer", "respond", "reply", "react", "liken", "compare", "object"})

# Cues that report only a quotation next to them ("Caddell continued:", '"...," he answered').
QUOTE_ONLY_CUES: frozenset[str] = frozenset(
    {"continue", "answer", "counter", "charge", "challenge", "object", "protest"}
)

# Speech nouns after "in a ...": "said in a statement" keeps "said" as the cue.
SOURCE_PREPOSITION_LEMMAS: frozenset[str] = frozenset({"accord"})

# Subjects that are never speakers ("it", "there" as in "it is said that", "there is").
NON_SPEAKER_SUBJECTS: frozenset[str] = frozenset({"it", "there", "this", "that", "which", "what"})

# Cue verbs that spaCy's small English lemmatizer reads as other verbs ("hoped", "hopes" -> "hop").
_LEMMA_FIXES: dict[str, str] = {"hop": "hope"}


def cue_lemma(token: Token) -> str:
    """The lemma of ``token`` as the cue lexicon spells it: spaCy's, unless the word is a known misreading."""
    lemma = token.lemma_
    fixed = _LEMMA_FIXES.get(lemma)
    return fixed if fixed is not None and token.lower_.startswith(fixed) else lemma


def reports_a_judgement(verb: Token) -> bool:
    """A verb of attacking with an object and a phrase saying what for or as what, not when ("attacked the rival
    as a fraud", "blasted the media for its coverage"; not "attacked the base for hours", "over the weekend"); or a
    verb of perceiving with a subject, an object and "as" ("critics see the plan as a giveaway"): a view; or a verb
    of directing with what to do ("told his aides to find a way"): an order or a plea."""
    lemma = cue_lemma(verb)
    if verb.pos_ == "VERB" and lemma in DIRECTIVE_CUES and not any(c.dep_ == "auxpass" for c in verb.children):
        return any(c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in c.children) for c in verb.children)
    if verb.pos_ != "VERB" or (lemma not in CRITICISM_CUES and lemma not in VIEW_CUES):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.tag_ not in ("WP", "WDT")]
    if not objects:
        return False
    if lemma in VIEW_CUES and not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    prepositions = _CRITICISM_PREPOSITIONS if lemma in CRITICISM_CUES else frozenset({"as"})
    return any(
        c.dep_ == "prep"
        and c.lower_ in prepositions
        and c.i > objects[0].i
        and any(g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in _TIME_LABELS for g in c.children)
        for c in verb.children
    )


def is_coordinated_cue(verb: Token) -> bool:
    """A verb of saying joined by "and" or "but" to the clause another cue reports, with no subject of its own
    ("said it was opposed and warned Seoul", "said that ... and suggested that ..."): the first cue's speaker
    saying something more (the parser hangs it inside the reported clause)."""
    return (
        verb.dep_ == "conj"
        and verb.pos_ == "VERB"
        and cue_lemma(verb) in CLAUSE_CUES
        and verb.head.dep_ == "ccomp"
        and cue_lemma(verb.head.head) in CLAUSE_CUES
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and any(c.dep_ == "cc" for c in verb.head.children if verb.head.i < c.i < verb.i)
    )
