"""Coding actors as analysts do: ACLED's names with the period of the government a state's forces serve, ACLED's
actor types (inter codes), PLOVER/POLECAT sectors and kinds, and the known groups, IGOs and alliances of the
actor table (``lexicon/data/actors.tsv``).

``code_event_actors`` codes the actors of an ACLED event ("Military Forces of Russia" striking Kyiv in 2022 ->
"Military Forces of Russia (2000-)", inter 8: state forces outside their country are external forces);
``ActorCoder`` names the parties of verbal events from the parse (people by their full names, states,
organisations, known groups).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from eventwire.lexicon import actors as table
from eventwire.lexicon.countries import country_name
from eventwire.model import Actor, Event, Span
from eventwire.resolve.actors import DEMONYMS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from eventwire.resolve.people import People, PersonMention

_CROWDS = {"Protesters": (table.PROTESTERS, "protesters", "crowd"), "Rioters": (table.RIOTERS, "rioters", "crowd"),
           "Civilians": (table.CIVILIANS, "civilian", "civilians"),
           "Unidentified Armed Group": (table.POLITICAL_MILITIA, "militia", "unidentified")}  # fmt: skip
_REBEL_WORDS = frozenset({"rebel", "rebels", "insurgent", "insurgents", "jihadist", "jihadists", "separatist",
                          "separatists", "militant", "militants", "terrorist", "terrorists"})  # fmt: skip
_MILITIA_WORDS = frozenset({"militia", "militias", "militiamen", "militiaman", "vigilante", "vigilantes", "herdsmen",
                            "paramilitary", "paramilitaries"})  # fmt: skip
_WORD = re.compile(r"[\w'-]+")
# Common nouns that name a state's forces, its government or a crowd, as ACLED names them.
_GROUPS: dict[str, str] = {
    **dict.fromkeys(["police", "policemen", "gendarmes", "gendarmerie"], "Police Forces of {}"),
    **dict.fromkeys(["army", "military", "troops", "soldiers"], "Military Forces of {}"),
    **dict.fromkeys(["government", "authorities"], "Government of {}"),
    **dict.fromkeys(["protesters", "demonstrators", "protestors"], "Protesters ({})"),
}
# ACLED's associated actors for the people a crowd is made of (the first that fits wins).
ASSOCIATED_GROUPS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"teacher", "teachers", "lecturers"}), "Teachers"),
    (frozenset({"student", "students", "pupils"}), "Students"),
    (frozenset({"journalist", "journalists", "reporters"}), "Journalists"),
    (frozenset({"lawyer", "lawyers", "advocates"}), "Lawyers"),
    (frozenset({"farmer", "farmers", "herders", "peasants"}), "Farmers"),
    (frozenset({"doctors", "nurses", "medics", "health"}), "Health Workers"),
    (frozenset({"workers", "worker", "union", "unions", "employees", "miners", "drivers", "staff"}), "Labor Group"),
    (frozenset({"women"}), "Women"),
    (frozenset({"refugees", "refugee", "migrants", "idps", "displaced"}), "Refugees/IDPs"),
)
# Bombings that ACLED gives to an unidentified armed group when the report names no perpetrator.
UNATTRIBUTED_BOMBINGS = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})
# Words of a title that place a person in a sector: "Foreign Minister" government, "U.N. chief" IGO.
# The first that fits wins ("Defense Minister" is government, "army chief" military).
_TITLE_SECTORS = (
    (frozenset({"u.n.", "un", "secretary-general", "nato", "eu", "au"}), "IGO"),
    (frozenset({"minister", "president", "prime", "governor", "mayor", "secretary", "ambassador", "chancellor",
                "king", "premier", "senator", "lawmaker", "ministry", "envoy"}), "government"),
    (frozenset({"general", "commander", "colonel", "army", "military", "defence", "defense"}), "military"),
    (frozenset({"police", "inspector"}), "police"),
    (frozenset({"spokesman", "spokeswoman", "spokesperson", "leader", "official", "chief", "aide", "deputy"}),
     "government"),
)  # fmt: skip
_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Heads of a phrase whose named modifier is the actor: "Russian officials", "CUF director", "Kenya's president";
# not "Algerian lawyers" or "Lupane State University students", who speak for themselves.
OFFICIAL_HEADS = frozenset({"official", "officials", "spokesman", "spokeswoman", "spokesperson", "director", "leader",
                            "leaders", "chief", "head", "minister", "ministry", "government", "authorities",
                            "authority", "president", "forces", "force", "troops", "army", "military", "police",
                            "commander", "envoy", "ambassador", "delegation", "secretary", "chairman",
                            "representative", "administration", "foreign", "prime", "king", "leadership",
                            "negotiator", "negotiators", "diplomat", "diplomats", "embassy"})  # fmt: skip


def code_event_actors(event: Event, text: str, published: date | None) -> Event:
    """An ACLED event with its actors coded (names, periods, inter codes, sectors), the event's country deciding
    whether a state's forces are at home (inter 1) or abroad (inter 8)."""
    when = _event_day(event, published)
    home = country_name(event.place.country) if event.place is not None else None
    unknown = event.actor1 is None and event.sub_event_type in UNATTRIBUTED_BOMBINGS
    sentence = event.sentence.text_of(text)
    actor1 = _unidentified(home) if unknown else code_actor(event.actor1, text, when, home, sentence)
    actor2 = code_actor(event.actor2, text, when, home)
    if actor1 is event.actor1 and actor2 is event.actor2:
        return event
    return replace(event, actor1=actor1, actor2=actor2)


def code_actor(actor: Actor | None, text: str, when: date | None, home: str | None, sentence: str = "") -> Actor | None:
    """The actor named, typed and coded; ``sentence`` tells who a crowd named by no phrase is."""
    if actor is None:
        return None
    mention = actor.span.text_of(text) if actor.span is not None else ""
    known = table.known_actor(mention) if mention else None
    if known is not None:
        return _known(known, actor.span)
    for prefix, sector in table.STATE_FORCE_PREFIXES.items():
        if actor.name.startswith(prefix):
            state = actor.country or actor.name.removeprefix(prefix).removeprefix("the ")
            period = table.state_period(state, when)
            forces = actor.name.split(" (")[0]  # "Military Forces of the United States"
            name = f"{forces} ({period})" if period else forces
            inter = table.STATE_FORCES if home is None or home == state else table.EXTERNAL
            return replace(actor, name=name, country=state, inter=inter, sector=sector, kind="state")
    if actor.name.startswith("Government of "):
        return replace(actor, inter=table.STATE_FORCES, sector="government", kind="state")
    for crowd, (inter, sector, kind) in _CROWDS.items():
        if actor.name == crowd or actor.name.startswith(crowd + " ("):
            country = actor.country or (home if actor.name == f"{crowd} ({home})" else None)
            described = mention or (sentence if crowd in {"Protesters", "Rioters"} else "")
            associated = _associated(described, country) if crowd in {"Protesters", "Rioters", "Civilians"} else None
            return replace(actor, country=country, inter=inter, sector=sector, kind=kind, associated=associated)
    return _named_group(actor)


def _associated(mention: str, country: str | None) -> str | None:
    """ACLED's associated actor of a crowd, by who the crowd is ("striking teachers" -> "Teachers (Kenya)")."""
    words = {w.lower() for w in _WORD.findall(mention)}
    group = next((name for cues, name in ASSOCIATED_GROUPS if words & cues), None)
    if group is None:
        return None
    return f"{group} ({country})" if country else group


def _unidentified(home: str | None) -> Actor:
    """ACLED's actor for a bombing whose perpetrator the report does not name."""
    name = f"Unidentified Armed Group ({home})" if home else "Unidentified Armed Group"
    return Actor(name, None, home, inter=table.POLITICAL_MILITIA, sector="militia", kind="unidentified")


def _named_group(actor: Actor) -> Actor:
    """A group named by the text ("Fulani militiamen"): a rebel group or a militia by its words."""
    words = {w.lower() for w in _WORD.findall(actor.name)}
    if words & _MILITIA_WORDS:
        return replace(actor, inter=table.POLITICAL_MILITIA, sector="militia", kind="armed group")
    if words & _REBEL_WORDS:
        return replace(actor, inter=table.REBELS, sector="rebel", kind="armed group")
    return actor


def _known(known: table.KnownActor, span: Span | None) -> Actor:
    return Actor(
        known.name,
        span,
        country_name(known.country),
        inter=known.inter,
        sector=known.sector,
        kind=known.kind,
    )


def _event_day(event: Event, published: date | None) -> date | None:
    if event.date is not None and len(event.date.value) == 10:
        try:
            return date.fromisoformat(event.date.value)
        except ValueError:
            return published
    return published


class ActorCoder:
    """Names the parties of verbal events from the parse of one article."""

    def __init__(
        self, doc: Doc, home: str | None = None, published: date | None = None, text: str | None = None
    ) -> None:
        self.doc = doc
        self.text = doc.text if text is None else text  # the article's text (Doc.text joins every token again)
        self.home = home  # the country the article reports from, for "the police", "protesters"
        self.published = published

    def actor(self, token: Token, people: People) -> Actor | None:
        """The actor a noun phrase names: a person, a known group, an organisation, a state, or a state's people
        ("Russian officials" -> Russia); None for a phrase that names nobody ("places", "journalists")."""
        group = _GROUPS.get(token.lower_)
        if group is not None:
            return self._group(token, group)
        entity = _entity_of(token)
        if entity is None:
            return None
        first, last, label = entity
        span = Span(self.doc[first].idx, self.doc[last].idx + len(self.doc[last]))
        name = span.text_of(self.text)
        known = table.known_actor(name)
        if known is not None:
            return _known(known, span)
        name = _without_article(name)
        mention = people.full_name(name) if label != "NORP" else None
        if mention is not None and (label == "PERSON" or len(name.split()) <= 2):
            return self.person_mention(mention, people, span)  # "Guterres", which the model may call a place
        if label == "PERSON":
            return self.person(name, None, span)
        if label == "GPE":
            state = _without_article(name)  # "The United States"
            return Actor(state, span, state, sector="government", kind="state")
        if label == "NORP":
            country = _demonym_state(name)
            return Actor(country, span, country, sector="government", kind="state") if country else None
        return Actor(_without_article(name), span, None, kind="organisation")

    def _group(self, token: Token, pattern: str) -> Actor:
        """ "the police" -> "Police Forces of Nigeria (2023-)", "Russian troops" -> "Military Forces of Russia
        (2000-)", "protesters" -> "Protesters (France)": the country a modifier names, else the article's."""
        state = (
            next(
                (
                    _demonym_state(c.text) or (c.text if c.ent_type_ == "GPE" else None)
                    for c in token.children
                    if c.dep_ in {"amod", "compound", "poss", "nmod"} and c.ent_type_ in {"NORP", "GPE"}
                ),
                None,
            )
            or self.home
        )
        name = pattern.format(state) if state else pattern.split(" of ")[0].split(" (")[0]
        actor = Actor(name, Span(token.idx, token.idx + len(token)), state)
        coded = code_actor(actor, self.text, self.published, self.home)
        return coded if coded is not None else actor

    def person(self, name: str, title: str | None, span: Span | None) -> Actor:
        return Actor(_without_article(name), span, None, sector=_sector_of_title(title), kind="person")

    def person_mention(self, mention: PersonMention, people: People, span: Span | None = None) -> Actor:
        full = people.full_name(mention.name) or mention
        title = mention.title or full.title
        return self.person(full.name, title, span if span is not None else mention.span)


def _entity_of(token: Token) -> tuple[int, int, str] | None:
    """The named entity (first token, last token, label) a token is part of or that heads its phrase
    ("Foreign Minister Dmytro Kuleba", "Russian forces" -> "Russian")."""
    doc = token.doc
    named = [c for c in token.children if c.dep_ in {"compound", "appos"} and c.ent_type_ == "PERSON"]
    speaks_for = token.lemma_.lower() in OFFICIAL_HEADS or token.lower_ in OFFICIAL_HEADS
    modifiers = [c for c in token.children if c.dep_ in {"amod", "poss", "nmod", "compound"}] if speaks_for else []
    if speaks_for:  # "the foreign ministers of Russia and Ukraine", "officials from Kenya"
        modifiers += [o for c in token.children if c.lower_ in {"of", "from"} for o in c.children if o.dep_ == "pobj"]
    for candidate in [token, *named, *modifiers]:  # "President William Ruto"; "Kenya's", "Russian" officials
        label = candidate.ent_type_
        if label not in _ENTITY_LABELS:
            continue
        first = last = candidate.i
        while doc[first].ent_iob_ == "I" and first > 0:
            first -= 1
        while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
            last += 1
        while doc[last].lower_ in {"'s", "’s", "'"} and last > first:
            last -= 1
        return first, last, label
    return None


def _demonym_state(name: str) -> str | None:
    return DEMONYMS.get(name.lower())


def _without_article(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


def _sector_of_title(title: str | None) -> str | None:
    if not title:
        return None
    words = {w.lower() for w in title.replace(".", ". ").split()} | {w.lower() for w in title.split()}
    for cues, sector in _TITLE_SECTORS:
        if words & cues:
            return sector
    return None
