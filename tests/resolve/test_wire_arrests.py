"""Arrests and talks as wire reports tell them, in invented reports in the style of AP, Reuters and AFP copy, each
kind told by three or more reporters with other wording, syntax, country and order of facts:

- people of public life (journalists, lawyers, rights activists, opposition members, critics, a mayor) held by the
  forces, however the verb says it ("were detained", "took into custody", "rounded up", "arrested"), are ACLED's
  arrests, even when the charges laid name a crime ("on fraud charges", "for smuggling"): the charge is the
  authorities' word, the people held are what makes the arrest political; people held for a crime with no public
  role stay out of scope;
- a lead that dates the arrest vaguely ("earlier this week", no day at all) and a later sentence that gives its day
  ("The arrests took place on Monday evening", "officers detained the couple on Wednesday"): the day of the arrest,
  not that of the statement;
- talks are dated by the day they were held and placed in the city they were held in, not in the country of one of
  the parties, even when the headline that opens the text names the parties and no day.
"""

from __future__ import annotations

import unicodedata

import pytest

import eventwire
from eventwire.model import Event


def main_event(text: str, published: str, title: str | None = None) -> Event:
    return eventwire.extract(text, published=published, title=title).events[0]


def folded(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def placed_in(event: Event, place: str) -> bool:
    """The event's place is ``place`` or one of its spellings ("Gomel|Homyel'"), accents aside."""
    return event.place is not None and folded(event.place.name) in place.split("|")


# ---------------------------------------------------------------- people of public life held: arrests

ARRESTS = [
    (  # active, "took into custody", a lawyer
        "Tunisian police detain defence lawyer after radio criticism",
        "TUNIS (Reuters) - Tunisian police took a prominent defence lawyer into custody at his office in Sfax on "
        "Tuesday, hours after he criticised the judiciary on a radio programme, his colleagues said on Wednesday.\n\n"
        "The bar association called a strike for Thursday in protest. The interior ministry did not comment.",
        "2026-03-11",
        "2026-03-10",
        "Sfax",
    ),
    (  # passive, journalists, a charge that names a crime
        "Kyrgyz journalists held on fraud charges",
        "BISHKEK, April 16 (AFP) - Eleven journalists of an independent television channel were detained in Osh on "
        "Wednesday on fraud charges that press freedom groups said were invented to silence the station, their "
        "lawyer said on Thursday.\n\nThe channel's offices were sealed and its broadcasts stopped.",
        "2026-04-16",
        "2026-04-15",
        "Osh",
    ),
    (  # "rounded up", opposition supporters, the place before the date
        "Ugandan security forces round up opposition supporters before rally",
        "KAMPALA, Uganda (AP) — Security forces rounded up at least 40 supporters of the main opposition party in "
        "the eastern town of Mbale on Sunday, a day before a rally its leader had planned there, the party said "
        "Monday.\n\nA police spokesman said those held would be charged with unlawful assembly.",
        "2026-06-08",
        "2026-06-07",
        "Mbale",
    ),
    (  # a mayor and officials, raids and warrants, the arrests' noun
        "Turkish police detain opposition mayor in corruption probe",
        "ANKARA, March 13 (Reuters) - Turkish police detained the opposition mayor of the city of Antalya and 12 "
        "municipal officials in dawn raids on Friday, executing arrest warrants issued by prosecutors in a "
        "corruption investigation, state media reported.\n\nThe mayor's party called the detentions a political "
        "operation.",
        "2026-03-13",
        "2026-03-13",
        "Antalya",
    ),
]


ARRESTS += [
    (  # passive, "placed under arrest", a rights defender
        "Tajik rights defender placed under arrest",
        "DUSHANBE, Tajikistan (Reuters) - A Tajik human rights defender was placed under arrest in Khujand on "
        "Thursday, his daughter said on Friday.",
        "2026-06-05",
        "2026-06-04",
        "Khujand",
    ),
    (  # warrants executed, the day before the verb
        "Warrants executed against Thai activists",
        "BANGKOK (Reuters) - Thai police on Wednesday executed arrest warrants against five student activists in "
        "Chiang Mai over a protest last year, their lawyers said.",
        "2026-06-10",
        "2026-06-10",
        "Chiang Mai",
    ),
    (  # "picked up" by agents, a pronoun held
        "Zimbabwe opposition spokesman picked up by state agents",
        "HARARE, Zimbabwe (AP) — Plainclothes state security agents picked him up outside a church in Gweru on "
        "Sunday, the opposition party said of its spokesman, Tendai Moyo, on Monday.",
        "2026-06-08",
        "2026-06-07",
        "Gweru",
    ),
    (  # the arrests' noun as the subject, journalists held
        "Arrests of journalists in Guatemala draw condemnation",
        "GUATEMALA CITY (AP) — The arrests of three journalists in Quetzaltenango on Friday drew condemnation from "
        "press groups, which said on Saturday the charges were an attempt to silence critical reporting.",
        "2026-06-06",
        "2026-06-05",
        "Quetzaltenango",
    ),
]


def _assert_an_arrest_on(event: Event, day: str, place: str) -> None:
    """The main event is an ACLED arrest, on that day, at that place."""
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Arrests")
    assert event.date is not None and event.date.value == day
    assert placed_in(event, place)


@pytest.mark.parametrize(("title", "text", "published", "day", "place"), ARRESTS)
def test_people_of_public_life_held_by_the_forces_are_an_arrest(
    title: str, text: str, published: str, day: str, place: str
) -> None:
    _assert_an_arrest_on(main_event(text, published, title), day, place)


CRIME_ARRESTS = [
    (
        "Kenyan police arrest robbery suspects",
        "NAIROBI, Kenya (AP) — Police arrested two men suspected of a string of robberies in Nairobi's Eastleigh "
        "neighbourhood on Tuesday and recovered stolen phones, a police spokesman said.\n\nThe men will appear in "
        "court on Thursday.",
    ),
    (  # the victim a journalist, the people held suspects of a robbery
        "Kenyan police arrest suspects in journalist's killing",
        "NAKURU, Kenya (AP) — Police arrested two men suspected of killing a radio journalist during a robbery in "
        "Nakuru on Tuesday, a police spokesman said Wednesday.",
    ),
    (  # a lawyer among people held for a fraud they are accused of
        "Brazil police arrest fraud ring",
        "SAO PAULO (Reuters) - Brazilian police arrested a lawyer and four bank employees accused of running a "
        "pension fraud ring in Campinas on Thursday, federal police said.",
    ),
]


CRIME_ARRESTS += [
    (  # people picked up by rescuers
        "Floods swamp Philippine city",
        "MANILA (AP) — Rescuers picked up 40 people from rooftops in Marikina on Sunday as floods swept the city, "
        "officials said.",
    ),
]


@pytest.mark.parametrize(("title", "text"), CRIME_ARRESTS)
def test_people_held_for_a_crime_are_no_acled_arrest(title: str, text: str) -> None:
    events = eventwire.extract(text, published="2026-03-12", title=title).events
    assert all(e.sub_event_type != "Arrests" for e in events)


# ---------------------------------------------------------------- the day of the arrest, told after the lead

DAY_TOLD_LATER = [
    (  # "earlier this week" in the lead, the day in a sentence of the event's own noun
        "Venezuelan agents detain three rights activists",
        "CARACAS, Venezuela (AP) — Venezuelan intelligence agents detained three human rights activists in "
        "Maracaibo earlier this week, their organisation said Thursday.\n\nThe arrests took place on Monday "
        "night, when agents entered the homes of the three women without a warrant, relatives said.\n\n"
        "The government has not commented on the case.",
        "2026-02-26",
        "2026-02-23",
        "Maracaibo",
    ),
    (  # no day in the lead, the day in the next sentence's verb
        "Belarus arrests blogger and his wife",
        "VILNIUS, Lithuania, Feb 13 (Reuters) - Police in Belarus have arrested a popular opposition blogger and "
        "his wife, the rights group Viasna said on Friday.\n\nOfficers detained the couple at their flat in Gomel "
        "on Wednesday morning and searched it for several hours, Viasna said.\n\nMore than 1,000 people are held "
        "in Belarus on charges rights groups call political.",
        "2026-02-13",
        "2026-02-11",
        "Gomel|Homyel'",
    ),
    (  # the day in a passive sentence that tells the event again, after a quote
        "Nicaragua holds two journalists from radio station",
        "MANAGUA (AFP) - Nicaraguan police have detained two journalists of an independent radio station in "
        'Esteli, the station\'s director said on Friday.\n\n"They came for them like criminals," the director '
        "said.\n\nThe two were arrested on Tuesday evening as they left the station's studio, he said. The "
        "government did not respond to requests for comment.",
        "2026-05-29",
        "2026-05-26",
        "Esteli",
    ),
]


@pytest.mark.parametrize(("title", "text", "published", "day", "place"), DAY_TOLD_LATER)
def test_an_arrest_is_dated_by_the_day_a_later_sentence_gives_it(
    title: str, text: str, published: str, day: str, place: str
) -> None:
    _assert_an_arrest_on(main_event(text, published, title), day, place)


# ---------------------------------------------------------------- talks: the day and the city they were held

TALKS = [
    (  # the headline opens the text; the dateline in a third country
        "Sudan and South Sudan end oil talks without agreement",
        "Sudan and South Sudan end oil talks without agreement\n\nNAIROBI, May 20 (Reuters) - Delegations from "
        "Sudan and South Sudan met in Juba on Tuesday to settle a dispute over oil transit fees, but failed to "
        "agree on a new rate, officials from both sides said on Wednesday.\n\nSouth Sudan's oil minister said "
        "more talks would follow next month.",
        "2026-05-20",
        "2026-05-19",
        "Juba",
    ),
    (  # talks held, a passive-free lead with the statement dated the next day
        "Afghan and Pakistani officials end border talks without deal",
        "ISLAMABAD (AP) — Afghan and Pakistani officials held talks in Doha on Monday over the reopening of border "
        "crossings, but the meeting ended without a deal, Pakistan's foreign ministry said Tuesday.\n\nThe two "
        "neighbours have traded accusations over militant attacks for months.",
        "2026-06-09",
        "2026-06-08",
        "Doha",
    ),
    (  # the headline opens the text with both countries; the city in the lead after the day
        "Armenia and Azerbaijan hold talks, report no breakthrough",
        "Armenia and Azerbaijan hold talks, report no breakthrough\n\nMOSCOW, July 9 (Reuters) - The foreign "
        "ministers of Armenia and Azerbaijan met on Wednesday in Almaty for a day of talks on a peace treaty but "
        'reported no breakthrough, their ministries said on Thursday.\n\n"We will meet again," Armenia\'s '
        "minister told reporters in Yerevan on his return.",
        "2026-07-09",
        "2026-07-08",
        "Almaty",
    ),
    (  # the headline opens the text; the lead's meeting in a third country's capital
        "Kenya and Somalia end maritime talks without deal",
        "Kenya and Somalia end maritime talks without deal\n\nMOGADISHU, March 11 (Reuters) - The foreign ministers "
        "of Kenya and Somalia met in Addis Ababa on Tuesday to discuss their disputed sea border but failed to reach "
        "an agreement, a Somali official said on Wednesday.\n\nKenya's minister said after the talks that his "
        "country would not accept a ruling by the international court.",
        "2026-03-11",
        "2026-03-10",
        "Addis Ababa",
    ),
    (  # the day in a clause of the talks ("that ended Thursday"), the statement the day after
        "Peru, Ecuador hold border talks with no breakthrough",
        "Peru, Ecuador hold border talks with no breakthrough\n\nLIMA (AP) — Officials from Peru and Ecuador held "
        "two days of talks in Quito that ended Thursday without a breakthrough on river fishing rights, Peru's "
        "foreign ministry said Friday.\n\nThe talks will resume in Lima next month, it said.",
        "2026-05-29",
        "2026-05-28",
        "Quito",
    ),
    (  # "sat down", the meeting's noun with a possessive
        "Serbia and Kosovo negotiators meet, agree on little",
        "Serbia and Kosovo negotiators meet, agree on little\n\nBELGRADE, Sept 18 (AFP) - Negotiators from Serbia and "
        "Kosovo sat down in Brussels on Thursday for their first meeting in a year, but made no progress on licence "
        "plates, the European Union's envoy said on Friday.\n\nSerbia's negotiator said on his return to Belgrade "
        'that the talks had been "difficult".',
        "2026-09-18",
        "2026-09-17",
        "Brussels",
    ),
]


@pytest.mark.parametrize(("title", "text", "published", "day", "place"), TALKS)
def test_talks_are_dated_and_placed_where_they_were_held(
    title: str, text: str, published: str, day: str, place: str
) -> None:
    event = main_event(text, published, title)
    assert event.event_type == "none"
    assert event.date is not None and event.date.value == day
    assert placed_in(event, place)


# ---------------------------------------------------------------- people taken from their homes: seized

TAKEN_FROM_HOME = [
    (  # doers the text leaves unnamed: an abduction
        "Student leader taken from home by masked men in Pakistan",
        "QUETTA, Pakistan (AP) — Masked men took a Baloch student leader from his family's home in Quetta on "
        "Saturday night, his brother said Monday. The family has had no word of him since.",
        "2026-06-08",
        "Abduction/forced disappearance",
    ),
    (  # passive, the people held kept from their kin
        "Afghan journalists taken from their homes, families say",
        "KABUL, Afghanistan (AP) — Two journalists were taken from their homes in Herat by armed men on Friday, and "
        "their families have not been told where they are being held, a media rights group said Sunday.",
        "2026-06-07",
        "Abduction/forced disappearance",
    ),
    (  # the police take an opposition lawmaker from his office: an arrest
        "Congolese police take opposition lawmaker from office",
        "KINSHASA, Congo (Reuters) - Police took an opposition lawmaker from his office in Kinshasa on Monday and "
        "drove him to the prosecutor's headquarters, his party said on Tuesday.",
        "2026-06-09",
        "Arrests",
    ),
]


@pytest.mark.parametrize(("title", "text", "published", "kind"), TAKEN_FROM_HOME)
def test_people_taken_from_their_homes_are_seized(title: str, text: str, published: str, kind: str) -> None:
    assert main_event(text, published, title).sub_event_type == kind


# ---------------------------------------------------------------- a year that names an earlier happening

EARLIER_BY_YEAR = [
    (
        "Nicaraguan police detain activist in Masaya-style raid",
        "MANAGUA (AP) — Nicaraguan police detained an opposition activist in Leon on Sunday, his family said. Leon "
        "was a centre of the 2018 protests against the government.",
        "protests",
    ),
    (
        "Sri Lankan police arrest journalist",
        "COLOMBO, Sri Lanka (AP) — Police arrested a Tamil journalist in Batticaloa on Monday, his editor said.\n\n"
        "Officers gave no reason for the arrest, the editor said. The police spokesman did not answer calls.\n\n"
        "The journalist had written a series of articles questioning the official account of the 2019 bombings.",
        "bombings",
    ),
    (
        "Kyrgyz authorities detain border activists",
        "BISHKEK, Kyrgyzstan (Reuters) - Kyrgyz security forces detained four activists in Batken on Tuesday, their "
        "lawyer said.\n\nThe four had campaigned for compensation for families displaced by the 2022 clashes on the "
        "border with Tajikistan.",
        "clashes",
    ),
]


@pytest.mark.parametrize(("title", "text", "word"), EARLIER_BY_YEAR)
def test_a_happening_named_by_an_earlier_year_is_background(title: str, text: str, word: str) -> None:
    events = eventwire.extract(text, published="2026-06-09", title=title).events
    assert events[0].sub_event_type == "Arrests"
    assert all(e.status == "background" for e in events if e.trigger.text_of(text) == word)


# ---------------------------------------------------------------- a party to talks is not where they were held

TALKS_WITH_A_COUNTRY = [
    (
        "Mali and Niger end border talks without deal\n\nBAMAKO, Oct 15 (Reuters) - Senior ministers from Mali and "
        "Niger ended two days of talks on Wednesday without a deal on border patrols, officials said.",
        ("Mali", "Niger"),
    ),
    (
        "Ukraine holds talks with Poland over grain transit\n\nKYIV (Reuters) - Ukraine held talks with Poland on "
        "Tuesday over grain transit, the agriculture ministry said.",
        ("Ukraine", "Poland"),
    ),
    (
        "Chile and Bolivia hold first water talks in a decade\n\nSANTIAGO (AP) — Chile and Bolivia held talks on "
        "the Silala river on Monday, the first in ten years, Chile's foreign ministry said Tuesday.",
        ("Chile", "Bolivia"),
    ),
]


@pytest.mark.parametrize(("text", "parties"), TALKS_WITH_A_COUNTRY)
def test_talks_are_not_placed_in_a_partys_country(text: str, parties: tuple[str, str]) -> None:
    events = eventwire.extract(text, published="2026-10-15", title=text.split("\n")[0]).events
    talks = [e for e in events if e.plover == "CONSULT"]
    assert talks
    assert all(e.place is None or e.place.name not in parties for e in talks)


# ---------------------------------------------------------------- talks for a spell of time in a city

SPELL_OF_TALKS = [
    (
        "Venezuela, Guyana ministers meet",
        "CARACAS, Venezuela (AP) — The foreign ministers of Venezuela and Guyana met for three hours in Brasilia on "
        "Thursday to discuss the disputed Essequibo region, Brazil's foreign ministry said in a statement released "
        "Friday.",
        "2026-06-12",
        "Brasilia",
    ),
    (
        "Iran and IAEA negotiate in Vienna",
        "TEHRAN (Reuters) - Iranian officials negotiated for two days in Vienna with the head of the U.N. nuclear "
        "watchdog, Rafael Grossi, over inspections, state media said on Thursday.",
        "2026-06-11",
        "Vienna",
    ),
    (
        "Ethiopian and Eritrean delegations meet in Jeddah",
        "CAIRO (AP) — Delegations from Ethiopia and Eritrea met for a second day in Jeddah on Monday, Saudi state "
        "media said.",
        "2026-06-09",
        "Jeddah",
    ),
]


@pytest.mark.parametrize(("title", "text", "published", "place"), SPELL_OF_TALKS)
def test_talks_for_a_spell_are_placed_where_they_were_held(title: str, text: str, published: str, place: str) -> None:
    event = main_event(text, published, title)
    assert event.plover == "CONSULT"
    assert placed_in(event, place)
