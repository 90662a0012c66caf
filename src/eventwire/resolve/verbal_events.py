"""Verbal and non-violent events: meetings, visits, accusations, threats, demands, sanctions, aid, withdrawals,
coded in PLOVER's categories with their source and target actors, date, place and evidence.

A cue word (``lexicon.verbal``) outside quotation marks, realis, and not already an ACLED event's trigger,
makes an event when the text names who did it: "Guterres held talks in Moscow with Vladimir Putin" is a
CONSULT from Antonio Guterres to Vladimir Putin, in Moscow, on the date its sentence gives. ACLED codes none
of these (its codebook's strategic developments are agreements, arrests, changes to armed groups, territory
and property), so ``event_type`` and ``sub_event_type`` are "none". They come after the ACLED events, so a
verbal event is not the main event of an article that reports violence, but for a meeting told in a lead whose
paragraph tells no ACLED event (pipeline.run's ``_main_first``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from eventwire.lexicon import verbal as lex
from eventwire.lexicon.countries import country_name
from eventwire.lexicon.gazetteer import Gazetteer
from eventwire.model import (
    Actor,
    DateMention,
    Event,
    Granularity,
    PlaceKind,
    PlaceMention,
    Provenance,
    QuoteMention,
    ResolvedDate,
    Span,
)
from eventwire.pipeline import (
    DATES,
    ENTITIES,
    EVENTS,
    PARSE,
    PLACES,
    QUOTATIONS,
    QUOTES,
    SENTENCES,
    VERBAL_EVENTS,
    Document,
    register,
)
from eventwire.resolve.actor_coding import OFFICIAL_HEADS, ActorCoder
from eventwire.resolve.event_clauses import dates_the_trigger, inside_any
from eventwire.resolve.event_dateline import TOWN_KINDS
from eventwire.resolve.people import People
from eventwire.resolve.venues import venue_of, venues

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

VERSION = "1"
SCORE = 0.6  # a verbal event read off one cue word and the parse around it
TARGET_PREPOSITIONS = frozenset({"with", "to", "on", "against", "upon", "between", "for"})
PLACE_PREPOSITIONS = frozenset({"in", "at"})
LEAD_SENTENCES = 2  # a meeting with no place of its own is where the lead sets the story
MAX_CLIMB = 4
# Spells of talks ("two days of talks", "a round of negotiations"), and the verbs that tell talks as their subject
# took place ("talks ended", "negotiations opened", "the meeting broke up").
SPELLS = frozenset({"day", "days", "hour", "hours", "week", "weeks", "round", "rounds", "session", "sessions"})
TALKS_COURSE = frozenset({"end", "open", "begin", "start", "resume", "conclude", "close", "break", "wrap", "continue"})
M = TypeVar("M", DateMention, PlaceMention)
DELEGATES = frozenset({"delegations", "delegates", "envoys", "ministers", "officers", "mediators"})


@dataclass(frozen=True, slots=True)
class _Article:
    """What the cues are read against: the parse, the people, the quotes, the ACLED events, the dates and places."""

    doc: Doc
    people: People
    coder: ActorCoder
    quoted: tuple[Span, ...]
    quotes: tuple[QuoteMention, ...]
    acled: tuple[Event, ...]
    dates: tuple[DateMention, ...]
    places: tuple[PlaceMention, ...]
    published: date | None
    sentence_starts: tuple[int, ...]
    venues: tuple[PlaceMention, ...]  # where the article says talks or a signing were held (``resolve.venues``)
    gazetteer: Gazetteer


@register(
    VERBAL_EVENTS,
    version=VERSION,
    requires=(PARSE, SENTENCES, ENTITIES, QUOTATIONS, QUOTES, DATES, PLACES, EVENTS),
)
def verbal_events(document: Document) -> tuple[Event, ...]:
    """The article's verbal and non-violent events, in text order."""
    doc = document.doc
    acled = document.get(EVENTS)
    published = document.article.published
    article = _Article(
        doc=doc,
        people=People.of_document(doc),
        coder=ActorCoder(doc, _home_country(acled, document.get(PLACES)), published, text=document.text),
        quoted=tuple(q.span for q in document.get(QUOTATIONS)),
        quotes=document.get(QUOTES),
        acled=document.get(EVENTS),
        dates=document.get(DATES),
        places=document.get(PLACES),
        published=document.article.published,
        sentence_starts=tuple(s.span.start for s in document.get(SENTENCES)),
        venues=tuple(
            venues(
                doc,
                document.get(PLACES),
                [q.span for q in document.get(QUOTATIONS)],
                document.resources.gazetteer,
                published,
            )
        ),
        gazetteer=document.resources.gazetteer,
    )
    triggers = {e.trigger.start for e in article.acled}
    found: list[Event] = []
    seen: set[tuple[str, str, str | None, int]] = set()
    for sentence in document.sentences():
        for token in sentence:
            cue = verbal_cue(token)
            if cue is None or token.idx in triggers or _not_an_event(token, article):
                continue
            event = _event(token, cue, sentence, article)
            if event is None or event.actor1 is None:
                continue
            key = (event.plover or "", event.actor1.name, event.actor2.name if event.actor2 else None, sentence.start)
            if key not in seen:
                seen.add(key)
                found.append(event)
    return tuple(found)


def _home_country(acled: tuple[Event, ...], places: tuple[PlaceMention, ...]) -> str | None:
    """The country the article reports from: its main event's, else the first place's it names."""
    located = [e.place for e in acled[:1] if e.place is not None] + [m.place for m in places if m.place is not None]
    return next((country_name(p.country) for p in located if p.country), None)


# ---------------------------------------------------------------- cues


def verbal_cue(token: Token) -> lex.VerbalCue | None:
    """The verbal cue ``token`` is (by lemma and part of speech, with the word it needs beside it), if any."""
    lemma, lower = token.lemma_.lower(), token.lower_
    if token.pos_ == "VERB":
        cue = lex.VERB_CUES.get(lemma)
        if cue is not None and cue.needs and not any(c.lower_ in cue.needs for c in token.children):
            return None  # "called" without "on"/"for"; "lashed" without "out"
        return cue
    if token.pos_ in {"NOUN", "PROPN"}:
        cue = lex.NOUN_CUES.get(lower) or lex.NOUN_CUES.get(lemma)
        if cue is not None and lemma == "call" and not _near_words(token, lex.PHONE_WORDS):
            return None  # "a call for calm" is no phone call
        return cue
    return None


def _near_words(token: Token, words: frozenset[str]) -> bool:
    doc = token.doc
    window = doc[max(token.i - 2, 0) : token.i + 3]
    return any(t.lower_ in words for t in window)


def _not_an_event(token: Token, article: _Article) -> bool:
    """Quoted words, negated or hypothetical cues ("did not meet", "plans to visit", "could sanction")."""
    if inside_any(Span(token.idx, token.idx + len(token)), article.quoted):
        return True
    head = token
    for _ in range(MAX_CLIMB):
        if any(c.dep_ == "neg" for c in head.children):
            return True
        if any(c.dep_ == "aux" and c.lemma_.lower() in lex.IRREALIS_HEADS for c in head.children):
            return True
        if head is not token and head.lemma_.lower() in lex.IRREALIS_HEADS:
            return True
        if head.head.i == head.i or head.dep_ not in {"xcomp", "dobj", "pobj", "prep", "aux", "ccomp", "nsubj"}:
            break
        head = head.head
    return False


# ---------------------------------------------------------------- assembling


def _event(token: Token, cue: lex.VerbalCue, sentence: SpacySpan, article: _Article) -> Event | None:
    governor = _governor(token, cue)
    if token.pos_ != "VERB" and governor is None and (cue.plover != "CONSULT" or _possessor(token) is None):
        return None  # "the talks" alone, "came to her aid": no one named doing it ("his visit" is one)
    source = _source(token, governor, sentence, article)
    if source is None and governor is not None and governor.lemma_.lower() == "host":
        side = _talks_party(token)  # "Nairobi hosted talks between Somalia and Jubaland": the sides held them
        source = _party(side, sentence, article) if side is not None else None
    target_token = _target(token, governor)
    target = _party(target_token, sentence, article) if target_token is not None else None
    together = _met_together(token, governor, cue) if target is None else None
    if together is not None:
        target_token, target = together, _party(together, sentence, article)
    subject = _subject(governor if governor is not None else token) if cue.plover == "CONSULT" else None
    if target is None and subject is not None:  # "Kenyan and Ugandan officials met": the second state
        target = next(iter(_states_of_adjectives(subject, article)[1:]), None)
    if source is not None and target is not None and source.name == target.name:
        target = None
    if target is None:
        target = _violence_target(cue, target_token, sentence, article)
    sides = _joined_modifier([subject, *_origins(subject)]) if subject is not None and cue.plover == "CONSULT" else None
    held = any(t is not None for t in (governor, together, sides))
    if cue.needs_target and target is None and not (cue.plover == "CONSULT" and held):
        return None  # a meeting needs whom it was with, but talks a verb tells were held, or two sides that met
        # ("delegations from Sudan and South Sudan met", the second side a name the coder cannot code), stand on
        # their own
    trigger = Span(token.idx, token.idx + len(token))
    resolved, date_span = _date(trigger, sentence, article)
    place, place_span = _place(token, governor, cue, target_token, sentence, article)
    return Event(
        event_type="none",
        sub_event_type="none",
        trigger=trigger,
        sentence=Span(sentence.start_char, sentence.end_char),
        provenance=Provenance("verbal_events", VERSION, rule=f"{cue.plover.lower()}-{token.pos_.lower()}", score=SCORE),
        plover=cue.plover,
        date=resolved,
        date_span=date_span,
        place=place.place if place is not None else None,
        place_span=place_span,
        actor1=source,
        actor2=target,
        plover_mode=_mode(token, cue, governor),
    )


def _governor(token: Token, cue: lex.VerbalCue) -> Token | None:
    """The verb a noun cue reports its event under: "held talks", "imposed sanctions", "sent food aid"."""
    if token.pos_ == "VERB":
        return None
    head, dep = token.head, token.dep_
    if dep == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in SPELLS:
        head, dep = head.head.head, head.head.dep_  # "ended two days of talks", "held a second round of talks"
        dep = "dobj" if dep == "npadvmod" else dep  # "ended a week of talks", parsed as a time
    elif dep == "pobj" and head.dep_ == "prep":
        head = head.head  # "agreed on talks", "in talks with"
    verbs = lex.NOUN_CUE_VERBS.get(cue.plover, frozenset()) | (TALKS_COURSE if cue.plover == "CONSULT" else frozenset())
    if head.pos_ == "VERB" and head.lemma_.lower() in verbs and dep in {"dobj", "pobj", "nsubjpass"}:
        return head
    if cue.plover == "CONSULT" and dep == "nsubj" and head.pos_ == "VERB" and _tells_talks_course(head):
        return head  # "talks between Armenia and Azerbaijan ended in Abu Dhabi", "talks took place in Geneva"
    return None


def _tells_talks_course(verb: Token) -> bool:
    """ "ended", "opened", "took place": a verb that tells talks, its subject, took place."""
    lemma = verb.lemma_.lower()
    return lemma in TALKS_COURSE or (lemma == "take" and any(c.lower_ == "place" for c in verb.children))


def _possessor(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ == "poss"), None)


def _source(token: Token, governor: Token | None, sentence: SpacySpan, article: _Article) -> Actor | None:
    verb = governor if governor is not None else token
    subject = _subject(verb) if verb.pos_ == "VERB" else None
    if subject is not None and subject.i == token.i:  # "talks between X and Y ended", "talks hosted by the UN ended"
        subject = _talks_party(token)
    if subject is None and governor is None:
        subject = _possessor(token)
    party = _party(subject, sentence, article) if subject is not None else None
    if party is None and subject is not None and subject.pos_ in {"NOUN", "PROPN"} and not subject.ent_type_:
        # "negotiators from Serbia and Kosovo met": the delegates speak for the first state they come from
        origin = [o for c in subject.children if c.lower_ in {"of", "from"} for o in c.children if o.dep_ == "pobj"]
        party = _party(origin[0], sentence, article) if origin else None
        owner = next((c for o in origin[:1] for c in o.children if c.dep_ == "poss"), None)
        if party is None and owner is not None:  # "the leaders of Cyprus' two communities": Cyprus's
            party = _party(owner, sentence, article)
    states = _states_of_adjectives(subject, article) if subject is not None else []
    if states and (party is None or party.span == states[0].span):  # "Azerbaijani" read as a name: Azerbaijan
        party = states[0]
    return party


def _states_of_adjectives(delegates: Token, article: _Article) -> list[Actor]:
    """ "Kenyan and Ugandan officials", "Rival Libyan delegations": the states that the adjectives of people who
    speak for states name, in order (the parser may tag no entity on them)."""
    if delegates.lemma_.lower() not in OFFICIAL_HEADS and delegates.lower_ not in OFFICIAL_HEADS | DELEGATES:
        return []
    states: list[Actor] = []
    for modifier in delegates.children:
        if modifier.dep_ not in {"amod", "compound", "nmod"}:
            continue
        for word in (modifier, *(c for c in modifier.children if c.dep_ == "conj")):
            place = article.gazetteer.adjective(word.text) if word.text[:1].isupper() else None
            name = country_name(place.country) if place is not None and place.kind is PlaceKind.COUNTRY else None
            if name is not None and all(s.name != name for s in states):
                span = Span(word.idx, word.idx + len(word))
                states.append(Actor(name, span, name, sector="government", kind="state"))
    return states


def _talks_party(talks: Token) -> Token | None:
    """Who held talks named as a subject: the first side "between" or "of" them, else their host or mediator
    ("talks hosted by the United Nations", "talks mediated by Qatar")."""
    for child in talks.children:
        if child.dep_ == "prep" and child.lower_ in {"between", "among", "of"}:
            side = _object_of(child)
            if side is not None:
                return side
    for child in talks.children:
        if child.dep_ == "acl":
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            if agent is not None:
                return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return None


def _subject(verb: Token) -> Token | None:
    """Who does what the verb says: its subject, the agent of a passive ("was condemned by the UN"; a passive
    without one names nobody: "he is accused of"), or the subject of the verb it is conjoined with or
    complements ("met and discussed", "went on to visit"), or that a participle hangs from ("..., saying")."""
    head = verb
    for _ in range(MAX_CLIMB):
        for child in head.children:
            if child.dep_ == "agent":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
        if _passive(head):
            return None
        subject = next((c for c in head.children if c.dep_ in {"nsubj", "csubj"}), None)
        if subject is not None:
            return subject
        shares_subject = head.dep_ in {"conj", "xcomp"} or (head.dep_ == "advcl" and head.tag_ == "VBG")
        if not shares_subject or head.head.i == head.i:
            return None
        head = head.head
    return None


def _passive(verb: Token) -> bool:
    """ "is accused", "accused of killing" (a participle modifying a noun): the subject is the target."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return True
    return verb.tag_ == "VBN" and verb.dep_ in {"acl", "amod"}


def _target(token: Token, governor: Token | None) -> Token | None:
    """Whom the cue is with, to or against: its object, or the object of "with", "to", "on", "against"."""
    for word in (token, governor):
        if word is None:
            continue
        for child in word.children:
            if child.dep_ in {"dobj", "nsubjpass"} and word.pos_ == "VERB" and child.i != token.i:
                return child
            if child.dep_ == "prep" and child.lower_ in TARGET_PREPOSITIONS:
                obj = _object_of(child)
                if obj is not None and obj.ent_type_ not in {"DATE", "TIME"}:  # "on Wednesday" is no party
                    return obj
    return None


def _met_together(token: Token, governor: Token | None, cue: lex.VerbalCue) -> Token | None:
    """ "Lavrov and Blinken met": the second of the subjects a meeting joins is whom the first met; "the foreign
    ministers of Russia and Ukraine met", "negotiators from Serbia and Kosovo met": the second of the states they
    speak for."""
    if cue.plover != "CONSULT":
        return None
    subject = _subject(governor if governor is not None else token)
    if subject is None:
        return None
    joined = next((c for c in subject.children if c.dep_ == "conj"), None)
    if joined is not None or subject.ent_type_:
        return joined
    states = [o for c in subject.children if c.lower_ in {"of", "from"} for o in c.children if o.dep_ == "pobj"]
    return next((c for s in states for c in s.children if c.dep_ == "conj"), None)


def _origins(subject: Token) -> list[Token]:
    """The nouns "of" or "from" a subject names its people by ("the leaders of the two communities")."""
    return [o for c in subject.children if c.lower_ in {"of", "from"} for o in c.children if o.dep_ == "pobj"]


def _joined_modifier(nouns: list[Token]) -> Token | None:
    """ "the leaders of the Greek Cypriot and Turkish Cypriot communities met", "Israeli and Palestinian negotiators
    met": the second of the coordinated modifiers of the plural that met, the other side."""
    for noun in nouns:
        if noun.tag_ not in {"NNS", "NNPS"}:
            continue
        for modifier in noun.children:
            if modifier.dep_ in {"amod", "compound", "nmod"} and modifier.i < noun.i:
                joined = next((c for c in modifier.children if c.dep_ == "conj"), None)
                if joined is not None:
                    return joined
    return None


def _object_of(preposition: Token) -> Token | None:
    """The object of a preposition; for "with Zelenskyy focusing on ...", parsed as a clause, its subject."""
    for child in preposition.children:
        if child.dep_ == "pobj":
            return child
        if child.dep_ == "pcomp":
            return next((c for c in child.children if c.dep_ == "nsubj"), None)
    return None


def _party(token: Token | None, sentence: SpacySpan, article: _Article) -> Actor | None:
    """The actor a token names: a person by their full name, a pronoun by the person it stands for, a state,
    an organisation or a known group as analysts code it."""
    if token is None:
        return None
    if token.pos_ == "PRON":
        return _pronoun(token, sentence, article)
    return article.coder.actor(token, article.people)


def _pronoun(token: Token, sentence: SpacySpan, article: _Article) -> Actor | None:
    """ "he", "his", "she", "her": the speaker of the sentence's quote, else the person the sentence's subject
    names after it ("on his first visit ..., Guterres toured"), else the nearest person named before."""
    if token.lower_ not in {"he", "his", "him", "she", "her", "hers"}:
        return None
    for quote in article.quotes:
        speaker = quote.speaker
        in_sentence = quote.cue is not None and sentence.start_char <= quote.cue.start < sentence.end_char
        if in_sentence and speaker is not None and speaker.span is not None and speaker.span.start == token.idx:
            return article.coder.person(speaker.name, speaker.title, speaker.span)
    for mention in article.people.after(token.idx):
        if mention.span.start >= sentence.end_char:
            break
        if mention.is_subject:
            return article.coder.person_mention(mention, article.people)
    for mention in article.people.before(token.idx):
        if mention.is_head:
            return article.coder.person_mention(mention, article.people)
    return None


def _violence_target(cue: lex.VerbalCue, target: Token | None, sentence: SpacySpan, article: _Article) -> Actor | None:
    """Whom a condemnation of the violence is against: the perpetrator of the article's violent event, when
    the object is that violence ("denouncing it", "condemned the strikes") or the statement speaks of it."""
    if cue.plover not in {"ACCUSE", "REJECT", "THREATEN", "REQUEST", "SANCTION"}:
        return None
    violent = next((e for e in article.acled if e.actor1 is not None and e.event_type != "none"), None)
    if violent is None:
        return None
    words = {t.lower_ for t in sentence}
    about = target is not None and target.lower_ in lex.VIOLENCE_REFERENCES
    if about or (target is None and words & lex.VIOLENCE_WORDS and cue.plover == "ACCUSE"):
        return violent.actor1
    return None


def _mode(token: Token, cue: lex.VerbalCue, governor: Token | None) -> str | None:
    words = {t.lower_ for t in token.subtree} | {t.lower_ for t in token.children}
    if cue.plover == "AID":
        return next((lex.AID_MODES[w] for w in words if w in lex.AID_MODES), None)
    if cue.plover == "SANCTION" and words & lex.DIPLOMATIC_WORDS:
        return "diplomatic"
    if cue.plover == "THREATEN":
        return "force" if words & lex.FORCE_WORDS else "non-force"
    if cue.plover == "CONSULT" and cue.mode == "meet" and _near_words(token, lex.PHONE_WORDS):
        return "phone"
    return cue.mode


# ---------------------------------------------------------------- date and place


def _date(trigger: Span, sentence: SpacySpan, article: _Article) -> tuple[ResolvedDate | None, Span | None]:
    """The date of the cue's own clause in its sentence (not a quotation's), else the publication day."""
    own = [
        m
        for m in _within(article.dates, sentence)
        if m.resolved is not None
        and m.resolved.granularity is Granularity.DAY
        and not inside_any(m.span, article.quoted)
        and dates_the_trigger(article.doc, m.span, trigger)
        and _in_the_cue_clause(article.doc, m.span, trigger)
    ]
    if own:
        nearest = min(own, key=lambda m: abs(m.span.start - trigger.start))
        return nearest.resolved, nearest.span
    if article.published is None:
        return None, None
    return ResolvedDate(article.published.isoformat(), Granularity.DAY), None


def _in_the_cue_clause(doc: Doc, span: Span, trigger: Span) -> bool:
    """Whether the first verb above a date governs the cue: not "since Russia launched an invasion on Feb. 24",
    a clause under the cue "visit" that dates another event."""
    chars = doc.char_span(span.start, span.end, alignment_mode="expand")
    cue = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if chars is None or cue is None or not len(chars) or not len(cue):
        return True
    verb = chars.root.head
    for _ in range(MAX_CLIMB * 4):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.i != cue.root.i and any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children):
        return False  # "since Russia launched ... on Feb. 24": a starting point, whatever the parse hangs on it
    target = cue.root
    if verb.dep_ in {"relcl", "acl"} and verb.head.i == target.i:
        return True  # "two days of talks in Quito that ended Thursday": the talks' own clause tells their day
    return verb.i == target.i or any(a.i == verb.i for a in target.ancestors)


def _place(
    token: Token,
    governor: Token | None,
    cue: lex.VerbalCue,
    target: Token | None,
    sentence: SpacySpan,
    article: _Article,
) -> tuple[PlaceMention | None, Span | None]:
    """Where: for a meeting, its venue in its own sentence (``resolve.venues``); a place "in"/"at" the cue's clause;
    a visited place; else for a meeting the venue the article names elsewhere, else the lead's town."""
    own = Span(sentence.start_char, sentence.end_char)
    held = venue_of(article.venues, [own]) if cue.plover == "CONSULT" else None
    if held is not None and own.start <= held.span.start < own.end:
        return held, held.span
    anchors = {t.i for t in (token, governor, target) if t is not None}
    mentions = [m for m in _within(article.places, sentence) if m.place is not None]
    for mention in mentions:
        if _placed_by(article.doc, mention.span, anchors):
            return mention, mention.span
    if cue.plover != "CONSULT":
        return None, None
    if target is not None and cue.mode == "visit":  # a country met with is a party, not where talks were held
        visited = next((m for m in mentions if m.span.start <= target.idx < m.span.end), None)
        if visited is not None:
            return visited, visited.span
    if held is not None:
        return held, held.span
    lead = _lead_town(article)
    return (lead, lead.span) if lead is not None else (None, None)


def _placed_by(doc: Doc, span: Span, anchors: set[int]) -> bool:
    chars = doc.char_span(span.start, span.end, alignment_mode="expand")
    if chars is None or not len(chars):
        return False
    root = chars.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.dep_ == "pobj":
        root = root.head.head  # "in the Turkish resort of Antalya", "at the port city of Aden"
    preposition = root.head
    held = preposition.head
    if held.lemma_.lower() in SPELLS and held.dep_ == "pobj" and held.head.dep_ == "prep":
        held = held.head.head  # "met for three hours in Brasilia", "talks for a second day in Doha"
    return (
        root.dep_ == "pobj"
        and preposition.lower_ in PLACE_PREPOSITIONS
        and (preposition.head.i in anchors or held.i in anchors or root.i in anchors)
    )


def _lead_town(article: _Article) -> PlaceMention | None:
    starts = article.sentence_starts
    end = starts[LEAD_SENTENCES] if len(starts) > LEAD_SENTENCES else len(article.coder.text)
    return next(
        (m for m in article.places if m.span.start < end and m.place is not None and m.place.kind in TOWN_KINDS),
        None,
    )


def _within(mentions: Iterable[M], sentence: SpacySpan) -> list[M]:
    return [m for m in mentions if sentence.start_char <= m.span.start < sentence.end_char]
