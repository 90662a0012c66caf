"""Quotes: direct, mixed and indirect (reported) speech, with the cue and the phrase naming the source.

The speaker is only located here (the subject of the cue, "he", "the U.N. chief", "Guterres");
``resolve/speakers.py`` turns it into a name using the whole article.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from eventwire.detect.quote_contents import (
    Content,
    closing_subject,
    content_of_cue,
    content_of_noun,
    content_of_source_phrase,
    quotation_after_colon,
    quotation_before_verb,
    source_phrase_range,
)
from eventwire.detect.quote_cues import (
    ABOUT_NOUNS,
    CLAUSE_CUES,
    CLAUSE_NOUNS,
    OBJECT_CUES,
    PLACE_LABELS,
    QUOTE_ONLY_CUES,
    cue_lemma,
    reports_a_judgement,
)
from eventwire.detect.quote_datelines import datelines, speaker_barrier
from eventwire.detect.quote_filters import is_inscription, is_statement, is_unsaid_object
from eventwire.detect.quote_layouts import LaidOutQuote, label_lines, sign_offs
from eventwire.detect.quote_regions import RegionIndex
from eventwire.detect.quote_relays import is_relay, relayed_source
from eventwire.detect.quote_segments import segmented
from eventwire.detect.quote_sources import glued_source, source_mention, speaker_of, subject_of
from eventwire.detect.quoted_text import looks_like_a_title, quote_kind, soft_breaks
from eventwire.lexicon.roles import ROLE_NOUNS
from eventwire.model import Provenance, QuoteCandidate, SourceMention, Span
from eventwire.pipeline import PARSE, QUOTATIONS, QUOTE_MENTIONS, SENTENCES, Document, register

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

STAGE = "quote_mentions"
VERSION = "3"

_CUES = CLAUSE_CUES | OBJECT_CUES | QUOTE_ONLY_CUES
_RULE_SCORES = {
    "label-line": 0.8,
    "sign-off": 0.9,
    "inverted": 0.9,
    "as-clause": 0.8,
    "passive": 0.6,
    "clause": 0.9,
    "closing": 0.9,
    "quote": 0.9,
    "quote-verb": 0.8,
    "colon": 0.85,
    "appeal": 0.6,
    "object": 0.5,
    "according-to": 0.8,
    "noun-clause": 0.7,
}
# Verbs of belief whose holders a closing "according to" source reports ("Police believe ..., according to ...").
_BELIEF_WORDS = frozenset({"believe", "believes", "believed", "think", "thinks", "thought", "suspect", "suspects",
                           "suspected", "fear", "fears", "feared"})  # fmt: skip
_SPEAKER_POS = frozenset({"PROPN", "NOUN", "PRON"})
_SPEAKING_TEXTS = frozenset({"letter", "statement", "article", "editorial", "memo", "message", "note", "post", "tweet"})
_SEPARATORS = ",;:-\u2013\u2014"  # what may stand between a quote and its attribution
_NEAR = 60  # characters between a quotation and the name of its speaker after it
_NEAR_ATTRIBUTION = 200  # characters of attribution between a quotation and its cue
_SAME_QUOTE = 0.25  # overlap over union above which two candidates are one quote


@dataclass(frozen=True, slots=True)
class _Line:
    """One line of a sentence (the parser may run a sentence over a paragraph break), and ``barrier``,
    the first token a speaker may start at (after the line's dateline, if it has one)."""

    tokens: SpacySpan
    barrier: int
    window: SpacySpan  # the part of the line a quote's content may cover: after its dateline


@register(QUOTE_MENTIONS, version=VERSION, requires=(PARSE, SENTENCES, QUOTATIONS))
def quote_mentions(document: Document) -> tuple[QuoteCandidate, ...]:
    """Every quote of the article, in text order, one per quoted content (the surest reading wins)."""
    text = document.text
    regions = RegionIndex(text, document.get(QUOTATIONS))
    found_datelines = datelines(text)
    soft = soft_breaks(text)
    found: list[QuoteCandidate] = []
    for sentence in document.sentences():
        for line in _lines(sentence, found_datelines, soft):
            found.extend(_line_quotes(line, regions))
    found = _outside_reported_speech(segmented([_quotation_alone(c, regions) for c in found], regions, document.doc))
    found = _beliefs_reported(found, text)
    found.extend(c for c in _laid_out(text, regions) if not _names_a_place(document.doc, c))
    headline = _headline_end(text, found_datelines)
    return _distinct([c for c in found if c.span.start >= headline])


def _quotation_alone(candidate: QuoteCandidate, regions: RegionIndex) -> QuoteCandidate:
    """A quote that opens with a quotation and holds its own attribution after it ('"...," she said, referring to
    the senator', '"...," Ann Roe told the panel, after he admitted ...'): the quotation alone, when nothing quoted
    follows the cue (what comes after the attribution is the writer's, or another report); the pieces of a
    quotation split by the attribution ('"...," she said. "..."') are joined later, by ``segmented``."""
    cue, span = candidate.cue, candidate.span
    first = regions.starting_after(span.start, span.start)
    if cue is None or first is None or not first.span.end <= cue.start < span.end:
        return candidate
    between = regions.text[first.span.end : cue.start]
    if "\n" in between or len(between) > _NEAR_ATTRIBUTION or regions.overlapping(Span(cue.end, span.end)):
        return candidate
    return replace(candidate, span=first.span, kind=quote_kind(first.span.text_of(regions.text)))


def _headline_end(text: str, found_datelines: list[Span]) -> int:
    """Where the headline above a wire report's dateline ends: "Gunmen kill 17 villagers in Niger, government says"
    on its own line(s), then "NIAMEY, June 28 (AFP) - ...". A headline only sums up the story (its "says" is the
    desk's, not a statement); lines without a sentence's closing full stop above the first dateline are the
    headline, and none is found (0) when a line there ends like a sentence."""
    if not found_datelines or found_datelines[0].start == 0:
        return 0
    above = text[: found_datelines[0].start]
    lines = [line.strip() for line in above.splitlines() if line.strip()]
    if not lines or len(lines) > 3 or any(line.rstrip("\"'\u201d\u2019)").endswith((".", "!", "?")) for line in lines):
        return 0
    return found_datelines[0].start


def _beliefs_reported(candidates: list[QuoteCandidate], text: str) -> list[QuoteCandidate]:
    """ "Investigators believe the fire was started by a heater, according to the fire marshal's office": what a
    subject believes or thinks, which a closing "according to" attributes, is the according-to source's statement
    (the believers did not speak); the belief verb's own candidate gives way to it."""
    reported = [(c.span, c.cue) for c in candidates if c.provenance.rule == "according-to" and c.cue is not None]
    if not reported:
        return candidates
    kept = []
    for candidate in candidates:
        cue = candidate.cue
        believed = cue is not None and text[cue.start : cue.end].lower() in _BELIEF_WORDS
        if cue is None or not believed or not _reported_by(cue, candidate.span, reported):
            kept.append(candidate)
    return kept


def _reported_by(cue: Span, content: Span, reported: list[tuple[Span, Span]]) -> bool:
    """An according-to candidate whose content holds ``cue`` and whose "according to" closes ``content``."""
    return any(a.start <= cue.start < a.end and content.start <= by.start <= content.end + 3 for a, by in reported)


def _names_a_place(doc: Doc, candidate: QuoteCandidate) -> bool:
    """A layout label that is a place ("Iraq: Blast kills four"): a headline's topic, not a speaker."""
    name = candidate.source.name if candidate.source is not None else None
    words = None if name is None else doc.char_span(name.start, name.end, alignment_mode="expand")
    return words is not None and all(t.ent_type_ in PLACE_LABELS for t in words)


def _outside_reported_speech(candidates: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """Without what an object cue reports inside another quote's content ('she said he had "attacked
    Machado"'): words of the outer quote, not a statement of their own."""
    spans = sorted(c.span for c in candidates)
    starts = [span.start for span in spans]
    furthest: list[int] = []  # the furthest end among the spans that start at or before each one
    for span in spans:
        furthest.append(max(span.end, furthest[-1] if furthest else 0))

    def inside_another(position: int) -> bool:
        index = bisect_right(starts, position) - 1
        return index >= 0 and furthest[index] > position

    return [c for c in candidates if not (c.provenance.rule == "object" and c.cue and inside_another(c.cue.start))]


def _laid_out(text: str, regions: RegionIndex) -> list[QuoteCandidate]:
    """Quotes attributed by the layout: 'NAME: words' lines and '"..." ― Name' sign-offs."""
    ending_at = {r.span.end: r.span for r in regions.regions}
    found = [_laid_out_candidate(text, q, "label-line") for q in label_lines(text)]
    found.extend(_laid_out_candidate(text, q, "sign-off") for q in sign_offs(text, ending_at))
    return found


def _laid_out_candidate(text: str, quote: LaidOutQuote, rule: str) -> QuoteCandidate:
    source = SourceMention(quote.name, quote.name)
    return _candidate(text, Content(quote.content, rule), quote.cue, source)


def _wraps(space: Token, soft: frozenset[int]) -> bool:
    """A single line break that only wraps a sentence (``soft``: where those are in the text)."""
    if space.text.count("\n") != 1:
        return False
    return space.idx + space.text.index("\n") in soft


def _lines(sentence: SpacySpan, found_datelines: list[Span], soft: frozenset[int]) -> list[_Line]:
    """A sentence cut at line breaks: the parser sometimes runs a sentence over a paragraph break."""
    breaks = [t.i for t in sentence if t.is_space and "\n" in t.text and not _wraps(t, soft)]
    doc, lines, start = sentence.doc, [], sentence.start
    for index in [*breaks, sentence.end]:
        if index > start:
            lines.append(_line(doc[start:index], found_datelines))
        start = index + 1
    return lines


def _line(tokens: SpacySpan, found_datelines: list[Span]) -> _Line:
    barrier = speaker_barrier(tokens.start_char, found_datelines)
    first = tokens.start
    while first < tokens.end and tokens.doc[first].idx < barrier:
        first += 1
    return _Line(tokens, first, tokens if first == tokens.start else tokens.doc[first : tokens.end])


def _line_quotes(line: _Line, regions: RegionIndex) -> list[QuoteCandidate]:
    if not len(line.window):  # the whole line is a dateline ("POSTED: 05/02/07, 9:00 PM |"): nobody speaks in it
        return []
    found = []
    for token in line.tokens:
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            candidate = _according_to(token, line, regions.text)
        elif token.pos_ == "VERB" and (
            cue_lemma(token) in _CUES or _reports_a_clause(token) or reports_a_judgement(token)
        ):
            candidate = None if regions.inside_any(token.idx) else _cue_quote(token, line, regions)
        elif token.pos_ == "NOUN" and (token.lemma_ in CLAUSE_NOUNS or token.lemma_ in ABOUT_NOUNS):
            candidate = None if regions.inside_any(token.idx) else _noun_quote(token, line, regions)
        elif token.text == ":" and (copula := _manner_of_speaking(token, line)) is not None:
            candidate = _manner_quote(copula, token, line, regions)
        elif token.text == ":" and _is_other_verb(token.head, line):
            candidate = _colon_quote(token.head, line, regions)
        elif token.pos_ == "VERB" and not regions.inside_any(token.idx):
            candidate = _verb_after_quotation(token, line, regions)
        else:
            continue
        if candidate is not None and not regions.inside_any(candidate.cue.start if candidate.cue else token.idx):
            found.append(candidate)
    return found


def _outer_cue(verb: Token) -> Token | None:
    """The verb of saying whose clause the parser hung on a relative clause's verb outside the lexicon: "Al Shabaab
    said in a statement on a website it uses that its fighters had ..." (the clause is what Al Shabaab said, not
    what "it uses"); the cue at most six heads up that has no clause of its own."""
    if cue_lemma(verb) in _CUES or verb.dep_ != "relcl":
        return None
    head = verb.head
    for _ in range(6):
        if head.pos_ == "VERB" and cue_lemma(head) in CLAUSE_CUES:
            return None if any(c.dep_ == "ccomp" for c in head.children) else head
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def _is_other_verb(token: Token, line: _Line) -> bool:
    """A verb of the line that is no cue (a cue's colon is read by the cue's own rules)."""
    return token.pos_ == "VERB" and token.i >= line.barrier and cue_lemma(token) not in _CUES


def _manner_of_speaking(colon: Token, line: _Line) -> Token | None:
    """ "The governor was blunt:", "Ms. Diaz was more direct:": the copula whose adjective ends right before the
    colon, when its subject can speak (the quotation after the colon is then what that speaker said)."""
    before = colon.doc[colon.i - 1] if colon.i > line.barrier else None
    adjective = before if before is not None and before.dep_ == "acomp" else None
    copula = adjective.head if adjective is not None else None
    if copula is None or copula.lemma_ != "be" or copula.i < line.barrier:
        return None
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    return copula if subject is not None and _can_speak(subject) else None


def _reports_a_clause(verb: Token) -> bool:
    """A verb outside the lexicon that takes a "that" clause with its own subject ("signalled that ...")."""
    for child in verb.children:
        if child.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children)
    return False


def _cue_quote(cue: Token, line: _Line, regions: RegionIndex) -> QuoteCandidate | None:
    content = content_of_cue(cue, line.window, regions, quoted_only=cue_lemma(cue) in QUOTE_ONLY_CUES)
    if content is None:
        return None
    cue = _outer_cue(cue) or cue
    speaker = closing_subject(cue) if content.rule == "closing" else speaker_of(cue, line.barrier)
    if content.rule == "closing" and speaker is not None and speaker.i < cue.i:  # "..., most of them hurt, the X said"
        speaker = glued_source(cue, speaker.i, speaker) or speaker
    speaker = _not_quoted(speaker, cue, line, regions)
    if not is_statement(cue, speaker, content.span.text_of(regions.text)) or is_relay(cue):
        return None
    if is_inscription(regions.text, content.span.start):
        return None
    if content.rule == "object" and is_unsaid_object(cue, _object_head(cue, content), _words(cue.doc, content.span)):
        return None
    speaker = relayed_source(cue, speaker) or speaker
    source = _outside_quotations(_source_in_line(speaker, line), regions)
    content = _to_a_glued_source(content, speaker, source, regions)
    content = _without_source(content, source, regions)
    return None if content is None else _candidate(regions.text, content, _cue_span(cue), source)


def _object_head(cue: Token, content: Content) -> Token | None:
    """The cue's child that heads the object content, if one does ("denied any involvement" -> involvement)."""
    span = content.span
    heads = [c for c in cue.children if c.i > cue.i and span.start <= c.idx < span.end and not c.is_punct]
    return heads[0] if len(heads) == 1 else None


def _words(doc: Doc, span: Span) -> list[Token]:
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    return [] if words is None else list(words)


def _not_quoted(speaker: Token | None, cue: Token, line: _Line, regions: RegionIndex) -> Token | None:
    """A speaker outside the quotation: the parser may take a noun of the quoted words for the cue's subject
    ('"... Full panic mode," said Ann Roe', '"My reaction: outrageous," the strategist said'); the speaker is then
    the noun phrase between the quotation and the cue, or the one right after the cue."""
    if speaker is None or regions.index_at(speaker.idx) is None:
        return speaker
    doc, region = cue.doc, regions.regions[regions.index_at(speaker.idx) or 0].span
    between = [t for t in doc[line.barrier : cue.i] if t.idx >= region.end and t.pos_ in _SPEAKER_POS]
    if between:
        return between[-1]
    for token in doc[cue.i + 1 : line.tokens.end]:
        if token.pos_ in _SPEAKER_POS and token.dep_ != "compound":
            return token
        if token.is_punct and token.text != "-":
            break
    return None


def _outside_quotations(source: SourceMention | None, regions: RegionIndex) -> SourceMention | None:
    """The source phrase without the quotation it starts in: who speaks is named after the words ('"...,"
    Leeds police Chief Mark Dunne said', where the parser may take the quotation into the name's phrase)."""
    if source is None:
        return None
    index = regions.index_at(source.phrase.start)
    if index is None or regions.regions[index].span.end >= source.phrase.end:
        return source
    text, start = regions.text, regions.regions[index].span.end
    while start < source.phrase.end and (text[start].isspace() or text[start] in _SEPARATORS):
        start += 1
    name = source.name if source.name is not None and source.name.start >= start else None
    return SourceMention(Span(start, source.phrase.end), name)


def _to_a_glued_source(
    content: Content, speaker: Token | None, source: SourceMention | None, regions: RegionIndex
) -> Content:
    """The content up to the comma before a source the parser joined to the reported clause ("Police detained 12
    students, including three girls, the office of the ombudsman said", with "students" read as the cue's subject):
    the reported clause is all of it, not the words before that subject."""
    if speaker is None or source is None or speaker.dep_ not in ("conj", "appos"):
        return content
    gap = regions.text[content.span.end : source.phrase.start]
    if not gap.rstrip().endswith(",") or any(mark in gap for mark in '"\u201c\u201d') or "\n" in gap:
        return content
    if not gap.strip(" ,") or ". " in gap:
        return content
    end = content.span.end + len(gap.rstrip()) - 1
    return Content(Span(content.span.start, end), content.rule)


def _without_source(content: Content, source: SourceMention | None, regions: RegionIndex) -> Content | None:
    """The content without its own source phrase: what someone said never holds who said it (the parser may
    hang '"...," Tulsa police Chief Ann Roe said' on the quotation, speaker and all). A source phrase in the
    middle stays: the attribution that interrupts a quotation ("The museum, Mr. Obama said, would ...")."""
    if source is None or not content.span.overlaps(source.phrase):
        return content
    span, phrase, text = content.span, source.phrase, regions.text
    if span.start < phrase.start and phrase.end >= span.end:
        start, end = span.start, phrase.start
        quotation = regions.ending_before(phrase.start)
        if quotation is not None and span.start <= quotation.span.start and phrase.start - quotation.span.end < _NEAR:
            end = quotation.span.end  # '"...," Tulsa police Chief Ann Roe said': the quotation, not the titles
    elif phrase.start <= span.start:
        start, end = phrase.end, span.end
    else:
        return content
    piece = text[start:end]
    stripped = piece.strip().strip(_SEPARATORS).strip()
    if len(stripped.split()) < 2:
        return None
    offset = start + piece.index(stripped)
    return Content(Span(offset, offset + len(stripped)), content.rule)


def _colon_quote(verb: Token, line: _Line, regions: RegionIndex) -> QuoteCandidate | None:
    """A quotation after the colon that ends a sentence with a speaker, whatever its verb."""
    content = quotation_after_colon(verb, line.window, regions)
    speaker = None if content is None else subject_of(verb, barrier=line.barrier)
    if content is None or speaker is None or regions.inside_any(verb.idx):
        return None
    return _candidate(regions.text, content, _cue_span(verb), _source_in_line(speaker, line))


def _manner_quote(copula: Token, colon: Token, line: _Line, regions: RegionIndex) -> QuoteCandidate | None:
    """The quotation right after the colon of "The governor was blunt:", on the same line or as the next paragraph."""
    region = regions.starting_after(colon.idx + 1, colon.idx + 1 + _NEAR)
    if region is None or regions.inside_any(colon.idx) or looks_like_a_title(region.span.text_of(regions.text)):
        return None
    gap = regions.text[colon.idx + 1 : region.span.start]
    if gap.strip() or gap.count("\n") > 2:
        return None
    speaker = subject_of(copula, barrier=line.barrier)
    if speaker is None:
        return None
    return _candidate(regions.text, Content(region.span, "colon"), _cue_span(copula), _source_in_line(speaker, line))


def _verb_after_quotation(verb: Token, line: _Line, regions: RegionIndex) -> QuoteCandidate | None:
    """A quotation and then its speaker and a verb outside the lexicon ('"Go and vote," Ms. Roe implored.')."""
    content = quotation_before_verb(verb, line.window, regions)
    speaker = None if content is None else subject_of(verb, barrier=line.barrier)
    if content is None or speaker is None or not _can_speak(speaker):
        return None
    if not is_statement(verb, speaker, content.span.text_of(regions.text)) or is_inscription(
        regions.text, content.span.start
    ):
        return None
    return _candidate(regions.text, content, _cue_span(verb), _source_in_line(speaker, line))


def _can_speak(head: Token) -> bool:
    """A person, an organisation or a text that speaks for them: a name, a pronoun, a role ("the senator"), a
    letter or statement; not "the gap" or "the latest test" (the verb after a quotation is then no verb of saying)."""
    if head.pos_ in ("PROPN", "PRON") or head.ent_type_ in ("PERSON", "ORG", "NORP"):
        return True
    lemma = head.lemma_.lower()
    return lemma in ROLE_NOUNS or lemma in _SPEAKING_TEXTS


def _noun_quote(noun: Token, line: _Line, regions: RegionIndex) -> QuoteCandidate | None:
    """'his claim that ...': the owner of the claim speaks, or the subject of the verb that makes it."""
    content = content_of_noun(noun, line.window, regions)
    if content is None:
        return None
    owner = next((c for c in noun.children if c.dep_ in ("poss", "nsubj")), None)  # "Trump claims that": a verb
    if content.rule == "noun-object" and (owner is None or not _can_speak(owner)):  # not "the storm's warning of"
        return None
    cue = Span(noun.idx, noun.idx + len(noun.text))
    verb = _verb_of_speech_noun(noun)
    if owner is None and verb is not None:
        owner = speaker_of(verb, line.barrier)
        if noun.dep_ == "pobj":  # "said in a statement that ...": the verb is the cue
            cue = _cue_span(verb)
    return _candidate(regions.text, content, cue, _source_in_line(owner, line))


def _verb_of_speech_noun(noun: Token) -> Token | None:
    """The verb that makes a speech noun: "issued a statement", "said in a statement"."""
    if noun.dep_ == "dobj":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB":
        return noun.head.head
    return None


def _source_in_line(head: Token | None, line: _Line, last: int | None = None) -> SourceMention | None:
    """The source phrase headed by ``head``, if it is in the cue's line (the parse may cross paragraphs),
    and not after token ``last``."""
    if head is None or not line.barrier <= head.i < line.tokens.end:
        return None
    return source_mention(head, line.barrier, line.tokens.end - 1 if last is None else last)


def _according_to(according: Token, line: _Line, text: str) -> QuoteCandidate | None:
    content = content_of_source_phrase(according, line.window)
    to = next(c for c in according.children if c.lower_ == "to")
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if content is None or not objects:
        return None
    cue = Span(according.idx, to.idx + len(to.text))
    phrase = source_phrase_range(according, line.window)
    return _candidate(text, content, cue, _source_in_line(objects[0], line, phrase.last))


def _candidate(text: str, content: Content, cue: Span, source: SourceMention | None) -> QuoteCandidate:
    provenance = Provenance(STAGE, VERSION, rule=content.rule, score=_RULE_SCORES.get(content.rule, 0.5))
    return QuoteCandidate(content.span, cue, quote_kind(content.span.text_of(text)), source, provenance)


def _cue_span(cue: Token) -> Span:
    """The cue verb, with its particle when it has one ("pointed out")."""
    end = cue.idx + len(cue.text)
    particle = next((c for c in cue.children if c.dep_ == "prt" and c.i == cue.i + 1), None)
    if particle is not None:
        end = particle.idx + len(particle.text)
    return Span(cue.idx, end)


def _distinct(candidates: list[QuoteCandidate]) -> tuple[QuoteCandidate, ...]:
    """One candidate per quote: of two that are nearly the same span, the one found by the surer rule."""
    kept: list[QuoteCandidate] = []
    starts: list[int] = []  # the kept spans, ordered by start, so that only spans that can overlap are compared
    spans: list[Span] = []
    longest = 0
    for candidate in sorted(candidates, key=lambda c: (-c.provenance.score, c.span.start, _cue_distance(c))):
        span = candidate.span
        near = range(bisect_left(starts, span.start - longest), bisect_left(starts, span.end))
        if not any(_same_quote(span, spans[k]) for k in near):
            kept.append(candidate)
            position = bisect_left(starts, span.start)
            starts.insert(position, span.start)
            spans.insert(position, span)
            longest = max(longest, len(span))
    return tuple(sorted(kept, key=lambda c: (c.span.start, c.span.end)))


def _cue_distance(candidate: QuoteCandidate) -> int:
    """How far the cue stands from the content: of two cues for one quotation, the nearer reports it
    ("Speaking to the BBC, Ms Morton said: ..." -> "said")."""
    cue, span = candidate.cue, candidate.span
    if cue is None:
        return 0
    return max(cue.start - span.end, span.start - cue.end, 0)


def _same_quote(a: Span, b: Span) -> bool:
    overlap = min(a.end, b.end) - max(a.start, b.start)
    union = max(a.end, b.end) - min(a.start, b.start)
    return overlap > 0 and overlap / union >= _SAME_QUOTE
