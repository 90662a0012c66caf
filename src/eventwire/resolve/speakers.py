"""Speakers: the phrase a quote's sentence uses for its source, resolved to a name within the article.

- "Guterres" -> the fullest form of that name in the article ("Antonio Guterres");
- "he" / "she" -> the nearest person before: a person named outside quotation marks, heading its noun
  phrase, or the speaker of an earlier quote ("The regional governor said ... '...,' he told reporters");
- "it", "they" -> the nearest organisation or group that spoke just before ("The ministry said ... It
  added ...", "Police said ... They added ..."); "we", "I" and an unresolvable pronoun -> no speaker
  (``speaker: null``: nobody is named);
- "the mayor", "the Russian leader" -> the person this article names with that title, before the
  description or (a description that introduces its person) after it; else the nearest person named
  earlier in the same sentence; else the description as written;
- "the force", "a local militia leader" -> the organisation or person the article names with it, before or
  after, in apposition ("The Asayish, the internal security force of ...") or by a relative clause of leading
  ("Babagana Ali, who heads the militia in Dikwa"); "a local rights group" in a lead -> the non-state body the
  next source names ("The Darfur Victims Network said ...");
- "the U.N. agency", "The group", "the charity" -> the body the lead sentence names ("looted a World Food Programme
  warehouse ..., the U.N. agency said"), the named body that spoke just before (of no other kind, not a person
  the article titles), or, in the lead, the next source named with that kind ("the party said ... The Patriots
  for Renewal party said"); pronouns that stood for the description take the name with it;
- "..., said a trader. Amina Okello, 34, said ..." and "A witness said ... The witness, Hassan Ali, said" -> the
  name given next; "Suriya" -> "Suriya Kongpan" (a given name alone, when nobody has it as a surname);
- "a close aide to the U.N. chief", "a spokesman for the ministry" -> the description as written, with
  the person or body it speaks for as the speaker's principal.

No coreference model: rules over the parse and the article's names (``people.py``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from eventwire.lexicon.outlets import OUTLET_NAMES
from eventwire.lexicon.roles import (
    BODY_KINDS,
    BODY_NAME_WORDS,
    HONORIFICS,
    ISSUED_TEXTS,
    REFLEXIVES,
    ROLE_NOUNS,
    SELF_NAMING_VERBS,
    names_a_body,
    without_honorifics,
)
from eventwire.model import Provenance, QuoteCandidate, QuoteMention, SourceMention, Span, Speaker
from eventwire.pipeline import PARSE, QUOTATIONS, QUOTE_MENTIONS, QUOTES, SENTENCES, Document, register
from eventwire.resolve.named_roles import BODY_HEADS, LEADER_NOUNS, LEADING_VERBS, proper_name, tied_name
from eventwire.resolve.people import ORGANISATION_WORDS, People, PersonMention, surname_key

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

STAGE = "quotes"
VERSION = "3"

_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_PRONOUN_GENDERS = {"he": "male", "him": "male", "she": "female", "her": "female"}
_BODY_PRONOUNS = frozenset({"it", "they", "them"})
_OTHER_PRONOUNS = frozenset({"i", "we", "you", "us", "me"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_DEFINITE = frozenset({"the", "his", "her", "its", "their"})
_PRINCIPAL_PREPOSITIONS = frozenset({"to", "for"})
_COUNTRY_LABELS = frozenset({"NORP", "GPE"})
_SINGULAR = frozenset({"NN", "NNP"})  # a plural role ("the senators") stands for no one person
# Verbs by which a body puts out a text: "a list released by the police", "a statement issued by the Red Crescent".
_ISSUING_VERBS = frozenset({"release", "issue", "publish", "circulate", "distribute", "put"})
_CROWDS = frozenset({"witnesses", "eyewitnesses", "residents", "sources", "people", "survivors", "relatives",
                     "families", "neighbours", "neighbors", "locals", "villagers", "passengers", "onlookers",
                     "bystanders", "protesters", "demonstrators"})  # fmt: skip
_BODY_NOUNS = frozenset({"company", "firm", "corporation", "utility", "carmaker", "automaker", "airline", "charity",
                         "organisation", "organization", "group"})  # fmt: skip
# Kinds of non-state bodies a lead names before the body's name ("a local rights group", "an aid organisation").
_NAMED_BODIES = (_BODY_NOUNS | {"network", "coalition", "alliance", "watchdog", "monitor", "observatory", "ngo",
                                "association", "union"}) - {"company", "firm", "corporation"}  # fmt: skip
# Last words of a state body's name, which a "rights group" or "aid organisation" is not.
_STATE_BODIES = frozenset({"ministry", "department", "government", "police", "army", "military", "administration",
                           "office", "presidency", "embassy", "court", "parliament", "forces", "nations",
                           "command"})  # fmt: skip
_RELIGIOUS_BODIES = frozenset({"order", "congregation", "diocese", "church", "parish"})
_ANY_BODY = BODY_KINDS | _BODY_NOUNS | _NAMED_BODIES  # heads of a body's description: "the aid group", "the agency"
_KIND_WORDS = ORGANISATION_WORDS | BODY_KINDS | _STATE_BODIES | BODY_HEADS
_ANY_BODY_KIND = frozenset({"group", "organisation", "organization"})  # a kind any body's name ends in may be called
_BODY_NAMED_WITHIN = 1500  # characters from a body's description to the source that names it
_PREPOSITIONS = frozenset({"to", "for", "of", "from", "at", "in", "with", "on"})
_RELATIVES = frozenset({"who", "whose", "that", "which"})  # "a paediatrician who has led ...": the role ends there
_ANY_ROLE = frozenset({"official", "source"})  # "the official" stands for any unnamed office-holder named before
# Heads of a group's description that a name before them names ("the FLNKS movement").
_NAMED_GROUPS = frozenset({"group", "cartel", "movement", "militia", "force", "party", "front", "coalition", "alliance",
                           "network", "union", "faction", "organisation", "organization", "gang"})  # fmt: skip
_OUTLET_KINDS = frozenset({"agency", "television", "channel", "broadcaster", "station", "radio"})
_NOT_BODY_NAMES = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "CARDINAL", "ORDINAL"})
_NAME_JOINS = frozenset({"of", "de", "du", "des", "la", "le", "el", "the", "for", "and"})  # inside a body's name
_PRONOUN_REACH = 1500  # characters a pronoun looks back for its person
_BODY_REACH = 600  # characters "it" looks back for the organisation that spoke
_TITLE_REACH = 2500  # characters a description looks for the person with its title
_TIED_AFTER = 1000  # characters after a description in which the article may name who it stands for


@dataclass(frozen=True, slots=True)
class _Resolution:
    name: str
    name_span: Span | None
    rule: str
    is_person: bool = True
    principal: tuple[str, Span | None] | None = None


@dataclass(slots=True)
class _Article:
    """What speakers are resolved against: the text, its parse, its people, the quoted stretches, the
    sentence starts, and the speakers resolved so far (by where their mention ends)."""

    text: str
    doc: Doc
    people: People
    quoted: list[Span]
    sentence_starts: list[int]
    spoken: list[tuple[int, _Resolution]] = field(default_factory=list)
    phrases: dict[int, str] = field(default_factory=dict)  # the source phrase of each speaker, by where it ends

    def sentence_start(self, position: int) -> int:
        index = bisect_right(self.sentence_starts, position) - 1
        return self.sentence_starts[index] if index >= 0 else 0

    def is_quoted(self, span: Span) -> bool:
        index = bisect_right(self.quoted, Span(span.start, len(self.text))) - 1
        return index >= 0 and self.quoted[index].contains(span)


@register(QUOTES, version=VERSION, requires=(PARSE, SENTENCES, QUOTATIONS, QUOTE_MENTIONS))
def quotes(document: Document) -> tuple[QuoteMention, ...]:
    """The article's quotes with their speakers resolved to names (kept as written when a description
    names nobody more precisely; null when nobody is named)."""
    candidates = document.get(QUOTE_MENTIONS)
    named_sources = [c.source.name for c in candidates if c.source is not None and c.source.name is not None]
    article = _Article(
        document.text,
        document.doc,
        People.of_document(document.doc, named_sources),
        sorted(r.span for r in document.get(QUOTATIONS)),
        [sentence.start_char for sentence in document.sentences()],
    )
    speakers: dict[int, tuple[Speaker | None, str]] = {}
    order = sorted(range(len(candidates)), key=lambda i: _source_position(candidates[i]))
    for index in order:
        speakers[index] = _speaker(candidates[index], article)
    _named_later(order, speakers, article.text)
    _body_named_next(order, speakers, article)
    _person_named_next(order, speakers, article)
    _named_in_next_sentence(order, speakers, article)
    _bodies_named_near(order, speakers, article)
    _bodies_spoken_before(order, speakers, article)
    _in_full(speakers, article.text)
    return tuple(_quote(c, *speakers[i]) for i, c in enumerate(candidates))


# Initials a body's full name is given with: "the National Front for the Defence of the Constitution (FNDC)",
# "the Kenya Human Rights Commission, or KHRC,", "... Commission, known as KHRC".
_INITIALS_GIVEN = re.compile(
    r"(?:\s*\(|,? or |,? known as |,? better known as )(?P<initials>[A-Z][A-Za-z]?[A-Z]{1,6})\b\)?"
)
_NAME_WORD = re.compile(r"[A-Z][\w'\u2019.&-]*|of|for|the|and|de|du|des|la|le|el|on|in|against")


def is_initials(name: str) -> bool:
    """A name written as initials: "FNDC", "KHRC", "SAME" (two to eight capitals, maybe one small letter)."""
    letters = name.replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and sum(c.isupper() for c in letters) >= len(letters) - 1


def full_names(text: str) -> dict[str, Span]:
    """The full name the article gives each body's initials with, by the initials: a run of capitalised words
    (with "of", "for", "the" inside) right before "(FNDC)", ", or FNDC," or ", known as FNDC", whose words'
    initials are the same letters (in any order, one word more or less: a name translated from French,
    "National Front for the Defence of the Constitution" for "FNDC", keeps its letters, not their order)."""
    found: dict[str, Span] = {}
    for match in _INITIALS_GIVEN.finditer(text):
        initials = match.group("initials")
        if initials in found or not is_initials(initials):
            continue
        words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[max(0, match.start() - 200) : match.start()])]
        offset = max(0, match.start() - 200)
        run: list[tuple[int, int]] = []
        for start, end in reversed(words):
            word = text[offset + start : offset + end]
            if not _NAME_WORD.fullmatch(word) or (run and word.endswith((",", ";"))):
                break
            run.insert(0, (offset + start, offset + end))
        want = Counter(c for c in initials.upper() if c.isalpha())
        fits = []  # (words more than the initials, start): the name whose words' initials are the letters
        for first in range(len(run) - 1):
            names = [text[a:b] for a, b in run[first:]]
            if not names[0][:1].isupper() or names[0].lower() == "the":
                continue
            capitals = Counter(w[0] for name in names if name[:1].isupper() for w in name.split("-") if w[:1].isupper())
            if want <= capitals and sum(capitals.values()) - sum(want.values()) <= 1:
                fits.append((sum(capitals.values()) - sum(want.values()), first))
        if fits:
            first = min(fits)[1]
            found[initials] = Span(run[first][0], run[-1][1])
    return found


def _in_full(speakers: dict[int, tuple[Speaker | None, str]], text: str) -> None:
    """A body the article spells out is named as it is first cited: when one of its quotes is given to its full
    name or to a description of it ("..., a rights group said. ... the National Committee for ... (CNLD) said"),
    the quotes given to its initials take the full name too ("the CNLD said" -> "National Committee for ..."); when
    every quote of it is given to its initials ("The BRN said"), the initials are its name."""
    full = full_names(text)
    named = {span.text_of(text): initials for initials, span in full.items()}
    cited: set[str] = set()
    for speaker, rule in speakers.values():
        if speaker is None or speaker.span is None or rule.startswith("pronoun"):
            continue
        if speaker.name in named:
            cited.add(named[speaker.name])
        elif speaker.name in full and speaker.name not in speaker.span.text_of(text):
            cited.add(speaker.name)  # "the movement said": a description the initials named
    for index, (speaker, rule) in speakers.items():
        if speaker is not None and speaker.name in cited:
            span = full[speaker.name]
            speakers[index] = (replace(speaker, name=span.text_of(text), name_span=span), rule)


def _named_later(order: list[int], speakers: dict[int, tuple[Speaker | None, str]], text: str) -> None:
    """An unnamed source that the article names at its next mention: "..., a spokesman for the provincial police
    said. '...,' the spokesman, Mohammad Karimi, said" (wire copy introduces a source by role, then by name). The
    earlier quotes whose source is "a spokesman ..." take the name of the first later source "the spokesman, NAME"
    (or "spokesman NAME"), when no other source of that role comes between."""
    for position, index in enumerate(order):
        speaker, rule = speakers[index]
        if speaker is None or rule != "description" or speaker.span is None:
            continue
        words = _introducing_words(speaker.span.text_of(text).lower())
        if len(words) < 2 or words[0] not in ("a", "an"):
            continue
        cut = next((i for i, w in enumerate(words) if w in _PREPOSITIONS or w in _RELATIVES), len(words))
        role = words[cut - 1].strip(",")
        if role not in ROLE_NOUNS:
            continue
        for later in order[position + 1 :]:
            other, other_rule = speakers[later]
            if other is None or other.span is None:
                continue
            phrase = other.span.text_of(text).lower().replace(",", " ").split()
            if role not in phrase:
                continue
            if (
                other.name_span is None
                and other.name == speaker.name
                and other_rule in ("description-earlier", "description")
            ):
                continue  # "the spokesman said", "according to a local chief, who said": the same unnamed source
            named_there = other_rule == "name" or (other_rule == "title" and phrase[0] == "the")  # "the witness"
            if other.name_span is not None and named_there and phrase[0] in ("the", role):
                named = replace(speaker, name=other.name, name_span=other.name_span)
                speakers[index] = (named, "named-later")
                _pronouns_named(order[position + 1 :], speakers, speaker, named, later)
            break


def _introducing_words(phrase: str) -> list[str]:
    """The words of a description that introduce a person: "a paediatrician who ..." for "one of the organisers, a
    paediatrician who ..." (the role in apposition to "one of ...")."""
    words = phrase.split()
    if not words or words[0] in ("a", "an"):
        return words
    for article in (", a ", ", an "):
        if article in phrase:
            return ["a", *phrase.split(article, 1)[1].split()]
    return words


def _pronouns_named(
    later: list[int], speakers: dict[int, tuple[Speaker | None, str]], described: Speaker, named: Speaker, stop: int
) -> None:
    """The quotes a pronoun or a shorter role ("the spokesman") gave to ``described`` before the source ``stop``
    that names it take its name too."""
    for index in later:
        if index == stop:
            return
        speaker, rule = speakers[index]
        again = rule in ("pronoun", "description-earlier", "statement")  # "he said", "the spokesman said"
        if speaker is not None and again and speaker.name == described.name and speaker.name_span is None:
            speakers[index] = (replace(speaker, name=named.name, name_span=named.name_span), "named-later")


def _body_named_next(order: list[int], speakers: dict[int, tuple[Speaker | None, str]], article: _Article) -> None:
    """An organisation introduced by what it is and named by the next source: "..., a local rights group said.
    The Darfur Victims Network said on Wednesday ..." (wire copy's lead gives the kind of body, the next paragraph
    its name). The description takes the name when the very next source names an organisation that is not a
    state body (a ministry, the police, an army) and speaks within ``_BODY_NAMED_WITHIN`` characters."""
    for position, index in enumerate(order[:-1]):
        speaker, rule = speakers[index]
        if speaker is None or rule != "description" or speaker.span is None:
            continue
        words = speaker.span.text_of(article.text).lower().split()
        cut = next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))
        first = position == 0  # the lead's source, with no body before it: "the order of sisters", "the aid group"
        if len(words) < 2 or words[0] not in ("a", "an", *(("the",) if first else ())):
            continue
        kind = words[cut - 1].strip(",")
        if kind not in _NAMED_BODIES | _RELIGIOUS_BODIES | BODY_KINDS | (BODY_HEADS - _STATE_BODIES):
            continue
        sharing = _source_sharing_member(order[position + 1 :], speakers, speaker, article)
        other = sharing or _next_named_source(order[position + 1 :], speakers, speaker)
        if other is None or other.span is None:
            continue
        called = other.span.text_of(article.text).lower().replace(",", " ").split()
        called += _entity_words(other.name_span, article.doc)
        organisation = _kindless_organisation(other, article)  # "Minera Cóndor Andino said"
        kindless = is_initials(other.name) or organisation  # "the FNDC said": initials tell no kind
        if kind not in _NAMED_BODIES | _RELIGIOUS_BODIES and kind not in called and not kindless and not sharing:
            continue  # "the party said ... The Patriots for Renewal party said": a kind the name is given with
        name_words = other.name.lower().split()
        if not name_words or name_words[-1] in _STATE_BODIES or not other.name[:1].isalpha():
            continue
        known = article.people.full_name(other.name)
        if not organisation and _is_person_name(other.name, known) and article.people.has_person_signs(other.name):
            continue
        named = replace(speaker, name=other.name, name_span=other.name_span)
        speakers[index] = (named, "named-next")
        _pronouns_named(order[position + 1 :], speakers, speaker, named, -1)


def _kindless_organisation(other: Speaker, article: _Article) -> bool:
    """A name the model labels an organisation that has no kind word of its own ("Minera Cóndor Andino said"), which
    a description of any kind ("the company", "the party") may stand for."""
    if other.name_span is None:
        return False
    words = article.doc.char_span(other.name_span.start, other.name_span.end, alignment_mode="expand")
    if words is None or any(t.ent_type_ != "ORG" for t in words):
        return False
    return not set(other.name.lower().split()) & _KIND_WORDS


def _member_stem(word: str) -> str:
    """A noun of a body's description or name without its possessive or plural ending ("lawyers'" -> "lawyer")."""
    word = word.lower().removesuffix("'s").removesuffix("\u2019s").rstrip("'\u2019")
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _members(phrase: Span, kind: Token, doc: Doc) -> set[str]:
    """The nouns a body's description gives before its kind, who its members are ("doctors'" of "a doctors' group",
    "lawyers'" of "a lawyers' group", "rights" of "a local rights group")."""
    words = doc.char_span(phrase.start, phrase.end, alignment_mode="expand")
    if words is None:
        return set()
    return {
        _member_stem(t.text) for t in words if t.i < kind.i and t.is_alpha and (t.pos_ == "NOUN" or t.tag_ == "NNS")
    } - {""}


def _source_sharing_member(
    later: list[int], speakers: dict[int, tuple[Speaker | None, str]], speaker: Speaker, article: _Article
) -> Speaker | None:
    """The first later source within ``_BODY_NAMED_WITHIN`` characters given by a name that has the description's
    member noun: "..., a doctors' group said. The health ministry said ... The Sudan Doctors Network said" (the
    body is named further on, past other sources)."""
    assert speaker.span is not None
    head = _phrase_head(article.doc, speaker.span)
    members = _members(speaker.span, head, article.doc) if head is not None else set()
    if not members:
        return None
    for index in later:
        other, rule = speakers[index]
        if other is None or other.span is None or other.span.start - speaker.span.end > _BODY_NAMED_WITHIN:
            return None
        if rule == "name" and members & {_member_stem(w) for w in other.name.split()}:
            return other
    return None


def _another(other: Speaker | None, speaker: Speaker) -> bool:
    """A source other than ``speaker`` and than a pronoun that stood for it ("a local leader said ... he said")."""
    return other is not None and other != speaker and not (other.name == speaker.name and other.name_span is None)


def _entity_words(name: Span | None, doc: Doc) -> list[str]:
    """The lower-cased words of the entity the model labels around ``name`` ("The Patriots for Renewal party")."""
    if name is None:
        return []
    words = doc.char_span(name.start, name.end, alignment_mode="expand")
    if words is None or not words[0].ent_type_:
        return []
    return next((e.text.lower().split() for e in doc.ents if e.start <= words[0].i < e.end), [])


def _next_named_source(
    later: list[int], speakers: dict[int, tuple[Speaker | None, str]], speaker: Speaker
) -> Speaker | None:
    """The source after ``speaker`` (the first other speaker in ``later``) when it is given by name and speaks
    within ``_BODY_NAMED_WITHIN`` characters of it; otherwise None."""
    following = next((speakers[i] for i in later if _another(speakers[i][0], speaker)), None)
    if following is None or following[1] != "name":
        return None
    other = following[0]
    assert other is not None and speaker.span is not None
    if other.span is None or other.span.start - speaker.span.end > _BODY_NAMED_WITHIN:
        return None
    return other


# Roles a lead gives for any office-holder, which the next source's office or rank fills ("a local official" ->
# "NAME, deputy governor of ...", "a military spokesman" -> "Brigadier NAME").
_ANY_OFFICE = frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "leader", "source", "officer"})
# Role nouns that are no office: people a lead would not describe as "an official" or "a leader".
_NO_OFFICE = frozenset({"resident", "witness", "survivor", "neighbor", "neighbour", "relative", "mother", "father",
                        "brother", "sister", "son", "daughter", "wife", "husband", "star", "billionaire",
                        "businessman", "businesswoman", "analyst", "expert", "journalist", "reporter", "columnist",
                        "commentator", "economist", "scientist", "researcher", "professor", "correspondent",
                        "host", "pollster", "doctor", "nurse", "candidate", "nominee", "paediatrician",
                        "pediatrician", "physician", "surgeon", "teacher", "schoolteacher", "headteacher", "midwife",
                        "paramedic", "pharmacist", "shopkeeper", "trader", "vendor", "nun", "engineer"})  # fmt: skip


def _person_named_next(order: list[int], speakers: dict[int, tuple[Speaker | None, str]], article: _Article) -> None:
    """A person introduced by role in the lead and named by the next source: "..., a local official said on
    Sunday. ... said Amir Dalal, deputy governor of the region" (wire copy's lead gives the source's role, the next
    paragraph their name and office). Before any named source, a description of one person ("a police
    spokesperson", "the local prefect") takes the name of the very next source when that source is a named person
    whose description shares the role's words, or, for a role any office-holder fills ("an official", "a
    spokesman"), names an office or rank, within ``_BODY_NAMED_WITHIN`` characters."""
    for position, index in enumerate(order[:-1]):
        speaker, rule = speakers[index]
        if speaker is not None and rule == "name":
            return  # past the lead: a source has been named
        if speaker is None or rule != "description" or speaker.span is None:
            continue
        words = [
            w.strip(",").removesuffix("'s").removesuffix("\u2019s")
            for w in speaker.span.text_of(article.text).lower().split()
        ]
        cut = next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))
        introduced = words[0] in ("a", "an", "the") or _owned(speaker.span.text_of(article.text))
        if len(words) < 2 or not introduced or words[cut - 1] not in ROLE_NOUNS:
            continue
        role = words[cut - 1]
        other = _next_named_source(order[position + 1 :], speakers, speaker)
        if other is None or other.span is None or other.name_span is None:
            continue
        name_words = other.name.lower().split()
        if not name_words or name_words[-1] in ORGANISATION_WORDS or "of" in name_words:
            continue  # an organisation's name, not a person's
        named = set(name_words) - ROLE_NOUNS - HONORIFICS  # "Police Chief NAME" keeps its title
        described = {
            w.strip(",.").removesuffix("'s")
            for w in other.span.text_of(article.text).lower().replace(",", " ").split()
            if w not in named
        }
        shared = role in described
        office = role in _ANY_OFFICE and bool(described & (ROLE_NOUNS | HONORIFICS) - _NO_OFFICE)
        if shared or office or (role in LEADER_NOUNS and _leads(other.name_span, article.doc)):
            person = replace(speaker, name=other.name, name_span=other.name_span)
            speakers[index] = (person, "named-next")
            _pronouns_named(order[position + 1 :], speakers, speaker, person, -1)


def _owned(phrase: str) -> bool:
    """A role given with whose it is, as wire copy introduces a person before naming them: "Rwanda's government
    spokeswoman", "Venezuela's defense minister" (one office-holder, like "a spokeswoman for ...")."""
    first = phrase.split(maxsplit=1)[0] if phrase.split() else ""
    return first[:1].isupper() and first.endswith(("'s", "\u2019s")) and len(phrase.split()) > 1


def _leads(name: Span, doc: Doc) -> bool:
    """The person named is given as leading something: "Babakura Kolo, who heads the Civilian Joint Task Force"."""
    words = doc.char_span(name.start, name.end, alignment_mode="expand")
    return words is not None and any(
        c.dep_ == "relcl" and c.lemma_.lower() in LEADING_VERBS and c.i > words.end for c in words.root.children
    )


def _named_in_next_sentence(
    order: list[int], speakers: dict[int, tuple[Speaker | None, str]], article: _Article
) -> None:
    """A person introduced by role and named at the start of the next sentence: '"We lost everything," said a
    trader. Amina Okello, 34, said the fire ...' (wire copy gives the role with the quote, then the name with an
    age or nothing else). The description ("a trader", one person) takes the name when the very next source is
    that name alone (or with an age), in the next sentence, and the article has not named that person before."""
    for position, index in enumerate(order[:-1]):
        speaker, rule = speakers[index]
        if speaker is None or rule != "description" or speaker.span is None:
            continue
        words = speaker.span.text_of(article.text).lower().split()
        cut = next((i for i, w in enumerate(words) if w in _PREPOSITIONS or w in _RELATIVES), len(words))
        introduced = words[0] in ("a", "an") or _owned(speaker.span.text_of(article.text))
        if len(words) < 2 or not introduced or words[cut - 1].strip(",") not in ROLE_NOUNS:
            continue
        later = order[position + 1]
        other, other_rule = speakers[later]
        if other is None or other.span is None or other.name_span is None or other_rule != "name":
            continue
        rest = other.span.text_of(article.text).replace(other.name_span.text_of(article.text), "", 1)
        if rest.strip(" ,").strip() and not rest.strip(" ,").isdigit():
            continue  # "Police spokesman NAME", "NAME, a farmer": someone else, with a role of their own
        next_sentence = article.sentence_start(other.span.start)
        if next_sentence <= speaker.span.start or article.sentence_start(next_sentence - 1) > speaker.span.start:
            continue  # not the sentence right after the description's
        known = article.people.full_name(other.name)
        if known is None or not _is_person_name(other.name, known) or _named_before(other.name, speaker.span, article):
            continue
        named = replace(speaker, name=other.name, name_span=other.name_span)
        speakers[index] = (named, "named-next")
        _pronouns_named(order[position + 1 :], speakers, speaker, named, later)


def _named_before(name: str, position: Span, article: _Article) -> bool:
    key = surname_key(name)
    return any(surname_key(m.name) == key for m in article.people.before(position.start))


def _source_position(candidate: QuoteCandidate) -> int:
    return candidate.source.phrase.start if candidate.source is not None else candidate.span.start


def _quote(candidate: QuoteCandidate, speaker: Speaker | None, rule: str) -> QuoteMention:
    rule = f"{candidate.provenance.rule}+{rule}" if rule else candidate.provenance.rule
    provenance = Provenance(STAGE, VERSION, rule=rule, score=candidate.provenance.score)
    return QuoteMention(candidate.span, speaker, candidate.cue, candidate.kind, provenance)


def _speaker(candidate: QuoteCandidate, article: _Article) -> tuple[Speaker | None, str]:
    """The speaker of ``candidate`` and the rule that resolved it (remembered for later pronouns)."""
    source = candidate.source
    if source is None:
        return None, ""
    resolution = resolve_source(source, article, candidate.span)
    if resolution is None:
        return None, "pronoun-unresolved"
    article.spoken.append((source.phrase.end, resolution))
    article.phrases[source.phrase.end] = source.phrase.text_of(article.text)
    principal, principal_span = resolution.principal or (None, None)
    title = _title(source, article.text, resolution)
    speaker = Speaker(resolution.name, source.phrase, resolution.name_span, title, principal, principal_span)
    return speaker, resolution.rule


def resolve_source(source: SourceMention, article: _Article, content: Span | None = None) -> _Resolution | None:
    """The name behind a source phrase and where that name is written; None when the phrase is a pronoun
    that names nobody the article has named (nor only a name in what the quote, ``content``, reports)."""
    phrase = source.phrase.text_of(article.text)
    lowered = phrase.lower()
    if source.name is not None:
        return _named(source.name, article)
    if lowered in _PERSON_PRONOUNS:
        return _person_before(source.phrase.start, article, _PRONOUN_GENDERS[lowered], content)
    if lowered in _BODY_PRONOUNS:
        return _body_before(source.phrase.start, article)
    if lowered in _OTHER_PRONOUNS:
        return None
    return _described(source, phrase, article)


def _named(name_span: Span, article: _Article) -> _Resolution:
    honorifics, name = without_honorifics(name_span.text_of(article.text))
    if honorifics:
        start = name_span.end - len(name)
        name_span = Span(start, name_span.end)
    full = article.people.full_name(name)
    words = name.split()
    is_person = _is_person_name(name, full)
    given = article.people.by_first_name(name)
    if given is not None:  # "Suriya told a news conference" after "Suriya Kongpan, the head of ..."
        return _Resolution(given.name, given.span, "name")
    if full is not None and is_person and full.name.split()[-len(words) :] == words:
        return _Resolution(full.name, full.span, "name")
    return _Resolution(name, name_span, "name", is_person=is_person)


def _is_person_name(name: str, known: PersonMention | None) -> bool:
    """A name that is a person's: one the article names as a person, not an organisation's."""
    words = name.lower().split()
    return known is not None and bool(words) and words[-1] not in ORGANISATION_WORDS and "of" not in words


def _person_before(position: int, article: _Article, gender: str, content: Span | None = None) -> _Resolution | None:
    """ "he", "she": the nearest person named before, or the nearest earlier speaker who is a person, passing
    over those the article's titles say are of the other gender ("Mrs", "spokesman") and those named in what the
    pronoun's quote reports ("Five soldiers were flown to Cotonou, he said": the speaker is the one who spoke
    before, not a name in his own words)."""
    mention = _nearest_person(article, position, _PRONOUN_REACH, gender, prefer_subject=True, outside=content)
    spoken = _nearest_spoken(article, position, _PRONOUN_REACH, person=True, gender=gender)
    if spoken is not None and (mention is None or spoken[0] > mention.span.end):
        resolution = spoken[1]
        return _Resolution(resolution.name, resolution.name_span, "pronoun", principal=resolution.principal)
    if mention is None:
        return None
    return _from_person(mention, "pronoun", article.people)


def _body_before(position: int, article: _Article) -> _Resolution | None:
    """ "it said", "they said": the organisation or group that spoke last, close before."""
    spoken = _nearest_spoken(article, position, _BODY_REACH, person=False)
    if spoken is None:
        return _subject_before(position, article)
    return _Resolution(spoken[1].name, spoken[1].name_span, "pronoun", is_person=False)


def _subject_before(position: int, article: _Article) -> _Resolution | None:
    """ "Al Shabaab ... did not claim the blast. On its radio station it said ...": with no body that spoke before,
    "it" is the organisation the sentence before, in its paragraph, is about (its main verb's subject, an organisation
    or described as a group in apposition)."""
    start = article.sentence_start(position)
    if start == 0:
        return None
    before = article.doc.char_span(article.sentence_start(start - 1), start, alignment_mode="contract")
    if before is None or "\n\n" in article.text[before.start_char : start]:
        return None
    roots = [t for t in before if t.dep_ == "ROOT"]
    subjects = [c for r in roots[:1] for c in r.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].pos_ != "PROPN":
        return None
    subject = subjects[0]
    described = any(c.dep_ == "appos" and c.lemma_.lower() in _NAMED_GROUPS | _BODY_NOUNS for c in subject.children)
    if subject.ent_type_ != "ORG" and not described:  # "Al Shabaab, the al Qaeda-linked group,"
        return None
    name = proper_name(subject)
    return _Resolution(name.text_of(article.text), name, "pronoun-subject", is_person=False)


def _nearest_spoken(
    article: _Article, position: int, reach: int, person: bool, gender: str | None = None
) -> tuple[int, _Resolution] | None:
    for end, resolution in reversed(article.spoken):
        if position - end > reach:
            return None
        if end <= position and resolution.is_person == person and _may_be(resolution.name, gender, article):
            return end, resolution
    return None


def _may_be(name: str, gender: str | None, article: _Article) -> bool:
    """Nothing in the article says the person called ``name`` is not of ``gender``."""
    known = article.people.gender(name)
    return gender is None or known is None or known == gender


def _described(source: SourceMention, phrase: str, article: _Article) -> _Resolution:
    """A description: the titled person it stands for, or as written, with whom it speaks for."""
    head = _phrase_head(article.doc, source.phrase)
    principal = None if head is None else _principal(head, source.phrase, article)
    words = phrase.lower().split()
    named = None if head is None or head.lemma_.lower() not in ISSUED_TEXTS else _issuer_named(head, source.phrase)
    if named is not None:  # "according to a statement from its foreign ministry"
        return _Resolution(named.text_of(article.text), named, "statement", is_person=False)
    own = None if head is None else _own_name(head, source.phrase) or _name_before_kind(head, source.phrase)
    if own is not None:  # "the pro-independence FLNKS movement", "the Iran-backed Hezbollah group"
        return _Resolution(own.text_of(article.text), own, "body-name", is_person=False)
    styled = None if head is None else _self_styled(head)
    if styled is not None:  # "a separatist commander who calls himself General Mbeki"
        return _Resolution(styled.text_of(article.text), styled, "self-styled", principal=principal)
    if head is not None and head.lemma_.lower() in ISSUED_TEXTS and words[0] in _DEFINITE:
        issuer = _nearest_spoken(article, source.phrase.start, _BODY_REACH, person=False)
        if issuer is not None and issuer[1].name_span is None and _is_a_crowd(issuer[1].name):
            issuer = None
        if issuer is None:  # a named person may issue one, but witnesses or residents issue no statement
            person = _nearest_spoken(article, source.phrase.start, _BODY_REACH, person=True)
            issuer = person if person is not None and person[1].name_span is not None else None
        if issuer is not None:  # "In a statement, the council said ... The statement said ..."
            return replace(issuer[1], rule="statement")
    if head is not None and head.lemma_.lower() in _BODY_NOUNS and head.tag_ in _SINGULAR and words[0] == "the":
        body = _named_body_before(source.phrase.start, article) if len(words) == 2 else None
        if body is not None:  # "Eskom said ... the company said"
            return replace(body, rule="description-body", is_person=False)
    named_body = None if head is None else _body_named_in_full(head, source.phrase, article)
    if named_body is not None:  # "the state emergency agency" for "the Borno State Emergency Management Agency"
        return _Resolution(named_body.text_of(article.text), named_body, "body-named", is_person=False)
    kind = head.lemma_.lower() if head is not None and head.tag_ in _SINGULAR else ""
    if kind in BODY_KINDS and len(words) == 2 and words[0] == "the":
        body = _named_body_before(source.phrase.start, article, kind)
        if body is not None:  # "the Forces Vives opposition coalition said ... the coalition said"
            return replace(body, rule="description-body", is_person=False)
    if head is not None and (kind in BODY_KINDS or kind in _BODY_NOUNS) and len(words) == 2 and words[0] == "the":
        later = _kind_named_after(head, source.phrase, article)
        if later is not None:  # "..., the charity said. ... head of the charity Medical Aid Without Borders"
            return _Resolution(later.text_of(article.text), later, "body-named", is_person=False)
    named_in = _capitalised_run(phrase) > 1  # "The Islamic State group": a name of its own, no antecedent's
    if (
        head is not None
        and kind in _ANY_BODY
        and words[0] == "the"
        and head.lemma_.lower() not in ROLE_NOUNS
        and not named_in
    ):
        antecedent = _body_antecedent(kind, source.phrase, article)
        if antecedent is not None:  # "Armed men looted a World Food Programme warehouse ..., the U.N. agency said"
            return antecedent
    role = head is not None and head.lemma_.lower() in ROLE_NOUNS and head.tag_ in _SINGULAR
    in_apposition = head is not None and any(  # "one of the organisers, a paediatrician who ..."
        c.dep_ == "appos" and c.lemma_.lower() in ROLE_NOUNS and c.tag_ in _SINGULAR for c in head.children
    )
    of_a_body = head is not None and head.lemma_.lower() in _KIND_WORDS  # "the office of the regional governor"
    is_person = role or (words[-1] in ROLE_NOUNS and not of_a_body) or in_apposition
    if not role or head is None or len(words) < 2 or words[0] not in _DEFINITE:
        tied = _tied(head, source.phrase, article)
        if tied is not None:  # "a local militia leader said ... NAME, who heads the militia, said"
            return tied
        return _Resolution(phrase, None, "description", is_person=is_person, principal=principal)
    description = _role_words(head, source.phrase)
    titled = article.people.titled(description, source.phrase.start, _TITLE_REACH)
    stateless = _without_nationality(head, source.phrase, description)
    if titled is None and stateless:  # "the Russian minister" for "Foreign Minister Sergei Lavrov"
        titled = article.people.titled(stateless, source.phrase.start, _TITLE_REACH)
        if titled is not None and _of_another_country(titled, description, article.doc):
            titled = None
    if titled is not None:
        return _from_person(titled, "title", article.people)
    tied = _tied(head, source.phrase, article)
    if tied is not None:
        return tied
    reach = source.phrase.start - article.sentence_start(source.phrase.start)
    found = _nearest_person(article, source.phrase.start, reach)
    if found is not None:
        return _from_person(found, "description-nearest", article.people)
    introduced = _introduced_before(source.phrase.start, head, article)
    if introduced is not None:  # "A senior Western diplomat said ... The official added ..."
        return replace(introduced, rule="description-earlier")
    if principal is None and len(words) == 2 and words[0] == "the":  # "Sergei Ryabko said ... the diplomat said"
        spoken = _nearest_spoken(article, source.phrase.start, _BODY_REACH, person=True)
        if spoken is not None and spoken[1].name_span is not None:
            return replace(spoken[1], rule="description-speaker")
    return _Resolution(phrase, None, "description", principal=principal)


def _body_antecedent(kind: str, phrase: Span, article: _Article) -> _Resolution | None:
    """The organisation a definite description of a body ("the aid group", "the U.N. agency", "the charity")
    stands for: the source just before it (within ``_BODY_REACH`` characters) when that source is named, or, in
    the lead before any source, the nearest organisation the model labels in the description's own sentence ("Armed
    men looted a World Food Programme warehouse ..., the U.N. agency said"); in both cases a name that fits the kind
    (a name ending in a kind's noun, "the Interior Ministry", fits that kind only; a name with no such noun, "Santé
    Pour Tous", fits any kind) and that the article does not treat as a person's (``People.has_person_signs``)."""
    found: list[tuple[int, _Resolution]] = []
    spoken = next(((end, r) for end, r in reversed(article.spoken) if end <= phrase.start), None)
    if spoken is not None and phrase.start - spoken[0] <= _BODY_REACH and spoken[1].name_span is not None:
        called = set(article.phrases.get(spoken[0], "").lower().split()) - set(spoken[1].name.lower().split())
        other_kind = bool(called & _KIND_WORDS) and kind not in called  # "the bank" is not "the broadcaster"
        if _fits_kind(spoken[1].name, kind, article) and not other_kind:  # "according to Santé Pour Tous. The group"
            found.append((spoken[0], replace(spoken[1], rule="description-antecedent", is_person=False)))
    sentence = article.sentence_start(phrase.start)
    if spoken is None and _introduced_by_kind(kind, sentence, phrase.start, article.doc):
        return None  # "Two leaders of a Guinean pro-democracy movement were taken ..., the movement said"
    given = None if spoken is not None else _named_with_kind(kind, sentence, phrase.start, article)
    if given is not None:  # "set fire to the offices of the opposition party Umoja ..., the party said"
        return _Resolution(given.text_of(article.text), given, "description-antecedent", is_person=False)
    for entity in article.doc.ents if spoken is None else ():  # in the lead, before any source: its own sentence
        if entity.end_char > phrase.start:
            break
        if entity.label_ != "ORG" or entity.start_char < sentence or _is_glued(entity):
            continue
        first = entity[1:] if entity[0].lower_ == "the" else entity
        if _fits_kind(first.text, kind, article):
            span = Span(first.start_char, first.end_char)
            found.append((first.end_char, _Resolution(first.text, span, "description-antecedent", is_person=False)))
    return max(found, key=lambda f: f[0])[1] if found else None


_NEAR_SENTENCES = 2  # sentences after a body's description (or before it) in which the article may name the body


def _bodies_named_near(order: list[int], speakers: dict[int, tuple[Speaker | None, str]], article: _Article) -> None:
    """The definite descriptions of a body that no other rule resolved ("the group", "their organization") take the
    organisation the article names near them (``_body_named_near``), and so do the pronouns that stood for them."""
    for position, index in enumerate(order):
        speaker, rule = speakers[index]
        if speaker is None or rule != "description" or speaker.span is None or speaker.name_span is not None:
            continue
        phrase = speaker.span.text_of(article.text)
        words = phrase.lower().split()
        head = _phrase_head(article.doc, speaker.span)
        if head is None or len(words) < 2 or words[0] not in _DEFINITE or _capitalised_run(phrase) > 0:
            continue
        if head.tag_ not in _SINGULAR or head.lemma_.lower() in ROLE_NOUNS:
            continue
        name = _body_named_near(head.lemma_.lower(), speaker.span, article)
        if name is not None:
            named = replace(speaker, name=name.text_of(article.text), name_span=name)
            speakers[index] = (named, "body-named-near")
            _pronouns_named(order[position + 1 :], speakers, speaker, named, -1)


def _bodies_spoken_before(order: list[int], speakers: dict[int, tuple[Speaker | None, str]], article: _Article) -> None:
    """ "the committee", "the group" that no other rule resolved, far from the body's last words ("the National
    Anti-Terrorism Committee said ... The committee named the leader ... and said"): the nearest body of that kind
    that spoke before in the article, named (its name fits the kind: ``_fits_kind``), when no other body of that kind
    spoke between."""
    for position, index in enumerate(order):
        speaker, rule = speakers[index]
        if speaker is None or rule != "description" or speaker.span is None or speaker.name_span is not None:
            continue
        words = speaker.span.text_of(article.text).lower().split()
        head = _phrase_head(article.doc, speaker.span)
        if head is None or len(words) != 2 or words[0] != "the" or head.tag_ not in _SINGULAR:
            continue
        kind = head.lemma_.lower()
        if kind not in BODY_KINDS or kind in ROLE_NOUNS:
            continue
        for earlier in reversed(order[:position]):
            other, _ = speakers[earlier]
            if other is None or other.name_span is None or not _fits_kind(other.name, kind, article):
                continue
            if kind not in other.name.lower().split() and kind not in _ANY_BODY_KIND:
                break  # "the committee" is a body whose name says "Committee"
            if kind in _ANY_BODY_KIND and other.name.lower().split()[-1] in BODY_NAME_WORDS - _NAMED_GROUPS:
                continue  # "the group" is no "Medical Center" nor "Border Service"
            if article.people.full_name(other.name) is not None and article.people.has_person_signs(other.name):
                continue
            named = replace(speaker, name=other.name, name_span=other.name_span)
            speakers[index] = (named, "body-spoken-before")
            _pronouns_named(order[position + 1 :], speakers, speaker, named, -1)
            break


def _body_named_near(kind: str, phrase: Span, article: _Article) -> Span | None:
    """The organisation a definite description of a body ("the group", "their organization", "the collective")
    stands for when no source before names it: the organisation the article names with it, in its own sentence,
    else in the next sentences, else in the sentences before ("Police arrested three lawyers, their organization said.
    Officers detained NAME, a lawyer at the Centro de Defensa Legal, ..., the group said"): the nearest name the model
    labels an organisation, or that is a body's by its words (``names_a_body``), that fits the kind (``_fits_kind``:
    not a state body for "the group"), outside quotation marks."""
    if kind not in _ANY_BODY:
        return None
    starts = article.sentence_starts
    own = bisect_right(starts, phrase.start) - 1
    ends = [*starts[1:], len(article.text)]
    found: list[tuple[int, int, Span]] = []  # (rank, distance, name)
    doc = article.doc
    places = {e.text for e in doc.ents if e.label_ in ("GPE", "LOC")}
    for entity in doc.ents:
        if _is_glued(entity) or entity.label_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"):
            continue
        first = entity[1:] if entity[0].lower_ == "the" else entity
        if not len(first):
            continue
        start, end = first.start, first.end  # "the Collectif des Journalistes" of "... Journalistes Libres"
        while start > 0 and _capitalised_word(doc[start - 1]) and not doc[start].is_sent_start:
            start -= 1  # "Fundación" of "Fundación Justicia Abierta", which the model may label a person
        while end < len(doc) and _capitalised_word(doc[end]) and not doc[end].is_sent_start:
            end += 1
        first = doc[start:end]
        words = [t.lower_ for t in first]
        sentence = bisect_right(starts, first.start_char) - 1
        acronym = sentence == own and _is_acronym(first.text)  # "The team from ALIMA ..., the charity said"
        body = names_a_body(words) or acronym
        if not body and not (entity.label_ == "ORG" and kind in _ANY_BODY_KIND):
            continue  # not a place or person; "the Centro de Defensa Legal" may be labelled a building
        if first.text in places or written_as_place(first.text, article.text, doc):
            continue  # "Sabha", which the model labels a place elsewhere; "a warehouse in Eilat"
        name = Span(first.start_char, first.end_char)
        if abs(sentence - own) > _NEAR_SENTENCES or phrase.start <= name.start < phrase.end:
            continue
        if article.is_quoted(name) or _in_quotation_marks(name, article.text):
            continue
        if not _fits_kind(first.text, kind, article, body=body):
            continue
        rank = 0 if sentence == own else (1 if sentence > own else 2)
        found.append((rank, abs(sentence - own) * len(article.text) + abs(name.start - phrase.start), name))
    if not found or ends[own] < phrase.end:
        return None
    return min(found, key=lambda f: (f[0], f[1]))[2]


def _is_acronym(name: str) -> bool:
    """A body's name written as one word of three or more capitals ("ALIMA", "UNICEF"), which is no person's."""
    return len(name) >= 3 and name.isalpha() and name.isupper()


def _capitalised_word(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and token.pos_ != "DET"


def _introduced_by_kind(kind: str, start: int, end: int, doc: Doc) -> bool:
    """A body of ``kind`` is introduced between ``start`` and ``end`` by what it is, not by a name ("a Malian
    youth movement"): the body the description stands for is that one, which the article may name further on."""
    return any(
        t.lemma_.lower() == kind and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
        for t in doc
        if start <= t.idx and t.idx + len(t) <= end
    )


def _named_with_kind(kind: str, start: int, end: int, article: _Article) -> Span | None:
    """The name written right after a noun of ``kind`` between ``start`` and ``end`` ("the opposition party
    Umoja", "the farmers' union Kisan Ekta"): its run of proper nouns, not a title in quotation marks."""
    doc = article.doc
    for token in doc:
        if token.idx < start or token.idx >= end or token.lemma_.lower() != kind or token.pos_ != "NOUN":
            continue
        last = token.i
        while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN" and doc[last + 1].idx < end:
            last += 1
        if last > token.i:
            name = Span(doc[token.i + 1].idx, doc[last].idx + len(doc[last]))
            if not _in_quotation_marks(name, article.text) and not article.is_quoted(name):
                return name
    return None


def _capitalised_run(phrase: str) -> int:
    """The longest run of capitalised words in a description after its first word ("Islamic State" -> 2)."""
    longest = run = 0
    for word in phrase.split()[1:]:
        run = run + 1 if word[:1].isupper() else 0
        longest = max(longest, run)
    return longest


def _fits_kind(name: str, kind: str, article: _Article, body: bool = False) -> bool:
    """``name`` may be called "the ``kind``": its own kind word is that kind (any body's but a state body's for "the
    group"), or it has none and is not a person's (unless its words say it is a ``body``'s: "Fundación X")."""
    name = name.removeprefix("the ").removeprefix("The ")  # "the Red Crescent"
    words = name.lower().split()
    if not words or not name[:1].isupper() or name.lower() in OUTLET_NAMES:
        return False  # "(Reuters)": the outlet of the dateline is nobody's antecedent
    if words == [kind]:
        return False  # "Party leader NAME said ... His party says": the kind itself, capitalised, names no body
    own = words[-1] if "of" not in words else words[words.index("of") - 1]  # "Department of Environmental Protection"
    if own in _KIND_WORDS:
        return own == kind or (kind in _ANY_BODY_KIND and own not in _STATE_BODIES)
    return body or not (article.people.full_name(name) is not None and article.people.has_person_signs(name))


def _is_glued(entity: SpacySpan) -> bool:
    """A part of a hyphenated name the model labels alone ("Croix" of "Croix-des-Bouquets")."""
    doc = entity.doc
    after = doc[entity.end] if entity.end < len(doc) else None
    before = doc[entity.start - 1] if entity.start > 0 else None
    return (after is not None and after.text == "-" and not entity[-1].whitespace_) or (
        before is not None and before.text == "-" and not before.whitespace_
    )


def _own_name(head: Token, phrase: Span) -> Span | None:
    """The name a group's description is built on: "the pro-independence FLNKS movement" -> FLNKS, "the Carabineros
    police force" -> Carabineros (one capitalised run before a lower-case head of a group, described before it or
    with a noun after it; not a place or a people: "the Kenyan police force", "the Texas militia" name no body; "the
    Save Faget Forest coalition", with nothing else, may end its name with the head and is kept whole)."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or not head.text.islower() or head.lemma_.lower() not in _NAMED_GROUPS:
        return None
    doc = head.doc
    names = [
        c
        for c in head.children
        if c.dep_ == "compound" and c.i < head.i and c.text[:1].isupper() and c.idx >= phrase.start
    ]
    if len(names) != 1 or names[0].ent_type_ in _NOT_BODY_NAMES:
        return None
    name = names[0]
    first = name.left_edge.i
    while first < name.i and not doc[first].text[:1].isupper():
        first += 1
    words = doc[first : name.i + 1]
    if words[0].is_sent_start and not words[0].ent_type_:
        return None  # "Investor groups said": capitalised as the sentence's first word
    if any(t.ent_type_ in _NOT_BODY_NAMES or not (t.text[:1].isupper() or t.is_punct) for t in words):
        return None
    between = list(doc[name.i + 1 : head.i])
    if any(not t.text[:1].isupper() and t.pos_ != "NOUN" for t in between):
        return None  # only lower-case nouns ("police") between the name and the head
    described = any(t.idx >= phrase.start and t.dep_ == "amod" for t in doc[head.left_edge.i : first])
    if not between and not described:
        return None  # "the Save Faget Forest coalition": the head may be the name's own last word
    return Span(words.start_char, words.end_char)


def _name_before_kind(head: Token, phrase: Span) -> Span | None:
    """An organisation's name of several words written before the noun of its kind, whatever the parse: "the
    Forces Vives de Guinée opposition coalition" -> Forces Vives de Guinée, "the state-run Global New Light of
    Myanmar newspaper" -> Global New Light of Myanmar (one run of capitalised words, with "of", "de" or "the"
    inside it, and only lower-case words between it and the kind, or a description before it; not a place or a
    people alone: "the Kenyan opposition coalition")."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or not head.text.islower():
        return None
    if head.lemma_.lower() not in BODY_KINDS | BODY_NAME_WORDS:  # "Israel's Magen David Adom ambulance service"
        return None
    doc = head.doc
    words = [t for t in doc[: head.i] if t.idx >= phrase.start]
    runs: list[list[Token]] = []
    for index, token in enumerate(words):
        capital = token.text[:1].isupper() and token.pos_ != "DET" and not token.is_punct
        joins = token.lower_ in _NAME_JOINS and bool(runs) and index + 1 < len(words)
        if capital and runs and runs[-1] and words[index - 1] is runs[-1][-1]:
            runs[-1].append(token)
        elif capital:
            runs.append([token])
        elif joins and runs[-1] and words[index - 1] is runs[-1][-1] and words[index + 1].text[:1].isupper():
            runs[-1].append(token)
    runs = [r for r in runs if not all(t.ent_type_ in _NOT_BODY_NAMES for t in r if t.is_alpha)]
    one_word = [r for r in runs if len(r) == 1]  # "the Viasna human rights centre": a one-word name, described after
    if head.lemma_.lower() in _OUTLET_KINDS:  # "the Anadolu news agency", "al-Masirah television": kept whole
        one_word = []
    runs = [r for r in runs if len(r) > 1] or [r for r in one_word if r[0].pos_ == "PROPN" and r[0].i < head.i - 1]
    if len(runs) != 1:
        return None
    run = runs[0]
    if run[0].is_sent_start and not run[0].ent_type_:
        return None
    between = doc[run[-1].i + 1 : head.i]
    if any(t.text[:1].isupper() or t.pos_ not in ("NOUN", "ADJ") for t in between):
        return None
    described = any(t.dep_ == "amod" for t in words if t.i < run[0].i)
    if not len(between) and not described:
        return None  # "the Save Faget Forest coalition": the kind may be the name's own last word
    return Span(run[0].idx, run[-1].idx + len(run[-1].text))


def _body_named_in_full(head: Token, phrase: Span, article: _Article) -> Span | None:
    """The organisation whose name, written out near a definite description, has every word of it and ends with its
    head: "the state emergency agency" -> "the Borno State Emergency Management Agency" named in the next sentence
    (wire copy calls a body by a lower-case short form before or after its full name); the nearest such name."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or not head.text.islower():
        return None
    words = [t for t in head.doc[head.left_edge.i : head.i + 1] if t.idx >= phrase.start]
    if len(words) < 3 or words[0].lower_ not in _DEFINITE or any(t.is_punct or t.text[:1].isupper() for t in words):
        return None
    described = [t.lower_ for t in words[1:]]
    best: tuple[int, Span] | None = None
    for entity in article.doc.ents:
        if entity.label_ != "ORG" or abs(entity.start_char - phrase.start) > _TITLE_REACH:
            continue
        name = [t.lower_ for t in entity if not t.is_punct and t.lower_ != "the"]
        if not name or name[-1] != head.lower_ or not set(described) <= set(name) or len(name) <= len(described):
            continue
        distance = abs(entity.start_char - phrase.start)
        if best is None or distance < best[0]:
            first = entity[1:] if entity[0].lower_ == "the" else entity
            best = (distance, Span(first.start_char, first.end_char))
    return None if best is None else best[1]


def _kind_named_after(head: Token, phrase: Span, article: _Article) -> Span | None:
    """The name the article gives "the charity" next, written right after the same noun: "the charity Medical Aid
    Without Borders" (a run of two or more capitalised words, not a place or a person), within ``_TIED_AFTER``
    characters."""
    doc = head.doc
    for token in doc[head.i + 1 :]:
        if token.idx - phrase.end > _TIED_AFTER:
            return None
        if token.lower_ != head.lower_ or token.i + 1 >= len(doc):
            continue
        first = token.i + 1
        if not doc[first].text[:1].isupper() or doc[first].is_sent_start:
            continue
        end = first
        while end < len(doc) and (
            (doc[end].text[:1].isupper() and doc[end].is_alpha)
            or (doc[end].lower_ in _NAME_JOINS and any(t.text[:1].isupper() for t in doc[end + 1 : end + 3]))
        ):
            end += 1
        run = doc[first:end]
        if len(run) < 2 or all(t.ent_type_ in _NOT_BODY_NAMES or t.ent_type_ == "PERSON" for t in run):
            continue
        return Span(run.start_char, run.end_char)
    return None


def _self_styled(head: Token) -> Span | None:
    """The name a described speaker goes by: "a commander who calls himself General Mbeki" -> "General Mbeki", "a
    group calling itself Black Flame Cell" -> "Black Flame Cell"."""
    for clause in head.children:
        if clause.dep_ not in ("relcl", "acl") or clause.lemma_.lower() not in SELF_NAMING_VERBS:
            continue
        if not any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in clause.children):
            continue
        names = [c for c in clause.children if c.dep_ in ("oprd", "attr", "xcomp", "ccomp") and c.pos_ == "PROPN"]
        if names:
            return proper_name(names[0])
    return None


def _tied(head: Token | None, phrase: Span, article: _Article) -> _Resolution | None:
    """The person or organisation the article names with the description headed by ``head``, in apposition or
    by a relative clause of leading, before it or after it ("the force" -> "The Asayish, the internal security
    force of ..."): one person or body, so a singular head."""
    if head is None or head.tag_ not in _SINGULAR or head.pos_ != "NOUN":
        return None
    words = _role_words(head, phrase)
    name = tied_name(head, words, phrase.start - _TITLE_REACH, phrase.end + _TIED_AFTER)
    if name is None or _in_quotation_marks(name, article.text):
        return None  # 'a documentary, "The Bullets and the Ballot"': a title in quotation marks names no body
    text = name.text_of(article.text)
    if head.lemma_.lower() not in ROLE_NOUNS and written_as_place(text, article.text, article.doc):
        return None  # "Baksan, a town in the republic of Kabardino-Balkaria, the committee said": no body's name
    if head.lemma_.lower() in ROLE_NOUNS:
        full = article.people.full_name(text)
        if full is not None and full.name.split()[-len(text.split()) :] == text.split():
            return _Resolution(full.name, full.span, "tied")
        return _Resolution(text, name, "tied")
    return _Resolution(text, name, "tied", is_person=False)


_PLACE_KINDS = ("town", "city", "village", "region", "province", "district", "county", "port", "suburb", "township",
                "municipality", "commune", "area", "state", "island", "republic", "resort", "zone", "capital",
                "neighbourhood", "neighborhood", "department", "governorate", "oblast")  # fmt: skip


def written_as_place(name: str, text: str, doc: Doc) -> bool:
    """The article writes ``name`` as a place's somewhere, whatever the model labels it: a place label on one of its
    mentions, "in Eilat", "near Baksan", "the republic of Kabardino-Balkaria", "Mindouli, a railway town" (a body
    is not so written: no source is a place)."""
    if not name or any(e.text == name and e.label_ in ("GPE", "LOC", "FAC") for e in doc.ents):
        return True
    escaped = re.escape(name)
    kinds = "|".join(_PLACE_KINDS)
    patterns = (
        rf"\b(?:[Ii]n|near|outside|around) {escaped}\b(?!['’]s| [A-Z])",
        rf"\b(?:{kinds}) of {escaped}\b(?!['’]s| [A-Z])",
        rf"\b{escaped}, (?:an?|the) (?:[\w-]+ ){{0,3}}(?:{kinds})\b",
    )
    return any(re.search(pattern, text) for pattern in patterns)


def _in_quotation_marks(name: Span, text: str) -> bool:
    """``name`` is written inside quotation marks that open right before it ('"The Bullets and the Ballot"')."""
    before = text[max(0, name.start - 6) : name.start].rstrip(" ")
    return before.endswith(('"', "\u201c", "'", "\u2018")) or before.endswith(('"The', "\u201cThe"))


def _named_body_before(position: int, article: _Article, kind: str = "") -> _Resolution | None:
    """The organisation named as the last source close before ``position`` (not a person's name); with a
    ``kind`` ("coalition"), one whose source phrase or name has that word."""
    for end, resolution in reversed(article.spoken):
        if position - end > _BODY_REACH:
            return None
        if end > position:
            continue
        if kind and kind not in f"{article.phrases.get(end, '')} {resolution.name}".lower().split():
            return None
        if resolution.name_span is None:  # a name the parser did not know ("Eskom"), not a description ("the ministry")
            first = resolution.name.split()[0] if resolution.name.split() else ""
            return resolution if first[:1].isupper() and first.lower() not in _DETERMINERS else None
        words = article.doc.char_span(resolution.name_span.start, resolution.name_span.end, alignment_mode="expand")
        label = words.root.ent_type_ if words is not None else "PERSON"
        one_word = len(resolution.name.split()) == 1  # "Eskom", which the model may read as a person's name
        unknown = (not label or one_word) and article.people.gender(resolution.name) is None
        if not resolution.is_person or label == "ORG" or unknown:
            return resolution
        return None
    return None


def _introduced_before(position: int, head: Token, article: _Article) -> _Resolution | None:
    """ "the official", "the diplomat": the person an earlier quote introduced by a description ("a senior
    Western diplomat", "an official of the ministry") and named no better, when it is the nearest person who spoke
    before (news copy calls an unnamed source by a shorter role next)."""
    spoken = _nearest_spoken(article, position, _PRONOUN_REACH, person=True)
    if spoken is None or spoken[1].name_span is not None or spoken[1].rule != "description":
        return None
    words = spoken[1].name.lower().split()
    if len(words) < 2 or words[0] not in ("a", "an"):
        return None
    before_preposition = words[: next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))]
    role = before_preposition[-1]  # "an aide to the governor" -> aide, not governor
    if role not in ROLE_NOUNS:
        return None
    return spoken[1] if role == head.lower_ or head.lemma_.lower() in _ANY_ROLE else None


def _is_a_crowd(name: str) -> bool:
    """People who speak but issue no statement: "witnesses", "residents", "medical sources"."""
    words = name.lower().split()
    return bool(words) and words[-1] in _CROWDS


def _issuer_named(statement: Token, phrase: Span) -> Span | None:
    """Who issued the statement, where its phrase says so: "a statement from the foreign ministry", "a list
    released by the police"."""
    prepositions = [c for c in statement.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")]
    prepositions += [
        agent
        for verb in statement.children
        if verb.dep_ == "acl" and verb.lemma_.lower() in _ISSUING_VERBS
        for agent in verb.children
        if agent.dep_ == "agent"
    ]
    for preposition in prepositions:
        issuer = next((c for c in preposition.children if c.dep_ == "pobj"), None)
        if issuer is not None:
            words = statement.doc[issuer.left_edge.i : issuer.right_edge.i + 1]
            inside = words.start_char < phrase.end  # the phrase may stop before "released by ..."
            return Span(words.start_char, min(words.end_char, phrase.end) if inside else words.end_char)
    return None


def _phrase_head(doc: Doc, phrase: Span) -> Token | None:
    words = doc.char_span(phrase.start, phrase.end, alignment_mode="expand")
    return None if words is None else words.root


def _without_nationality(head: Token, phrase: Span, description: list[str]) -> list[str] | None:
    """The description without the country it names ("russian minister" -> "minister"), when it names
    one: wire copy calls "Foreign Minister Sergei Lavrov" "the Russian minister" a line later."""
    countries = {
        t.lower_
        for t in head.doc[head.left_edge.i : head.i]
        if t.idx >= phrase.start and t.ent_type_ in _COUNTRY_LABELS
    }
    rest = [word for word in description if word not in countries]
    return rest if countries and rest else None


def _of_another_country(person: PersonMention, description: list[str], doc: Doc) -> bool:
    """The person's title names a country that the description does not ("Ukrainian Foreign Minister
    Dmytro Kuleba" is not "the Russian minister")."""
    title_start = person.span.start - len(person.title or "") - 1
    words = doc.char_span(max(title_start, 0), person.span.start, alignment_mode="expand")
    return words is not None and any(
        t.ent_type_ in _COUNTRY_LABELS and t.lower_ not in description for t in words if t.idx < person.span.start
    )


def _role_words(head: Token, phrase: Span) -> list[str]:
    """The words of a description up to its role noun, without the determiner: "regional governor"."""
    first = head.left_edge.i
    while first < head.i and head.doc[first].idx < phrase.start:
        first += 1
    words = [t.lower_ for t in head.doc[first : head.i + 1] if not t.is_punct]
    return [w for w in words if w not in _DEFINITE and w not in _DETERMINERS] or [head.lower_]


def _principal(head: Token, phrase: Span, article: _Article) -> tuple[str, Span | None] | None:
    """Whom a role speaks for: "an aide to the U.N. chief" -> the U.N. chief's name, "a spokesman for the
    ministry" -> "the ministry"."""
    if head.lemma_.lower() not in ROLE_NOUNS:
        return None
    for preposition in head.children:
        if preposition.dep_ != "prep" or preposition.lower_ not in _PRINCIPAL_PREPOSITIONS:
            continue
        target = next((c for c in preposition.children if c.dep_ == "pobj"), None)
        if target is not None and phrase.start <= target.idx < phrase.end:
            return _principal_of(target, phrase, article)
    return None


def _principal_of(target: Token, phrase: Span, article: _Article) -> tuple[str, Span | None]:
    doc = target.doc
    words = doc[target.left_edge.i : target.right_edge.i + 1]
    span = Span(words.start_char, min(words.end_char, phrase.end))
    text = span.text_of(article.text)
    if target.pos_ == "PROPN":
        full = article.people.full_name(text)
        if full is not None and _is_person_name(text, full):
            return full.name, full.span
        return text, span
    lowered = text.lower().split()
    if target.lemma_.lower() in ROLE_NOUNS and lowered and lowered[0] in _DEFINITE:
        titled = article.people.titled(_role_words(target, span), span.start, _TITLE_REACH)
        if titled is not None:
            full = article.people.full_name(titled.name) or titled
            return full.name, full.span
    return text, None


def _nearest_person(
    article: _Article,
    position: int,
    reach: int,
    gender: str | None = None,
    prefer_subject: bool = False,
    outside: Span | None = None,
) -> PersonMention | None:
    """The nearest person named before ``position``, heading its phrase, outside quotation marks; for a
    pronoun (``prefer_subject``), of the people in that person's sentence its subject ("Smith met Jones.
    '...,' he said" -> Smith)."""
    found: PersonMention | None = None
    for mention in article.people.before(position):
        if position - mention.span.end > reach:
            break
        if not mention.is_head or article.is_quoted(mention.span) or not _may_be(mention.name, gender, article):
            continue
        if outside is not None and outside.start <= mention.span.start < outside.end and not _says(mention, article):
            continue  # a name the quote's own words mention ("flown to Cotonou, he said", "Densus 88 arrested four")
        if found is None:
            found = mention
            if mention.is_subject or not prefer_subject:
                break
        elif article.sentence_start(mention.span.start) != article.sentence_start(found.span.start):
            break
        elif mention.is_subject:
            return mention
    return found


_SAYING = frozenset({"say", "tell", "add", "state"})


def _says(mention: PersonMention, article: _Article) -> bool:
    """The person is the subject of a verb of saying: a quote's words that run over their own attribution ("Andi
    Pratama said officers had acted ... '...,' he said") name the speaker of the pronoun after them."""
    words = article.doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if words is None or not mention.is_subject:
        return False
    verb = words.root.head if words.root.dep_ != "appos" else words.root.head.head
    return verb.lemma_ in _SAYING


def _from_person(mention: PersonMention, rule: str, people: People) -> _Resolution:
    full = people.full_name(mention.name) or mention
    return _Resolution(full.name, full.span, rule)


def _title(source: SourceMention, text: str, resolution: _Resolution) -> str | None:
    """The words around the name in the source phrase ("Kyiv Mayor"; "Rep., top Republican on the
    committee"), or a description ("Russian leader")."""
    phrase = source.phrase.text_of(text)
    if source.name is not None:
        honorifics, _ = without_honorifics(source.name.text_of(text))
        before = _without_determiner(f"{text[source.phrase.start : source.name.start]} {honorifics}".strip(" ,"))
        after = [_without_determiner(part.strip()) for part in text[source.name.end : source.phrase.end].split(",")]
        parts = [part for part in (before, *after) if part and not part.isdigit()]  # not "34", an age
        return ", ".join(parts) or None
    if resolution.name != phrase and phrase.lower() not in _PERSON_PRONOUNS | _BODY_PRONOUNS:
        return _without_determiner(phrase) or None
    return None


def _without_determiner(words: str) -> str:
    parts = words.split()
    if parts and parts[0].lower() in _DETERMINERS:
        parts = parts[1:]
    return " ".join(parts)
