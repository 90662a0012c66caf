"""Where talks, agreements and meetings happened: where they were HELD ("signed in X", "talks in the X capital", "at a
ceremony in X", "hosted by X in Y", "The meeting was held in X", "X, where the talks were held"), in whichever
sentence the article says so; never a party's capital or the dateline when the text names the venue, the towns of an
agreement's terms, the region refugees fled to, or a place of the background. Invented reports, each kind written
three ways (other countries, wording, syntax and order of facts)."""

from __future__ import annotations

import pytest

import eventwire
from eventwire.model import Event


def main_event(text: str, published: str, title: str) -> Event:
    return eventwire.extract(text, published=published, title=title).events[0]


# An agreement signed or reached in a third country's capital, reported from a party's capital; the article names
# the party's towns in the terms and a later sentence speaks of "the deal" again.
@pytest.mark.parametrize(
    ("text", "published", "title", "place", "country"),
    [
        ("PORT SUDAN, June 9 (Reuters) - Sudan's army and the paramilitary Rapid Support Forces signed a 30-day truce "
         "in Jeddah on Sunday, Saudi and U.S. mediators said.\n\nThe truce, reached after a week of talks in the Saudi "
         "port city, will let aid convoys travel between El Obeid and Kadugli, the mediators said in a statement.\n\n"
         "An adviser to the RSF commander said on X that the deal was \"a first step for the Sudanese people.\"\n\n"
         "The war has killed tens of thousands of people since April 2023.",
         "2026-06-09", "Sudan's warring sides agree truce in U.S.-Saudi brokered deal", "Jeddah", "SA"),
        ("BOGOTA (AP) — Colombia's government and the National Liberation Army reached a ceasefire agreement on "
         "Friday in the Cuban capital after three weeks of negotiations, both delegations said.\n\nThe deal covers "
         "Arauca and the Catatumbo region, where fighting between rebel factions displaced more than 50,000 people "
         "this year.\n\n\"This deal is for the families of Catatumbo,\" the government's chief negotiator told "
         "reporters.", "2026-04-11", "Colombia and ELN rebels agree ceasefire deal", "Havana", "CU"),
        ("KINSHASA, Democratic Republic of Congo (Reuters) - Congo's government and the M23 rebels have agreed to "
         "free hundreds of prisoners, officials on both sides said on Wednesday.\n\nThe accord, signed at a ceremony "
         "in Doha on Tuesday, says detainees held in Goma and Kinshasa will be handed to the Red Cross within two "
         "weeks.\n\nM23 spokesman Lawrence Kanyuka said the deal was \"a test of good faith.\"",
         "2026-02-04", "Congo and M23 rebels sign prisoner exchange deal", "Doha", "QA"),
    ],
)  # fmt: skip
def test_an_agreement_is_placed_where_it_was_signed_not_in_the_country_it_is_about(
    text: str, published: str, title: str, place: str, country: str
) -> None:
    main = main_event(text, published, title)
    assert main.sub_event_type == "Agreement"
    assert main.place is not None and (main.place.name, main.place.country) == (place, country), main.place


# Talks hosted in one capital, reported from the other side's capital; no agreement (type "none").
@pytest.mark.parametrize(
    ("text", "published", "title", "place", "country"),
    [
        ("NAIROBI, April 8 (Reuters) - Officials from Kenya and Uganda wrapped up three days of talks in the Ugandan "
         "capital on Tuesday without settling a dispute over fuel pipeline fees, officials from both countries "
         "said.\n\n\"We will meet again in Nairobi in May,\" Kenya's energy minister told reporters.",
         "2026-04-08", "Kenya, Uganda end pipeline talks without deal", "Kampala", "UG"),
        ("BELGRADE (AP) — Talks between Serbia and Kosovo, hosted by the European Union in Brussels, ended on Monday "
         "without a deal on vehicle licence plates, Serbian officials said.\n\nSerbia's chief negotiator said "
         "Belgrade would not recognise the plates.", "2026-09-22", "Serbia, Kosovo talks end without deal",
         "Brussels", "BE"),
        ("ISLAMABAD, Oct 3 (Reuters) - Pakistani and Afghan delegations ended a second round of talks on Thursday "
         "without agreeing on steps against militants on their border, Pakistan's foreign ministry said.\n\nThe "
         "meeting was held in Istanbul, with Turkish and Qatari officials as mediators. Pakistan says militants "
         "based in Afghanistan's Kunar province attack its troops.",
         "2026-10-03", "Pakistan, Afghanistan talks end without deal", "Istanbul", "TR"),
    ],
)  # fmt: skip
def test_talks_are_placed_where_they_were_held_not_at_a_partys_capital_or_the_dateline(
    text: str, published: str, title: str, place: str, country: str
) -> None:
    main = main_event(text, published, title)
    assert (main.event_type, main.plover) == ("none", "CONSULT")
    assert main.place is not None and (main.place.name, main.place.country) == (place, country), main.place


# An accord signed in a district town, told in a sentence of its own after a lead that names no place, with a
# neighbouring country's region named for the refugees who fled there or a place of the background.
@pytest.mark.parametrize(
    ("text", "published", "title", "place", "country"),
    [
        ("MANILA, March 5 (Reuters) - The Philippine government signed a peace deal on Thursday with a breakaway "
         "faction of the Moro rebels that has fought the army since 2019, officials said.\n\nThe deal was signed in "
         "Cotabato City in the presence of the defence secretary, the peace adviser's office said. It will allow "
         "about 3,000 families sheltering in Malaysia's Sabah state to return home.",
         "2026-03-05", "Manila signs peace deal with Moro faction", "Cotabato", "PH"),
        ("NAYPYITAW (AP) — Myanmar's military government agreed to a truce with the Ta'ang National Liberation Army "
         "on Friday, state media reported.\n\nNegotiators for both sides signed the truce in Lashio, which the rebels "
         "handed back to the army last year, the reports said. Tens of thousands of people who fled the fighting "
         "are living in camps in China's Yunnan province.",
         "2026-07-18", "Myanmar junta agrees truce with ethnic rebels", "Lashio", "MM"),
        ("ADDIS ABABA, Sept 2 (Reuters) - Ethiopia's government and a rebel group in the west of the country signed a "
         "peace agreement on Monday, the prime minister's office said, after three months of talks.\n\nRefugees "
         "sheltering in Sudan's Blue Nile state will be helped to return, the office said. The agreement was reached "
         "in Asosa, the capital of the region, where the talks had been held since June.",
         "2026-09-02", "Ethiopia signs peace deal with western rebels", "Āsosa", "ET"),
    ],
)  # fmt: skip
def test_an_accord_signed_in_a_district_town_is_there_not_where_refugees_fled(
    text: str, published: str, title: str, place: str, country: str
) -> None:
    main = main_event(text, published, title)
    assert main.sub_event_type == "Agreement"
    assert main.place is not None and (main.place.name, main.place.country) == (place, country), main.place


# Talks that will be held somewhere, or were held there before, do not place the talks the article reports.
@pytest.mark.parametrize(
    ("text", "published", "title", "place"),
    [
        ("ADDIS ABABA (Reuters) - Ethiopian and Eritrean officials held talks in Addis Ababa on Monday on reopening "
         "their border, officials said.\n\nThe next round will be held in Asmara in June.",
         "2026-05-05", "Ethiopia, Eritrea hold border talks", "Addis Ababa"),
        ("LIMA (Reuters) - The foreign ministers of Peru and Bolivia met in Lima on Tuesday to discuss smuggling, the "
         "foreign ministry said.\n\nTalks in La Paz in 2024 ended without a deal.",
         "2026-03-11", "Peru, Bolivia ministers meet", "Lima"),
    ],
)  # fmt: skip
def test_a_venue_of_later_or_earlier_talks_does_not_place_the_talks_reported(
    text: str, published: str, title: str, place: str
) -> None:
    main = main_event(text, published, title)
    assert main.place is not None and main.place.name == place, main.place


# The host of talks named as a country and no town: the talks are at its capital ("talks hosted by Kenya", "after
# Qatar-hosted talks", "a Turkish-hosted meeting"), not at the dateline or the parties' country.
@pytest.mark.parametrize(
    ("text", "published", "title", "place", "country"),
    [
        ("KABUL, Feb 3 (Reuters) - Afghanistan and Pakistan agreed on Monday to reopen the Torkham border crossing "
         "after Qatar-hosted talks, the Taliban government said.\n\nTraders in Peshawar said hundreds of trucks were "
         "waiting.", "2026-02-04", "Afghanistan, Pakistan agree to reopen border", "Doha", "QA"),
        ("JUBA (Reuters) - Talks hosted by Kenya between South Sudan's government and holdout rebel groups ended on "
         "Friday without a deal, the mediators said.\n\nFighting in Upper Nile state has displaced 40,000 people this "
         "year.", "2026-05-10", "South Sudan talks end without deal", "Nairobi", "KE"),
        ("MOGADISHU (AP) — Somalia and Ethiopia agreed on Wednesday to restore full diplomatic ties at the end of a "
         "Turkish-hosted meeting, the two governments said.\n\nThe dispute began after Ethiopia signed a port deal "
         "with Somaliland, whose capital is Hargeisa.", "2026-03-12", "Somalia, Ethiopia restore ties", "Ankara", "TR"),
    ],
)  # fmt: skip
def test_talks_hosted_by_a_country_are_at_its_capital(
    text: str, published: str, title: str, place: str, country: str
) -> None:
    main = main_event(text, published, title)
    assert main.place is not None and (main.place.name, main.place.country) == (place, country), main.place


# An agreement whose report names no venue is at the dateline's town, not in the neighbouring country's region that
# another sentence names for the refugees, nor in the country alone.
@pytest.mark.parametrize(
    ("text", "published", "title", "place"),
    [
        ("DHAKA, Aug 5 (Reuters) - Bangladesh's government signed a peace agreement on Tuesday with the Kuki-Chin "
         "National Front, officials said.\n\nThe head of the government committee said the deal would allow about "
         "5,000 people sheltering in India's Mizoram state to return home.",
         "2026-08-05", "Bangladesh signs peace deal with armed group", "Dhaka"),
        ("BOGOTA (Reuters) - Colombia's government signed a peace agreement on Friday with the Comuneros del Sur, a "
         "rebel group that split from the National Liberation Army, officials said.\n\nMore than 2,000 people who "
         "fled to Ecuador's Sucumbios province during the fighting are expected to return.",
         "2026-07-11", "Colombia signs peace deal with rebel splinter group", "Bogotá"),
        ("ADDIS ABABA, May 2 (Reuters) - Ethiopia's government and the Oromo Liberation Army signed a ceasefire "
         "agreement on Thursday, the prime minister's office said.\n\nThousands of Oromo refugees who fled the "
         "fighting live in camps in Kenya's Marsabit county, aid groups say.",
         "2026-05-02", "Ethiopia, OLA rebels sign ceasefire", "Addis Ababa"),
    ],
)  # fmt: skip
def test_an_agreement_with_no_venue_named_is_at_the_dateline(text: str, published: str, title: str, place: str) -> None:
    main = main_event(text, published, title)
    assert main.sub_event_type == "Agreement"
    assert main.place is not None and main.place.name == place, main.place


# The venue in other syntax: named before the talks ("after the Istanbul talks"), by a building in it ("at a hotel
# in Muscat"), as the host ("Nairobi hosted talks"), or with "took place in".
@pytest.mark.parametrize(
    ("text", "published", "title", "place", "country"),
    [
        ("KYIV (Reuters) - Ukraine and Russia agreed on Tuesday to swap 300 prisoners each after the Istanbul talks, "
         "Ukraine's human rights commissioner said. The exchange will take place near the border with Belarus.",
         "2026-05-10", "Ukraine Russia agree swap", "Istanbul", "TR"),
        ("SANAA (AP) — The Houthis and Yemen's government agreed to reopen roads around Taiz at the end of the Amman "
         "meeting on Sunday, the U.N. envoy said.", "2026-05-10", "Yemen roads deal", "Amman", "JO"),
        ("TEHRAN (Reuters) - Iran's foreign minister held talks with his Omani counterpart at a hotel in Muscat on "
         "Sunday, Iranian state media said.", "2026-05-10", "Iran talks", "Muscat", "OM"),
        ("JUBA (Reuters) - South Sudan's government and the SPLM-IO signed a ceasefire agreement on Friday at a "
         "ceremony held at the State House in Entebbe, Ugandan officials said.",
         "2026-05-10", "South Sudan ceasefire", "Entebbe", "UG"),
        ("BEIRUT (AP) — Lebanon and Israel held indirect talks on Thursday at the U.N. base in Naqoura, a Lebanese "
         "official said.", "2026-05-10", "Lebanon Israel talks", "En Nâqoûra", "LB"),
        ("MOGADISHU (Reuters) - Nairobi hosted talks on Monday between Somalia's government and the leaders of "
         "Jubaland state, officials said, ending without a deal.",
         "2026-05-10", "Somalia talks end without deal", "Nairobi", "KE"),
        ("YEREVAN (AP) — Talks between Armenia and Azerbaijan took place in Geneva on Thursday, the foreign ministry "
         "said, the first since border clashes in September.",
         "2026-05-10", "Armenia Azerbaijan talks", "Geneva", "CH"),
        ("DHAKA (Reuters) - Bangladesh and Myanmar held a new round of talks on the return of Rohingya refugees on "
         "Wednesday. The meeting took place in Kunming, China's foreign ministry said. About 1 million refugees live "
         "in camps around Cox's Bazar.", "2026-05-10", "Bangladesh Myanmar talks", "Kunming", "CN"),
    ],
)  # fmt: skip
def test_a_venue_named_before_the_talks_by_a_building_in_it_or_as_the_host_places_them(
    text: str, published: str, title: str, place: str, country: str
) -> None:
    main = main_event(text, published, title)
    assert main.place is not None and (main.place.name, main.place.country) == (place, country), main.place
