"""A place the gazetteer lacks is still the event's place when the note names it as a place: by its kind
("Kolowanga village", "Barwaaqo district", "the Mbitaka area") or as a toponym after a locative word. It keeps
its name; it lies at the point of the area named with it, else it has no coordinates (invented notes in the
style of ACLED's)."""

from __future__ import annotations

import eventwire
from eventwire.model import Event, PlaceKind


def main_event(text: str, published: str = "2024-05-07") -> Event:
    return eventwire.extract(text, published=published).events[0]


def test_a_village_the_gazetteer_lacks_is_named_without_coordinates() -> None:
    event = main_event("Militiamen burned huts in Kolowanga village on Sunday, killing two farmers.")
    assert event.place is not None
    assert (event.place.name, event.place.kind, event.place.lat, event.place.lon) == (
        "Kolowanga",
        PlaceKind.CITY,
        None,
        None,
    )
    assert event.place.geo_precision == 3


def test_a_district_the_gazetteer_lacks_is_a_district_without_its_word() -> None:
    event = main_event("A soldier was shot dead in Barwaaqo district, perpetrators not known.")
    assert event.place is not None
    assert (event.place.name, event.place.kind, event.place.lat) == ("Barwaaqo", PlaceKind.ADMIN2, None)


def test_an_area_of_a_city_lies_at_the_city_point() -> None:
    event = main_event("Police fired tear gas at protesters in Mbitaka area of Lusaka, injuring five.")
    (lusaka,) = (m.place for m in eventwire.extract("They met in Lusaka.").places)
    assert event.place is not None and lusaka is not None
    assert (event.place.name, event.place.country) == ("Mbitaka", "ZM")
    assert (event.place.lat, event.place.lon) == (lusaka.lat, lusaka.lon)


def test_the_country_of_the_notes_other_places_is_the_unlisted_place_country() -> None:
    event = main_event("Soldiers clashed with rebels in Ngarambe village. The fighting later spread towards Bunia.")
    assert event.place is not None
    assert (event.place.name, event.place.country, event.place.lat) == ("Ngarambe", "CD", None)


def test_an_owner_adjective_gives_no_country() -> None:
    """ "Kenyan forces" say whose forces, not where: the place may lie across the border."""
    event = main_event("Kenyan forces repelled an attack on their base in Dhakaraale village. Casualties not known.")
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Dhakaraale", None)


def test_a_facility_is_no_town() -> None:
    event = main_event("Students staged a sit-in at the Faculty of Veterinary Science in Khartoum on Monday.")
    assert event.place is not None and (event.place.name, event.place.country) == ("Khartoum", "SD")


def test_a_word_before_a_town_noun_is_no_place_of_that_kind() -> None:
    """ "the Makeni town hall" is a building; a hall is no kind of place."""
    result = eventwire.extract("Protesters gathered outside the Kanduwe town hall on Monday.")
    assert all(m.place is None or m.place.name != "Kanduwe" for m in result.places)


def test_a_suburb_of_the_city_the_report_names_is_that_city() -> None:
    text = (
        "Police fired tear gas at protesters in Nairobi on Tuesday. Witnesses said officers opened fire in the "
        "Kawangware suburb, wounding six people."
    )
    event = main_event(text)
    assert event.place is not None and event.place.name == "Nairobi"


def test_a_township_of_no_city_named_is_named_by_itself() -> None:
    event = main_event("Residents of Mzimvubu township burnt tyres and blocked roads to protest power cuts.")
    assert event.place is not None and (event.place.name, event.place.lat) == ("Mzimvubu", None)


def test_a_name_after_in_or_an_attack_verb_in_a_short_note_is_its_place() -> None:
    """Short notes name little else: a capitalised name after "in" or as what was bombed or attacked is the
    place, whatever label the parser gave it."""
    for text, name in [
        ("Gunmen attack herders in Wad Kurma. Shot 2 and stole cattle.", "Wad Kurma"),
        ("Army jets bomb Tigilbat. 3 herders died.", "Tigilbat"),
        ("Militia open fire on Kambira, injure 4 farmers.", "Kambira"),
    ]:
        event = main_event(text)
        assert event.place is not None, text
        assert event.place.name == name, text


def test_a_name_that_qualifies_a_noun_is_no_short_note_place() -> None:
    """ "Nyatura militiamen", "the Bwito chieftancy": the name says whose or which, the place is elsewhere."""
    event = main_event("Kobara militiamen attacked an army position in Kavumu. Both sides used heavy weapons.")
    assert event.place is not None and event.place.name == "Kavumu"


def test_a_foreign_namesake_loses_to_the_notes_country() -> None:
    """ "Auckland Park" is read as Auckland (New Zealand) through a part of its name; the note's other place
    (Johannesburg) tells South Africa, so the named suburb is the place, by its name."""
    event = main_event(
        "Journalists protested against censorship outside the broadcaster offices in Auckland Park, Johannesburg."
    )
    assert event.place is not None
    assert event.place.country != "NZ"
    assert event.place.name in ("Auckland Park", "Johannesburg")
