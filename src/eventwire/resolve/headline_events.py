"""The headline as the report: the events of a page whose text tells none.

A web page's text is sometimes only its furniture ("We have sent you a verification email", a list of
videos, a sign-up box) while its title reports the incident ("Boyle County man dies after accidental
shooting", "4 shot, one fatally, on St. Louis street"). When the text gives no event, the title is read
as a report of its own, by the same stages up to the events (its parse, casualty figures in headline
style, places, the publication date), and its events are the article's.

Headlines have a grammar of their own ("headlinese"): no articles and no auxiliaries ("Teen killed in
shooting", "4 shot, one fatally"), Title Case ("Teen Shot To Death In Pacoima"), a label or a second clause
after a colon or a semicolon ("Update: Suspect shot himself"). The title is written out as prose before it
is read ("A teen was killed in shooting", "4 people were shot, one fatally"), which the stages read as
they read a report's sentences.

Their spans indexed the title, not the article's text: the events keep their type, date, place, figures
and actors' names, their rule says ``headline``, and every span into the text is empty at its start (the
title itself, ``Article.title``, is the evidence).
"""

from __future__ import annotations

import re
from dataclasses import replace

from eventwire.model import Actor, Article, Event, Provenance, Span
from eventwire.pipeline import CASUALTIES, EVENT_MENTIONS, EVENTS, Document, Stage, registered
from eventwire.pipeline.parse import parse_texts

HEADLINE_RULE = "headline"
# Words a Title Case headline capitalises that prose writes in lower case: function words and the words of
# casualties and crime (a name, "Pacoima", "St. Louis", keeps its capital).
LOWER_WORDS = frozenset(
    {"a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "after", "before", "during",
     "and", "or", "but", "as", "into", "near", "outside", "inside", "over", "is", "are", "was", "were", "be",
     "been", "has", "have", "his", "her", "their", "its", "who", "while", "death", "deaths", "dead", "dies",
     "died", "shot", "shoots", "shooting", "shootings", "killed", "kills", "killing", "injured", "injures",
     "wounded", "hurt", "slain", "stabbed", "stabbing", "found", "fatally", "fatal", "accidental", "accidentally",
     "critical", "serious", "condition", "charged", "arrested", "arraigned", "police", "say", "says", "man",
     "woman", "teen", "teenager", "boy", "girl", "child", "toddler", "baby", "mother", "father", "son",
     "daughter", "brother", "sister", "officer", "people", "victim", "victims", "gunman", "suspect", "home",
     "house", "car", "street", "park", "store", "bar", "party"}
)  # fmt: skip
_PERSON = (
    r"(?:man|woman|teen|teenager|boy|girl|child|toddler|baby|infant|student|officer|deputy|trooper|victim|"
    r"father|mother|son|daughter|husband|wife|person|resident|driver|grandmother|grandfather|brother|sister|"
    r"clerk|guard|\d+-(?:year|month)-old)"
)
_PARTICIPLE = r"(?:shot|killed|wounded|injured|hurt|slain|stabbed|found|hospitalized|dead|in\s+(?:critical|serious))"
_NUMBER = r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# A bare singular subject, up to three words of place or kind before it ("Bartow teenager", "Man"), and the
# participle or predicate whose auxiliary the headline leaves out.
_BARE_SUBJECT = re.compile(rf"^((?:[\w.'’-]+\s+){{0,3}}?{_PERSON})\s+(?={_PARTICIPLE}\b)", re.IGNORECASE)
_BARE_SINGULAR = re.compile(rf"^((?:[\w.'’-]+\s+){{0,3}}?{_PERSON})\s+(?=(?:dies|died)\b)", re.IGNORECASE)
_BARE_NUMBER = re.compile(rf"^({_NUMBER})\s+(?=(?:shot|killed|wounded|injured|hurt|slain|stabbed|dead)\b)", re.I)
# A finite verb later in the headline: the participle before it is a reduced relative ("Man found in car died").
_FINITE_DEATH = re.compile(r"\b(?:dies|died)\b", re.IGNORECASE)
_DETERMINERS = frozenset({"a", "an", "the", "one", "this", "that", "his", "her", "their", "its"})
# "Update: ...", "Police: ...", "Daughter: ...": a label of one or two words before the headline proper.
_LABEL = re.compile(r"^\s*(?:[\w'’-]+\s+)?[\w'’-]+:\s+")
_NOWHERE = Span(0, 0)  # the evidence is the title, outside the text


def headline_events(document: Document) -> tuple[Event, ...]:
    """The events the article's title reports, read as a text of its own, when the title is not already the
    top of the text (then its words were read with the text)."""
    article = document.article
    title = " ".join((article.title or "").split())
    if not title or title in " ".join(article.text[: len(title) * 2 + 200].split()):
        return ()
    resources = document.resources
    settings = resources.settings
    if not (stages := _stages_to_events(document)):
        return ()
    text = prose(title)
    headline = Article(id=article.id, text=text, published=article.published, title=text)
    doc = next(parse_texts(resources.nlp, [text], settings.chunk_chars, 1))
    report = Document(headline, doc, resources=resources, warnings=[], stages=document.stages, clock=document.clock)
    # The stages the event and casualty words need first: a title with neither reports no event, and the
    # others (places, dates, quotes) are not run on it. Each stage reads only what it requires, so the layers
    # are the same in either order.
    words = _needed(stages, {EVENT_MENTIONS.name, CASUALTIES.name})
    for part in ([s for s in stages if s.name in words], [s for s in stages if s.name not in words]):
        if (stopped := report.run_stages(part)) is not None:
            raise stopped[1]
        if not any(report.get(layer) for layer in (EVENT_MENTIONS, CASUALTIES) if report.has(layer)):
            return ()
    return tuple(_from_headline(e) for e in report.get(EVENTS)) if report.has(EVENTS) else ()


def _stages_to_events(document: Document) -> tuple[Stage, ...]:
    """The pipeline's stages up to the events (the settings' when the document was made by hand)."""
    stages = document.stages or tuple(registered(name) for name in document.resources.settings.stages)
    names = [stage.name for stage in stages]
    return stages[: names.index(EVENTS.name) + 1] if EVENTS.name in names else ()


def _needed(stages: tuple[Stage, ...], names: set[str]) -> frozenset[str]:
    """The names of the stages (of ``stages``) that make the layers ``names`` and those they require."""
    needed: set[str] = set()
    wanted = set(names)
    for stage in reversed(stages):
        if stage.name in wanted:
            needed.add(stage.name)
            wanted.update(layer.name for layer in stage.requires)
    return frozenset(needed)


def prose(title: str) -> str:
    """The headline as a sentence of prose: Title Case lowered where prose writes lower case, a label before a
    colon dropped, a second clause after a semicolon its own sentence, the article and the auxiliary a bare
    subject leaves out put back ("Teen killed" -> "A teen was killed", "4 shot" -> "4 people were shot")."""
    text = _LABEL.sub("", title, count=1)
    words = text.split(" ")
    alphabetic = [w for w in words if w[:1].isalpha()]
    if len(alphabetic) >= 3 and sum(w[0].isupper() for w in alphabetic) >= 0.7 * len(alphabetic):
        words = [words[0], *(w.lower() if w.lower().strip(",.;:!?") in LOWER_WORDS else w for w in words[1:])]
        text = " ".join(words)
    text = re.sub(r"\s*;\s+", ". ", text)
    first = text.split(" ", 1)[0].lower()
    if first not in _DETERMINERS:
        if match := _BARE_NUMBER.match(text):
            text = f"{match.group(1)} people {'was' if match.group(1) in {'1'} else 'were'} {text[match.end() :]}"
        elif match := _BARE_SUBJECT.match(text) or _BARE_SINGULAR.match(text):
            finite = match.re is _BARE_SINGULAR or _FINITE_DEATH.search(text, match.end())
            text = f"A {_lowered_first(match.group(1))} {'' if finite else 'was '}{text[match.end() :]}"
    return text if text.endswith((".", "!", "?")) else f"{text}."


def _lowered_first(words: str) -> str:
    """ "Man" -> "man", "Teen" -> "teen"; a name ("Bartow teenager") keeps its capital."""
    first, _, rest = words.partition(" ")
    lowered = first.lower() if first.lower() in LOWER_WORDS or re.match(r"\d", first) else first
    return f"{lowered} {rest}".strip()


def _from_headline(event: Event) -> Event:
    rule = f"{HEADLINE_RULE}:{event.provenance.rule}" if event.provenance.rule else HEADLINE_RULE
    return replace(
        event,
        trigger=_NOWHERE,
        sentence=_NOWHERE,
        provenance=Provenance(event.provenance.stage, event.provenance.version, rule, event.provenance.score),
        date_span=None,
        place_span=None,
        actor1=_unspanned(event.actor1),
        actor2=_unspanned(event.actor2),
        casualty_spans=(),
        claimant_span=None,
    )


def _unspanned(actor: Actor | None) -> Actor | None:
    return None if actor is None else replace(actor, span=None)
