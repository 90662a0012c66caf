"""The place of the event in short conflict notes that name no country, only an actor's ("US drones", "Libyan
officials") and a town or a district (invented notes in the style of ACLED's)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import eventwire
from eventwire.model import EntityMention, Event, PlaceKind, Provenance, Span
from eventwire.pipeline import PLACES


def main_event(text: str, published: str = "2024-05-07") -> Event:
    return eventwire.extract(text, published=published).events[0]


def _where(event: Event) -> tuple[str, PlaceKind, str | None]:
    assert event.place is not None
    return event.place.name, event.place.kind, event.place.country


def test_a_town_after_a_locative_word_is_not_vetoed_by_an_actor_country() -> None:
    event = main_event("Suspected US drones struck militant camps near Jilib town on Tuesday, killing three fighters.")
    assert _where(event) == ("Jilib", PlaceKind.CITY, "SO")
    event = main_event("Libyan customs officers said traders rioted in Ben Gardane and burnt tyres.")
    assert _where(event) == ("Ben Gardane", PlaceKind.CITY, "TN")


def test_a_name_written_with_its_division_word_is_that_district() -> None:
    assert _where(main_event("Youths rioted at a market in Arua district, burning two stalls.")) == (
        "Arua",
        PlaceKind.ADMIN2,
        "UG",
    )


def test_a_territory_is_a_division_word() -> None:
    event = main_event("Militiamen attacked an army post in the hills of Masisi territory, killing two soldiers.")
    assert _where(event) == ("Masisi Territory", PlaceKind.ADMIN2, "CD")


def test_a_compass_word_with_of_is_locative() -> None:
    event = main_event("Heavy fighting broke out west of Beledweyne between two clan militias.")
    assert _where(event) == ("Beledweyne", PlaceKind.CITY, "SO")


def test_a_district_of_another_country_than_the_one_named_is_no_place() -> None:
    """Karak is a district of Pakistan and a town of Jordan: in a story on Jordan, not the district abroad."""
    result = eventwire.extract("A fire killed three people in the Karak district, Jordan's civil defence said.")
    assert all(m.place is None or m.place.country == "JO" for m in result.places)


def test_a_region_of_one_country_is_narrowed_to_the_town_named_in_it() -> None:
    event = main_event("Gunmen killed three farmers in Darfur on Monday. The farmers had left Nyala at dawn.")
    assert _where(event) == ("Nyala", PlaceKind.CITY, "SD")


def test_a_town_tagged_as_a_group_after_a_locative_word_is_a_town(run_stages: Any) -> None:
    """spaCy may tag "Al Arish" NORP; after "in" it is the town, whose own name drops the Arabic article."""
    text = "A bomb wounded two soldiers near a checkpoint in Al Arish on Sunday."
    start = text.index("Al Arish")
    entity = EntityMention(Span(start, start + 8), "Al Arish", "NORP", Provenance("entities", "test"))
    mentions = run_stages(text, "places", layers={"entities": (entity,)}).get(PLACES)
    found = [m.place for m in mentions if m.text == "Al Arish"]
    assert found and found[0] is not None and (found[0].country, found[0].kind) == ("EG", PlaceKind.CITY)
    entity = EntityMention(Span(start, start + 8), "Al Arish", "NORP", Provenance("entities", "test"))
    alone = "Al Arish fans cheered the team."
    mentions = run_stages(alone, "places", layers={"entities": (replace(entity, span=Span(0, 8)),)}).get(PLACES)
    assert not any(m.text == "Al Arish" and m.place is not None for m in mentions)


def test_a_nigerian_local_government_is_that_district() -> None:
    """Nigeria's second-level divisions are local government areas: "Guma local government" names the district
    (a bare name this short is no index key of its own), not a namesake town elsewhere."""
    for text, name in (
        ("Gunmen killed four farmers in Guma local government on Sunday.", "Guma"),
        ("Herdsmen and farmers clashed near a market in Ado local government, two were killed.", "Ado"),
        ("Three people were kidnapped on a farm in Kwande local government area by armed men.", "Kwande"),
    ):
        assert _where(main_event(text)) == (name, PlaceKind.ADMIN2, "NG"), text


def test_a_village_named_in_a_local_government_is_at_its_point() -> None:
    event = main_event("Armed men invaded Odoake and Ilaje villages in Ikorodu Local Government Area, killing five.")
    assert event.place is not None and event.place.country == "NG" and event.place.lat is not None


def test_a_part_of_a_longer_name_is_no_district_of_its_own() -> None:
    """ "Afram Plains South District" names no "South District" (Sikkim's)."""
    event = main_event("Clashes between herders and farmers killed three in the Afram Plains South District.")
    assert event.place is None or event.place.country != "IN"


def test_a_part_of_a_longer_name_is_no_town_abroad_of_a_note_whose_adjectives_tell_its_country() -> None:
    """ "Auckland Park" read as Auckland (New Zealand) in a note on South African journalists: a part of a name,
    in a country neither the note's places nor its place adjectives tell, is no reading of it."""
    for text, country in (
        ("Scores of South African journalists gathered outside the broadcaster's offices in Auckland Park.", "ZA"),
        ("Zimbabwean nurses marched outside the clinic in Windsor Park over unpaid allowances.", "ZW"),
        ("Kenyan students rioted at the Boston Heights campus after a lecturer was dismissed.", "KE"),
    ):
        event = main_event(text)
        assert event.place is None or event.place.country in (country, None), text


def test_a_town_by_another_name_abroad_of_the_notes_groups_is_no_reading_of_it() -> None:
    """ "Bulagana" is an other name of Mongolia's Bulgan, "Galma" of Algeria's Guelma, "Limani" of Ukraine's
    Lyman: in a note on Boko Haram or Al Shabaab, which tells no other country, none of them is that town."""
    for text, abroad in (
        ("Boko Haram fighters overran Baga and burnt the fish market, killing nine.", "IN"),
        ("Al Shabaab militants attacked Galma, killing two policemen.", "DZ"),
        ("Boko Haram suicide bombers struck a market in Limani, killing four.", "UA"),
        ("Military forces cleared Bulagana of Boko Haram, killing four.", "MN"),
    ):
        event = main_event(text)
        assert event.place is None or event.place.country != abroad, text
    assert _where(main_event("Boko Haram suicide bombers struck a market in Limani, killing four."))[0] == "Limani"


def test_a_town_of_a_note_on_a_group_is_its_namesake_beside_the_groups_home() -> None:
    """ "Kwale" is a town of Kenya and of Nigeria: in a note on Al Shabaab (Somalia's), Kenya's, the namesake
    beside the group's home; "Mora" of a Boko Haram note is Cameroon's, not Spain's or India's."""
    for text, country in (
        ("Anti-terrorism police killed a wanted al-Shabaab fighter in the coastal town of Kwale.", "KE"),
        ("Al Shabaab gunmen shot dead two teachers at a school in Kwale.", "KE"),
        ("Boko Haram fighters attacked a military post in Mora, killing three soldiers.", "CM"),
    ):
        assert _where(main_event(text))[2] == country, text


def test_a_note_placed_only_in_a_region_is_at_the_regions_seat() -> None:
    """ACLED codes an event known only by its first-level division at the division's capital, not its centre."""
    event = main_event("Gunmen on motorbikes raided a cattle market in Zamfara State, killing five traders.")
    assert _where(event) == ("Gusau", PlaceKind.CITY, "NG")
    event = main_event("Teachers marched in Turkana county on Monday to demand unpaid salaries.")
    assert _where(event) == ("Lodwar", PlaceKind.CITY, "KE")
    event = main_event("Two soldiers were wounded when a roadside bomb exploded in the Mopti region.")
    assert _where(event) == ("Mopti", PlaceKind.CITY, "ML")


def test_an_unlisted_village_of_a_region_keeps_its_name_at_the_seats_point() -> None:
    event = main_event("Militiamen burned the village of Mpundulu in Tanganyika province and killed two farmers.")
    assert _where(event) == ("Mpundulu", PlaceKind.CITY, "CD")
    assert event.place is not None and event.place.lat is not None and event.place.lon is not None
    assert abs(event.place.lat - -5.95) < 0.1 and abs(event.place.lon - 29.19) < 0.1  # Kalemie, its seat
    assert event.place.geo_precision == 2


def test_a_town_named_beside_its_region_stays_the_town() -> None:
    event = main_event("Police dispersed traders protesting in Kaura Namoda, Zamfara State, over new levies.")
    assert _where(event) == ("Kaura Namoda", PlaceKind.CITY, "NG")


def test_an_event_on_a_stretch_is_at_the_end_the_gazetteer_lists() -> None:
    """A note that names a stretch by its two ends ("between A and B", "the road linking A and B") is coded at
    the end ACLED knows: the listed town, whichever end it is, also written another way ("Afgoi")."""
    event = main_event("Unknown assailants sprayed a bus with bullets between Kholoba and Wajir.")
    assert _where(event) == ("Wajir", PlaceKind.CITY, "KE")
    event = main_event("Boko Haram fighters ambushed soldiers on the stretch connecting Kudamari to Damboa. Two died.")
    assert _where(event) == ("Damboa", PlaceKind.CITY, "NG")
    event = main_event("Al Shabaab militants planted a roadside bomb that hit a truck between Awdheegle and Afgoi.")
    assert _where(event) == ("Afgooye", PlaceKind.CITY, "SO")
    event = main_event("Police officers were wounded when a bomb hit a truck on the road linking Mbalazi and Garisa.")
    assert _where(event) == ("Garissa", PlaceKind.CITY, "KE")


def test_a_stretch_named_beside_the_events_own_town_leaves_the_town() -> None:
    event = main_event("Rebels shelled Beni on Monday. Earlier they had cut the road linking Mbau and Kamango.")
    assert _where(event) == ("Beni", PlaceKind.CITY, "CD")


def test_a_town_glued_to_the_next_small_word_is_that_town() -> None:
    """A hurried note may drop the space after a town's name ("in Lubumbashiafter"): the town, not an unknown
    name."""
    event = main_event("A party spokesman was arrested in Lubumbashiafter delivering a message of peace.")
    assert _where(event) == ("Lubumbashi", PlaceKind.CITY, "CD")
    event = main_event("Police detained a journalist in Bukavuafter a protest against the governor.")
    assert _where(event) == ("Bukavu", PlaceKind.CITY, "CD")
    event = main_event("Hundreds of vendors marched through Maputoand blocked the main avenue.")
    assert _where(event) == ("Maputo", PlaceKind.CITY, "MZ")


def test_an_unlisted_village_is_at_the_area_or_the_place_the_note_names_it_by() -> None:
    """A village no tier lists is coded at the place a note names it by: the area it lies in ("in the Walikale
    area"), the town it lies near, a listed town named with it ("Mbulakuri and Gwoza")."""
    event = main_event("Unknown attackers looted Tumbuli village in the Walikale area overnight.")
    assert event.place is not None and event.place.name == "Walikale"
    event = main_event("Armed men looted shops in Jebel Tarabi near Dorobei.")
    assert event.place is not None and event.place.name == "Dorobei"
    event = main_event("Soldiers dislodged Boko Haram from Mbulakuri and Gwoza, killing four.")
    assert _where(event) == ("Gwoza", PlaceKind.CITY, "NG")


def test_a_word_of_an_institution_is_no_place_of_a_note() -> None:
    """An appearance "in Court" is before the body, not in Switzerland's village of Court."""
    event = main_event("A defendant was beaten by prison guards during his appearance in Court.")
    assert event.place is None or event.place.country != "CH"


def test_a_facility_named_after_its_place_places_a_note_that_names_no_other() -> None:
    event = main_event("Relatives of detainees protested outside Kisoko Prison demanding trials.")
    assert event.place is not None and event.place.name == "Kisoko"
    event = main_event("Supporters of the opposition were beaten outside Bwaise Chief Magistrate Court.")
    assert event.place is not None and event.place.name == "Bwaise"


def test_where_a_notes_actors_are_based_is_no_place_of_their_act() -> None:
    """ "Based in X, they attacked Y": X is the actors' base, a landmark; the event is at Y."""
    event = main_event("Based in Mogadishu, the militia attacked a checkpoint in Afgooye.")
    assert _where(event) == ("Afgooye", PlaceKind.CITY, "SO")
