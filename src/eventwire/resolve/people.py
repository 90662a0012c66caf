"""The people an article names: where each is mentioned, the full name behind a surname, and their titles.

Built from spaCy's PERSON entities, plus other proper names that share a surname with one of them
(the small model often labels a lone surname "Guterres" as a place or an organisation).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwire.lexicon.roles import FEMALE_WORDS, MALE_WORDS, ROLE_NOUNS, without_honorifics
from eventwire.model import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

_MODIFIER_DEPS = frozenset({"compound", "poss", "amod", "nmod"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})
_POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_NOUNS = frozenset({"city", "town", "village", "region", "province", "district", "county", "port", "suburb",
                          "township", "municipality", "commune", "area", "state", "island"})  # fmt: skip
_HEAD_WORDS = frozenset({"head", "chief"})  # one office: "the head of the committee", "the committee chief"
_INTRODUCED_WITHIN = 700  # characters after a description in which the person it stands for may be named
_LOOK_BACK = 400  # mentions looked at on one side of a position (a bound: the lookups stay linear)
# Last words of organisations' names: a speaker so named is not a person ("the Interior Ministry").
ORGANISATION_WORDS: frozenset[str] = frozenset(
    {
        "ministry",
        "department",
        "office",
        "bureau",
        "secretariat",
        "directorate",
        "council",
        "committee",
        "commission",
        "government",
        "administration",
        "agency",
        "authority",
        "association",
        "union",
        "party",
        "police",
        "army",
        "forces",
        "military",
        "court",
        "parliament",
        "assembly",
        "senate",
        "congress",
        "bank",
        "company",
        "corporation",
        "group",
        "foundation",
        "institute",
        "university",
        "organisation",
        "organization",
        "service",
        "services",
        "board",
        "campaign",
        "embassy",
        "mission",
        "command",
        "centre",
        "center",
        "league",
        "federation",
        "front",
        "movement",
        "network",
        "news",
        "press",
        "times",
        "post",
    }
)


@dataclass(frozen=True, slots=True)
class PersonMention:
    """One place where a person is named: ``name`` as written there, ``title`` as the text gives it."""

    span: Span
    name: str
    title: str | None
    is_head: bool  # the name heads its noun phrase (not "Zelenskyy's" in "Zelenskyy's chief of staff")
    is_subject: bool = False  # the name (or the phrase it stands in apposition to) is a clause's subject


def surname_key(name: str) -> str:
    """The lower-cased last word of a name, without a possessive ending: the key that links mentions."""
    words = name.split()
    if not words:
        return ""
    last = words[-1]
    for ending in _POSSESSIVE_ENDINGS:
        if last.endswith(ending) and len(last) > len(ending):
            last = last[: -len(ending)]
            break
    return last.lower().strip(".,")


class People:
    """The people named in one article, in text order."""

    def __init__(self, mentions: Iterable[PersonMention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: m.span.start)
        self._starts = [m.span.start for m in self.mentions]
        self._full: dict[str, PersonMention] = {}
        self._genders: dict[str, set[str]] = {}
        for mention in self.mentions:
            gender = gender_of_title(mention.title)
            if gender is not None:
                self._genders.setdefault(surname_key(mention.name), set()).add(gender)
            key = surname_key(mention.name)
            known = self._full.get(key)
            if known is None or len(mention.name.split()) > len(known.name.split()):
                self._full[key] = mention

    @classmethod
    def of_document(cls, doc: Doc, speaker_names: Iterable[Span] = ()) -> People:
        """The people of ``doc``: its PERSON entities, names with a role in apposition ("X, a senior
        aide"), the named speakers found by the quote stage, and other mentions of their surnames."""
        entities = doc.ents
        labels = Counter((e.text, e.label_) for e in entities)
        persons = [e for e in entities if e.label_ == "PERSON" and _is_person_name(e, labels) and not _of_a_place(e)]
        persons.extend(_names_with_roles(doc))
        persons.extend(_speaker_names(doc, speaker_names))
        keys = {surname_key(e.text) for e in persons}
        seen = {(e.start, e.end) for e in persons}
        others = [e for e in entities if e.label_ in _NAME_LABELS and (e.start, e.end) not in seen]
        linked = [e for e in others if surname_key(e.text) in keys and len(e) <= 3]
        return cls(_person_mention(e) for e in [*persons, *linked])

    def gender(self, name: str) -> str | None:
        """ "female" or "male" when the article's titles for the person called ``name`` say so (and agree)."""
        found = self._genders.get(surname_key(name), set())
        return next(iter(found)) if len(found) == 1 else None

    def has_person_signs(self, name: str) -> bool:
        """The article treats ``name`` as a person's: it gives a title or role, a gender, or the surname alone
        (a body's name the model labels a person, "Santé Pour Tous", has none of these)."""
        key = surname_key(name)
        if key in self._genders:
            return True
        mentions = [m for m in self.mentions if surname_key(m.name) == key]
        return any(m.title for m in mentions) or any(len(m.name.split()) == 1 for m in mentions)

    def by_first_name(self, name: str) -> PersonMention | None:
        """The one person whose full name begins with the single word ``name`` when no one has it as surname: "Suriya"
        for "Suriya Kongpan" (Thai, Indonesian, Icelandic names are shortened to the given name)."""
        known = self._full.get(surname_key(name))
        if len(name.split()) != 1 or (known is not None and len(known.name.split()) > 1):
            return None
        first = name.lower()
        found = {
            m.name: m for m in self._full.values() if len(m.name.split()) > 1 and m.name.split()[0].lower() == first
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def full_name(self, name: str) -> PersonMention | None:
        """The fullest mention of the person called ``name`` (a surname or a full name)."""
        return self._full.get(surname_key(name))

    def before(self, position: int) -> Iterator[PersonMention]:
        """Mentions that end before ``position``, nearest first."""
        index = bisect_left(self._starts, position)
        for mention in reversed(self.mentions[max(index - _LOOK_BACK, 0) : index]):
            if mention.span.end <= position:
                yield mention

    def after(self, position: int) -> Iterator[PersonMention]:
        """Mentions that start at or after ``position``, nearest first."""
        index = bisect_left(self._starts, position)
        yield from self.mentions[index : index + _LOOK_BACK]

    def titled(self, description: list[str], position: int, reach: int) -> PersonMention | None:
        """The person whose title fits ``description`` ("u.n.", "chief" for "the U.N. chief" -> "U.N. chief
        Guterres"), nearest before ``position``, else (a description that introduces a name: "the regional
        governor ... Governor Najm al-Jubouri") nearest after it, within ``reach`` characters."""
        for mention in self.before(position):
            if position - mention.span.end > reach:
                break
            if _title_fits(mention.title, description):
                return mention
        for mention in self.after(position):
            if mention.span.start - position > min(reach, _INTRODUCED_WITHIN):
                break
            if _title_fits(mention.title, description, loosely=True):
                return mention
        return None


def gender_of_title(title: str | None) -> str | None:
    """ "female" for "Mrs", "spokeswoman for the ministry"; "male" for "Mr", "chairman"; else None."""
    words = {word.strip(".,").lower() for word in (title or "").split()}
    female, male = bool(words & FEMALE_WORDS), bool(words & MALE_WORDS)
    if female == male:
        return None
    return "female" if female else "male"


def _title_fits(title: str | None, description: list[str], loosely: bool = False) -> bool:
    """Every word of ``description`` is in ``title``; ``loosely``, its role noun (the last word) is."""
    if not title or not description:
        return False
    words = {word.strip(".,").lower() for word in title.replace("-", " ").split()} | set(title.lower().split())
    if words & _HEAD_WORDS:  # "the head of the committee" is "the committee chief"
        words |= _HEAD_WORDS
    if loosely:
        return description[-1] in words
    return all(word in words for word in description)


def _is_person_name(entity: SpacySpan, labels: Counter[tuple[str, str]]) -> bool:
    """A PERSON entity that is a name: capitalised, and (if one word) not more often labelled a place."""
    if not entity.text[:1].isupper() or len(entity.text) < 2:
        return False
    if len(entity) > 1:
        return True
    as_place = sum(labels[(entity.text, label)] for label in _PLACE_LABELS)
    return labels[(entity.text, "PERSON")] > as_place


def _of_a_place(entity: SpacySpan) -> bool:
    """A name the text gives as a place's: "the city of Pathein", "the town of Jackson" (the model may label it a
    person)."""
    root = entity.root
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    return root.head.head.lemma_.lower() in _PLACE_NOUNS and root.head.head.pos_ == "NOUN"


def _names_with_roles(doc: Doc) -> list[SpacySpan]:
    """Proper names the model did not label, followed by a role in apposition ("Mykhaylo Podolyak, a senior aide")."""
    found = []
    for token in doc:
        if token.pos_ != "PROPN" or token.dep_ in ("compound", "flat") or token.ent_type_ == "GPE":
            continue  # "the capital, Kuala Lumpur, the facilitator said": a place, not the facilitator
        if any(c.dep_ == "appos" and c.lemma_.lower() in ROLE_NOUNS for c in token.children):
            found.append(_proper_run(doc, token))
    return found


def _speaker_names(doc: Doc, spans: Iterable[Span]) -> list[SpacySpan]:
    """Names of speakers that the model labelled as no entity, or wrongly as an organisation."""
    found = []
    for span in spans:
        name = doc.char_span(span.start, span.end)
        if name is not None and _could_be_person(name):
            found.append(name)
    return found


def _could_be_person(name: SpacySpan) -> bool:
    labelled_place = any(t.ent_type_ in _PLACE_LABELS or t.ent_type_ == "NORP" for t in name)
    organisation = name[-1].lower_ in ORGANISATION_WORDS or any(t.lower_ == "of" for t in name)
    words = [t for t in name if t.text != "-"]  # "Anne-Sophie Lambert" is a name of two words
    acronym = len(words) == 1 and len(name.text) >= 3 and name.text.isupper()  # "MINUSCA", "UNICEF": a body
    return not labelled_place and not organisation and not acronym and name.root.pos_ == "PROPN" and len(words) <= 3


def _proper_run(doc: Doc, head: Token) -> SpacySpan:
    start = head.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ in ("compound", "flat"):
        start -= 1
    return doc[start : head.i + 1]


def _person_mention(entity: SpacySpan) -> PersonMention:
    name = entity.text
    for ending in _POSSESSIVE_ENDINGS:
        if name.endswith(ending):
            name = name[: -len(ending)]
            break
    honorifics, name = without_honorifics(name)
    start = entity.start_char + (
        len(entity.text) - len(entity.text.lstrip()[len(honorifics) :].lstrip()) if honorifics else 0
    )
    root = entity.root
    is_head = root.dep_ not in _MODIFIER_DEPS
    title = _title_of(entity) or honorifics or None
    return PersonMention(Span(start, start + len(name)), name, title, is_head, _is_subject(root))


def _is_subject(root: Token) -> bool:
    """The name is a subject, or in apposition to one ("Mykola Bondar, a senior aide, said")."""
    return root.dep_ in _SUBJECT_DEPS or (root.dep_ == "appos" and root.head.dep_ in _SUBJECT_DEPS)


def _title_of(entity: SpacySpan) -> str | None:
    """The words that title a person: "Kyiv Mayor" Vitali Klitschko, or the apposition around the name."""
    root = entity.root
    before = [t for t in root.children if t.i < entity.start and t.dep_ in ("compound", "amod")]
    role = _role_in_apposition(root)
    if before:
        first = min(t.left_edge.i for t in before)
        written = entity.doc[first : entity.start].text or None
        # "The sponsor, Kuomintang lawmaker Chen Wen-hsiung": both roles are the person's
        return f"{written}, {role}" if written and role and first > root.head.i else written
    if role is not None:
        return role
    appositions = [c for c in root.children if c.dep_ == "appos"]
    if appositions:
        apposition = appositions[0]
        return entity.doc[apposition.left_edge.i : apposition.right_edge.i + 1].text
    return None


def _role_in_apposition(root: Token) -> str | None:
    """The role a name stands in apposition to: "a senior aide, Mykola Bondar" and "The mayor of Kharkiv,
    Ihor Terekhov" (the parser may hang the name on the place: the role is looked for up to two heads up)."""
    if root.dep_ != "appos":
        return None
    head = root.head
    for _ in range(3):
        if head.pos_ == "NOUN" and head.i < root.i:
            return root.doc[head.left_edge.i : root.left_edge.i].text.rstrip(" ,") or None
        if head.dep_ not in ("pobj", "prep", "compound") or head.head.i == head.i:
            return None
        head = head.head
    return None
