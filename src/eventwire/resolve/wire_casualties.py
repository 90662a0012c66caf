"""The injured of a wire report's main event, told for several groups apart.

A report often counts the injured of each side by its own source and sentence ("Seven police officers were injured,
the police said. The regional hospital said it had treated 11 civilians"; "Nine protesters were hurt ... and four
police officers were injured"). ACLED counts an event's casualties whoever they were: figures of disjoint groups
(the security forces, the press, the civilians or protesters) add up. A group told twice ("five protesters were
hurt ... organisers later said 11 protesters were injured") is one figure, its largest (the later update); a figure
of people in general ("12 people were hurt") may count every group, so it is not added to them, unless the figure of
a group is told apart from it ("Separately, the union said two photographers had been hit"). A part of a figure
("two of them were in serious condition") adds to nothing, nor does one person told without a count ("he was shot",
"a trooper was injured"): a report may name them again in other words. A figure told as more than those counted
before ("Nine protesters were treated ... three more people had been taken to a clinic", "nine more had been brought
there") counts others: it adds to them, whoever they were (but the more of "two were killed and nine more hurt" are
more than the dead).

One rule, then: distinct groups sum, updates and totals replace, background is left out. A count told right before
its casualty word ("26 hurt", "between 20 and 25 civilians") names no group: people in general. A group told as also
hurt ("Nine police officers were also hurt") is told apart from the people before it (not people of any kind: "two
men were also wounded" may be of the figure told before). One person told as the next of their own kind ("a third
gunman, who was wounded") is one more when the injured of that kind (their noun, or the forces or press they are of)
counted before are fewer than the ordinal. A headline's figure sums up the story, and the injured an arrest's
sentence tells are the violence's (resolve/events.py, ``_injured_groups``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from eventwire.lexicon.calendar_words import ORDINAL_WORDS
from eventwire.lexicon.count_words import ARTICLE_COUNTS, COUNT_WORDS, MULTIPLIERS, VAGUE_QUANTITIES
from eventwire.model import CasualtyKind, CasualtyMention, Span

# The groups a report counts its injured by, by the nouns it names them with.
_GROUPS = (
    (
        "forces",
        re.compile(
            r"\b(?:police(?:men|women)?|(?:police\s+)?officers?|soldiers?|troops|servicem[ae]n|gendarmes?|guards?"
            r"|security\s+(?:forces|personnel|agents)|agents|deput(?:y|ies)|troopers?|riot\s+police)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "press",
        re.compile(
            r"\b(?:journalists?|reporters?|photographers?|photojournalists?|cameram[ae]n|camera\s+operators?"
            r"|media\s+workers?)\b",
            re.IGNORECASE,
        ),
    ),
)
# People in general: they may be of any group.
_GENERAL = re.compile(
    r"\b(?:people|persons?|individuals|others?|more|victims?|casualties|wounded|injured)\b", re.IGNORECASE
)
# A part of a figure told before: "two of them", "most of the injured".
_PART = re.compile(
    r"\b(?:of\s+(?:them|those|whom|the\s+(?:injured|wounded|hurt|victims|casualties))|them|they)\b", re.IGNORECASE
)
# The words of a count, before the noun of the people it counts ("11 civilians", "nine protesters").
_NUMBER_WORDS = (frozenset(COUNT_WORDS) - ARTICLE_COUNTS) | frozenset(VAGUE_QUANTITIES) | frozenset(MULTIPLIERS)
# The words that end the noun phrase of a count ("nine protesters were hurt", "11 people who").
_PHRASE_ENDS = frozenset(
    {"was", "were", "had", "have", "has", "been", "are", "is", "be", "being", "who", "and", "or", "in", "with", "by",
     "at", "for", "from", "on", "to", "of", "after", "when", "said"}
)  # fmt: skip
# Words that tell a figure apart from one told before ("Separately, the union said two photographers were hit").
_APART = re.compile(r"\b(?:separately|in\s+addition|besides)\b", re.IGNORECASE)
_ALSO = re.compile(r"\balso\b", re.IGNORECASE)
_ALSO_BEFORE = 6  # characters before a figure in which its "also" stands ("also wounding three")
# A count told as more than those counted before: "three more people", "nine more", "two additional victims",
# "another four".
_MORE = re.compile(
    r"\b(?:(?:\d+|[a-z]+)\s+(?:more|additional|further)\b(?!\s+than)|another\s+(?:\d+|[a-z]+)\b)", re.IGNORECASE
)
_MORE_REACH = 6  # characters after a figure in which its "more" stands
# The words right before a figure's count that tell it as more ("another 11 had been treated", "a further six").
_MORE_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional)\s+$", re.IGNORECASE)

# One person told as one more than those counted before: "a farmer ... was also wounded", "a fourth man, the driver,
# was wounded", "a second boy was hurt".
_ONE_MORE = re.compile(r"\b(?:also|second|third|fourth|fifth|sixth)\b", re.IGNORECASE)
_ONE_MORE_BEFORE = 12  # characters before a figure in which its ordinal stands ("A fourth man")
_DEAD_WORDS = re.compile(r"\b(?:killed|dead|died|killing|deaths?)\b", re.IGNORECASE)
# The words of a range between two counts ("eight to 10", "two or three", "between 20 and 25").
_RANGE_JOINERS = frozenset({"to", "or", "and", "-"})
# The casualty words a count may stand right before ("26 hurt", "40 injured", "nine wounded").
_CASUALTY_WORDS = re.compile(r"(?:hurt|injured|wounded|killed|dead|treated|hospitali[sz]ed)", re.IGNORECASE)
_AFTER_REACH = 40  # characters after a figure in which the noun of the people it counts stands


def injured_of_groups(
    mentions: Sequence[CasualtyMention], text: str, sentences: Sequence[Span], *, dead: int | None = None
) -> CasualtyMention | None:
    """The figure of the injured that ``mentions`` (the stated injured of one event, in text order) add up to when
    they count disjoint groups, if it is larger than each of them; else None. ``sentences`` are the article's
    sentence spans (a figure told apart is so in its own sentence). Given the event's ``dead`` (a wire report of
    political violence), one person told as one more is a group of its own: "a farmer ... was also wounded" after
    no figure of the farmer's group, "a third person was wounded" after two dead (not "a fourth passenger was
    hurt" after "wounding four"). A crime report tells its victims one by one after their total ("Four people were
    shot ... A second victim was taken"): no one more there."""
    by_group: dict[str, list[CasualtyMention]] = {}
    general: list[CasualtyMention] = []
    apart: set[str] = set()
    named: set[str] = set()  # the groups counted so far by name (forces, press, other people)
    counted: list[CasualtyMention] = []  # the figures of injured counted so far
    for mention in mentions:
        more = dead is not None and _one_more(mention, text)
        if more and not _new_person(mention, text, named, dead or 0, counted):
            continue
        lone = lone_of_its_own_source(mention, mentions, text, sentences)
        group = _group(mention, text) if more or lone or counts_people(mention, text) else None
        if group is None:
            continue
        if lone:
            apart.add(group)
        told_more = _more_than_before(mention, text, sentences) or more
        if told_more and _in_an_earlier_total(mention, counted):
            continue  # "at least 11 were hurt ... Eight were treated at the clinic ... three others were admitted"
        if group != "general":
            named.add(_named_group(mention, text))
        counted.append(mention)
        if told_more:
            group = f"more-{mention.span.start}"  # others than every group told before
            apart.add(group)
        if group == "general":
            general.append(mention)
            continue
        by_group.setdefault(group, []).append(mention)
        if _told_apart(mention, text, sentences):
            apart.add(group)
    largest = {group: max(told, key=lambda m: m.count) for group, told in by_group.items()}
    if not largest:
        return None
    parts = list(largest.values())
    if general:
        first_general = max(general, key=lambda m: m.count)
        joined = [m for g, m in largest.items() if g not in apart]
        told_apart = [m for g, m in largest.items() if g in apart]
        if not told_apart:
            return None  # "12 people were hurt ... four officers were injured": the 12 may count the four
        base = max([first_general, _sum_of(joined)] if joined else [first_general], key=lambda m: m.count)
        parts = [*(joined if base is not first_general else [first_general]), *told_apart]
    elif len(largest) < 2:
        return None
    total = _sum_of(parts)
    if total.count <= max(m.count for m in mentions):
        return None
    return total


def _in_an_earlier_total(more: CasualtyMention, counted: Sequence[CasualtyMention]) -> bool:
    """Whether a figure told as more than the one right before it is held, with it, by a total told before both
    ("at least 11 students were hurt ... Eight were treated at the clinic ... a doctor said three others had been
    admitted": the 11 sums up the eight and the three)."""
    if len(counted) < 2:
        return False
    previous = counted[-1]
    return any(m.count >= previous.count + more.count for m in counted[:-1])


def _group(mention: CasualtyMention, text: str) -> str | None:
    """The group a figure counts: "forces", "press", a noun of other people ("protesters", "civilians"), "general"
    for people in general, or None for a part of a figure told before; the side of a party that tells its own
    ("Armenia's defence ministry said three of its soldiers had been killed and four wounded")."""
    words = mention.span.text_of(text)
    after = re.split(r"[,.;:()\n]", text[mention.span.end : mention.span.end + _AFTER_REACH], maxsplit=1)[0]
    if _PART.search(_head_phrase(words)):
        return None
    side = _own_side(mention, text)
    if side is not None:
        return side
    for named in (words, after):
        for group, pattern in _GROUPS:
            if pattern.search(named):
                return group
    if _another(mention, text):
        return "people"  # one victim told apart: neither the forces nor people in general
    noun = _counted_noun(words)
    if not noun or _GENERAL.fullmatch(noun):
        return "general"
    return "people"  # protesters, civilians, farmers: those who are neither the forces nor the press


# A party's own people ("of its guards", "their men", "our soldiers") and the verb its source tells them with.
_OWN_PEOPLE = re.compile(r"\b(?:its|their|our)\s+(?:own\s+)?(?:[a-z-]+\s+)?[a-z]+", re.IGNORECASE)
_SOURCE_VERB = re.compile(r"\s(?:said|says|told|reported|announced)\b")
_SOURCE_WORDS = re.compile(r"\b(?:[A-Z][A-Za-z'-]+|[a-z]+)\b")
_NOT_SOURCE_WORDS = frozenset(
    {"the", "a", "an", "in", "on", "statement", "of", "later", "sunday", "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "s", "that", "and"}
)  # fmt: skip


def _own_side(mention: CasualtyMention, text: str) -> str | None:
    """The side whose source tells a figure of its own people ("The RSF said eight of their men were hurt"; "two of
    its guards had been killed and six wounded": the six too): the source's words before its verb of saying, in the
    figure's sentence; two sides' figures are two groups, a side told twice one."""
    start = max(text.rfind(".", 0, mention.span.start), text.rfind("\n", 0, mention.span.start)) + 1
    end = text.find(".", mention.span.end)
    sentence = text[start : end if end >= 0 else len(text)]
    verb = _SOURCE_VERB.search(sentence)
    if verb is None or verb.start() > mention.span.start - start or not _OWN_PEOPLE.search(sentence, verb.end()):
        return None
    source = [w.casefold() for w in _SOURCE_WORDS.findall(sentence[: verb.start()])]
    words = [w for w in source if w not in _NOT_SOURCE_WORDS]
    return "side:" + " ".join(words) if words else None


def counts_people(mention: CasualtyMention, text: str, *, one_more: bool = False) -> bool:
    """Whether a figure is told with a count ("seven officers", "wounding 14") or as one person more ("beat a man
    to death and injured another"): not one person ("he was shot", "a trooper was injured"), whom a report may
    name again in other words."""
    return (
        _count_at(_words(mention.span.text_of(text))) is not None
        or _another(mention, text)
        or (one_more and _one_more(mention, text))
    )


# Words that make one person a part of a figure told elsewhere: "a reporter was among the injured".
_AMONG = re.compile(r"\b(?:among|including|included|one\s+of)\b", re.IGNORECASE)
_SAYING = re.compile(r"\b(?:said|says|told|reported|announced|confirmed)\b")


def lone_of_its_own_source(
    mention: CasualtyMention, mentions: Sequence[CasualtyMention], text: str, sentences: Sequence[Span]
) -> bool:
    """Whether one person of the forces or the press, told without a count ("the press union said a reporter had
    been hit"), is a group of their own: a source of their own tells them, and no other figure of the injured comes
    from that source (a hospital that counts the people it treated does not count a reporter whom the union tells
    of); not one told as among others ("a reporter was among the injured")."""
    if mention.count != 1 or counts_people(mention, text) or _PART.search(_head_phrase(mention.span.text_of(text))):
        return False
    words = _words_before(mention, text) + mention.span.text_of(text)
    sentence = _sentence_of(mention.span, sentences)
    if sentence is None or not any(p.search(words) for _, p in _GROUPS) or _AMONG.search(sentence.text_of(text)):
        return False
    source = _source_words(mention.span, text, sentence)
    others = [m for m in mentions if m is not mention and m.kind is CasualtyKind.INJURED]
    if not source or not others:
        return False
    for other in others:
        around = _sentence_of(other.span, sentences)
        told_by = _source_words(other.span, text, around) if around is not None else frozenset()
        if not told_by or told_by & source:
            return False
    return True


def _sentence_of(span: Span, sentences: Sequence[Span]) -> Span | None:
    return next((s for s in sentences if s.start <= span.start < s.end), None)


def _source_words(span: Span, text: str, sentence: Span) -> frozenset[str]:
    """Who tells a figure, as words: the subject of a verb of saying before it ("The Gambia Press Union said a
    reporter ..."), else the attribution after it ("... at the hospital, its chief medical officer, Dr. X, told
    Reuters"); none when its sentence names no source."""
    before = text[sentence.start : span.start]
    verbs = list(_SAYING.finditer(before))
    if verbs:
        named = before[: verbs[-1].start()]
    else:
        after = text[span.end : sentence.end]
        closing = _SAYING.search(after)
        if closing is None or "," not in after[: closing.start()]:
            return frozenset()
        named = after[after.index(",") + 1 : closing.start()]
    words = {w.casefold() for w in _SOURCE_WORDS.findall(named)}
    return frozenset(words - _NOT_SOURCE_WORDS - {"its", "their", "his", "her", "dr", "mr", "ms", "mrs"})


def _named_group(mention: CasualtyMention, text: str) -> str:
    """The group a figure names, with the words right before it ("a police sergeant"): the forces, the press, else
    other people."""
    words = _words_before(mention, text) + mention.span.text_of(text)
    return next((group for group, pattern in _GROUPS if pattern.search(words)), "people")


def _new_person(
    mention: CasualtyMention, text: str, named: set[str], dead: int, counted: Sequence[CasualtyMention]
) -> bool:
    """Whether one person told as one more is no one counted before: "also" with no figure of their group before
    ("a farmer ... was also wounded" after "two officers"), or an ordinal beyond the injured of their own kind (their
    noun, or the forces or press they are of) counted so far ("a third gunman, who was wounded" after two officers
    wounded; not "a fourth officer" after "wounding four officers", nor "a third deputy" after "three other officers
    were injured"); the ordinal of a person of any kind counts the dead too ("a third person was
    wounded" after two dead, not after two dead and one wounded)."""
    words = _words_before(mention, text) + mention.span.text_of(text)
    found = _ONE_MORE.search(words)
    if found is None:
        return False
    word = found.group().lower()
    if word == "also":
        return _named_group(mention, text) not in named
    following = re.match(r"\s+([A-Za-z-]+)", words[found.end() :])
    noun = _singular(following.group(1).casefold()) if following else ""
    anyone = noun in _ANYONE
    group = next((g for g, pattern in _GROUPS if pattern.fullmatch(noun)), None)  # "deputy": the forces

    def of_its_kind(m: CasualtyMention) -> bool:  # "officers" before "a third deputy", not before "a third gunman"
        return _singular(_counted_noun(m.span.text_of(text))) in {noun, ""} | _ANYONE or (
            group is not None and _group(m, text) == group
        )

    before = sum(m.count for m in counted if anyone or of_its_kind(m))
    return ORDINAL_WORDS[word] > before + (dead if anyone else 0)


# Nouns of a person of any kind: an ordinal of them counts every victim told before ("a third person", "a fourth man").
_ANYONE = frozenset({"", "man", "woman", "person", "people", "victim", "casualty", "one", "individual", "other"})


def _singular(noun: str) -> str:
    """ "officers" officer, "militiamen" militiaman, "people" people."""
    if noun.endswith("men"):
        return noun[:-3] + "man"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _one_more(mention: CasualtyMention, text: str) -> bool:
    """ "A farmer ... was also wounded", "a fourth man was wounded": one person told as one more than those counted
    before (the dead or the injured), whom no other figure counts."""
    if mention.count != 1:
        return False
    return _ONE_MORE.search(_words_before(mention, text) + mention.span.text_of(text)) is not None


def _words_before(mention: CasualtyMention, text: str) -> str:
    """The words right before a figure in its sentence ("A fourth " man, "A police " sergeant)."""
    before = text[max(0, mention.span.start - _ONE_MORE_BEFORE) : mention.span.start]
    return re.split(r"[.;:\n]", before)[-1]  # not a word of the sentence before


def _another(mention: CasualtyMention, text: str) -> bool:
    """ "injured another", "another was hurt": one person told apart from those named before."""
    return mention.count == 1 and _words(mention.span.text_of(text)).count("another") == 1


def _words(text: str) -> list[str]:
    return [t.casefold() for t in re.findall(r"[A-Za-z'-]+|\d+", text)]


def _count_at(tokens: Sequence[str]) -> int | None:
    """Where the count of a figure's words stands (not an age: "a 22-year-old man")."""
    for i, token in enumerate(tokens):
        age = i + 1 < len(tokens) and tokens[i + 1].lstrip("-").startswith("year")
        if (token.isdigit() or token in _NUMBER_WORDS) and not age:
            return i
    return None


def _head_phrase(words: str) -> str:
    """A figure's words up to the first comma or bracket: its own phrase ("two of them were"), not a part of it
    told after it ("treated seven protesters, one of them for a head wound": seven protesters)."""
    return re.split(r"[,;:()\u2014]", words, maxsplit=1)[0]


def _counted_noun(words: str) -> str:
    """The noun a figure's count qualifies ("treated 11 civilians": "civilians"), or "" when the count stands alone
    ("wounding 14") or there is none."""
    # "Two other men, ages 26 and 36, were": the noun phrase ends at a comma
    head = _words(_head_phrase(words))
    tokens = head if _count_at(head) is not None else _words(words)
    start = _count_at(tokens)
    if start is None:
        return ""
    rest = tokens[start + 1 :]
    if rest[:1] == ["of"]:  # "eight of the attackers"
        rest = rest[2:] if rest[1:2] and rest[1] in {"the", "their", "its", "his", "her"} else rest[1:]
    while len(rest) > 1 and rest[0] in _RANGE_JOINERS and _is_count(rest[1]):
        rest = rest[2:]  # "eight to 10 protesters", "between 20 and 25 civilians": the noun after the range
    phrase: list[str] = []
    for token in rest:
        if token in _PHRASE_ENDS or _is_count(token):
            break
        if not _CASUALTY_WORDS.fullmatch(token):  # "26 hurt", "nine injured protesters": no noun of the people
            phrase.append(token)
    return phrase[-1] if phrase else ""


def _is_count(token: str) -> bool:
    return token.isdigit() or token in _NUMBER_WORDS


def _told_apart(mention: CasualtyMention, text: str, sentences: Sequence[Span]) -> bool:
    """Whether a figure is told apart from those before it: its sentence opens apart ("Separately, the union said
    two photographers ..."), or its own words tell a group as hurt besides them ("Nine police officers were also
    hurt", "also wounding three soldiers"; not "the ministry also said", nor people of any kind: "two men were also
    wounded" may be of the figure told before)."""
    also = _ALSO.search(text, max(0, mention.span.start - _ALSO_BEFORE), mention.span.end) is not None
    if also and _singular(_counted_noun(mention.span.text_of(text))) not in _ANYONE:
        return True  # not "Two men in their 20s, also wounded": the victims of a figure told one by one
    sentence = _sentence_of(mention.span, sentences)
    if sentence is None:
        return False
    return _APART.search(text, sentence.start, mention.span.end) is not None


def _more_than_before(mention: CasualtyMention, text: str, sentences: Sequence[Span]) -> bool:
    """Whether a figure is told as more than those counted before ("three more people", "another four"), and not
    as more than the dead its sentence told first ("two were killed and nine more hurt")."""
    sentence = _sentence_of(mention.span, sentences)
    start = sentence.start if sentence is not None else mention.span.start
    at = _more_at(mention, text)
    if at is None:
        return False
    return _DEAD_WORDS.search(text, start, at) is None


def _more_at(mention: CasualtyMention, text: str) -> int | None:
    """Where a figure's words tell it as more than those counted before ("three more people", "four more", "another
    four"; "another 11" and "a further six" with the words before its count), or None."""
    words = mention.span.text_of(text)
    if _MORE_BEFORE.search(_words_before(mention, text)) and _count_at(_words(words)) == 0:
        return mention.span.start  # "another 11 had been treated": the parse leaves "another" out of the figure
    words = text[mention.span.start : mention.span.end + _MORE_REACH]  # "had taken four more": after the figure too
    found = _MORE.search(words)
    if found is None or _count_at(_words(found.group())) is None:
        return None
    if _count_at(_words(words[: found.start()])) is not None:
        return None  # "two were taken to a hospital and two more to another": more of the figure's own count
    return mention.span.start + found.start()


def added_up(first: CasualtyMention, parts: Sequence[CasualtyMention]) -> CasualtyMention:
    """One figure of the casualties that ``parts`` tell apart, told as ``first`` over the text that holds them all."""
    total = sum(m.count for m in parts)
    low = sum(m.low if m.low is not None else m.count for m in parts)
    span = Span(min(m.span.start for m in parts), max(m.span.end for m in parts))
    return replace(first, span=span, count=total, low=low, high=None)


def _sum_of(parts: Sequence[CasualtyMention]) -> CasualtyMention:
    """The injured that ``parts`` add up to, told as the first of them."""
    return replace(added_up(min(parts, key=lambda m: m.span.start), parts), kind=CasualtyKind.INJURED)
