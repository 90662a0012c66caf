"""Toponym candidates: the spans of an article that may name a place, before the gazetteer decides.

Three kinds of evidence, each kept apart so that resolution can weigh it (``ToponymCandidate.cue``):

- ``toponym``: spaCy calls it a place (GPE, LOC, FAC);
- ``adjective``: a NORP word that may be a place adjective ("Turkish forces", "the European market");
- ``name``: another named entity (ORG, PERSON, ...) or a run of capitalised proper nouns that spaCy did not
  tag; news often names places there ("Edmonton" tagged ORG), but only a gazetteer match makes it one.

Spans lose a leading "the" and a trailing possessive; "Paris, Texas" inside one entity becomes two. The parts of
one name that the parse split at its joining words ("Pul-i-Khumri", "Croix-des-Bouquets", "San Cristobal de las
Casas") are one candidate again, and so is a name whose leading article the parse left outside it ("En" "Nahud",
"al-" "Qaim", "La" "Esperanza").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from eventwire.lexicon.roles import HONORIFICS
from eventwire.model import EntityMention, Provenance, Span, ToponymCandidate
from eventwire.pipeline import ENTITIES, PARSE, PLACE_MENTIONS, Document, register

VERSION = "2"
STAGE = "place_mentions"

TOPONYM_LABELS = frozenset({"GPE", "LOC", "FAC"})
ADJECTIVE_LABELS = frozenset({"NORP"})
NAME_LABELS = frozenset({"ORG", "PERSON", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"})

_LEADING_THE = re.compile(r"(?:the|The|THE)\s+")
_TRAILING_JUNK = re.compile(r"(?:['’]s|['’]|[\s,;:!?\"“”)(]+)$")
_LIST_SEPARATOR = re.compile(r",\s+")
# A division word written after a name belongs to the toponym ("the Shevchenkovsky district", "Kharkiv region",
# Indonesia's "Yahukimo regency", Nigeria's "Ukum local government"; the capitalised "Mafa Local Government Area"
# is an entity's already).
_DIVISION_WORD = re.compile(
    r"[ \t]+(?:district|region|province|oblast|raion|governorate|county|prefecture|territory|regency"
    r"|local[ \t]+government(?:[ \t]+area)?)\b"
)
# Words before a name that say it is a place: "in Kebili", "near the village of Guva", "outside Arua"; "to" only
# after a word of going ("moved to Thornhill", "the drive to Castlegar", "flights to Gander", "was taken to
# Tulsa"): after others it names people too ("said to Reuters", "a letter to Smith"). "From" is no place's slot
# even there: it names where someone came from, not where anything happened ("they came from the park side").
_MOTION_WORDS = (
    r"(?:mov(?:e|es|ed|ing)|relocat(?:e|es|ed|ing)|travel(?:s|led|ed|ling|ing)?|trips?|journey(?:s|ed)?"
    r"|flights?|fl(?:y|ies|ew|own|ying)|driv(?:e|es|en|ing)|drove|ride|rode|walk(?:s|ed|ing)?|commut(?:e|es|ed|ing)"
    r"|return(?:s|ed|ing)?|c(?:o|a)me|comes|coming|w(?:ent|ay)|go(?:es|ing|ne)?|head(?:s|ed|ing)?|back"
    r"|transferred|airlifted|flown|evacuated|deported|fled|flee(?:s|ing)?|escaped|rushed|taken|brought|sent"
    r"|bound|route|road|bus(?:es)?|trains?|visits?|visitors|migrat(?:e|es|ed|ing)|honeymoon|miles|kilometres"
    r"|kilometers|km)"
)
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|outside|around|into|towards?|between|across)"
    rf"|\b{_MOTION_WORDS}[ \t]+(?:back[ \t]+)?to"
    r"|\b(?:town|towns|village|villages|city|locality|area|outskirts|district|suburb|township) of"
    r"|\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west) of)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_LOOKBEHIND_CHARS = 40
# The joining words inside one place name, written between its capitalised parts: hyphenated ("Pul-i-Khumri",
# "Croix-des-Bouquets", "Stratford-upon-Avon") or, after a Romance or Arabic name, spaced ("San Cristobal de las
# Casas", "Ciudad del Este"). A hyphen alone ("Israel-Hamas", "Kosovo-Serbia") joins two names, not one; "and",
# "y" and "e" join lists.
_NAME_JOINT = re.compile(
    r"(?:-(?:[a-z]{1,5}-)+|(?:[ \t]+(?:de|del|della|di|da|do|dos|das|du|des|la|las|los|le|les|el|al|sur|upon))+[ \t]+)$"
)


# The article that leads many Arabic, French and Spanish place names, spaced or hyphenated ("En Nahud", "al-Qaim",
# "Ash-Shihr", "La Esperanza", "Los Alamos"). A parser may tag the name without it; the name is kept whole. "An" and
# "As" are English words too: spaced, they lead a name only after a lower-case word ("in An Nahud", "of As Suwayda";
# not "An Israeli strike", nor a headline's "Floods Spread As Kenya ..."). "At" is left out for the same reason.
_ARTICLE_WORDS = r"(?:Al|El|En|Ad|Ar|Ash|Az|Ed|Er|Es|Et|Ez|Le|La|Les|Las|Los|Lo)"
_ARTICLE_BEFORE = re.compile(
    rf"(?:(?<![\w'’.-]){_ARTICLE_WORDS}[ \t]|(?<=[ \t])(?P<english>An|As)[ \t]"
    r"|(?<![\w'’.-])(?:[Aa]l|[Ee]l|[Ee]n|[Aa]n|[Aa]d|[Aa]r|[Aa]s|[Aa]sh|[Aa]t|[Aa]z|[Ee]d|[Ee]r|[Ee]s|[Ee]t|[Ee]z)-)\Z"
)
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w'’.-])[a-z]+[ \t]+\Z")
_ARTICLE_ALONE = re.compile(rf"{_ARTICLE_WORDS}|An|As", re.IGNORECASE)


def _with_article(span: Span, text: str) -> Span:
    """``span`` with the article written right before it, if any ("Nahud" in "in En Nahud" -> "En Nahud")."""
    if not text[span.start : span.start + 1].isupper():
        return span
    article = _ARTICLE_BEFORE.search(text, max(0, span.start - 6), span.start)
    if article is None:
        return span
    if article.group("english") and not _LOWER_WORD_BEFORE.search(text, max(0, article.start() - 30), article.start()):
        return span
    return Span(article.start(), span.end)


def _without_lone_articles(candidates: list[ToponymCandidate]) -> list[ToponymCandidate]:
    """The candidates less an article word alone ("En") inside a longer candidate that took it in."""
    return [
        c
        for c in candidates
        if not _ARTICLE_ALONE.fullmatch(c.text)
        or not any(o is not c and o.span.start <= c.span.start and c.span.end <= o.span.end for o in candidates)
    ]


@register(PLACE_MENTIONS, version=VERSION, requires=(PARSE, ENTITIES))
def place_mentions(document: Document) -> tuple[ToponymCandidate, ...]:
    text = document.text
    entities = document.get(ENTITIES)
    candidates = [c for entity in entities for c in _entity_candidates(entity, text)]
    candidates.extend(_proper_noun_candidates(document, entities))
    candidates = _joined(sorted(candidates, key=lambda c: (c.span.start, c.span.end)), text)
    candidates = _without_lone_articles(candidates)
    names = _personal_names(entities)
    kept = (
        c
        for c in candidates
        if (c.text not in names or not _as_persons_name(c))
        and not _KIN_BEFORE.search(text, max(0, c.span.start - _KIN_LOOKBEHIND), c.span.start)
    )
    return tuple(sorted(kept, key=lambda c: (c.span.start, c.span.end)))


def _joined(candidates: list[ToponymCandidate], text: str) -> list[ToponymCandidate]:
    """Neighbouring candidates that are parts of one name ("Pul" -i- "Khumri", "San Cristobal de" las "Casas") as
    one candidate, a toponym if either part is one."""
    joined: list[ToponymCandidate] = []
    for candidate in candidates:
        last = joined[-1] if joined else None
        if last is not None and _one_name(last.span, candidate.span, text):
            cue = "toponym" if "toponym" in (last.cue, candidate.cue) else "name"
            label = next((lb for lb in (last.label, candidate.label) if lb and lb != "PERSON"), "")
            joined[-1] = _candidate(Span(last.span.start, candidate.span.end), text, cue, label, "joined-name")
        else:
            joined.append(candidate)
    return joined


def _one_name(first: Span, second: Span, text: str) -> bool:
    if second.start <= first.end or second.start - first.end > 12 or not text[second.start].isupper():
        return False
    joint = _NAME_JOINT.search(text, first.start, second.start)
    return joint is not None and first.start < joint.start() <= first.end


# A kin word right before a name says it is a person's ("his wife, Tonya", "daughters North and Chicago", "her
# baby, Chicago", "girlfriend Olivia"), and so for the next name joined to it ("daughters Malia and Sasha").
_KIN_BEFORE = re.compile(
    r"\b(?:wife|husband|daughters?|sons?|girlfriend|boyfriend|brothers?|sisters?|mother|father|child|children"
    r"|baby|grand(?:daughter|son|child)(?:ren|s)?|fianc[eé]e?|widow(?:er)?|nephews?|nieces?|cousins?"
    r"|step(?:son|daughter)s?|twins?)"
    r",?[ \t]+(?:[A-Z][a-z]+,?[ \t]+(?:and[ \t]+)?)?\Z"
)
_KIN_LOOKBEHIND = 40


def _as_persons_name(candidate: ToponymCandidate) -> bool:
    """Whether a first name or surname of a person the article names in full is that person's here: any name
    but a place's after a locative word ("Georgia Stevens ... said Georgia", "Chrystia Freeland ... Freeland told";
    "Hinton Block ... near Hinton" stays). A place spaCy tagged must be written as a name is ("Georgia", not "US" or
    "Miami-Dade", which a tagger may put in a person's span)."""
    if candidate.cue == "name":
        return True
    word = candidate.text
    return not candidate.locative and word[:1].isupper() and word[1:].isalpha() and word[1:].islower()


def _personal_names(entities: Iterable[EntityMention]) -> frozenset[str]:
    """First names and surnames of the people the article names in full: "Paterson" after "Ian Paterson". A
    tagger's person may open with a place and a title ("Geoje Mayor Shin Young-chul", "Kharkiv Governor Oleh
    Syniehubov", or only "Geoje Mayor"): the name is the words after its last title (``_after_titles``)."""
    names: set[str] = set()
    for entity in entities:
        words = _after_titles(entity.text.split())
        if entity.label == "PERSON" and len(words) > 1:
            names.update((words[0], words[-1]))
    return frozenset(names)


def _after_titles(words: list[str]) -> list[str]:
    """The words of a name after the last title among them (``HONORIFICS``): ["Geoje", "Mayor", "Shin"] ->
    ["Shin"]; none for a place and its title alone (["Geoje", "Mayor"])."""
    titles = [i for i, word in enumerate(words) if word.lower().rstrip(".") in HONORIFICS]
    return words[titles[-1] + 1 :] if titles else words


def _entity_candidates(entity: EntityMention, text: str) -> Iterator[ToponymCandidate]:
    if entity.label in TOPONYM_LABELS:
        pieces = _split_list(entity.span, text)
        cue = "toponym"
    elif entity.label in ADJECTIVE_LABELS:
        pieces, cue = [entity.span], "adjective"
    elif entity.label in NAME_LABELS:
        pieces, cue = [entity.span], "name"
    else:
        return
    for piece in pieces:
        span = trim_span(piece, text)
        if span is not None:
            yield _candidate(span, text, cue, entity.label, f"ner-{entity.label.lower()}")


def _split_list(span: Span, text: str) -> list[Span]:
    """ "Paris, Texas" -> "Paris" and "Texas"; a span without a comma stays whole."""
    pieces, start = [], span.start
    for separator in _LIST_SEPARATOR.finditer(text, span.start, span.end):
        pieces.append(Span(start, separator.start()))
        start = separator.end()
    pieces.append(Span(start, span.end))
    return pieces


def trim_span(span: Span, text: str) -> Span | None:
    """``span`` without a leading "the", trailing possessive or punctuation; None if nothing is left."""
    start, end = span.start, span.end
    leading = _LEADING_THE.match(text, start, end)
    if leading:
        start = leading.end()
    while end > start and (junk := _TRAILING_JUNK.search(text, start, end)) and junk.start() < end:
        end = junk.start()
    if end <= start or not text[start].isalpha():
        return None
    return Span(start, end)


def _proper_noun_candidates(document: Document, entities: Iterable[EntityMention]) -> Iterator[ToponymCandidate]:
    """Runs of adjacent capitalised proper nouns outside every entity, capitalised adjectives there (a place
    adjective spaCy did not tag: "Salvadoran migrants"), and a capitalised word tagged as a common noun right after
    a locative word inside a sentence (an unfamiliar town's name: "In Rusape, residents ...")."""
    from spacy.attrs import POS
    from spacy.symbols import ADJ, NOUN, PROPN

    doc, text = document.doc, document.text
    covered = {i for e in entities for i in range(e.span.start, e.span.end)}
    tags = doc.to_array([POS])
    run: list[tuple[int, int]] = []
    last = -2
    for i in (int(i) for i in ((tags == PROPN) | (tags == ADJ) | (tags == NOUN)).nonzero()[0]):
        token = doc[i]
        if token.idx in covered or not (token.text[:1].isupper() and token.text.isalpha()):
            continue
        if tags[i] == NOUN and (token.is_sent_start or not is_locative(text, token.idx)):
            continue
        if tags[i] == ADJ:
            yield _candidate(Span(token.idx, token.idx + len(token.text)), text, "adjective", "", "adjective")
            continue
        if i != last + 1:
            yield from _run_candidate(run, text)
            run = []
        run.append((token.idx, token.idx + len(token.text)))
        last = i
    yield from _run_candidate(run, text)


def _run_candidate(run: list[tuple[int, int]], text: str) -> Iterator[ToponymCandidate]:
    if run:
        yield _candidate(Span(run[0][0], run[-1][1]), text, "name", "", "proper-noun")


def _candidate(span: Span, text: str, cue: str, label: str, rule: str) -> ToponymCandidate:
    span = _with_article(span, text)
    division = _DIVISION_WORD.match(text, span.end)
    if division:
        span = Span(span.start, division.end())
    score = {"toponym": 0.8, "adjective": 0.5}.get(cue, 0.3)
    locative = division is not None or is_locative(text, span.start)
    return ToponymCandidate(span, span.text_of(text), cue, label, Provenance(STAGE, VERSION, rule, score), locative)


def is_locative(text: str, start: int) -> bool:
    """Whether a locative word or phrase ends right before ``start`` ("in ", "near the ", "village of ")."""
    return _LOCATIVE_BEFORE.search(text, max(0, start - _LOOKBEHIND_CHARS), start) is not None
