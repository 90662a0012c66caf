"""Speakers: the phrase a quote's sentence uses for its source, resolved to a name within the article.

"Guterres" -> the fullest form of that name in the article ("Antonio Guterres"); "he" / "she" -> the
nearest person named before (outside quotation marks, heading its noun phrase); "the mayor", "the
Russian leader" -> the nearest person titled with that word, else the nearest person named earlier in
the same sentence, else the description as written.
No coreference model: rules over the parse and the article's names.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from eventwire.model import Provenance, QuoteCandidate, QuoteMention, SourceMention, Span, Speaker
from eventwire.pipeline import PARSE, QUOTATIONS, QUOTE_MENTIONS, QUOTES, SENTENCES, Document, register
from eventwire.resolve.people import ROLE_NOUNS, People, PersonMention

STAGE = "quotes"
VERSION = "2"

_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_OTHER_PRONOUNS = frozenset({"i", "we", "they", "you", "them", "us", "it"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
# How far back (characters) a pronoun may look for its person.
_PRONOUN_REACH = 1500


@dataclass(frozen=True, slots=True)
class _Resolution:
    name: str
    name_span: Span | None
    rule: str


@register(QUOTES, version=VERSION, requires=(PARSE, SENTENCES, QUOTATIONS, QUOTE_MENTIONS))
def quotes(document: Document) -> tuple[QuoteMention, ...]:
    """The article's quotes with their speakers resolved to names (or kept as written when unresolvable)."""
    candidates = document.get(QUOTE_MENTIONS)
    named_sources = [c.source.name for c in candidates if c.source is not None and c.source.name is not None]
    people = People.of_document(document.doc, named_sources)
    quoted = [r.span for r in document.get(QUOTATIONS)]
    starts = [sentence.start_char for sentence in document.sentences()]
    return tuple(_quote(c, document.text, people, quoted, starts) for c in candidates)


def _quote(
    candidate: QuoteCandidate, text: str, people: People, quoted: list[Span], sentence_starts: list[int]
) -> QuoteMention:
    speaker = None
    rule = candidate.provenance.rule
    if candidate.source is not None:
        sentence_start = _sentence_start(sentence_starts, candidate.source.phrase.start)
        resolution = resolve_source(candidate.source, text, people, quoted, sentence_start)
        speaker = Speaker(
            resolution.name,
            candidate.source.phrase,
            resolution.name_span,
            _title(candidate.source, text, resolution),
        )
        rule = f"{rule}+{resolution.rule}"
    provenance = Provenance(STAGE, VERSION, rule=rule, score=candidate.provenance.score)
    return QuoteMention(candidate.span, speaker, candidate.cue, candidate.kind, provenance)


def _sentence_start(sentence_starts: list[int], position: int) -> int:
    index = bisect_right(sentence_starts, position) - 1
    return sentence_starts[index] if index >= 0 else 0


def resolve_source(
    source: SourceMention, text: str, people: People, quoted: list[Span], sentence_start: int = 0
) -> _Resolution:
    """The name behind a source phrase, and where that name is written; ``sentence_start`` is where the
    phrase's sentence begins (a description looks no further back for an untitled person)."""
    phrase = source.phrase.text_of(text)
    if source.name is not None:
        return _named(source.name, text, people)
    lowered = phrase.lower()
    if lowered in _PERSON_PRONOUNS:
        found = _nearest_person(people, source.phrase.start, quoted, _PRONOUN_REACH)
        return _from_person(found, phrase, "pronoun", people)
    if lowered in _OTHER_PRONOUNS:
        return _Resolution(phrase, None, "pronoun-unresolved")
    return _described(source, phrase, people, quoted, source.phrase.start - sentence_start)


def _named(name_span: Span, text: str, people: People) -> _Resolution:
    name = name_span.text_of(text)
    full = people.full_name(name)
    words = name.split()
    if full is not None and full.name.split()[-len(words) :] == words:
        return _Resolution(full.name, full.span, "name")
    return _Resolution(name, name_span, "name")


def _described(source: SourceMention, phrase: str, people: People, quoted: list[Span], reach: int) -> _Resolution:
    words = phrase.lower().split()
    if len(words) < 2 or words[0] not in ("the", "his", "her", "its", "their") or words[-1] not in ROLE_NOUNS:
        return _Resolution(phrase, None, "description")
    titled = people.titled(words[1:], source.phrase.start)
    if titled is not None:
        return _from_person(titled, phrase, "title", people)
    found = _nearest_person(people, source.phrase.start, quoted, reach)
    if found is None:
        return _Resolution(phrase, None, "description")
    return _from_person(found, phrase, "description-nearest", people)


def _nearest_person(people: People, position: int, quoted: list[Span], reach: int) -> PersonMention | None:
    for mention in people.before(position):
        if position - mention.span.end > reach:
            return None
        if mention.is_head and not any(q.contains(mention.span) for q in quoted):
            return mention
    return None


def _from_person(mention: PersonMention | None, phrase: str, rule: str, people: People) -> _Resolution:
    if mention is None:
        return _Resolution(phrase, None, f"{rule}-unresolved")
    full = people.full_name(mention.name) or mention
    return _Resolution(full.name, full.span, rule)


def _title(source: SourceMention, text: str, resolution: _Resolution) -> str | None:
    """The words around the name in the source phrase ("Kyiv Mayor"), or a description ("Russian leader")."""
    phrase = source.phrase.text_of(text)
    if source.name is not None:
        before = text[source.phrase.start : source.name.start]
        after = text[source.name.end : source.phrase.end]
        rest = " ".join(part.strip(" ,") for part in (before, after) if part.strip(" ,"))
        return _without_determiner(rest) or None
    if resolution.name != phrase and phrase.lower() not in _PERSON_PRONOUNS:
        return _without_determiner(phrase) or None
    return None


def _without_determiner(words: str) -> str:
    parts = words.split()
    if parts and parts[0].lower() in _DETERMINERS:
        parts = parts[1:]
    return " ".join(parts)
