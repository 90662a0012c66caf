"""Where a date or a place stands relative to an event's report: inside a quotation, in another clause,
or as a reference point ("towns near Kyiv").

These decide which of a sentence's dates and places speak for a trigger. A quotation's relative dates
("the day before", "today") count from when the quote was said, not from the publication date; a date in a
subordinate clause that does not contain the trigger ("since Russia launched an invasion on Feb. 24") dates
that clause's event; a place named only as a landmark is not where the event happened when another is named.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventwire.model import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Dependencies that open a clause of their own; a conjoined verb shares its first conjunct's clause.
CLAUSE_DEPS = frozenset({"ROOT", "advcl", "relcl", "acl", "ccomp", "xcomp", "csubj", "csubjpass", "pcomp", "parataxis"})
# Clauses that depend on a word of another clause: their dates are their own events' dates.
SUBORDINATE_DEPS = frozenset({"advcl", "relcl"})
# Prepositions whose object is a landmark the event is placed by, not the place itself.
REFERENCE_PREPOSITIONS = frozenset({"near", "outside", "off", "beyond", "toward", "towards"})
# Verbs of saying: a date of their clause ("officials said today", "police said on Sunday") is when the report
# was made, not when the event happened.
STATEMENT_VERBS = frozenset({"say", "tell", "add", "confirm", "report", "state", "explain", "note", "disclose"})
# Nouns that introduce a town by its kind ("the eastern city of Lahore", "the southern Gaza town of Rafah").
TOWN_NOUNS = frozenset(
    {"city", "town", "village", "port", "resort", "hamlet", "township", "settlement", "capital", "commune", "community"}
)
MAX_CLIMB = 40  # a parse is a tree; the bound only guards against a malformed one


def inside_any(span: Span, regions: Sequence[Span]) -> bool:
    return any(region.start <= span.start and span.end <= region.end for region in regions)


def token_at(doc: Doc, span: Span) -> Token | None:
    """The root token of the words at ``span`` (widened to whole tokens), or None where there are none."""
    chars = doc.char_span(span.start, span.end, alignment_mode="expand")
    return chars.root if chars is not None and len(chars) else None


def _clause_head(token: Token) -> Token:
    """The verb heading the clause a token is in; conjoined verbs ("shot and killed") share one clause."""
    head = token
    for _ in range(MAX_CLIMB):
        # A complement clause is one whatever its word was tagged ("a gunman shot[NOUN] ..., police said").
        if (head.dep_ in CLAUSE_DEPS and head.pos_ in {"VERB", "AUX"}) or head.dep_ == "ccomp" or head.head.i == head.i:
            break
        head = head.head
    for _ in range(MAX_CLIMB):
        if head.dep_ != "conj" or head.head.i == head.i:
            break
        head = head.head
    return head


def governs(head: Token, token: Token) -> bool:
    """Whether ``token`` is ``head`` or depends on it."""
    return head.i == token.i or any(a.i == head.i for a in token.ancestors)


def dates_the_trigger(doc: Doc, date_span: Span, trigger_span: Span) -> bool:
    """Whether a date of the trigger's sentence speaks for it: not when the date is in a subordinate clause
    ("since Russia launched an invasion on Feb. 24") that neither holds the trigger nor describes it
    ("the shooting, which took place on May 14" describes it)."""
    date_token, trigger_token = token_at(doc, date_span), token_at(doc, trigger_span)
    if date_token is None or trigger_token is None or date_token.sent.start != trigger_token.sent.start:
        return True
    clause = _date_clause(date_token)
    if clause.dep_ not in SUBORDINATE_DEPS or (clause.dep_ == "relcl" and clause.head.i == trigger_token.i):
        return True
    if clause.dep_ == "relcl" and _tells_a_course(clause) and governs(trigger_token, clause.head):
        return True  # "died in an attack on a hotel that began late on Sunday": the clause tells the attack's course
    if _reported_beside(clause, trigger_token):
        return True
    return governs(clause, trigger_token) or governs(clause, _clause_head(trigger_token))


# Verbs that tell when a happening ran its course: "that began on Sunday", "which took place on May 14".
COURSE_VERBS = frozenset({"begin", "start", "happen", "occur", "erupt", "unfold", "end", "last", "continue"})


def _tells_a_course(clause: Token) -> bool:
    """Whether a clause's verb tells a happening's course ("began", "broke out", "took place"), not another act."""
    lemma = clause.lemma_.lower()
    if lemma in COURSE_VERBS:
        return True
    particles = {c.lower_ for c in clause.children if c.dep_ in {"prt", "dobj"}}
    return (lemma == "break" and "out" in particles) or (lemma == "take" and "place" in particles)


def _date_clause(date_token: Token) -> Token:
    """The clause a date is of: its parse clause, or the one above when the date stands before the conjunction that
    opens it ("set cars on fire in X, a suburb of Y, late on Sunday after a teenager died", where the parser hangs
    "late on Sunday" from "died"): words before "after", "when", "as" belong to the clause the conjunction follows."""
    clause = _clause_head(date_token)
    for _ in range(MAX_CLIMB):
        marks = [c.i for c in clause.children if c.dep_ == "mark"]
        if clause.dep_ != "advcl" or not marks or date_token.i > min(marks) or clause.head.i == clause.i:
            break
        clause = _clause_head(clause.head)
    return clause


def _reported_beside(clause: Token, trigger: Token) -> bool:
    """Whether a subordinate clause hangs from a verb of saying but stands in what it reports, with the trigger
    ("two people were killed when shots rang out at a party shortly after midnight Saturday, police said", as the
    parser reads it): the clause tells the reported happening, not the statement."""
    verb = clause.head
    return (
        clause.dep_ == "advcl"
        and verb.lemma_.lower() in STATEMENT_VERBS
        and governs(verb, trigger)
        and _in_the_report(clause, verb)
    )


# Words whose "from" names where fire, attackers or arms came from, not where they struck: "shells fired from
# Congo", "rockets launched from Gaza", "gunmen who crossed from Afghanistan", "a drone from Myanmar", "a regime
# that imports weapons from Iran", "arms smuggled from Libya".
ORIGIN_HEADS = frozenset(
    {"fire", "launch", "shoot", "lob", "cross", "come", "infiltrate", "originate", "sneak", "enter"}
    | {"shell", "rocket", "missile", "mortar", "drone", "round", "projectile", "artillery", "bomb", "grenade"}
    | {"gunman", "attacker", "militant", "fighter", "raider", "insurgent", "rebel", "assailant", "man"}
    | {"import", "smuggle", "supply", "ship", "deliver", "weapon", "arm", "ammunition", "weaponry"}
)


def reference_point(doc: Doc, place_span: Span) -> bool:
    """Whether a place is named as a landmark ("villages near Kyiv", "off the coast of Somalia", "near the capital
    Manama") or as where the fire, the attackers or the arms came from ("shells fired from Congo landed in Rwanda",
    ``ORIGIN_HEADS``)."""
    token = token_at(doc, place_span)
    if token is not None and token.dep_ == "appos" and token.head.dep_ == "pobj" and token.head.pos_ == "NOUN":
        token = token.head  # "west of the capital Manama": the noun the name is apposed to stands in the phrase
    if token is None or token.dep_ != "pobj":
        return False
    head = token.head
    if head.lower_ == "of" and head.head.lower_ == "coast":
        head = head.head.head
    if head.lower_ == "from":
        return head.head.lemma_.lower() in ORIGIN_HEADS
    return head.lower_ in REFERENCE_PREPOSITIONS


# Verbs that move people to a place: the wounded "flown to Lima", "taken to a hospital in X", "rushed to X",
# residents who "fled to the town of X". The place is where they went, not where the event happened.
MOVING_VERBS = frozenset(
    {"fly", "take", "rush", "evacuate", "airlift", "transfer", "carry", "bring", "transport", "ferry", "flee"}
    | {"escape", "medevac", "helicopter"}
)
_DESTINATION_PREPOSITIONS = frozenset({"to", "into", "toward", "towards"})
# Nouns a destination may be named after: "to the town of X", "to a hospital in X".
_DESTINATION_NOUNS = TOWN_NOUNS | {"hospital", "clinic", "camp", "base", "facility", "centre", "center"}


def named_as_destination(doc: Doc, place_span: Span) -> bool:
    """Whether a place is named only as where people were moved to ("the wounded were flown to Lima", "taken to
    a hospital in Lima", "a resident who fled to the town of Djibo"): the event happened elsewhere."""
    token = token_at(doc, place_span)
    if token is None:
        return False
    if token.dep_ == "compound" and _town_noun(token.head):
        token = token.head  # "to the district hospital in X town"
    for _ in range(2):  # "the town of X", "a hospital in X": the noun X names
        head = token.head
        if token.dep_ == "pobj" and head.lower_ in {"of", "in"} and head.head.lemma_.lower() in _DESTINATION_NOUNS:
            token = head.head
    head = token.head
    if token.dep_ != "pobj" or head.lower_ not in _DESTINATION_PREPOSITIONS:
        return False
    verb = head.head
    return verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in MOVING_VERBS


def qualifies_a_town(doc: Doc, place_span: Span) -> bool:
    """Whether a place only says where the town named after it lies ("the southern Gaza town of Rafah",
    "the Afghan city of Herat"): the town is the place, not its qualifier."""
    token = token_at(doc, place_span)
    if token is None or token.dep_ not in {"compound", "amod", "nmod"} or not _town_noun(token.head):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in token.head.children)


def _town_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in TOWN_NOUNS


# Nouns of places and ways: a country's adjective or name before one says where ("on a Somali highway", "a
# Lebanese border village", "Indian waters"), not whose.
PLACE_NOUNS = TOWN_NOUNS | frozenset(
    {"highway", "road", "motorway", "border", "frontier", "coast", "coastline", "province", "region", "district",
     "county", "territory", "soil", "waters", "airspace", "side", "countryside", "island", "islands", "state"}
)  # fmt: skip


def names_an_actor(doc: Doc, place_span: Span) -> bool:
    """Whether a place names whose someone is rather than where ("US forces", "Kenyan troops", "Syria's army"):
    a modifier of a noun, not a place of the event; a modifier of a noun of place ("on a Somali highway") says
    where."""
    token = token_at(doc, place_span)
    if token is None:
        return False
    head = token.head
    while token.dep_ == "compound" and head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    if head.pos_ == "NOUN" and head.lemma_.lower() in PLACE_NOUNS:
        return False
    return token.dep_ in {"compound", "amod", "poss", "nmod"} and head.pos_ in {"NOUN", "PROPN"} and head.i > token.i


# Arguments of a verb: a date inside one ("two of them fatally, at a house party late Saturday, police said" as the
# parser reads it; "confirmed the attack on Sunday") qualifies that phrase, not when the verb's act was done.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def dates_a_statement(doc: Doc, date_span: Span) -> bool:
    """Whether a date is of a statement ("police said on Sunday", "officials told reporters today"): it hangs
    from the verb of saying, not from its subject or its object."""
    date_token = token_at(doc, date_span)
    if date_token is None:
        return False
    if _right_after_saying(doc, date_span):
        return True
    clause = _clause_head(date_token)
    if clause.lemma_.lower() not in STATEMENT_VERBS or _in_the_report(date_token, clause):
        return False
    token = date_token
    for _ in range(MAX_CLIMB):
        if token.head.i == clause.i or token.head.i == token.i:
            return True
        token = token.head
        if token.dep_ in ARGUMENT_DEPS:
            return False
    return True


def _right_after_saying(doc: Doc, date_span: Span) -> bool:
    """Whether a date follows a verb of saying right after it ("the army said on Monday it had retaken the town
    on Sunday", "police said Tuesday that"), whatever word the parser hung it from; not the subject of what was
    said ("officials said Sunday's attack killed ...")."""
    chars = doc.char_span(date_span.start, date_span.end, alignment_mode="expand")
    if chars is None or not len(chars) or chars.start == 0:
        return False
    if chars.end < len(doc) and doc[chars.end].dep_ == "case":
        return False  # "Sunday's attack"
    before = doc[chars.start - 1]
    if before.lower_ == "on" and before.i > 0:
        before = doc[before.i - 1]
    return before.pos_ in {"VERB", "AUX"} and before.lemma_.lower() in STATEMENT_VERBS


# Verbs of what follows a violent happening (the arrest, the charges, the court, the funeral, the release of a
# name): a date of their clause is when that came, not when the shooting or the attack happened.
AFTERMATH_VERBS = frozenset(
    {"arrest", "charge", "arraign", "sentence", "indict", "plead", "convict", "acquit", "extradite", "book", "jail",
     "detain", "apprehend", "appear", "identify", "name", "release", "announce", "set", "hold", "file", "testify",
     "bury", "mourn", "remember", "honor", "honour", "rule", "order", "issue", "schedule", "postpone", "continue",
     "wrap", "resume", "grant", "deny", "waive", "certify", "discharge", "surrender", "capture", "question",
     "investigate"}
)  # fmt: skip


def dates_an_aftermath(doc: Doc, date_span: Span, trigger_span: Span) -> bool:
    """Whether a date is of what followed the trigger's happening, not of the happening itself: the date's clause
    is headed by a verb of the aftermath ("a man was arrested Wednesday in the shooting", "bond was set Friday in
    the killing", "was sentenced Monday for the shooting") that is not the trigger itself (an arrest's own date)."""
    date_token, trigger_token = token_at(doc, date_span), token_at(doc, trigger_span)
    if date_token is None or trigger_token is None:
        return False
    clause = _clause_head(date_token)
    return _of_the_aftermath(clause) and trigger_token.i != clause.i


def places_an_aftermath(doc: Doc, place_span: Span) -> bool:
    """Whether a place is where something that followed the happening took place, not the happening itself: its
    clause is headed by a verb of the aftermath ("he was arrested later at a motel in X", "the suspect appeared in
    court in X")."""
    token = token_at(doc, place_span)
    return token is not None and _of_the_aftermath(_clause_head(token))


def _of_the_aftermath(clause: Token) -> bool:
    """Whether a clause's verb tells what followed a happening: an aftermath verb that does not name the happening
    itself with its particle or object ("set off a landmine")."""
    return clause.lemma_.lower() in AFTERMATH_VERBS and clause.pos_ in {"VERB", "AUX"} and not _a_happening(clause)


def _in_the_report(date_token: Token, verb: Token) -> bool:
    """Whether a date stands in what is reported, before its attribution ("gunfire erupted shortly before midnight
    Saturday, police said Sunday", however the parser hangs "Saturday"): the reported clause comes first and the
    date before the verb's subject, the one nearest before it (the parser may hang a noun of the report from the
    verb as a subject too: "police detained 17 people, among them a theologian, ... on Wednesday, the ministry said
    on Friday")."""
    subjects = [c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i]
    if date_token.i > verb.i:
        return False
    if _before_trailing_attribution(date_token, verb):
        return True
    if subjects and date_token.i > max(subjects):
        return False
    return any(
        c.dep_ in {"ccomp", "parataxis"} and c.i < verb.i and c.left_edge.i < date_token.i for c in verb.children
    )


# Marks that open an attribution after what it reports: "..., the commissioner said", "... -- police said".
ATTRIBUTION_OPENERS = frozenset({",", "\u2014", "\u2013", "--"})


def _before_trailing_attribution(date_token: Token, verb: Token) -> bool:
    """Whether a date stands before an attribution that closes its sentence ("raiders attacked the village, a
    hamlet in X, on Monday, shooting dead nine people, the commissioner said", where the parser hangs "on Monday"
    from "said"): the verb's subject nearest before it opens the attribution after a comma, and the date comes
    before that comma."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i]
    if not subjects:
        return False
    start = max(subjects, key=lambda c: c.i).left_edge.i
    doc = verb.doc
    return start > 0 and doc[start - 1].text in ATTRIBUTION_OPENERS and date_token.i < start - 1


# Aftermath verbs that with a particle or an object name the happening itself: "set off a landmine", "set fire to
# a bus", "set a car ablaze", "held up a bank".
PHRASAL_HAPPENINGS = {"set": frozenset({"off", "fire", "ablaze", "alight"}), "hold": frozenset({"up"})}


def _a_happening(verb: Token) -> bool:
    words = PHRASAL_HAPPENINGS.get(verb.lemma_.lower())
    return words is not None and any(
        c.dep_ in {"prt", "dobj", "oprd", "acomp"} and c.lower_ in words for c in verb.children
    )
