"""What is not a statement, though a cue verb reports it.

- a source that cannot speak: a camera, footage, a picture, a document ("Footage showed residents
  digging through the rubble" reports what a camera saw, not what anybody said);
- what a speaker did not say: "did not say whether anyone had been arrested", "would not say when",
  "would not say more", "did not comment on the report" (the topic of a silence);
- no answer: "did not respond to requests for comment";
- how a source spoke, not what: "spoke on condition of anonymity", "asked not to be named", "talked on
  the phone";
- bylines: "Jane Doe reports for the Daily News";
- the writer's own imperatives: "Imagine that ...", "Don't forget that ...";
- the question put to a speaker: "Asked whether donors were doing enough, he said ...";
- what a speaker seldom says or leaves out: "rarely acknowledges losses", "did not mention Nikopol"; a bare
  denial ("denied any involvement"); a blamed party without its charge ("blamed separatist fighters, who ...");
- what a demonstration is for: "marched through the city to demand rent controls", "rallied to call for new
  elections", "protests demanding early elections" (the aim of a crowd's action, which the reporter gives, not
  words anybody said; a spokesman's "demanded the release of ..." stays a statement), and what a crowd of
  demonstrators demands ("The protesters were demanding the release of ...": the crowd's aim, which no one
  person put into words);
- a name a person goes by: "a commander who calls himself General X" (a self-styled name, not words said);
- what a crowd chants ("the crowd chanted 'Resign!'", "Protesters chanted '...' and carried a banner that read
  '...'"): a slogan many voices repeat, which no one speaker put into words as a statement;
- what a speaker did not mention: "It did not mention the market" (the topic of a silence, named by a few words);
- a work a venue or channel shows: "The drive-in was showing the horror film 'Night Roads'" (a title, not words);
- nothing made public: "the two sides announced no agreement", "detailed no plans";
- a blamed party and the body it belongs to: 'It blamed "terrorists" of the Islamic State Sahel Province' (a
  scare-quoted party, not a charge);
- the anonymity formula with its reason, however long: "asked not to be named because he was not authorized to
  speak to reporters";
- a denial of a part with nothing it is a part of: "denied involvement", "denied responsibility" (a speech act
  with no proposition; "denied involvement in the raid" and "denied the charges" say what is denied);
- speech acts with no content of their own: a denial of what another said ("denied the accusation", "rejects the
  claims": the accusation is reported elsewhere), a denial of any part whatever follows it ("denied any knowledge
  of the case"), a confirmation of an event alone ("confirmed the clash"), what a speaker did not disclose ("did
  not confirm the number of injured"), an event convened ("called a national strike"), an oath ("pledged
  allegiance to ..."), an appeal for calm ("called for calm");
- what a crowd chants, whoever is said to chant it ("marched from the square chanting 'Free him now'"), and the
  words on a banner, sign or placard ("a banner that read '...'", "placards reading '...'");
- an appeal for information ("asked anyone with video to contact police", "urged witnesses to come forward"):
  a routine request to the public, not a statement of the speaker's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventwire.detect.quote_cues import FOR_CUES, PLACE_LABELS, QUOTE_TAGS, cue_lemma
from eventwire.lexicon.roles import REFLEXIVES, SELF_NAMING_VERBS
from eventwire.lexicon.verbal import VIOLENCE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Heads of source phrases that show or record but do not speak.
NON_SPEAKING_SOURCES: frozenset[str] = frozenset(
    {
        "footage",
        "video",
        "videos",
        "image",
        "images",
        "imagery",
        "photo",
        "photos",
        "photograph",
        "photographs",
        "picture",
        "pictures",
        "camera",
        "cameras",
        "cctv",
        "screenshot",
        "screenshots",
        "map",
        "maps",
        "document",
        "documents",
        "cartoon",
        "cartoons",
        "leaflet",
        "leaflets",
        "poster",
        "posters",
        "banner",
        "banners",
        "placard",
        "placards",
        "sign",
        "signs",
        "graffiti",
    }
)
_OPEN_QUESTION = re.compile(r"(?:whether|if|when|where|why|how|who|whom|what|which)\b", re.IGNORECASE)
_NOTHING_MORE = re.compile(
    r"(?:any\s*)?(?:more|much|anything|further|details?)(?:\s+(?:else|details?))?", re.IGNORECASE
)
_NO_ANSWER = re.compile(
    r"\b(?:requests?|calls?|messages?|e-?mails?|queries|inquiries|questions)\b.{0,40}\bcomment\b|\bfor comment\b",
    re.IGNORECASE,
)
# What was put to a speaker who gave no answer ("did not respond to questions", "has not answered our emailed
# queries"): the content is only the asking, with whatever words describe it, no proposition.
_ASKING = re.compile(
    r"^(?:to\s+)?(?:[\w'-]+\s+){0,3}?(?:requests?|calls?|messages?|e-?mails?|queries|inquiries|questions|letters?)"
    r"(?:\s+(?:from|by|sent|seeking|about|on)\b.{0,60})?[.,;]?$",
    re.IGNORECASE,
)
_ANSWER_CUES = frozenset({"respond", "reply", "return", "answer", "comment"})
_MANNER = re.compile(
    r"(?:on|under)\s+(?:the\s+)?conditions?\s+(?:of|that)\b|\banonymity\b|^on\s+(?:the\s+)?(?:phone|telephone|sidelines)\b"
    r"|^(?:not\s+)?to\s+be\s+(?:named|identified|quoted)\b",
    re.IGNORECASE,
)
# "asked not to be named because he was not authorized to speak to reporters": the formula with its reason.
# "asking that her name not be published", "requesting that he not be identified", "that his name be withheld":
# the same request with its own clause.
_ANONYMITY = re.compile(
    r"^(?:not\s+)?to\s+be\s+(?:named|identified|quoted)\b"
    r"|^(?:that\s+)?(?:(?:his|her|their)\s+(?:full\s+|real\s+)?names?|he|she|they)\s+(?:would\s+|should\s+)?"
    r"(?:not\s+be\s+(?:named|identified|quoted|published|used|given|disclosed|revealed|printed)|be\s+withheld)\b",
    re.IGNORECASE,
)
_TOPIC = re.compile(r"(?:on|about|upon|regarding)\b", re.IGNORECASE)  # "on the report": what a silence is about
_BYLINE_CUES = frozenset({"report", "write"})
# Adverbs that say a speaker seldom says a thing ("rarely acknowledges", "never mentions"): no statement made.
_SELDOM = frozenset({"rarely", "seldom", "hardly", "scarcely", "never"})
_DENYING = frozenset({"deny", "reject", "dismiss", "rule"})
# What one denies having had a part in, which names no proposition without its complement ("denied involvement").
_PARTS = frozenset({"involvement", "responsibility", "role", "part", "participation", "complicity", "link", "links",
                    "connection", "connections", "knowledge"})  # fmt: skip
# Verbs of naming a topic: negated, their object is what a speaker left out ("did not mention the market").
_MENTIONING = frozenset({"mention", "name", "address", "cite", "refer"})
_CHANTING = frozenset({"chant", "shout", "sing", "scream", "yell"})
# Who chant together: a crowd's slogan is no one speaker's statement.
_CHANTERS = frozenset({"people", "supporter", "fan", "student", "resident", "villager", "worker", "woman", "man",
                       "mourner", "youth", "farmer", "pensioner", "activist", "participant",
                       "member"})  # fmt: skip
_BLAMING = frozenset({"blame", "accuse", "fault"})
# Events a confirmation names alone ("confirmed the clash but gave no toll"): that it happened, no words of its own.
_CONFIRMED_EVENTS = VIOLENCE_WORDS | {"clash", "clashes", "fighting", "incident", "incidents"}
# Verbs of making known whose negated object is only a figure or a name kept back ("did not confirm the number of
# injured", "would not give the names of the dead"); "did not confirm their status" may stand for words said.
_DISCLOSING = frozenset({"confirm", "disclose", "reveal", "specify", "give", "release", "provide"})
_FIGURES = frozenset({"number", "toll", "figure", "count", "total", "name", "identity", "amount", "nationality",
                      "age"})  # fmt: skip
# Events a body convenes ("called a national strike", "called early elections"): an act, not words said.
_CONVENED = frozenset({"strike", "election", "meeting", "rally", "protest", "march", "referendum", "vote",
                       "session", "conference", "boycott", "walkout", "sit-in", "shutdown", "summit"})  # fmt: skip
_OATHS = frozenset({"pledge", "swear"})
_OATH_NOUNS = frozenset({"allegiance", "loyalty", "fealty"})
# A mood appealed for ("called for calm", "appealed for restraint"), which states nothing.
_MOODS = frozenset({"calm", "restraint", "patience", "tolerance", "composure"})
# An appeal for information: who is asked (anyone who saw it, the public) and what they are asked to do.
_APPEALING = frozenset({"ask", "urge", "encourage", "appeal", "call", "invite", "request"})
_THE_PUBLIC = frozenset({"anyone", "anybody", "everyone", "witness", "public", "neighbor", "neighbour",
                         "resident"})  # fmt: skip
_INFORMING = frozenset({"contact", "call", "come", "share", "report", "send", "submit", "phone", "get", "provide"})
# Verbs of condemning an act: "condemned the attack" names the violent act condemned (``VIOLENCE_WORDS``), no
# proposition; "condemned the bill" may stand for what was said of it.
_CONDEMNING = frozenset({"condemn", "denounce", "deplore", "decry", "criticise", "criticize", "slam"})
_CHARGES = frozenset({"for", "of", "over", "on", "with"})  # what someone is blamed for: "blamed the army for"
_SCREENING = frozenset({"show", "screen", "play", "air"})
_WORKS = frozenset({"film", "movie", "documentary", "play", "musical", "series", "episode", "song", "album", "show",
                    "programme", "program", "opera", "cartoon", "video"})  # fmt: skip
# Verbs of making public that, with "no" before their object, say nothing was made public ("announced no deal").
_MAKING_PUBLIC = frozenset({"announce", "unveil", "outline", "detail", "mention", "signal", "express", "voice"})
_BARE_DENIAL = 3  # words: "any involvement", "the report"; "any involvement in the attacks" says what
_PROPOSITION_PRONOUNS = frozenset({"it", "this", "that", "these", "those"})
_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019"})
_PLACE_NOUNS = frozenset({"city", "town", "village", "region", "province", "district", "state", "county", "port",
                          "capital", "area", "suburb", "neighbourhood", "neighborhood"})  # fmt: skip
_DO = frozenset({"do", "don't", "dont"})
_PUT_TO = frozenset({"ask", "press", "question", "quiz", "challenge"})
# What a demonstration is held for, and the verbs and nouns of demonstrating that it is the purpose of.
_DEMANDS = frozenset({"demand", "call", "urge", "press", "protest", "denounce", "condemn", "decry", "oppose"})
_DEMONSTRATING = frozenset({"march", "rally", "gather", "protest", "demonstrate", "strike", "assemble", "converge",
                            "picket", "blockade", "block", "occupy", "parade", "walk", "mass", "camp"})  # fmt: skip
# Verbs of a crowd on the move or in the street, whose participle after a comma says what the crowd wanted.
_MARCHING = frozenset({"march", "rally", "protest", "demonstrate", "parade", "picket", "gather", "converge"})
# People in a demonstration: what they demand is the demonstration's aim, not a statement.
_DEMONSTRATORS = frozenset({"protester", "protestor", "demonstrator", "marcher", "crowd", "striker", "rioter",
                            "picketer", "rallygoer", "mob"})  # fmt: skip
_DEMONSTRATIONS = frozenset({"protest", "march", "rally", "demonstration", "strike", "sit-in", "vigil", "walkout",
                             "blockade", "riot", "unrest", "uprising"})  # fmt: skip


def is_statement(cue: Token, source: Token | None, content: str) -> bool:
    """Whether ``cue`` with the source headed by ``source`` reports a statement whose words are ``content``."""
    if source is not None:
        source = _relative_antecedent(source)  # "a video ... that showed", "nurses ... who were demanding"
    if source is not None and source.lower_ in NON_SPEAKING_SOURCES:
        return False
    if cue_lemma(cue) in _CHANTING and _chanted_by_a_crowd(cue):
        return False
    if _is_an_appeal_for_information(cue) and not any(mark in content for mark in _QUOTE_MARKS):
        return False
    if _is_negated(cue) and (
        _OPEN_QUESTION.match(content) or _NOTHING_MORE.fullmatch(content.strip()) or _TOPIC.match(content)
    ):
        return False
    if cue_lemma(cue) in _ANSWER_CUES and (_NO_ANSWER.search(content) or _ASKING.match(content.strip())):
        return False
    if (_MANNER.search(content) and len(content.split()) <= 8) or _ANONYMITY.match(content.strip()):
        return False
    if _is_a_demonstrations_aim(cue) or _blames_an_event(cue) or _names_itself(cue) or _names_a_thing(cue, content):
        return False
    if (
        source is not None
        and cue_lemma(cue) in _DEMANDS
        and (source.lemma_.lower() in _DEMONSTRATORS or _is_a_counted_crowd(source))
    ):
        return False
    if source is not None and cue_lemma(cue) in _CHANTING and (_is_a_crowd(source) or _is_a_counted_crowd(source)):
        return False
    return not _is_byline(cue) and not _is_imperative(cue) and not _is_question_put(cue)


# The words of a banner, sign or placard: the noun that bears them, then "read", "reading" or "saying" right before
# the quotation ("carried banners that read", "One handwritten sign read", "placards reading:").
_INSCRIBED = re.compile(
    r"\b(?:banners?|signs?|placards?|posters?|graffiti|slogans?|t-shirts?|headbands?|billboards?|flags?|"
    r"inscriptions?|messages? (?:painted|scrawled|sprayed|written))\b[^.!?\n\"\u201c\u201d]{0,60}?"
    r"\b(?:read|reads|reading|bore|bearing|proclaimed|proclaiming)\s*[:,]?\s*$",
    re.IGNORECASE,
)


def is_inscription(text: str, start: int) -> bool:
    """Whether the quotation at ``start`` is the words of a banner, sign or placard ("a banner that read '...'",
    "placards reading '...'"): words carried, not a statement anybody made."""
    return bool(_INSCRIBED.search(text[max(0, start - 120) : start].rstrip("\"'\u201c\u2018 ")))


def is_unsaid_object(cue: Token, head: Token | None, words: Sequence[Token]) -> bool:
    """What an object cue reports that is no statement: the object of a verb that says it is seldom said
    ("rarely acknowledges territorial losses", "never mentions the war"), a bare denial ("denied any
    involvement": a speech act with no proposition), a condemned act alone ("condemned the attack"), a blamed
    party alone, with no charge ("blamed separatist fighters, who ..."), a place alone that a speaker did not
    name ("did not mention Nikopol"). ``head`` heads the object content, whose tokens are ``words``."""
    if any(c.dep_ in ("advmod", "neg") and c.lower_ in _SELDOM for c in cue.children):
        return True
    if words and _is_negated(cue) and (_names_a_place(words) or cue_lemma(cue) in _MENTIONING):
        return _names_a_place(words) or _is_short_and_unquoted(words)
    if head is None:
        return False
    if _only_a_pronoun(words) or _is_a_bare_speech_act(cue, head, words) or _withholds_a_figure(cue, head, words):
        return True
    lemma = cue_lemma(cue)
    if lemma in _SCREENING and head.lemma_.lower() in _WORKS:
        return True  # "The drive-in was showing the horror film 'Night Roads'": a title screened, not words said
    if lemma in _MAKING_PUBLIC and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
        return _is_short_and_unquoted(words)  # "the two sides announced no agreement": nothing announced
    if lemma in _DENYING and (_is_a_bare_denial(head) or _denies_an_act(head)):
        return _is_short_and_unquoted(words)
    if lemma in _CONDEMNING and head.dep_ == "dobj" and head.lower_ in VIOLENCE_WORDS and not _condemned_as(cue):
        return _is_short_and_unquoted(words)  # "condemned the attack", not 'denounced it as a "heinous act"'
    if lemma in _BLAMING and head.dep_ == "dobj":
        if _only_the_party(head, words):
            return True
        return not any(_is_a_charge(c) for c in (*cue.children, *head.children))
    return False


def _is_a_bare_speech_act(cue: Token, head: Token, words: Sequence[Token]) -> bool:
    """A speech act whose object says nothing of its own: a confirmation of an event alone ("confirmed the
    clash"), an event convened ("called a national strike"), an oath ("pledged allegiance to the group"), an
    appeal for a mood ("called for calm"). (A denial of a charge, "denied the accusation", stays a statement:
    news quote corpora take it for the denial it reports.)"""
    lemma, noun = cue_lemma(cue), head.lemma_.lower()
    if _is_quoted(words):
        return False
    if lemma == "confirm" and head.dep_ == "dobj" and noun in _CONFIRMED_EVENTS and _has_no_content(head):
        return True
    if lemma == "call" and head.dep_ == "dobj" and noun in _CONVENED and not _names_as(cue):
        return True
    if lemma in _OATHS and noun in _OATH_NOUNS:
        return True
    if lemma in FOR_CUES and head.dep_ == "prep" and head.lower_ == "for":
        return any(o.dep_ == "pobj" and o.lemma_.lower() in _MOODS and not list(o.children) for o in head.children)
    return False


def _withholds_a_figure(cue: Token, head: Token, words: Sequence[Token]) -> bool:
    """ "did not confirm the number of injured", "declined to give the names of the dead": a figure or a name
    a speaker kept back, no statement."""
    return (
        _is_negated(cue) and cue_lemma(cue) in _DISCLOSING and head.lemma_.lower() in _FIGURES and not _is_quoted(words)
    )


def _chanted_by_a_crowd(cue: Token) -> bool:
    """Who chant, through the clause a chant hangs on ("the crowd, which had marched ... chanting", "Marchers
    carried banners and chanted"), or, where the parse loses the thread, a crowd named before the chant in its
    sentence ("a crowd of teachers who had gathered in front of the building chanting ..."); "Trump walked onto
    the stage, chanting ..." is one man's."""
    verb = cue
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            subject = _relative_antecedent(subject)
        if subject is not None and (_is_a_crowd(subject) or _is_a_counted_crowd(subject)):
            return True
        if subject is not None and subject.pos_ in ("PROPN", "PRON"):
            return False
        if verb.dep_ not in ("advcl", "conj", "acl", "xcomp", "ccomp", "relcl") or verb.head.i == verb.i:
            break
        verb = verb.head
    before = cue.doc[cue.sent.start : cue.i]
    return any(t.pos_ == "NOUN" and (_is_a_crowd(t) or _is_a_counted_crowd(t)) for t in before)


_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})


def _relative_antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for ("nurses ... who were demanding" -> nurses), the head its clause
    hangs on; any other word itself."""
    if token.lower_ in _RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return token.head.head
    return token


def _has_no_content(noun: Token) -> bool:
    """No clause, phrase or relative of its own ("the claim", not "the claim that ..." nor "the report of ...")."""
    return not any(c.dep_ in ("prep", "acl", "relcl", "ccomp", "appos") for c in noun.children)


def _names_as(cue: Token) -> bool:
    """ "called the strike illegal", "called the vote a sham": a verb of calling with what it calls it."""
    return any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in cue.children)


def _is_quoted(words: Sequence[Token]) -> bool:
    return any(t.tag_ in QUOTE_TAGS or t.text in _QUOTE_MARKS for t in words)


def _is_an_appeal_for_information(cue: Token) -> bool:
    """ "asked anyone with video to contact police", "urged witnesses to come forward", "appealed to the public to
    share footage": a request to the public for information, the routine of an inquiry, not a statement."""
    if cue_lemma(cue) not in _APPEALING:
        return False
    addressed = [c for c in cue.children if c.dep_ in ("dobj", "nsubj")]
    addressed += [o for c in cue.children if c.dep_ == "prep" and c.lower_ in ("to", "on") for o in c.children]
    if not any(a.lemma_.lower() in _THE_PUBLIC for a in addressed):
        return False
    clauses = ("xcomp", "advcl", "ccomp", "relcl", "acl")
    asked = [c for c in (*cue.children, *(g for a in addressed for g in a.children)) if c.dep_ in clauses]
    if any(v.lemma_.lower() in _INFORMING for v in asked):
        return True
    after = cue.doc[cue.i + 1 : cue.sent.end - 1]  # the parse may lose the infinitive ("to contact" as a compound)
    return any(t.lower_ == "to" and t.nbor().lemma_.lower() in _INFORMING for t in after)


def _condemned_as(cue: Token) -> bool:
    """The condemnation says what the act was: "condemned the raid as an act of terror"."""
    return any(c.dep_ == "prep" and c.lower_ == "as" for c in cue.children)


def _is_a_charge(preposition: Token) -> bool:
    """What the blamed party is blamed for ("blamed the army for the raid", "accused it of lying"); not the body a
    blamed party belongs to ('blamed "terrorists" of the Islamic State Sahel Province')."""
    if preposition.dep_ != "prep" or preposition.lower_ not in _CHARGES:
        return False
    if preposition.lower_ != "of" or preposition.head.pos_ == "VERB":
        return True
    return not any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in preposition.children)


def _only_a_pronoun(words: Sequence[Token]) -> bool:
    """ "denied it", "rejected that": a pronoun that stands for words said elsewhere states nothing itself (a
    person's pronoun is a party: "criticized them" reports a criticism)."""
    named = [t for t in words if not t.is_punct]
    return len(named) == 1 and named[0].lower_ in _PROPOSITION_PRONOUNS


def _is_a_bare_denial(head: Token) -> bool:
    """ "denied any involvement", "denied any role", "denied involvement" (a part, with nothing it is a part of)."""
    if any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in head.children):
        return True
    return head.lemma_.lower() in _PARTS and not any(c.dep_ in ("prep", "acl", "relcl") for c in head.children)


def _is_a_crowd(source: Token) -> bool:
    """Demonstrators, a crowd, or people in the plural ("the crowd", "Protesters", "hundreds of supporters")."""
    lemma = source.lemma_.lower()
    if lemma in _DEMONSTRATORS or (lemma in _CHANTERS and source.tag_ == "NNS") or lemma in ("crowd", "group"):
        return True
    of = [c for c in source.children if c.dep_ == "prep" and c.lower_ == "of"]  # "thousands of people"
    return any(o.lemma_.lower() in _DEMONSTRATORS | _CHANTERS for p in of for o in p.children if o.dep_ == "pobj")


# Words that count a crowd ("several thousand teachers", "hundreds of farmers", "many of them").
_CROWD_COUNTS = frozenset({"hundreds", "thousands", "dozens", "scores", "tens", "several", "many", "some", "most",
                           "all", "about", "around", "nearly", "over", "more", "up"})  # fmt: skip


# Who speak for a body even when counted ("dozens of lawmakers demanded"): their demand is a statement.
_OFFICE_HOLDERS = frozenset({"official", "leader", "lawmaker", "legislator", "minister", "senator", "mp", "deputy",
                             "governor", "mayor", "diplomat", "envoy", "spokesman", "spokesperson"})  # fmt: skip


def _is_a_counted_crowd(source: Token) -> bool:
    """People counted, not named nor holding an office: "about 3,000 nurses", "Several thousand teachers",
    "Hundreds of dairy farmers" (what such a crowd demands is its aim, which the reporter gives, not a statement;
    "the rebels demanded", "dozens of lawmakers demanded" stay statements)."""
    if source.pos_ not in ("NOUN", "NUM", "PRON") or source.lemma_.lower() in _OFFICE_HOLDERS:
        return False
    if source.lower_ in _CROWD_COUNTS:  # "Hundreds of dairy farmers", "Some of them"
        of = [c for c in source.children if c.dep_ == "prep" and c.lower_ == "of"]
        people = [o for p in of for o in p.children if o.dep_ == "pobj"]
        return any((p.tag_ == "NNS" and p.lemma_.lower() not in _OFFICE_HOLDERS) or p.lower_ == "them" for p in people)
    counted = any(c.dep_ in ("nummod", "amod") and (c.like_num or c.lower_ in _CROWD_COUNTS) for c in source.children)
    return source.tag_ == "NNS" and counted


def _denies_an_act(head: Token) -> bool:
    """ "denied firing first", "denied using live ammunition": a denial of what the speaker is said to have done."""
    return head.tag_ == "VBG"


def _is_short_and_unquoted(words: Sequence[Token]) -> bool:
    """A few words with no quotation ("any involvement", "firing first"): "any involvement in the attacks"
    says what."""
    if any(t.tag_ in QUOTE_TAGS or t.text in _QUOTE_MARKS for t in words):
        return False
    return len([t for t in words if not t.is_punct]) <= _BARE_DENIAL


def _only_the_party(head: Token, words: Sequence[Token]) -> bool:
    """The content is the blamed or accused party and nothing else ("blamed Tajik forces", "accused the
    army"): who is blamed, without what for, states nothing."""
    party = range(head.left_edge.i, head.right_edge.i + 1)
    if any(t.dep_ == "prep" and t.lower_ in _CHARGES for t in words):  # the charge hung on the party's noun
        return False
    return bool(words) and all(t.i in party or t.is_punct for t in words)


def _names_a_place(words: Sequence[Token]) -> bool:
    """Words that are only a place's name: labelled a place, or a proper name that the article writes as a place
    elsewhere ("the Ukrainian city of Nikopol", where the model labels the lone "Nikopol" an organisation)."""
    named = [t for t in words if not (t.is_punct or t.pos_ == "DET")]
    if not named:
        return False
    if all(t.ent_type_ in PLACE_LABELS for t in named):
        return True
    if len(named) > 1 or named[0].pos_ != "PROPN":
        return False
    name = named[0]
    return any(
        t.text == name.text and t.i != name.i and (t.ent_type_ in PLACE_LABELS or _follows_a_place_noun(t))
        for t in name.doc
    )


def _follows_a_place_noun(token: Token) -> bool:
    """ "the city of Nikopol", "the town of Dikwa"."""
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in _PLACE_NOUNS


def _is_a_demonstrations_aim(cue: Token) -> bool:
    """ "marched to demand rent controls", "protests demanding early elections": the purpose of a crowd's action
    (an infinitive of purpose on a verb of demonstrating, or a participle on a demonstration), not a statement."""
    if cue_lemma(cue) not in _DEMANDS:
        return False
    governor = cue.head
    if cue.dep_ in ("advcl", "xcomp") and any(c.tag_ == "TO" for c in cue.children):
        while governor.pos_ != "VERB" and governor.head.i != governor.i:  # the parser may hang it on a noun
            governor = governor.head
        if governor.pos_ != "VERB":  # a headline rooted on a noun: "Thousands march in X to demand ..."
            return governor.lemma_.lower() in _DEMONSTRATIONS
        return governor.lemma_ in _DEMONSTRATING
    if cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue.i > governor.i and cue.doc[cue.i - 1].text == ",":
        return governor.pos_ == "VERB" and governor.lemma_ in _MARCHING  # "marched through Jaffna, demanding that"
    return cue.dep_ == "acl" and cue.tag_ == "VBG" and governor.lemma_.lower() in _DEMONSTRATIONS


def _names_itself(cue: Token) -> bool:
    """ "who calls himself General Mbeki", "styled itself the army of the south": the name a speaker goes by."""
    reflexive = any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in cue.children)
    return cue_lemma(cue) in SELF_NAMING_VERBS and reflexive


_NAME_JOINS = frozenset({"of", "the", "de", "del", "la", "el", "and", "for", "y", "al"})
_NAME_LENGTH = 6  # words: "Operation Martyrs of Rask", "Tierra Caliente Segura"


def _names_a_thing(cue: Token, content: str) -> bool:
    """ "an operation the army calls 'Tierra Segura'", 'a manhunt, dubbed "Operation Martyrs of Rask"': a naming
    verb that modifies the noun it names, with a name in title case for content, gives a name, not words said
    ("the raid, which he called "a massacre"" says something)."""
    if cue_lemma(cue) not in SELF_NAMING_VERBS or cue.dep_ not in ("acl", "relcl"):
        return False
    words = [w.strip("\"'\u201c\u201d\u2018\u2019.,!?") for w in content.split()]
    words = [w for w in words if w]
    if words[:1] == ["the"]:  # "the Senkaku Islands, which China calls the Diaoyu"
        words = words[1:]
    if not words or len(words) > _NAME_LENGTH:
        return False
    return all(w[:1].isupper() or w.lower() in _NAME_JOINS for w in words) and words[0][:1].isupper()


def _blames_an_event(cue: Token) -> bool:
    """ "Drone strike kills 2, Bishkek blames Tajikistan": the clause before a blaming verb with its own object
    is the event blamed on that object, not words the blamer said."""
    if cue_lemma(cue) not in _BLAMING or not any(c.dep_ == "dobj" and c.i > cue.i for c in cue.children):
        return False
    return any(c.dep_ == "ccomp" and c.i < cue.i for c in cue.children)


def _is_question_put(cue: Token) -> bool:
    """ "Asked whether donors did enough, he said ...": the question put to the speaker, not the speaker's."""
    return cue.tag_ == "VBN" and cue.dep_ in ("advcl", "ccomp") and cue.lemma_ in _PUT_TO


def _is_imperative(cue: Token) -> bool:
    """ "Imagine that ...", "Don't forget that ...", "Ask yourself whether ...": the writer addresses the reader."""
    if cue.tag_ != "VB" or cue.dep_ not in ("ROOT", "conj"):
        return False
    if cue.dep_ == "conj" and not _is_imperative(cue.head):
        return False
    return not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") or (c.dep_ == "aux" and c.lower_ not in _DO) for c in cue.children
    )


def _is_byline(cue: Token) -> bool:
    """ "Jane Doe reports for the Daily News", "writes for": who the writer works for."""
    return (
        cue_lemma(cue) in _BYLINE_CUES
        and cue.tag_ == "VBZ"
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in cue.children)
    )


def _is_negated(cue: Token) -> bool:
    """ "did not say", "would never say", "declined to say", "refused to say"."""
    if any(c.dep_ == "neg" for c in cue.children):
        return True
    governor = cue.head
    return cue.dep_ == "xcomp" and (
        governor.lemma_ in ("decline", "refuse", "fail") or any(c.dep_ == "neg" for c in governor.children)
    )
