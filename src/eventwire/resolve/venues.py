"""Where talks, a meeting or an agreement happened: the venue, where the article says they were HELD.

One rule for every such event (a verbal CONSULT, an ACLED agreement): a place is a venue when the text puts a
meeting or a signing in it ("signed an agreement in Muscat", "talks in the Djiboutian capital", "at a ceremony in
Doha", "at a hotel in Muscat", "after the Istanbul talks", "hosted by the European Union in Brussels", "Nairobi hosted
the talks", "The meeting was held in Istanbul", "talks took place in Geneva", "Asosa, where the talks were held", "met
for three hours in Brasilia"; a host named as a country, "talks hosted by Kenya", "after Qatar-hosted talks", at its
capital), told as done (not "will be held in Asmara", not "talks in La Paz in 2024") and outside quotation marks.
The event's own sentences are read first, then the article in order; a venue, once named, places the event before
any other place of its sentences (the country the talks are about, a party's capital, the towns of a deal's terms,
the region refugees fled to, the dateline). "The X capital" with a country's adjective ("the Omani capital") is
that country's capital.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from eventwire.lexicon.gazetteer import Gazetteer
from eventwire.model import COUNTABLE_STATUSES, PlaceKind, PlaceMention, Provenance, Span
from eventwire.resolve.event_clauses import inside_any
from eventwire.resolve.event_status import trigger_status
from eventwire.resolve.note_places import capital_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

VERSION = "1"
# Verbs that put a meeting or a signing where their "in"/"at" says: "met in Geneva", "signed in Muscat".
VENUE_VERBS = frozenset({"meet", "sign", "negotiate", "initial", "ink", "seal", "convene", "talk", "agree"})
# Verbs that do so with a meeting or an agreement as their object or subject: "held talks in", "the meeting was held
# in", "reached a deal in", "talks ended in Vienna", "hosted the summit in".
LIGHT_VENUE_VERBS = frozenset(
    {"hold", "host", "reach", "conclude", "end", "open", "begin", "start", "resume", "close", "wrap", "finish",
     "continue", "break", "take", "broker", "strike", "attend", "chair", "have"}
)  # fmt: skip
# Nouns of a meeting: "talks in X" is where they were held.
MEETING_NOUNS = frozenset(
    {"talks", "meeting", "meetings", "negotiations", "consultations", "summit", "conference", "ceremony", "signing",
     "round", "session", "discussions", "dialogue", "parley"}
)  # fmt: skip
# Nouns of an agreement: where "in X" may be what the agreement is about ("a ceasefire in Gaza"), so only under a
# verb of signing or reaching ("signed a truce in Jeddah") are they a venue.
AGREEMENT_NOUNS = frozenset({"agreement", "deal", "accord", "treaty", "ceasefire", "truce", "pact", "memorandum"})
# Spells a meeting lasts: "met for three hours in Brasilia", "two days of talks in Quito".
SPELLS = frozenset({"day", "days", "hour", "hours", "week", "weeks", "round", "rounds", "session", "sessions"})
PREPOSITIONS = frozenset({"in", "at"})
CAPITAL_WORDS = frozenset({"capital"})


def venues(
    doc: Doc,
    places: Sequence[PlaceMention],
    quoted: Sequence[Span],
    gazetteer: Gazetteer,
    published: date | None,
) -> list[PlaceMention]:
    """The article's venues in text order: its resolved places and its "the X capital" descriptions that a
    meeting or a signing told as done is put in."""
    found: list[PlaceMention] = []
    for mention in places:
        if mention.place is None or mention.place.kind is PlaceKind.CONTINENT or inside_any(mention.span, quoted):
            continue
        if _describes_a_capital(doc, mention.span):
            continue  # "the Ugandan capital": the capital is the venue, read below
        if _held_at(doc, mention.span, published):
            found.append(mention)
        elif _hosted_by(doc, mention.span, published):
            found.append(_at_host(mention, gazetteer))
    for token in doc:  # "after Qatar-hosted talks", "the Saudi-hosted summit"
        if token.lower_ != "hosted" or token.i < 2 or doc[token.i - 1].text != "-":
            continue
        host = doc[token.i - 2]
        span = Span(host.idx, host.idx + len(host))
        if inside_any(span, quoted) or any(m.span.start <= span.start < m.span.end for m in found):
            continue
        named = next((m for m in places if m.place is not None and m.span.start <= span.start < m.span.end), None)
        country = gazetteer.adjective(host.text) if named is None else None
        if named is None and country is not None:
            named = PlaceMention(span, host.text, country, Provenance("venues", VERSION, rule="host-adjective"))
        meeting = token.head
        if named is None or not _is_meeting(meeting) or not _reported(doc, meeting, published):
            continue
        found.append(_at_host(named, gazetteer))
    for token in doc:
        if token.lower_ not in CAPITAL_WORDS:
            continue
        span = Span(token.idx, token.idx + len(token))
        if inside_any(span, quoted) or any(m.span.start >= span.start and m.span.end <= span.end for m in found):
            continue
        if any(c.dep_ == "appos" for c in token.children):
            continue  # "the Omani capital, Muscat": the name is the venue, read above
        country = next((gazetteer.adjective(c.text) for c in token.children if c.dep_ in {"amod", "compound"}), None)
        if country is None or country.kind is not PlaceKind.COUNTRY or not country.country:
            continue
        capital = capital_of(country.country, gazetteer)
        if capital is None or not _held_at(doc, span, published):
            continue
        start = min([c.idx for c in token.children if c.dep_ in {"amod", "compound"}] + [token.idx])
        provenance = Provenance("venues", VERSION, rule="country-capital", score=0.7)
        found.append(PlaceMention(Span(start, span.end), doc.text[start : span.end], capital, provenance))
    return sorted(found, key=lambda m: m.span.start)


def venue_of(found: Sequence[PlaceMention], sentences: Sequence[Span]) -> PlaceMention | None:
    """The venue of an event told in ``sentences``: the first of its own sentences', else the article's first."""
    own = [m for m in found if any(s.start <= m.span.start < s.end for s in sentences)]
    candidates = own or list(found)
    return candidates[0] if candidates else None


def _describes_a_capital(doc: Doc, span: Span) -> bool:
    chars = doc.char_span(span.start, span.end, alignment_mode="expand")
    if chars is None or not len(chars):
        return False
    root = chars.root
    return root.dep_ in {"compound", "amod"} and root.head.lower_ in CAPITAL_WORDS


def _held_at(doc: Doc, span: Span, published: date | None) -> bool:
    chars = doc.char_span(span.start, span.end, alignment_mode="expand")
    if chars is None or not len(chars):
        return False
    root = chars.root
    if root.dep_ == "compound" and root.head.lower_ in MEETING_NOUNS:
        return _reported(doc, root.head, published)  # "after the Istanbul talks", "the Doha meeting"
    if root.dep_ in {"appos", "compound"} and root.head.dep_ == "pobj":
        root = root.head  # "in the Omani capital, Muscat", "at the Wabag showground"
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.dep_ == "pobj":
        root = root.head.head  # "in the Turkish resort of Antalya"
    held = _where_clause(root)
    if held is None and root.dep_ == "nsubj" and root.head.lemma_.lower() == "host" and _is_meeting(root.head):
        held = root.head  # "Nairobi hosted the talks"
    if held is None and root.dep_ == "pobj" and root.head.lower_ in PREPOSITIONS:
        above = root.head.head
        held = _meeting_word(above)
        if held is None and above.dep_ == "pobj" and above.head.lower_ in PREPOSITIONS:
            held = _meeting_word(above.head.head)  # "at a hotel in Muscat", "at the State House in Entebbe"
    return held is not None and _reported(doc, held, published)


def _reported(doc: Doc, word: Token, published: date | None) -> bool:
    """Whether the meeting or signing a word tells happened: not planned, feared, denied or of the background."""
    sentence = word.sent
    status = trigger_status(doc, Span(word.idx, word.idx + len(word)), Span(sentence.start_char, sentence.end_char),
                            published)  # fmt: skip
    return status.status in COUNTABLE_STATUSES


def _hosted_by(doc: Doc, span: Span, published: date | None) -> bool:
    """ "talks hosted by Kenya": the host of talks told as done."""
    chars = doc.char_span(span.start, span.end, alignment_mode="expand")
    if chars is None or not len(chars):
        return False
    root = chars.root
    agent = root.head
    if root.dep_ != "pobj" or agent.dep_ != "agent" or agent.head.lemma_.lower() != "host":
        return False
    return _is_meeting(agent.head) and _reported(doc, agent.head, published)


def _at_host(mention: PlaceMention, gazetteer: Gazetteer) -> PlaceMention:
    """A host named as a country holds the talks in its capital (the text names no other venue)."""
    place = mention.place
    if place is None or place.kind is not PlaceKind.COUNTRY or not place.country:
        return mention
    capital = capital_of(place.country, gazetteer)
    if capital is None:
        return mention
    return PlaceMention(mention.span, mention.text, capital, Provenance("venues", VERSION, rule="host-capital"))


def _where_clause(root: Token) -> Token | None:
    """ "Asosa, where the talks were held": the meeting word of a "where" clause on the place."""
    for clause in root.children:
        if clause.dep_ == "relcl" and any(c.lower_ == "where" for c in clause.children):
            return _meeting_word(clause)
    return None


def _meeting_word(head: Token) -> Token | None:
    """The word that tells a meeting or a signing, when ``head`` (what "in"/"at" hangs on) is one, is its spell
    ("met for three hours in", "two days of talks in"), or is the host of one ("hosted by the EU in Brussels")."""
    if head.lemma_.lower() in SPELLS or (head.dep_ == "pobj" and head.head.dep_ == "agent"):
        for child in head.children:  # "two days of talks in Quito"
            if child.lower_ == "of":
                talks = next((c for c in child.children if c.dep_ == "pobj"), None)
                if talks is not None and _is_meeting(talks):
                    return talks
        above = head.head.head if head.dep_ == "pobj" else None  # "for three hours" -> "met"; "by the EU" -> "hosted"
        if above is not None and _is_meeting(above):
            return above
        return None
    return head if _is_meeting(head) else None


def _is_meeting(word: Token) -> bool:
    lemma, lower = word.lemma_.lower(), word.lower_
    if word.pos_ in {"VERB", "AUX"}:
        if lemma in VENUE_VERBS:
            return True
        if word.dep_ in {"acl", "relcl"} and word.head.lower_ in MEETING_NOUNS | AGREEMENT_NOUNS:
            return True  # "talks hosted by the EU in Brussels", "the accord, reached in Doha"
        return lemma in LIGHT_VENUE_VERBS and any(
            c.dep_ in {"dobj", "nsubj", "nsubjpass"} and (c.lower_ in MEETING_NOUNS or c.lower_ in AGREEMENT_NOUNS)
            for c in word.children
        )
    if lower in MEETING_NOUNS:
        return True
    if lower in AGREEMENT_NOUNS:  # "signed an agreement in Muscat", the parse hanging "in Muscat" on the noun
        verb = word.head
        return word.dep_ in {"dobj", "nsubjpass"} and verb.pos_ == "VERB" and _is_meeting(verb)
    return False
