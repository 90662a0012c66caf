"""The main event's village, town or district in wire copy (invented reports in the style of AP, AFP and Reuters):

- a district the gazetteer lacks, named in the lead as where the event happened ("in Tajikistan's remote X
  district"), is the event's place under a capital's dateline: no town is known to lie in it, so the dateline's
  capital is not "inside" it;
- a listed district of the lead is the place under the dateline of a town the gazetteer gives no district of its own
  (Lilongwe, Ndola, Maputo) when that town lies far from the district: it is not "inside" every district of its
  region;
- a country named as the neighbour across a border ("about 15 km from the border with South Africa", "near the
  border with Mali", "close to the frontier with Togo") is not the country of the village named before it; the
  village lies in the country the text tells of (the dateline's when no other);
- a country or town named as where the fire or the attackers came from ("shells fired from Burundi landed in
  Rwanda", "gunmen who crossed from Afghanistan", "mortar shells from Myanmar") is a landmark, not the place: the
  country hit, narrowed to the town named in it, is;
- a region the gazetteer gives no country (one that spans several: "Kurdistan") is in the country the text names as
  its owner ("the Kurdistan region of Iraq", "Iraq's Kurdistan region", "Iraqi Kurdistan"), in every mention; named
  in the event's own sentence far from the dateline's capital, or abroad from it, it is the place, not the dateline;
- a village a later sentence names as where the attack happened ("The attack happened in X, a hamlet near the
  border"), the gazetteer lacking it, in a text that names as many times the country the attackers came from, lies
  in the dateline's country: the event's place, not the dateline's capital;
- a district the parser read whole as a group's name ("the X district of ...", tagged NORP with its kind word) is a
  place the gazetteer lacks, as any "X district".
"""

from __future__ import annotations

import eventwire
from eventwire.model import Event, PlaceKind, PlaceMention, Provenance, ResolvedPlace, Span, ToponymCandidate
from eventwire.resolve.small_places import introduced_as_town, unlisted_town


def main_event(text: str, published: str = "2026-03-05") -> Event:
    return eventwire.extract(text, published=published).events[0]


def where(event: Event) -> tuple[str | None, str | None, str | None]:
    place = event.place
    return (place.name, place.kind.value, place.country) if place is not None else (None, None, None)


def test_an_unlisted_district_of_the_lead_is_the_place_not_the_capital_of_the_dateline() -> None:
    event = main_event(
        "DUSHANBE, Tajikistan (AP) — Gunmen attacked a road-building camp in Tajikistan's remote Zarvoshan district "
        "late on Friday, killing four workers, officials said.\n\n"
        "The attackers escaped into the mountains, the Interior Ministry said in a statement on Saturday.\n\n"
        "No group claimed the attack."
    )
    assert where(event) == ("Zarvoshan", "admin2", "TJ")
    assert event.killed == 4


def test_an_unlisted_district_of_a_country_named_after_it_is_the_place() -> None:
    event = main_event(
        "BAMAKO, March 3 (Reuters) - Suspected jihadists killed seven villagers at a weekly market in the Tessoumba "
        "district of central Mali on Sunday, a local official said.\n\n"
        '"They came on motorbikes and fired at everyone," the official said by phone from the district.\n\n'
        "Mali's army said it had sent reinforcements."
    )
    assert where(event) == ("Tessoumba", "admin2", "ML")


def test_a_district_near_the_border_with_another_country_lies_in_the_country_of_the_text() -> None:
    event = main_event(
        "NIAMEY (AFP) - Eleven soldiers were killed on Monday when their patrol was ambushed in western Niger's "
        "Kourfeydi district, near the border with Mali, the defence ministry said on Tuesday.\n\n"
        'The ministry said 20 attackers were "neutralised" in the fighting.'
    )
    assert where(event) == ("Kourfeydi", "admin2", "NE")
    assert event.killed == 11


def test_a_village_some_km_from_the_border_with_a_neighbour_is_the_village_of_the_lead() -> None:
    event = main_event(
        "JOHANNESBURG, Nov 19 (Reuters) - Gunmen killed five people in a night raid on a village in Lesotho's "
        "southern Quthing district, police said on Wednesday.\n\n"
        "The raid took place in Ha Mokhele, a village of some 300 people about 15 km from the border with South "
        "Africa, a local councillor said.\n\n"
        "Police said they had arrested no one.",
        published="2026-11-20",
    )
    assert where(event) == ("Ha Mokhele", "city", "LS")
    assert event.place is not None and event.place.admin1 == "Quthing"


def test_a_town_close_to_the_frontier_with_a_neighbour_is_in_the_datelines_country() -> None:
    event = main_event(
        "ACCRA, Ghana (AP) — Attackers set fire to a market and killed three traders in Nakpali, a farming town "
        "close to the frontier with Togo, on Saturday, Ghanaian police said.\n\n"
        "The police said two suspects had fled across the border.",
        published="2026-11-20",
    )
    assert where(event) == ("Nakpali", "city", "GH")
    assert event.place is not None and event.place.admin1 is None  # not the dateline's region


def test_the_country_shells_were_fired_from_is_not_the_place_where_they_landed() -> None:
    event = main_event(
        "KIGALI, Feb 12 (AFP) - Mortar rounds fired from Burundi landed in Rwanda on Tuesday night, killing two "
        "farmers and wounding five, the Rwandan army said.\n\n"
        "The rounds hit fields outside Bugarama, near the Rusizi river, a local official said.\n\n"
        "Burundi's army denied firing."
    )
    assert where(event)[2] == "RW"
    assert where(event)[0] == "Bugarama"


def test_the_country_attackers_crossed_from_is_not_the_place_of_their_attack() -> None:
    event = main_event(
        "ISLAMABAD, June 2 (Reuters) - Gunmen who crossed from Afghanistan attacked a border post in Pakistan on "
        "Sunday, killing four soldiers, the army said.\n\n"
        "The post lies outside Angoor Adda in the South Waziristan district, officials said."
    )
    assert where(event)[2] == "PK"
    assert event.killed == 4


def test_shells_from_a_neighbour_are_placed_in_the_village_they_fell_on() -> None:
    event = main_event(
        "Myanmar shells kill boy in Bangladesh\n\n"
        "DHAKA, Sept 6 (Reuters) - A boy was killed on Friday when mortar rounds fired by Myanmar's army from across "
        "the border landed in Bangladesh, border guards said. The rounds hit a house in Tumbru, a village in "
        "Bandarban district, they said.",
        published="2026-09-07",
    )
    assert where(event) == ("Tumbru", "city", "BD")


def test_a_region_of_several_countries_named_of_its_country_after_a_headline_is_in_that_country() -> None:
    event = main_event(
        "Gunmen kill four in Kurdistan region\n\n"
        "SULAIMANIYAH (AFP) - Gunmen opened fire on a wedding party in the Kurdistan region of Iraq late on Saturday, "
        "killing four guests and wounding six, the regional interior ministry said on Sunday.",
        published="2026-01-22",
    )
    assert where(event) == ("Kurdistan", "other", "IQ")


def test_a_region_owned_by_a_possessive_far_from_the_datelines_capital_is_the_place() -> None:
    event = main_event(
        "BAGHDAD (AP) — A roadside bomb killed two Peshmerga fighters in Iraq's Kurdistan region on Tuesday, the "
        "region's security officials said.\n\nNo group claimed the attack.",
        published="2026-01-22",
    )
    assert where(event) == ("Kurdistan", "other", "IQ")


def test_a_region_owned_by_a_country_adjective_abroad_from_the_dateline_is_the_place() -> None:
    event = main_event(
        "ANKARA, Turkey (Reuters) - Turkish warplanes struck suspected militant hideouts in Iraqi Kurdistan on "
        "Thursday, killing five people, a Kurdish rights group said on Friday.\n\n"
        "Turkey's defence ministry said its jets had hit 12 targets.",
        published="2026-01-22",
    )
    assert where(event) == ("Kurdistan", "other", "IQ")


def test_a_district_the_parser_read_whole_as_a_groups_name_is_an_unlisted_district() -> None:
    text = "A drone hit a car in the Marwasan district of northern Iraq on Monday. " + "Nothing was said. " * 30
    start = text.index("Marwasan")
    district = ToponymCandidate(
        Span(start, start + len("Marwasan district")), "Marwasan district", "adjective", "NORP",
        Provenance("test", "1", rule="ner-norp"), locative=True,
    )  # fmt: skip
    iraq = ResolvedPlace("Iraq", PlaceKind.COUNTRY, 33.0, 44.0, country="IQ")
    at = text.index("Iraq")
    mentions = [PlaceMention(Span(at, at + 4), "Iraq", iraq, Provenance("places", "2", rule="ner-gpe:name"))]
    place = unlisted_town(district, mentions, text)
    assert place is not None
    assert (place.name, place.kind, place.country) == ("Marwasan", PlaceKind.ADMIN2, "IQ")


def test_a_group_adjective_before_a_kind_word_outside_its_name_is_no_place() -> None:
    text = "Gunmen attacked a Fulani village in the north of Nigeria."
    start = text.index("Fulani")
    group = ToponymCandidate(
        Span(start, start + 6), "Fulani", "adjective", "NORP", Provenance("test", "1", rule="ner-norp")
    )
    assert unlisted_town(group, [], text) is None


def test_one_test_of_a_town_named_by_its_kind_serves_candidates_and_mentions() -> None:
    text = "Shells hit the port of Mokhaba and the eastern city of Darsana, but not the capital of Temeria."
    provenance = Provenance("test", "1")

    def at(name: str) -> Span:
        return Span(text.index(name), text.index(name) + len(name))

    assert introduced_as_town(ToponymCandidate(at("Mokhaba"), "Mokhaba", "name", "GPE", provenance), text)
    assert introduced_as_town(PlaceMention(at("Darsana"), "Darsana", None, provenance), text)
    assert not introduced_as_town(PlaceMention(at("Temeria"), "Temeria", None, provenance), text)


def test_a_hamlet_named_later_as_the_attacks_place_is_the_place_not_the_capital() -> None:
    event = main_event(
        "TEGUCIGALPA, Honduras (AP) — Gunmen who came from Guatemala killed four farmers in a village in western "
        "Honduras on Sunday, police said. The attack happened in El Zapotal, a hamlet near the border, they said."
    )
    assert where(event) == ("El Zapotal", "city", "HN")


def test_a_settlement_named_after_the_raid_lies_in_the_country_raided() -> None:
    event = main_event(
        "NAIROBI, Kenya (Reuters) - Raiders from Ethiopia killed seven herders and stole hundreds of cattle in "
        "northern Kenya on Tuesday, officials said.\n\n"
        "The raid took place at Lomuret, a grazing settlement about 40 km inside Kenya, the county commissioner said."
    )
    assert where(event) == ("Lomuret", "city", "KE")


def test_a_village_stormed_by_attackers_from_abroad_lies_in_the_datelines_country() -> None:
    event = main_event(
        "OUAGADOUGOU, Burkina Faso (AFP) - Jihadists who crossed from Niger killed 11 civilians in eastern Burkina "
        "Faso at the weekend, security sources said on Monday.\n\n"
        "The gunmen stormed Kantiaga, a village of farmers and herders, on Saturday night, a local official said."
    )
    assert where(event) == ("Kantiaga", "city", "BF")
    assert event.killed == 11


def test_a_district_far_from_the_datelines_town_is_the_place_though_the_town_has_no_district() -> None:
    for text, expected in (
        (
            "LILONGWE, Malawi (Reuters) - Armed robbers killed three people at a trading centre in Malawi's Dedza "
            "district on Thursday night, police said.\n\nPolice said two suspects had been arrested.",
            ("Dedza", "admin2", "MW"),
        ),
        (
            "NDOLA, Zambia (AP) — Illegal miners killed four security guards at a copper dump in the Chingola district "
            "on Saturday, police said.\n\nThe guards were attacked with machetes, police said.",
            ("Chingola District", "admin2", "ZM"),
        ),
        (
            "MAPUTO (AFP) - Gunmen shot dead two police officers at a checkpoint in Manhica district on Tuesday, the "
            "police said on Wednesday.",
            ("Manhica", "admin2", "MZ"),
        ),
    ):
        assert where(main_event(text)) == expected
