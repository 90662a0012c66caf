"""Who a cue verb reports: its grammatical subject, as a noun phrase and the proper name inside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.detect.quote_cues import NON_SPEAKER_SUBJECTS, PLACE_LABELS, is_coordinated_cue
from eventwire.detect.quote_ranges import subtree_range
from eventwire.lexicon.roles import BODY_KINDS, INNER_NAME_WORDS, ISSUED_TEXTS, ROLE_NOUNS, names_a_body
from eventwire.model import SourceMention, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

_SUBJECT_DEPS = frozenset({"nsubj"})
# A cue without a subject of its own ("..., adding that", "went on to say") takes its governor's.
_INHERITING_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "acl"})
_NOT_IN_PHRASE = frozenset({"relcl", "acl", "advcl", "prep"})
_NAME_LABELS = ("PERSON", "ORG", "NORP", "GPE")
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
# Prepositions of place: their object is where a source is, not who it is ("its affiliate in the Sahel").
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "across", "throughout", "inside"})
_LONGEST_PHRASE = 40  # tokens: a source phrase is never longer
_QUOTING = frozenset({"quote", "cite", "report", "hear"})
_SAYING = frozenset({"say", "add", "tell", "state", "announce", "report", "warn", "note", "write", "tweet", "post"})
# Verbs of a relative clause that gives an unnamed source's name ("who gave only his first name, Tesfaye", "who
# asked to be identified only as Musa", "who goes by Nana").
_NAMING = frozenset({"give", "identify", "name", "call", "go", "use", "know"})
_NAME_PREPOSITIONS = frozenset({"of", "for"})  # inside an organisation's name: "Ministry of Economy"
_LONGEST_NAME_TAIL = 6  # tokens of a name after its "of" or "for"
# Capitalised offices that a body's name places with "in" ("the U.N. Mission in South Sudan").
_OFFICES = frozenset({"mission", "embassy", "consulate", "office", "delegation", "representation"})
# Words of a body's name that many towns' bodies share ("the University Hospital", "the Regional Court").
_GENERIC_NAME_WORDS = frozenset(
    {"university", "regional", "central", "general", "national", "district", "provincial", "city", "municipal"}
    | {"teaching", "county", "state", "military", "main", "public", "children", "'s", "district", "city"}
)
# Bodies whose units are named with their possessive ("the army's Second Division", "the ministry's Counter-Terrorism
# Unit"): the unit's name keeps it.
_UNIT_OWNERS = BODY_KINDS | {"army", "navy", "police", "ministry", "military", "government", "department"}
_NOT_PLACES = frozenset({"PERSON", "DATE", "TIME", "CARDINAL"})  # the tagger may label a town ORG or NORP


def speaker_of(cue: Token, barrier: int = 0) -> Token | None:
    """The subject of ``cue``, or else a name written right next to it ('Mr. Obama said', 'said Caddell')
    when the parser attached it elsewhere. No speaker starts before token ``barrier`` (the cue's line
    start, or the end of its dateline)."""
    subject = subject_of(cue, barrier=barrier)
    if subject is None and cue.i > barrier:
        subject = glued_source(cue, barrier)
    return subject if subject is not None else _adjacent_name(cue, barrier)


def _adjacent_name(cue: Token, barrier: int) -> Token | None:
    doc = cue.doc
    before = cue.i - 1
    while before >= barrier and doc[before].pos_ in ("ADV", "AUX", "PART"):
        before -= 1
    if before >= barrier and doc[before].pos_ == "PROPN":
        return doc[before]
    if before > barrier and doc[before].text == "," and doc[before - 1].dep_ == "appos":
        return _apposition_head(doc[before - 1], barrier)
    after = cue.i + 1
    if after < len(doc) and doc[after].pos_ == "PROPN" and cue.lemma_ == "say":
        return _proper_head(doc[after])
    return None


def _apposition_head(token: Token, barrier: int) -> Token | None:
    """The phrase that an apposition ending right before a subjectless cue begins: '..., the chairman of the
    council, Pavel Kirik, said', where the parser hung the title and the name on the reported clause's last noun
    rather than making them the cue's subject. None unless that phrase opens after a comma."""
    while token.head.dep_ == "appos" and token.head.i < token.i and token.head.left_edge.i >= barrier:
        token = token.head
    first = token.left_edge.i
    if first <= barrier or token.doc[first - 1].text != ",":
        return None
    return token


def _proper_head(token: Token) -> Token:
    """The last token of the proper name that ``token`` begins ("said Ms. Moore" -> Moore)."""
    while token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "PROPN" and token.dep_ == "compound":
        token = token.doc[token.i + 1]
    return token


def subject_of(cue: Token, depth: int = 0, barrier: int = 0) -> Token | None:
    """The subject of ``cue``, or of the verb it depends on when it has none ("..., adding that"); of
    several subjects (the parser may run a sentence over a line break), the one after ``barrier``."""
    subjects = [c for c in cue.children if c.dep_ in _SUBJECT_DEPS or _quoted_as(cue, c)]
    if len(subjects) == 2 and _titles(*sorted(subjects, key=lambda c: c.i)):
        subjects = [max(subjects, key=lambda c: c.i)]  # the name, not the title split off it
    for child in sorted(subjects, key=lambda c: c.i < barrier):
        if child.lower_ in _RELATIVE_PRONOUNS and cue.dep_ == "relcl":
            return _antecedent(cue.head)
        if child.i < barrier:
            return _part_after(child, barrier)
        if child.lower_ == "it" and 0 < cue.i - child.i <= 2 and _speaks(cue):
            return child  # "It said in a statement": the body that spoke last
        if child.i < cue.i and (glued := glued_source(cue, child.i, child)) is not None:
            return glued
        return None if child.lower_ in NON_SPEAKER_SUBJECTS else child
    if _named_before_comma(cue):
        return cue.head  # "Ihor Zhovkva, told dpa that ...": the parser reads the verb as the name's modifier
    if depth < 3 and is_coordinated_cue(cue):
        return subject_of(cue.head.head, depth + 1, barrier)  # "May said that ... and suggested that ..."
    if depth < 3 and cue.dep_ in _INHERITING_DEPS and cue.head.i != cue.i:
        governor = _governor_of_object(cue)
        if governor is not None:
            return subject_of(governor, depth + 1, barrier)
        if cue.dep_ == "pcomp" and cue.head.pos_ == "ADP":
            return subject_of(cue.head.head, depth + 1, barrier)
        return subject_of(cue.head, depth + 1, barrier)
    return None


def glued_source(cue: Token, lower: int, subject: Token | None = None) -> Token | None:
    """The source written after the reported clause's last comma, right before its cue, which the parser joined to a
    noun of that clause ("... to exchange about 900 prisoners, including four journalists, the office of the U.N.
    envoy said": "office" read as a conjunct or an apposition of "journalists", and "prisoners" as the subject, or
    no subject at all); after token ``lower``."""
    doc = cue.doc
    comma = next((i for i in range(cue.i - 1, lower, -1) if doc[i].text == ","), None)
    if comma is None or comma + 1 >= cue.i or doc[comma + 1].pos_ != "DET":
        return None
    inside = range(comma + 1, cue.i)
    heads = [t for t in doc[comma + 1 : cue.i] if t.head.i not in inside]
    if len(heads) != 1 or heads[0].dep_ not in ("conj", "appos") or heads[0].pos_ not in ("NOUN", "PROPN"):
        return None
    head = heads[0]
    if head.head.i >= comma or any(t.dep_ == "cc" for t in head.head.children if head.head.i < t.i < head.i):
        return None  # "police, firefighters and the Red Cross said": a list of sources
    if subject is not None and head.i not in {t.i for t in subject.subtree}:
        return None
    return head


def _titles(role: Token, name: Token) -> bool:
    """``role`` is the title written right before the name ``name``, both read as the verb's subjects: "Army chief
    of staff General NAME said" (the parser splits a title with a preposition off the name it is given with)."""
    return role.pos_ == "NOUN" and name.pos_ == "PROPN" and name.left_edge.i == role.right_edge.i + 1


def _antecedent(token: Token) -> Token:
    """The noun a relative clause is about, where the parser hung the clause on a word of an earlier relative clause
    ("a movement that calls itself "Vala" ("close" in Zulu), which accuses ...", with "which accuses" on "close"):
    up through that clause to the noun it modifies; ``token`` itself when it is a noun or none is found."""
    found = token
    for _ in range(3):
        if found.dep_ == "appos" and _in_brackets(found):
            found = found.head  # a gloss in brackets: '"Vala" ("close" in Zulu), which'
        elif found.pos_ in ("NOUN", "PROPN", "PRON"):
            return found
        if found.dep_ == "relcl" or found.dep_ in ("oprd", "attr", "acomp", "dobj", "xcomp"):
            found = found.head
        else:
            return token
    return found if found.pos_ in ("NOUN", "PROPN") else token


def _in_brackets(token: Token) -> bool:
    """The phrase of ``token`` is set in brackets: '("close" in Zulu)'."""
    doc = token.doc
    inside = doc[token.left_edge.i : token.right_edge.i + 1]
    before = token.left_edge.i > 0 and doc[token.left_edge.i - 1].text == "("
    opened = before or any(t.text == "(" and t.i < token.i for t in inside)
    return opened and any(t.text == ")" and t.i > token.i for t in [*inside, doc[min(inside.end, len(doc) - 1)]])


def _quoted_as(verb: Token, child: Token) -> bool:
    """ "X was quoted as saying", "X was cited as saying": the passive subject of quoting speaks."""
    return child.dep_ == "nsubjpass" and verb.lemma_ in _QUOTING and any(c.lower_ == "as" for c in verb.children)


def _named_before_comma(cue: Token) -> bool:
    """A cue parsed as a modifier of the name just before it, behind a comma ("Ihor Zhovkva, told dpa that",
    "Anar Aliyev, a lawmaker from the ruling party, told dpa by telephone that"): the name speaks. A past
    participle counts only with a clause of its own ("the men, told to leave," is passive)."""
    doc, head = cue.doc, cue.head
    if cue.dep_ != "acl" or head.pos_ not in ("PROPN", "NOUN") or head.i >= cue.i or cue.i < 2:
        return False
    if doc[cue.i - 1].text != ",":
        return False
    if head.i < cue.i - 2 and not any(c.dep_ == "appos" for c in head.children):
        return False
    if cue.tag_ == "VBD":
        return head.pos_ == "PROPN" or head.i < cue.i - 2
    return cue.tag_ == "VBN" and any(c.dep_ == "ccomp" for c in cue.children)


def _speaks(cue: Token) -> bool:
    """A verb of saying in the active voice, with no "that" clause as its subject ("it is said that")."""
    return cue.lemma_ in _SAYING and not any(c.dep_ in ("auxpass", "expl", "csubj") for c in cue.children)


def _part_after(subject: Token, barrier: int) -> Token | None:
    """The part of a subject that starts before ``barrier`` which lies after it: "KYIV (AFP) - Foreign
    Minister Dmytro Kuleba" (the parser hangs the name on the dateline's town) -> Kuleba."""
    doc = subject.doc
    for index in range(barrier, min(subject.right_edge.i + 1, barrier + _LONGEST_PHRASE)):
        token = doc[index]
        if token.head.i < barrier and not token.is_punct and not token.is_space:
            return token
    return None


def _governor_of_object(cue: Token) -> Token | None:
    """For a participle modifying an object ("issued a statement calling ...", "sent tweets attacking ..."),
    the verb whose subject made that object: the speaker."""
    if cue.dep_ != "acl" or cue.head.dep_ not in ("dobj", "pobj"):
        return None
    governor = cue.head.head if cue.head.dep_ == "dobj" else cue.head.head.head
    return governor if governor.pos_ in ("VERB", "AUX") and governor.i != cue.head.i else None


def source_mention(head: Token, barrier: int = 0, last: int | None = None) -> SourceMention:
    """The noun phrase headed by ``head`` (without relative clauses, from token ``barrier`` to token ``last``)
    and the best name inside it."""
    last = len(head.doc) - 1 if last is None else last
    tokens = _phrase_tokens(head, barrier, last)
    phrase = Span(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
    across = _name_across_preposition(head, last)
    if across is not None:  # "Doctors Without Borders said": the body's name is kept whole
        right = head.right_edge
        across = _whole_body_name(head.doc, across, Span(across.start, right.idx + len(right.text))) or across
        return SourceMention(Span(min(phrase.start, across.start), max(phrase.end, across.end)), across)
    name = _name_in_phrase(head, phrase)
    if name is not None and name.end > phrase.end:
        phrase = Span(phrase.start, name.end)
    if name is None:
        placed = _name_after_place(head, phrase, last)
        if placed is not None:  # "The U.N.'s envoy in Sudan, Anne-Sophie Lambert,": the name hangs on the place
            return SourceMention(Span(phrase.start, placed.end), placed)
        given = _name_given(head, last)
        if given is not None:  # the phrase runs to the name its relative clause gives
            return SourceMention(Span(phrase.start, max(phrase.end, given.end)), given)
        split = _name_split_off(head, tokens[-1], last) or _body_name_after(head, tokens[-1], last)
        if split is not None:  # "Qatar's minister of state Abdullah al-Mansouri said": two subjects in the parse
            return SourceMention(Span(phrase.start, split.end), split)
        closing = _name_closing_the_sentence(head, phrase)
        if closing is not None:  # "..., according to a police officer in the district, Imran Khattak."
            return SourceMention(Span(phrase.start, closing.end), closing)
        member = _member_named(head, last)
        if member is not None:  # "Critics, including the Ombudsman's Office, said": the one the article names
            return SourceMention(Span(phrase.start, max(phrase.end, member.end)), member)
    return SourceMention(phrase, name)


def _member_named(head: Token, last: int) -> Span | None:
    """The one member a plural source names ("Critics, including the Ombudsman's Office,", "Opposition parties,
    including the PDP,", "Several lawmakers, among them Senator Ruth Okafor,"): who the words are given to."""
    if head.tag_ != "NNS":
        return None
    for preposition in head.children:
        if preposition.dep_ != "prep" or preposition.lower_ not in ("including", "among"):
            continue
        names = [c for c in preposition.children if c.dep_ == "pobj" and c.pos_ == "PROPN" and c.i <= last]
        if preposition.lower_ == "among":  # "among them Senator Ruth Okafor", with the name in apposition
            names += [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i <= last]
        if len(names) == 1 and not any(c.dep_ == "conj" for c in names[0].children):
            return _proper_name_tokens(names[0])
    return None


def _name_split_off(head: Token, end: Token, last: int) -> Span | None:
    """A person's name written right after a role's phrase and right before the verb they share, which the parser
    read as a second subject ("Qatar's minister of state Abdullah al-Mansouri said"): the role's name."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in ROLE_NOUNS or head.tag_ not in ("NN", "NNP"):
        return None
    doc, first = head.doc, end.i + 1
    if first >= len(doc) or doc[first].ent_type_ != "PERSON" or doc[first].ent_iob_ != "B":
        return None
    stop = first + 1
    while stop < len(doc) and doc[stop].ent_iob_ == "I":
        stop += 1
    if stop - 1 > last or stop >= len(doc) or stop != head.head.i or head.head.pos_ != "VERB":
        return None
    return Span(doc[first].idx, doc[stop - 1].idx + len(doc[stop - 1].text))


def _body_name_after(head: Token, end: Token, last: int) -> Span | None:
    """An organisation's name written right after the noun of its kind and right before the verb, which the
    parser did not take into the phrase ("the press workers' union SiPreBA said", with the name read as an
    adverb): a capitalised word or two between the kind noun and its verb."""
    if head.pos_ != "NOUN" or not head.text.islower() or head.lemma_.lower() not in BODY_KINDS or head.tag_ != "NN":
        return None
    doc, first = head.doc, end.i + 1
    if end.i != head.i or head.head.pos_ != "VERB" or head.dep_ != "nsubj":
        return None
    stop = first
    while stop < len(doc) and stop - first < 3 and doc[stop].text[:1].isupper() and doc[stop].is_alpha:
        stop += 1
    if stop == first or stop - 1 > last or stop != head.head.i:
        return None
    if any(t.ent_type_ in PLACE_LABELS or t.ent_type_ in ("NORP", "DATE") for t in doc[first:stop]):
        return None
    return Span(doc[first].idx, doc[stop - 1].idx + len(doc[stop - 1].text))


def _name_closing_the_sentence(head: Token, phrase: Span) -> Span | None:
    """A person's name after a comma that ends the sentence of a role's phrase ("according to a police officer in
    the district, Imran Khattak."): the role's name in apposition, however the parser attached it."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in ROLE_NOUNS or head.tag_ not in ("NN", "NNP"):
        return None
    doc = head.doc
    after = head.right_edge.i + 1  # the role's own modifiers end there ("a police officer in the district")
    while after < len(doc) and doc[after].idx < phrase.end:
        after += 1
    if after + 1 >= len(doc) or doc[after].text != ",":
        return None
    comma = doc[after]
    stop = comma.i + 1
    while stop < len(doc) and doc[stop].pos_ == "PROPN" and doc[stop].ent_type_ not in PLACE_LABELS:
        stop += 1
    words = doc[comma.i + 1 : stop]
    if not 2 <= len(words) <= 4 or not any(t.ent_type_ == "PERSON" for t in words):
        return None
    if stop < len(doc) and not (doc[stop].text in (".", "!", "?") or _is_line_break(doc[stop])):
        return None
    return Span(words.start_char, words.end_char)


def _name_after_place(head: Token, phrase: Span, last: int) -> Span | None:
    """The name in apposition after a role's place ("the mayor of Kharkiv, Ihor Terekhov", "the U.N.'s envoy in
    Sudan, Anne-Sophie Lambert", "a doctor at the main hospital in Bannu, Zahid Khan,"), which the parser hangs on
    the place (or on the place of the place) rather than on the role: the person. A name in apposition to another
    role ("an aide to the president, Emmanuel Macron,") is that role's, not the speaker's."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in ROLE_NOUNS:
        return None
    places = [p for c in head.children if c.dep_ == "prep" and c.i > head.i for p in c.children if p.dep_ == "pobj"]
    seen = 0
    while places and seen < 8:  # "at the hospital in the town of X": a few places deep at most
        place = places.pop(0)
        seen += 1
        if place.lemma_.lower() in ROLE_NOUNS:
            continue
        for name in place.children:
            if name.dep_ != "appos" or name.pos_ != "PROPN" or name.i > last or name.ent_type_ in PLACE_LABELS:
                continue
            if name.doc[name.left_edge.i - 1].text != ",":
                continue
            span = _proper_name_tokens(name)
            if span is not None and span.start >= phrase.start and 2 <= len(span.text_of(head.doc.text).split()) <= 4:
                return span
        deeper = [c for c in place.children if c.dep_ == "prep" and c.i > place.i]
        places += [p for c in deeper for p in c.children if p.dep_ == "pobj"]
    return None


def _name_given(head: Token, last: int) -> Span | None:
    """The name a relative clause of an unnamed source gives it: "A passenger who escaped, who gave only his
    first name, Tesfaye," -> Tesfaye; "a farmer, who asked to be identified only as Musa," -> Musa (wire copy
    names a witness who gives only part of a name in this way)."""
    if head.pos_ != "NOUN":
        return None
    clauses = [c for c in head.children if c.dep_ in ("relcl", "acl") and c.i > head.i]
    clauses += [  # "A trader who sells shoes near the scene, who gave her name only as Nakato": "who" is the trader
        c
        for c in head.subtree
        if c.dep_ == "relcl" and c.head.i != head.i and c.head.pos_ == "NOUN"
        if c.head.lemma_.lower() not in ROLE_NOUNS and any(w.dep_ == "nsubj" and w.lower_ == "who" for w in c.children)
    ]
    if head.dep_ == "nsubj":  # "a resident told state television, giving only her first name, Valentina"
        clauses += [c for c in head.head.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > head.i]
    for clause in clauses:
        verbs = [clause, *(c for c in clause.children if c.dep_ in ("xcomp", "conj"))]  # "who fled and gave his name"
        verbs += [c for v in verbs[1:] if v.dep_ == "conj" for c in v.children if c.dep_ == "xcomp"]
        if not any(v.lemma_ in _NAMING for v in verbs):
            continue
        for token in clause.subtree:
            if token.i > last or token.pos_ != "PROPN":
                continue
            first_name = token.dep_ == "appos" and token.head.lemma_ == "name"  # the tagger may take it for a place
            if token.ent_type_ in ("GPE", "LOC", "FAC") and not first_name and not _named_as_body(token):
                continue
            if first_name or (token.dep_ == "pobj" and token.head.lower_ in ("as", "by")):
                return _proper_name_tokens(_proper_head(token))
        for verb in verbs:  # "who gave his name only as Avi told Army Radio": "as Avi" read as a clause of its own
            if verb.lemma_ in _NAMING:
                named = _name_after_as(verb, last)
                if named is not None:
                    return named
    return None


def _name_after_as(verb: Token, last: int) -> Span | None:
    """The capitalised name written right after "as" a few words after a naming verb ("gave his name only as
    Avi", "identified only as Rahima"), however the parser attached it: one or two proper nouns, not a place."""
    doc = verb.doc
    for index in range(verb.i + 1, min(verb.i + 6, last, len(doc) - 1)):
        if doc[index].lower_ != "as":
            continue
        stop = index + 1
        while stop <= last and stop < len(doc) and stop - index <= 2 and doc[stop].pos_ == "PROPN":
            stop += 1
        words = doc[index + 1 : stop]
        if not len(words) or any(t.ent_type_ in PLACE_LABELS for t in words):
            return None
        return Span(words.start_char, words.end_char)
    return None


_NAME_INNER_WORDS = frozenset({"for", "to", "of", "without", "against", "on"})


def _name_across_preposition(head: Token, last: int) -> Span | None:
    """A name with a capitalised preposition inside it, which the parser reads as a noun and its modifier:
    "Doctors Without Borders", "Physicians For Peace" (a preposition capitalised inside a sentence belongs to a
    name; the capitalised words on both sides of it are the rest of the name); "Physicians for Human Rights" (a
    plural noun with "for" or "without" and capitalised words); an organisation the model labels over such a word
    ("The Committee to Protect Journalists")."""
    if not head.text[:1].isupper() or head.pos_ not in ("NOUN", "PROPN"):
        return None
    doc = head.doc
    entity = next((e for e in doc.ents if e.label_ == "ORG" and e.start <= head.i < e.end - 1), None)
    if entity is not None and head.i + 1 <= last and doc[head.i + 1].lower_ in _NAME_INNER_WORDS:
        first = entity[1:] if entity[0].lower_ == "the" else entity  # "The Committee to Protect Journalists"
        cut = next((t.i for t in first if t.is_punct and t.text != "-"), first.end)  # not its "(CNLD" after it
        first = doc[first.start : cut]
        if len(first) and first[-1].i <= last and first[-1].text[:1].isupper():
            return Span(first.start_char, first.end_char)
    start = head.i
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ in ("NOUN", "PROPN", "ADJ"):
        start -= 1
    plural = head.tag_ in ("NNS", "NNPS")  # "Physicians for Human Rights", "Lawyers for Justice": a body's name
    for preposition in head.children:
        if preposition.dep_ != "prep" or preposition.i != head.i + 1:
            continue
        if not preposition.text[:1].isupper() and not (plural and preposition.lower_ in ("for", "without")):
            continue
        end = preposition.i + 1
        while end <= last and end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
        if end == preposition.i + 1:
            return None
        return Span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
    return None


def _named_as_body(token: Token) -> bool:
    """ "an affiliate known as Islamic State Khorasan Province": the name after "known as" runs over words the model
    takes for a place, but not only over those (a body's name, not a place's)."""
    if token.dep_ != "pobj" or token.head.lower_ != "as" or token.head.head.lemma_ != "know":
        return False
    name = _proper_name_tokens(_proper_head(token))
    words = [] if name is None else [t for t in token.doc if name.start <= t.idx < name.end]
    return len(words) > 1 and any(t.ent_type_ not in ("GPE", "LOC", "FAC") for t in words)


def _phrase_tokens(head: Token, barrier: int, last: int) -> list[Token]:
    """The tokens of the phrase around ``head``: its own, and its modifiers' (read by their edges, at most
    ``_LONGEST_PHRASE`` on each side), within its line and after ``barrier``."""
    doc = head.doc
    kept = [subtree_range(child) for child in head.children if _in_phrase(head, child)]

    def inside(index: int) -> bool:
        return barrier <= index <= last and not _is_line_break(doc[index]) and any(r.covers(index) for r in kept)

    start, end = head.i, head.i
    while start - 1 >= 0 and head.i - start < _LONGEST_PHRASE and inside(start - 1):
        start -= 1
    while end + 1 < len(doc) and end - head.i < _LONGEST_PHRASE and inside(end + 1):
        end += 1
    while start < head.i and doc[start].is_punct:
        start += 1
    while end > head.i and doc[end].is_punct:
        end -= 1
    return list(doc[start : end + 1])


def _in_phrase(head: Token, child: Token) -> bool:
    """A modifier that belongs to the source phrase: not a relative clause or most prepositional phrases,
    but "of" ("the mayor of Kharkiv") and, after a role, whom it speaks for ("an aide to the U.N. chief",
    "a spokesman for the ministry")."""
    if child.dep_ == "prep":
        if head.lemma_.lower() in ISSUED_TEXTS:
            return child.lower_ in ("from", "by", "of")  # "a statement from the foreign ministry"
        if child.lower_ == "in" and _placed_office(head, child):
            return (
                True  # "the U.N. mission in Mali", "the University Hospital in Krakow": the body's place is its name's
            )
        return child.lower_ == "of" or (child.lower_ in ("to", "for") and head.lemma_.lower() in ROLE_NOUNS)
    if child.dep_ == "appos" and child.left_edge.tag_ == "WP$":
        return False  # "Viasna, whose founder, NAME, was freed": a relative clause the parser read as an apposition
    return child.dep_ not in _NOT_IN_PHRASE


def _placed_office(head: Token, preposition: Token) -> bool:
    """A body that a town or country places right after it with "in": an office abroad ("the U.N. mission in
    Mali", "the Norwegian embassy in Nairobi", "the prosecutor's office in Bejaia") or a body's proper name
    ("the Regional Hospital in Tamale") whose words name no one body without the place ("the Yoseftal Medical
    Center in Eilat" is the Yoseftal Medical Center), not a sentence's first capitalised word ("Police in Lagos"):
    the place is part of what it is called, a proper noun (which the entity tagger may label ORG or NORP)."""
    if preposition.i != head.i + 1 or head.tag_ not in ("NN", "NNP"):
        return False
    office = head.lemma_.lower() in _OFFICES
    named = head.pos_ == "PROPN" and head.ent_type_ in ("ORG", "FAC") and not head.is_sent_start
    named = named and all(t.lower_ in _GENERIC_NAME_WORDS for t in head.lefts if t.dep_ in ("compound", "amod"))
    if not office and not named:
        return False
    places = [c for c in preposition.children if c.dep_ == "pobj"]
    return len(places) == 1 and places[0].pos_ == "PROPN" and places[0].ent_type_ not in _NOT_PLACES


def _is_line_break(token: Token) -> bool:
    return token.is_space and "\n" in token.text


def _name_in_phrase(head: Token, phrase: Span) -> Span | None:
    """The name of the one speaker in the phrase; None for several ("Mr. King and Mr. Schultz"); a body's name
    whole when the name found is only part of it (``_whole_body_name``)."""
    name = _name_part_in_phrase(head, phrase)
    if name is None:
        return None
    right = head.right_edge  # a body's name may run on past the phrase in the head's own modifiers ("for ...")
    bound = Span(phrase.start, max(phrase.end, right.idx + len(right.text)))
    name = _whole_body_name(head.doc, name, bound) or name
    words = head.doc.char_span(name.start, name.end, alignment_mode="expand")
    if words is not None and words[-1].lower_ in _NAME_PREPOSITIONS | {"the"} and name.end < phrase.end:
        return Span(name.start, phrase.end)  # "the health department of the" the model labelled: the phrase's rest
    return name


def _whole_body_name(doc: Doc, name: Span, phrase: Span) -> Span | None:
    """The body's name that ``name`` is a part of, inside the source phrase: the run of capitalised words (with the
    lower-case words that join them) around it, when the run is a body's name by its last word or by its first
    word before a joining one ("The Nicaragua Never Again Human Rights Collective" read as the country, "Fundación
    Paz y Reconciliación" read as a person "Reconciliación"). None when the run is no longer or names no body
    ("Police Chief John Mwangi", "Dr. Ana da Costa")."""
    words = doc.char_span(name.start, name.end, alignment_mode="expand")
    if words is None:
        return None
    start, end = words.start, words.end - 1
    while start - 1 >= 0 and doc[start - 1].idx >= phrase.start and _in_body_name(doc, start - 1):
        start -= 1
    while end + 1 < len(doc) and doc[end + 1].idx < phrase.end and _in_body_name(doc, end + 1):
        end += 1
    while start < end and (doc[start].pos_ == "DET" or not doc[start].text[:1].isupper()):
        start += 1  # "The" opening the sentence
    while end > start and not doc[end].text[:1].isupper():
        end -= 1
    if (start, end) == (words.start, words.end - 1) or not names_a_body([t.lower_ for t in doc[start : end + 1]]):
        return None
    return Span(doc[start].idx, doc[end].idx + len(doc[end].text))


def _in_body_name(doc: Doc, index: int) -> bool:
    """A capitalised word, or a joining word or a plural's apostrophe between two ("Workers' Party")."""
    token = doc[index]
    if token.text[:1].isupper() and (token.is_alpha or token.pos_ == "PROPN"):
        return True
    before, after = doc[index - 1] if index else None, doc[index + 1] if index + 1 < len(doc) else None
    if before is None or after is None or not before.text[:1].isupper():
        return False
    if token.text in ("'", "\u2019"):
        return before.lower_.endswith("s") and after.text[:1].isupper()
    return token.lower_ in INNER_NAME_WORDS and (after.text[:1].isupper() or after.lower_ in INNER_NAME_WORDS)


def _name_part_in_phrase(head: Token, phrase: Span) -> Span | None:
    doc = head.doc
    if any(child.dep_ == "conj" and not _is_an_alias(child) for child in head.children):
        return None
    first = doc.char_span(phrase.start, phrase.end, alignment_mode="expand")
    entities = [] if first is None else _entities_within(doc, first.start, first.end)
    people = [e for e, label in entities if label == "PERSON" and _names_someone(e)]
    if people:
        with_head = [e for e in people if e.start <= head.i < e.end]
        chosen = with_head[0] if with_head else people[-1]
        return Span(chosen.start_char, chosen.end_char)
    if first is not None and head.pos_ == "NOUN" and head.lemma_.lower() in ROLE_NOUNS:
        named = _name_in_apposition(first)
        if named is not None:
            return named
    if head.pos_ == "PROPN" and head.text.islower():  # "defence ministry" tagged a proper noun: no name
        return None
    proper = _proper_name_tokens(head)
    if proper is None:
        proper = next((_proper_name_tokens(c) for c in head.children if c.dep_ == "appos"), None)
    if proper is not None:
        return proper
    entity = _entity_at(head)
    return None if entity is None or head.ent_type_ not in _NAME_LABELS else Span(entity.start_char, entity.end_char)


def _is_an_alias(conj: Token) -> bool:
    """ "the Kurdistan Workers' Party, or PKK": the other name of one body, not a second speaker."""
    doc = conj.doc
    return conj.pos_ == "PROPN" and conj.i >= 2 and doc[conj.i - 1].lower_ == "or" and doc[conj.i - 2].text == ","


def _name_in_apposition(phrase: SpacySpan) -> Span | None:
    """A proper name of two or three words set off by a comma inside a role's phrase ("The mayor of Kharkiv,
    Ihor Terekhov"): the person, whatever label the model gave the name."""
    for token in phrase:
        if token.dep_ == "appos" and token.pos_ == "PROPN":
            name = _proper_name_tokens(token)
            words = phrase.doc.char_span(name.start, name.end, alignment_mode="expand") if name is not None else None
            if name is not None and words is not None and 2 <= len(words.text.split()) <= 3:
                return name
    return None


def _entities_within(doc: Doc, start: int, end: int) -> list[tuple[SpacySpan, str]]:
    """The named entities wholly inside tokens ``[start, end)``, read from the tokens (``doc.ents`` is slow)."""
    found = []
    index = start
    while index < end:
        if doc[index].ent_iob_ == "B":
            stop = index + 1
            while stop < len(doc) and doc[stop].ent_iob_ == "I":
                stop += 1
            if stop <= end:
                found.append((doc[index:stop], doc[index].ent_type_))
            index = stop
        else:
            index += 1
    return found


def _entity_at(token: Token) -> SpacySpan | None:
    if not token.ent_type_:
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _names_someone(entity: SpacySpan) -> bool:
    """Not a modifier of another noun ("Zelenskyy's chief of staff", "a Clinton surrogate"; a lower-case head tagged
    a proper noun is a noun: "Azerbaijan's defence ministry", where the model may take the country for a person)."""
    root = entity.root
    if root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPOSITIONS:
        return False  # "al Qaeda's affiliate in the Sahel": a place the model took for a person
    if root.dep_ not in ("poss", "compound", "amod", "nmod"):
        return True
    return root.head.pos_ == "PROPN" and not root.head.text.islower()  # "Azerbaijan's defence ministry": a noun


def _proper_name_tokens(head: Token) -> Span | None:
    """The run of proper nouns ending at ``head`` ("Vitali Klitschko", "New York Times"), with the "of"
    phrase that completes an organisation's name ("Ministry of Economy", "Council of Ministers")."""
    if head.pos_ != "PROPN":
        return None
    doc = head.doc
    start = head.i
    while start > 0:
        if doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i in range(start, head.i + 1):
            start -= 1
        elif start > 1 and _joins_a_name(doc[start - 1]) and doc[start - 2].pos_ == "PROPN":
            start -= 2  # "Marie-Claire Dufour"
        elif start > 1 and _possessive_in_name(doc, start) and doc[start - 2].head.i in range(start, head.i + 1):
            start -= 2  # "Kurdistan Workers' Party": the possessive inside one organisation's name
        else:
            break
    if start > 1 and doc[start - 1].tag_ == "POS" and head.ent_type_ != "PERSON":
        owner = doc[start - 2]  # "the army's Second Division", "the navy's Pacific Fleet": a unit of a body
        if owner.pos_ == "NOUN" and owner.text.islower() and owner.lemma_ in _UNIT_OWNERS and owner.head.i == head.i:
            start -= 2
    return Span(doc[start].idx, _name_end(head))


def _possessive_in_name(doc: Doc, start: int) -> bool:
    """A possessive ending between two proper nouns of one organisation's entity ("Workers' Party")."""
    case, owner = doc[start - 1], doc[start - 2]
    one_entity = case.ent_iob_ == "I" and doc[start].ent_iob_ == "I" and doc[start].ent_type_ == "ORG"
    return case.dep_ == "case" and owner.pos_ == "PROPN" and one_entity


def _joins_a_name(token: Token) -> bool:
    """A hyphen written without spaces between two parts of a name ("Anne-Sophie")."""
    return token.text == "-" and not token.whitespace_ and not token.doc[token.i - 1].whitespace_


def _name_end(head: Token) -> int:
    """Where a proper name headed by ``head`` ends: after its "of" or "for" + proper noun(s), if it has them
    ("Council of Ministers", "Center for Legal and Social Studies", "Committee for Peace and Justice")."""
    doc = head.doc
    end = head.i
    of = next(
        (c for c in head.children if c.dep_ == "prep" and c.lower_ in _NAME_PREPOSITIONS and c.i == head.i + 1), None
    )
    if of is not None:
        stop = of.i + 1
        while stop < len(doc) and stop - of.i <= _LONGEST_NAME_TAIL and _continues_a_name(doc, stop):
            stop += 1
        while stop > of.i + 1 and doc[stop - 1].pos_ != "PROPN":
            stop -= 1
        if stop > of.i + 1:
            end = stop - 1
    end = max(end, _organisation_end(head))
    return doc[end].idx + len(doc[end].text)


def _organisation_end(head: Token) -> int:
    """The last token of the organisation's name the entity tagger reads on past ``head`` through a preposition
    ("the Joint Command of the Armed Forces", "the Kenya National Commission on Human Rights", "the National
    Committee for the Liberation of Detainees", "the U.N. Mission in South Sudan"): ``head`` itself otherwise."""
    doc = head.doc
    after = head.i + 1
    if head.ent_type_ != "ORG" or after >= len(doc) or doc[after].pos_ != "ADP":
        return head.i
    if doc[after].ent_iob_ != "I":
        return _office_abroad_end(head)
    end = after
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I" and doc[end + 1].text != "(":
        end += 1  # not into the abbreviation in brackets: "the National Committee ... (CNLD)"
    return end if doc[end].pos_ == "PROPN" else head.i


def _office_abroad_end(head: Token) -> int:
    """A body's name that ends with the country or town it works in, which the entity tagger leaves out: "the
    U.N. Mission in South Sudan", "the Russian Embassy in Paris" (a capitalised office noun, then "in" and a place
    of proper nouns): the place's last token; ``head`` itself otherwise."""
    doc = head.doc
    if not head.text[:1].isupper() or doc[head.i + 1].lower_ != "in" or not _placed_office(head, doc[head.i + 1]):
        return head.i
    end = head.i + 1
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].ent_type_ not in _NOT_PLACES:
        end += 1
    return end if end > head.i + 1 else head.i


def _continues_a_name(doc: Doc, index: int) -> bool:
    """A proper noun, an "and" between two of them ("Legal and Social Studies"), a capitalised possessive or
    determiner before one ("Sisters of Our Lady"), or "of the" between two ("Our Lady of the Hills")."""
    token = doc[index]
    if token.pos_ == "PROPN":
        return True
    following = doc[index + 1] if index + 1 < len(doc) else None
    if token.pos_ in ("PRON", "DET") and token.text[:1].isupper() and following is not None:
        return following.pos_ == "PROPN"  # "Our Lady", not a sentence's "The"
    if token.lower_ in ("of", "the") and (doc[index - 1].pos_ == "PROPN" or doc[index - 1].lower_ in ("of", "for")):
        return any(t.pos_ == "PROPN" for t in doc[index + 1 : index + 3])
    return (
        token.lower_ in ("and", "&")
        and doc[index - 1].pos_ == "PROPN"
        and index + 1 < len(doc)
        and doc[index + 1].pos_ == "PROPN"
    )
