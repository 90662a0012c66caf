"""Who a cue verb reports: its grammatical subject, as a noun phrase and the proper name inside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.detect.quote_cues import NON_SPEAKER_SUBJECTS
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


def speaker_of(cue: Token) -> Token | None:
    """The subject of ``cue``, or else a name written right next to it ('Mr. Obama said', 'said Caddell')
    when the parser attached it elsewhere."""
    subject = subject_of(cue)
    return subject if subject is not None else _adjacent_name(cue)


def _adjacent_name(cue: Token) -> Token | None:
    doc = cue.doc
    before = cue.i - 1
    while before >= 0 and doc[before].pos_ in ("ADV", "AUX", "PART"):
        before -= 1
    if before >= 0 and doc[before].pos_ == "PROPN":
        return doc[before]
    after = cue.i + 1
    if after < len(doc) and doc[after].pos_ == "PROPN" and cue.lemma_ == "say":
        return _proper_head(doc[after])
    return None


def _proper_head(token: Token) -> Token:
    """The last token of the proper name that ``token`` begins ("said Ms. Moore" -> Moore)."""
    while token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "PROPN" and token.dep_ == "compound":
        token = token.doc[token.i + 1]
    return token


def subject_of(cue: Token, depth: int = 0) -> Token | None:
    """The subject of ``cue``, or of the verb it depends on when it has none ("..., adding that")."""
    for child in cue.children:
        if child.dep_ in _SUBJECT_DEPS:
            if child.lower_ in _RELATIVE_PRONOUNS and cue.dep_ == "relcl":
                return cue.head
            return None if child.lower_ in NON_SPEAKER_SUBJECTS else child
    if depth < 3 and cue.dep_ in _INHERITING_DEPS and cue.head is not cue:
        governor = _governor_of_object(cue)
        if governor is not None:
            return subject_of(governor, depth + 1)
        if cue.dep_ == "pcomp" and cue.head.pos_ == "ADP":
            return subject_of(cue.head.head, depth + 1)
        return subject_of(cue.head, depth + 1)
    return None


def _governor_of_object(cue: Token) -> Token | None:
    """For a participle modifying an object ("issued a statement calling ...", "sent tweets attacking ..."),
    the verb whose subject made that object: the speaker."""
    if cue.dep_ != "acl" or cue.head.dep_ not in ("dobj", "pobj"):
        return None
    governor = cue.head.head if cue.head.dep_ == "dobj" else cue.head.head.head
    return governor if governor.pos_ in ("VERB", "AUX") and governor is not cue.head else None


def source_mention(head: Token) -> SourceMention:
    """The noun phrase headed by ``head`` (without relative clauses) and the best name inside it."""
    tokens = _phrase_tokens(head)
    phrase = Span(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
    return SourceMention(phrase, _name_in_phrase(head, phrase))


def _phrase_tokens(head: Token) -> list[Token]:
    kept = {head.i}
    for child in head.children:
        if child.dep_ not in _NOT_IN_PHRASE or (child.dep_ == "prep" and child.lower_ == "of"):
            kept.update(token.i for token in child.subtree)
    start, end = head.i, head.i
    while start - 1 in kept and not _is_line_break(head.doc[start - 1]):
        start -= 1
    while end + 1 in kept and not _is_line_break(head.doc[end + 1]):
        end += 1
    while start < head.i and head.doc[start].is_punct:
        start += 1
    while end > head.i and head.doc[end].is_punct:
        end -= 1
    return list(head.doc[start : end + 1])


def _is_line_break(token: Token) -> bool:
    return token.is_space and "\n" in token.text


def _name_in_phrase(head: Token, phrase: Span) -> Span | None:
    """The name of the one speaker in the phrase; None for several ("Mr. King and Mr. Schultz")."""
    doc = head.doc
    if any(child.dep_ == "conj" for child in head.children):
        return None
    first = doc.char_span(phrase.start, phrase.end, alignment_mode="expand")
    entities = [] if first is None else _entities_within(doc, first.start, first.end)
    people = [e for e, label in entities if label == "PERSON" and _names_someone(e)]
    if people:
        with_head = [e for e in people if e.start <= head.i < e.end]
        chosen = with_head[0] if with_head else people[-1]
        return Span(chosen.start_char, chosen.end_char)
    proper = _proper_name_tokens(head)
    if proper is None:
        proper = next((_proper_name_tokens(c) for c in head.children if c.dep_ == "appos"), None)
    if proper is not None:
        return proper
    entity = _entity_at(head)
    return None if entity is None or head.ent_type_ not in _NAME_LABELS else Span(entity.start_char, entity.end_char)


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
    """Not a modifier of another noun ("Zelenskyy's chief of staff", "a Clinton surrogate")."""
    root = entity.root
    return root.dep_ not in ("poss", "compound", "amod", "nmod") or root.head.pos_ == "PROPN"


def _proper_name_tokens(head: Token) -> Span | None:
    """The run of proper nouns ending at ``head`` ("Vitali Klitschko", "New York Times")."""
    if head.pos_ != "PROPN":
        return None
    start = head.i
    while start > 0 and head.doc[start - 1].pos_ == "PROPN" and head.doc[start - 1].head.i in range(start, head.i + 1):
        start -= 1
    first = head.doc[start]
    return Span(first.idx, head.idx + len(head.text))
