"""What a cue reports: the content span of a quote, read from the dependency parse and the quotation marks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwire.detect.quote_cues import (
    ABOUT_NOUNS,
    ABOUT_PREPOSITIONS,
    CLAUSE_CUES,
    FOR_CUES,
    OBJECT_CUES,
    PLACE_LABELS,
    QUOTE_TAGS,
    TO_CUES,
    cue_lemma,
    is_coordinated_cue,
    reports_a_judgement,
)
from eventwire.detect.quote_ranges import MOST_TOKENS, TokenRange, subtree_range, tokens_of, union, without
from eventwire.detect.quote_regions import RegionIndex
from eventwire.detect.quoted_text import looks_like_a_title
from eventwire.model import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

_CLAUSE_DEPS = frozenset({"ccomp"})
_OBJECT_DEPS = frozenset({"dobj", "xcomp", "oprd", "attr", "prep", "dative"})
_OBJECT_PREPOSITIONS = frozenset({"as", "of", "about", "on", "that", "against"})
_LONGEST_REGION = 4000
_REPORTING = CLAUSE_CUES | OBJECT_CUES
_TIME_LABELS = frozenset({"DATE", "TIME"})
_CONTENT_POS = frozenset({"NOUN", "PROPN", "PRON", "VERB", "NUM", "ADJ"})
ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Jr|Sr|St|[A-Z])\.")
_QUOTATION_RULES = frozenset({"inverted", "quote", "colon"})
_LONGEST_SUBJECT = 7  # tokens of the speaker of a second report after "and" ("the state's two senators")
_SHORTEST_CLAUSE = 4  # tokens: a clause before "according to" shorter than this is not what it attributes
_NEAR_CUE = 80  # characters between a quotation and the cue that reports it
# What may hang on a verb of saying that ends a quotation's sentence ('"...," she fumed later on Monday, waving it').
_AFTER_A_SAYING_VERB = frozenset({"nsubj", "advmod", "npadvmod", "punct", "advcl", "prt", "prep", "cc", "conj"})
# Verbs of saying whose passive with "it" reports a statement: "it was announced that", "it is claimed that".
_SAID_WITHOUT_SOURCE = frozenset({"say", "announce", "report", "claim", "state", "confirm", "allege", "declare",
                                  "reveal", "disclose", "rumor", "rumour"})  # fmt: skip
_CLOSING_DEPS = frozenset({"prep", "advmod", "npadvmod", "punct", "prt", "agent"})
_SUBORDINATORS = frozenset({"when", "if", "after", "before", "while", "as", "because", "although", "though",
                            "since", "unless", "once", "whether", "until", "whenever"})  # fmt: skip
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD", "VBN"})  # VBN: "Gunmen on motorcycles abducted ..." (as parsed)
_CLOSING_MARKS = "\"'\u201d\u2019\u00bb "
_PIECE_ENDS = frozenset(",.!?;:\u2026\u2013\u2014-")
_PARAGRAPH_GAP = re.compile(r"[ \t]*\n\s*")  # the rest of a line, then the blank lines to the next paragraph


@dataclass(frozen=True, slots=True)
class Content:
    """A content span and the rule that found it."""

    span: Span
    rule: str


def content_of_cue(
    cue: Token, sentence: SpacySpan, regions: RegionIndex, *, quoted_only: bool = False
) -> Content | None:
    """The content ``cue`` reports, by the first rule that applies; ``sentence`` is the cue's sentence
    cut at line breaks. ``quoted_only`` keeps to the rules that read quotation marks."""
    if _is_passive(cue):
        span = _announced_clause(cue, sentence)
        return None if span is None or quoted_only else Content(with_regions(span, regions), "passive")
    for rule, finder in _RULES:
        if quoted_only and rule not in _QUOTATION_RULES:
            continue
        span = finder(cue, sentence, regions)
        if span is not None and len(span) > 1:
            return Content(span if rule == "colon" else with_regions(span, regions), rule)
    return None


def _announced_clause(cue: Token, sentence: SpacySpan) -> Span | None:
    """ "It was announced that the airport would close", "it has been reported that ...": a statement made with
    nobody named, the "that" clause of a passive verb of saying whose subject is "it"."""
    if cue_lemma(cue) not in _SAID_WITHOUT_SOURCE or not any(
        c.dep_ == "nsubjpass" and c.lower_ == "it" for c in cue.children
    ):
        return None
    for clause in cue.children:
        if clause.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            return _trimmed(cue.doc, subtree_range(clause), sentence)
    return None


def _is_passive(cue: Token) -> bool:
    """ "are accused of", "were found", "a man accused of witchcraft", "members not accused of killings" (a
    participle right after its noun, or after its noun and an adverb, with no clause of its own): no speaker, and
    mostly not speech."""
    between = cue.doc[cue.head.i + 1 : cue.i] if cue.head.i < cue.i else None
    if (
        cue.dep_ == "acl"
        and cue.tag_ == "VBN"
        and between is not None
        and all(t.dep_ in ("neg", "advmod") for t in between)
    ):
        return not any(c.dep_ in ("ccomp", "dobj") for c in cue.children)  # not "the letter called Oz a quack"
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children)


def content_of_source_phrase(according: Token, window: SpacySpan) -> Content | None:
    """The clause an "according to X" phrase attributes: the sentence part on the other side of it, in ``window``
    (the whole window when the parser made the phrase the sentence's root)."""
    phrase = source_phrase_range(according, window)
    if according.head.i == according.i or _closes_the_window(according, phrase, window):
        whole = TokenRange(window.start, window.end - 1)  # "Under the deal, A and B, according to a statement."
    else:
        whole = subtree_range(according.head).within(window)
    before = TokenRange(whole.first, phrase.first - 1)
    after = TokenRange(phrase.last + 1, whole.last)
    side = before if len(before) >= min(len(after), _SHORTEST_CLAUSE) else after  # "X happened, according to Y"
    span = _trimmed(according.doc, side, window)
    return None if span is None else Content(span, "according-to")


def _closes_the_window(according: Token, phrase: TokenRange, window: SpacySpan) -> bool:
    """An "according to" phrase after a comma with nothing after it but the full stop: it attributes the whole
    sentence before it, however the parser hung it (on the last conjunct of a long sentence)."""
    doc = according.doc
    if according.i <= window.start or doc[according.i - 1].text != ",":
        return False
    return all(t.is_punct or t.is_space for t in doc[phrase.last + 1 : window.end])


def source_phrase_range(according: Token, window: SpacySpan) -> TokenRange:
    """ "according to X": to the end of X's phrase; when the phrase opens the sentence, to the comma that
    closes it ("According to the mayor, ...": the parser may hang the rest of the sentence on X)."""
    whole = subtree_range(according)
    if according.i > window.start and not according.doc[according.i - 1].is_space:
        return TokenRange(according.i, whole.last)
    for token in tokens_of(according.doc, TokenRange(according.i + 2, whole.last)):
        if token.text == ",":
            return TokenRange(according.i, token.i - 1)
    return TokenRange(according.i, whole.last)


def content_of_noun(noun: Token, sentence: SpacySpan, regions: RegionIndex) -> Content | None:
    """The "that" clause a speech noun reports ("his claim that the vote was rigged"), or what its "about", "of" or
    "on" phrase names when a possessive says whose words they are ("her comments about the budget")."""
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp") and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            span = _trimmed(noun.doc, subtree_range(child), sentence)
            return None if span is None else Content(with_regions(span, regions), "noun-clause")
    if noun.lemma_ in ABOUT_NOUNS and any(_is_a_speakers(c) for c in noun.children):
        for child in noun.children:
            if (
                child.dep_ == "prep"
                and child.lower_ in ABOUT_PREPOSITIONS
                and child.i == noun.i + 1
                and not _is_time(child)
            ):
                objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
                span = _trimmed(noun.doc, subtree_range(objects[0]), sentence) if objects else None
                return None if span is None else Content(with_regions(span, regions), "noun-object")
    return None


def _is_a_speakers(owner: Token) -> bool:
    """A possessive that says whose words a speech noun reports ("her", "the senator's"), not when ("Monday's")."""
    return owner.dep_ == "poss" and owner.ent_type_ not in _TIME_LABELS and owner.lower_ not in ("its", "whose")


def with_regions(span: Span, regions: RegionIndex) -> Span:
    """``span`` grown to cover every quoted region it cuts into."""
    start, end = span.start, span.end
    for region in regions.overlapping(span):
        if len(region.span) <= _LONGEST_REGION:
            start, end = min(start, region.span.start), max(end, region.span.end)
    return Span(start, end)


def _clause(cue: Token, sentence: SpacySpan, regions: RegionIndex) -> Span | None:
    children = [c for c in cue.children if c.dep_ in _CLAUSE_DEPS] or _misattached_clauses(cue)
    if any(c.i > cue.i for c in children):  # "...: Republicans said they were convinced": the clause after
        children = [c for c in children if c.i > cue.i or not _ends_in_colon(c)]
    clauses = union(subtree_range(c).within(sentence) for c in children)
    if clauses.empty or len(clauses) > MOST_TOKENS:
        return None
    leading = [subtree_range(g) for c in children for g in c.children if _leads_as_a_phrase(g) and g.i < c.i]
    cut = _side_reports(cue.doc, clauses) + _second_reports(cue.doc, clauses) + leading
    return _trimmed(cue.doc, without(clauses, cut), sentence)


def _misattached_clauses(cue: Token) -> list[Token]:
    """Reported clauses the parser hung elsewhere: "said after the convention he would not accept" (an
    adverbial clause with its own subject and no conjunction) and "told a meeting that few people
    understood" (a "that" clause read as a relative clause of the object)."""
    found = [
        c
        for c in cue.children
        if c.dep_ == "advcl"
        and c.i > cue.i
        and any(g.dep_ == "nsubj" for g in c.children)
        and not any((g.dep_ == "mark" or g.tag_ in ("WRB", "IN")) and not _leads_as_a_phrase(g) for g in c.children)
    ]
    for obj in (c for c in cue.children if c.dep_ == "dobj"):
        found.extend(
            r
            for r in obj.children
            if r.dep_ == "relcl" and any(g.dep_ == "mark" and g.lower_ == "that" for g in r.children)
        )
    return found


def _leads_as_a_phrase(word: Token) -> bool:
    """A preposition with its own object before the clause's subject: "said after the convention he would not
    accept" (when he said it), not the conjunction of a time clause ("said after he arrived")."""
    return (
        word.dep_ == "prep"
        and any(c.dep_ == "pobj" for c in word.children)
        and any(g.dep_ == "nsubj" and g.i > word.right_edge.i for g in word.head.children)
    )


def _ends_in_colon(clause: Token) -> bool:
    """The clause is followed by a colon or semicolon: a sentence of its own before the cue's."""
    following = clause.right_edge.i + 1
    return following < len(clause.doc) and clause.doc[following].text in (":", ";")


def _side_reports(doc: Doc, clause: TokenRange) -> list[TokenRange]:
    """Attributions of their own inside a reported clause, which are not part of it: participles after a
    comma ("... , citing the figures", "... , arguing that ...") and reporting verbs with a subject of
    their own ("... , and when pressed, the mayor replied ...")."""
    found = []
    for token in tokens_of(doc, TokenRange(clause.first + 1, clause.last)):
        if token.dep_ not in ("advcl", "conj", "parataxis") or cue_lemma(token) not in _REPORTING:
            continue
        after_comma = token.tag_ == "VBG" and doc[token.i - 1].text == ","
        own_subject = token.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in token.children)
        if after_comma or own_subject or is_coordinated_cue(token):
            found.append(subtree_range(token))
    return found


def _second_reports(doc: Doc, clause: TokenRange) -> list[TokenRange]:
    """A second report joined by "and" or "but" after the reported clause's own verb, with a speaker of its own
    ("said prices had risen and unions accused the board of ...", "said it would appeal, but critics warned that
    ..."): what the second speaker says is no part of the first one's words, however the parser hung it. Not a
    subject joined by "and" ("said the police and the army reported ..."): the reported clause needs a verb of its
    own before the "and"."""
    for token in tokens_of(doc, TokenRange(clause.first + 1, clause.last - 1)):
        after = TokenRange(token.i + 1, min(token.i + _LONGEST_SUBJECT, clause.last))
        if (
            token.lower_ in ("and", "but")
            and _has_a_finite_verb(doc, TokenRange(clause.first, token.i - 1))
            and _starts_a_report(doc, after)
        ):
            return [TokenRange(token.i, clause.last)]
    return []


def _starts_a_report(doc: Doc, words: TokenRange) -> bool:
    """A subject (a noun phrase) and then a finite verb of saying: "unions accused", "the mayor also warned"."""
    named = False
    for word in tokens_of(doc, words):
        if word.pos_ in ("NOUN", "PROPN", "PRON"):
            named = True
        elif word.pos_ not in ("DET", "ADJ", "NUM") and not (named and word.pos_ == "ADV"):
            return named and word.tag_ in ("VBD", "VBZ", "VBP") and cue_lemma(word) in _REPORTING
    return False


def _has_a_finite_verb(doc: Doc, tokens: TokenRange) -> bool:
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in tokens_of(doc, tokens))


def _inverted(cue: Token, sentence: SpacySpan, regions: RegionIndex) -> Span | None:
    """'"...," he said' and 'The museum, Mr. Obama said, would ...': the cue hangs off the reported
    clause (parataxis); the content is that clause, around the cue when the cue interrupts it."""
    if cue.dep_ != "parataxis" or any(c.dep_ in _CLAUSE_DEPS and c.i > cue.i for c in cue.children):
        return None
    return _trimmed(cue.doc, without(subtree_range(cue.head).within(sentence), [subtree_range(cue)]), sentence)


def _quote_in_sentence(cue: Token, sentence: SpacySpan, regions: RegionIndex) -> Span | None:
    """A quotation right after the cue ('told RTP: "..."') or right before it ('"...," he said'),
    even when the parser put it in a sentence of its own."""
    text = regions.text
    after = regions.starting_after(cue.idx, min(sentence.end_char, cue.idx + _NEAR_CUE))
    if after is not None and _introduces(text[cue.idx : after.span.start]) and _says(after.span, text):
        return after.span
    before = regions.ending_before(cue.idx)
    if before is None or cue.idx - before.span.end > _NEAR_CUE or not _says(before.span, text):
        return None
    between = text[before.span.end : cue.idx]
    return before.span if _follows(between) and _ends_a_piece(before.span.text_of(text), between) else None


def quotation_before_verb(verb: Token, sentence: SpacySpan, regions: RegionIndex) -> Content | None:
    """'"Go and vote," Ms. Roe implored.', '"...?" Mr. Lee fumed, waving the paper.', '"...," the letter reads.': a
    verb outside the cue lexicon that stands where news writing puts the verb of saying, right after a quotation
    and its subject, with nothing of its own after it (no object, clause or place), reports that quotation."""
    if verb.dep_ not in ("ROOT", "parataxis"):
        return None
    text = regions.text
    quotation = regions.ending_before(verb.idx)
    if quotation is None or quotation.span.end > verb.idx:
        return None
    if "\n" in text[quotation.span.end : verb.idx]:
        return None  # a paragraph's last quotation, and the next paragraph ('"..."\n\nThe truck driver fled')
    if quotation.span.start < sentence.start_char - 1 and text[quotation.span.end : sentence.start_char].strip():
        return None  # a quotation of an earlier sentence ('"...?" Mr. Lee fumed': the parser ends one at "?")
    outside = [c for c in verb.children if c.idx >= quotation.span.end]  # what the parser hung on it in the quotation
    if any(c.dep_ not in _AFTER_A_SAYING_VERB or (c.dep_ == "prep" and not _is_time(c)) for c in outside):
        return None
    subject = next((c for c in outside if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if not _says(quotation.span, text) or not _ends_a_piece(quotation.span.text_of(text), ""):
        return None
    own = subtree_range(subject)
    doc = verb.doc
    words = [t for t in doc[sentence.start : verb.i] if t.idx >= quotation.span.end and not (t.is_punct or t.is_space)]
    if subject.i > verb.i:  # '"...," gushed the senator.'
        ok = not words and own.first == verb.i + 1
    else:
        ok = bool(words) and all(own.covers(t.i) or t.pos_ == "ADV" for t in words)
    return Content(quotation.span, "quote-verb") if ok else None


def _is_time(prep: Token) -> bool:
    return any(c.dep_ == "pobj" and c.ent_type_ in _TIME_LABELS for c in prep.children)


def _ends_a_piece(quotation: str, between: str) -> bool:
    """A quotation that its attribution follows ends with its punctuation ('"We are ready," she said',
    "'We are ready', she said"): not a phrase quoted inside the sentence ('said it was "opposed" to the test
    and warned')."""
    return quotation.rstrip(_CLOSING_MARKS)[-1:] in _PIECE_ENDS or between.lstrip()[:1] in _PIECE_ENDS


def _says(region: Span, text: str) -> bool:
    """A quotation that says something, not a title in quotation marks."""
    return not looks_like_a_title(region.text_of(text))


def _introduces(between: str) -> bool:
    """The text from a cue to the quote after it ends with a colon or comma ("said:", "told RTP:")."""
    return between.rstrip().endswith((":", ",")) and "\n" not in between and len(between) <= _NEAR_CUE


def _follows(between: str) -> bool:
    """The text from a quote to the cue after it is only the speaker ('"...," Ms. Moore said')."""
    if len(between) > _NEAR_CUE:
        return False
    return not any(mark in ABBREVIATION.sub("", between) for mark in ".!?;\n")


def _colon(cue: Token, sentence: SpacySpan, regions: RegionIndex) -> Span | None:
    """'X said:' and then a quote, in the same paragraph or the next; or, when the colon ends the
    paragraph, the next paragraph (a block quotation without quotation marks)."""
    text = regions.text
    last = _last_word(sentence)
    if last.text != ":":
        return None
    region = regions.starting_after(sentence.end_char - 1, sentence.end_char + 4)
    if region is not None and not text[sentence.end_char : region.span.start].strip() and _says(region.span, text):
        return region.span
    return _next_paragraph(text, last.idx + 1)


def quotation_after_colon(verb: Token, sentence: SpacySpan, regions: RegionIndex) -> Content | None:
    """'Trump deflected with a non sequitur: "..."', 'Sanders made the following comment:' and a quotation in
    the next paragraph: whatever the verb, a quotation its own colon introduces (the colon ends its line)."""
    colon = next((c for c in verb.children if c.text == ":" and c.dep_ == "punct"), None)
    if colon is None:
        return None
    text = regions.text
    region = regions.starting_after(colon.idx + 1, colon.idx + 1 + _NEAR_CUE)
    if region is None:
        return None
    if not _says(region.span, text):
        return None
    if "\n" not in text[colon.idx + 1 : region.span.start] and not text[colon.idx + 1 : region.span.start].strip():
        return Content(region.span, "colon")
    gap = _PARAGRAPH_GAP.match(text, colon.idx + 1)
    if colon.i == _last_word(sentence).i and gap is not None and gap.end() == region.span.start:
        return Content(region.span, "colon")
    return None


def _last_word(sentence: SpacySpan) -> Token:
    last = sentence[-1]
    while last.i > sentence.start and last.is_space:
        last = sentence.doc[last.i - 1]
    return last


def _next_paragraph(text: str, end: int) -> Span | None:
    """The paragraph after the line that ends at ``end``, without its final period."""
    gap = _PARAGRAPH_GAP.match(text, end)
    if gap is None:
        return None
    start = gap.end()
    stop = text.find("\n", start)
    stop = len(text) if stop < 0 else stop
    paragraph = text[start:stop].rstrip()
    if paragraph.endswith("."):
        paragraph = paragraph[:-1]
    return Span(start, start + len(paragraph)) if paragraph else None


def _object(cue: Token, sentence: SpacySpan, regions: RegionIndex) -> Span | None:
    """'denied the report', 'denouncing it as a "heinous act"': what follows an object cue."""
    if cue_lemma(cue) not in OBJECT_CUES and not reports_a_judgement(cue):
        return None
    parts = union(subtree_range(c).within(sentence) for c in cue.children if c.i > cue.i and _is_object_part(c))
    if parts.empty or not any(_is_content_word(t) for t in tokens_of(cue.doc, parts)):
        return None
    return _trimmed(cue.doc, parts, sentence)


def _is_content_word(token: Token) -> bool:
    """A word that can carry what was said: "endorsed Clinton", not "asked for" or "found themselves"."""
    if token.pos_ == "PRON":
        return not token.lower_.endswith(("self", "selves"))
    return token.pos_ in _CONTENT_POS


def _is_object_part(child: Token) -> bool:
    if child.dep_ == "prep":
        if any(c.dep_ == "pobj" and c.ent_type_ in _TIME_LABELS for c in child.children):
            return False  # "spoke on Monday": when, not what
        lemma = cue_lemma(child.head)
        return (
            child.lower_ in _OBJECT_PREPOSITIONS
            or (child.lower_ == "for" and lemma in FOR_CUES)
            or (child.lower_ in ("for", "over") and reports_a_judgement(child.head))
            or (child.lower_ == "to" and lemma in TO_CUES)
        )
    return child.dep_ in _OBJECT_DEPS


def _as_clause(cue: Token, sentence: SpacySpan, regions: RegionIndex) -> Span | None:
    """'Scott had a gun, as police have said', 'As the mayor noted, the bridge is closed': an "as" clause whose
    cue reports nothing of its own reports the clause it hangs on."""
    if cue.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children):
        return None
    if cue_lemma(cue) not in CLAUSE_CUES or any(
        c.dep_ in ("ccomp", "advcl") or _is_object_part(c) for c in cue.children
    ):
        return None  # "as he boasted about the course": while he spoke of something of his own
    if not any(c.dep_ == "nsubj" for c in cue.children):  # "arrived as expected": nobody says it
        return None
    clause, own = subtree_range(cue.head).within(sentence), subtree_range(cue)
    if own.first > cue.head.i:
        return _trimmed(cue.doc, TokenRange(clause.first, own.first - 1), sentence)
    return _trimmed(cue.doc, TokenRange(own.last + 1, clause.last), sentence)


def closing_subject(cue: Token) -> Token | None:
    """The subject nearest before ``cue`` (the parser may give the cue a second one from the clause it reports); of a
    place with a description in apposition ("... talks in the capital, Kuala Lumpur, the facilitator said"), the
    description: the place ends the reported clause."""
    subject = next((c for c in reversed(list(cue.lefts)) if c.dep_ == "nsubj"), None)
    if subject is not None and subject.ent_type_ in PLACE_LABELS:
        described = [c for c in subject.children if c.dep_ == "appos" and c.i > subject.i and c.pos_ == "NOUN"]
        if described:
            return described[-1]
    return subject


def _closing_attribution(cue: Token, sentence: SpacySpan, regions: RegionIndex) -> Span | None:
    """ "A roadside bomb killed five soldiers ... on Tuesday, the army said in a statement late on Wednesday.": an
    attribution that closes its sentence after a comma (its subject, the cue and only when, where or how it was said)
    reports the whole sentence before that comma, however the parser hung the long clause (a conjunct of the cue, a
    clause cut at its "when", the cue's subject taken from the clause)."""
    if cue_lemma(cue) not in CLAUSE_CUES or cue.i + 1 >= sentence.end:
        return None
    subject = closing_subject(cue)
    if subject is None or subject.left_edge.i - 1 <= sentence.start or subject.lower_ in ("which", "who", "that"):
        return None  # "The attack was claimed by the Brigades, which said ...": the relative clause says its own
    doc = cue.doc
    comma = doc[subject.left_edge.i - 1]
    if comma.text != "," or any(t.dep_ not in ("aux", "advmod", "neg") for t in doc[subject.right_edge.i + 1 : cue.i]):
        return None
    after = [c for c in cue.children if c.i > cue.i]
    if any(
        c.dep_ not in _CLOSING_DEPS and not (c.dep_ in ("dobj", "dative") and cue_lemma(cue) == "tell") for c in after
    ):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "that" for c in after):
        return None
    end = max([cue.i, *(c.right_edge.i for c in after if not c.is_punct)])
    if any(not (t.is_punct or t.is_space) for t in doc[end + 1 : sentence.end]):
        return None  # more follows the attribution: not the close of the sentence
    before = doc[sentence.start : comma.i]
    if (
        not any(t.tag_ in _FINITE_TAGS for t in before)
        or before[0].tag_ in ("VBG", "VBN")
        or regions.inside_any(comma.idx)
    ):
        return None  # "Speaking to reporters, the minister said": no clause of what was said
    opening = next((t for t in before if not (t.is_punct or t.pos_ == "CCONJ")), None)
    if opening is None or (
        opening.lower_ in _SUBORDINATORS
        and opening.dep_ in ("mark", "advmod")
        and opening.head.right_edge.i >= comma.i - 1
    ):
        return None  # "But when Congress cut the funding, Mexico said enough": when it was said, not what
    if before[-1].tag_ in QUOTE_TAGS or before[-1].text in _CLOSING_MARKS:
        return None  # '"...," the mayor said': the quotation rules read it
    return _trimmed(doc, TokenRange(sentence.start, comma.i - 1), sentence)


def _appeal(cue: Token, sentence: SpacySpan, regions: RegionIndex) -> Span | None:
    """'called on all sides to "immediately cease hostilities"', "appealed to the rebels to lay down their arms":
    those called on and what they are asked to do, the infinitive after them, which the parser may hang on the
    cue as a clause of its own ("on all sides" alone says nothing)."""
    if cue_lemma(cue) not in FOR_CUES:
        return None
    addressed = [c for c in cue.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to") and c.i > cue.i]
    if not addressed:
        return None
    asked = [
        c
        for c in cue.children
        if c.dep_ in ("xcomp", "advcl")
        and c.i > addressed[0].i
        and any(g.tag_ == "TO" and g.i < c.i for g in c.children)
    ]
    if not asked:
        return None
    words = union([subtree_range(addressed[0]), subtree_range(asked[0])]).within(sentence)
    return None if words.empty else _trimmed(cue.doc, words, sentence)


_RULES = (
    ("closing", _closing_attribution),
    ("inverted", _inverted),
    ("as-clause", _as_clause),
    ("clause", _clause),
    ("quote", _quote_in_sentence),
    ("colon", _colon),
    ("appeal", _appeal),
    ("object", _object),
)


def _trimmed(doc: Doc, tokens: TokenRange, window: SpacySpan | None = None) -> Span | None:
    """The character span of ``tokens`` (their part in ``window``, when given) without edge punctuation
    (quote marks stay); None when nothing is left, or when it is too long to be a quote."""
    if window is not None:
        tokens = tokens.within(window)
    if tokens.empty or len(tokens) > MOST_TOKENS:
        return None
    first, last = tokens.first, tokens.last
    while first <= last and _is_edge_junk(doc[first]):
        first += 1
    while last >= first and (_is_edge_junk(doc[last]) or doc[last].pos_ == "CCONJ"):  # "... by March and"
        last -= 1
    if first > last:
        return None
    return Span(doc[first].idx, doc[last].idx + len(doc[last].text))


def _is_edge_junk(token: Token) -> bool:
    return (token.is_punct and token.tag_ not in QUOTE_TAGS and token.text not in '“”"') or token.is_space
