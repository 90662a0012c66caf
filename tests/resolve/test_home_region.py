"""The main event's town lies in the state a local report is about, not in a namesake's (invented reports)."""

from __future__ import annotations

import eventwire
from eventwire.model import Event, PlaceKind, PlaceMention, Provenance, ResolvedPlace, Span
from eventwire.resolve.event_context import HomeRegion


def main_event(text: str, published: str = "2024-05-07") -> Event:
    return eventwire.extract(text, published=published).events[0]


def test_a_name_read_as_a_town_of_another_state_gives_way_to_the_state_of_the_report() -> None:
    # "Riverside" (of an apartment complex) is a town of California for the gazetteer; the report is on Tennessee.
    text = (
        "A 9-year-old girl was shot in the leg Tuesday night at the Riverside Court apartments in Maryville, Tenn."
        "\n\nThe Blount County Sheriff's Office said the shooting was an accident. Deputies said a relative was "
        "cleaning a handgun when it went off. The girl was taken to a hospital in Knoxville, Tennessee."
    )
    place = main_event(text).place
    assert place is not None and (place.name, place.admin1) == ("Maryville", "Tennessee")


def test_a_word_read_as_a_town_abroad_gives_way_to_the_city_of_the_report() -> None:
    # "Metro Police": Metro is a town of Indonesia, which nothing else in the report is about.
    text = (
        "Metro Police are looking for two men who fired shots into a house in Las Vegas early Sunday, wounding a "
        "woman.\n\nMetro detectives said the woman was asleep when the bullets came through a window. She is "
        "expected to survive. Las Vegas police asked anyone with information to call."
    )
    place = main_event(text).place
    assert place is not None and (place.name, place.admin1, place.country) == ("Las Vegas", "Nevada", "US")


def test_a_street_read_as_a_town_of_another_state_gives_way_to_the_city_of_the_report() -> None:
    text = (
        "Officers found a man shot to death at a home on Broadway in Tulsa on Saturday, Tulsa police said.\n\n"
        "The victim, 41, died at the scene. Tulsa detectives said they had no suspect. The Tulsa County medical "
        "examiner will perform an autopsy."
    )
    place = main_event(text).place
    assert place is not None and (place.name, place.admin1) == ("Tulsa", "Oklahoma")


def test_a_foreign_report_under_its_dateline_keeps_the_town_it_names() -> None:
    # Only US local news is read for a home state: a capital's dateline does not pull the event there.
    text = "KYIV (AP) - Artillery shells struck the city of Kharkiv on Saturday, killing four people, officials said."
    assert main_event(text).place.name == "Kharkiv"  # type: ignore[union-attr]


def _mention(start: int, name: str, kind: PlaceKind, admin1: str, country: str = "US") -> PlaceMention:
    place = ResolvedPlace(name, kind, 0.0, 0.0, country=country, admin1=admin1)
    return PlaceMention(Span(start, start + len(name)), name, place, Provenance("test", "1", "test"))


def test_a_name_that_recurs_counts_at_most_three_times() -> None:
    # A surname the gazetteer reads as a town of California, eight times, against the dateline and the state.
    surname = [_mention(100 + 20 * i, "Campbell", PlaceKind.CITY, "California") for i in range(8)]
    dateline = _mention(0, "SHELTON", PlaceKind.CITY, "Washington")
    state = _mention(9, "Wash.", PlaceKind.ADMIN1, "Washington")
    county = _mention(60, "Mason County", PlaceKind.ADMIN2, "Washington")
    assert HomeRegion.of([state, *surname], dateline=dateline) is None  # 5 against 3: not twice as much
    home = HomeRegion.of([state, county, *surname], dateline=dateline)
    assert home is not None and home.admin1 == "Washington"
    assert home.support[("US", "California")] == 3
    assert not home.stray(dateline.place)  # type: ignore[arg-type]


def test_no_home_region_when_two_states_are_named_as_much() -> None:
    mentions = [
        _mention(0, "Gary", PlaceKind.CITY, "Indiana"),
        _mention(10, "Indiana", PlaceKind.ADMIN1, "Indiana"),
        _mention(30, "Chicago", PlaceKind.CITY, "Illinois"),
        _mention(40, "Illinois", PlaceKind.ADMIN1, "Illinois"),
    ]
    assert HomeRegion.of(mentions) is None


def test_a_neighbourhood_the_gazetteer_lists_as_a_town_is_a_part_of_the_city_whose_police_investigate() -> None:
    text = (
        "CHICAGO (AP) - Two teenagers were wounded in a drive-by shooting Sunday evening in Uptown, police said."
        "\n\nThe boys, 15 and 16, were standing outside a store when a car pulled up and someone inside opened "
        "fire. Both were taken to a hospital in good condition. Chicago police said no one was in custody."
    )
    place = main_event(text).place
    assert place is not None and (place.name, place.kind, place.city) == ("Uptown", PlaceKind.DISTRICT, "Chicago")
    assert place.admin1 == "Illinois" and place.geo_precision == 1


def test_a_suburb_with_its_own_police_stays_a_town() -> None:
    text = (
        "A woman was shot and killed late Friday in Cicero, Cicero police said.\n\nThe woman, 34, was found in an "
        "alley. Cicero detectives said they had no suspect. The shooting was the second in the Chicago suburb "
        "this month."
    )
    place = main_event(text).place
    assert place is not None and (place.name, place.kind, place.city) == ("Cicero", PlaceKind.CITY, None)


def test_a_name_that_several_states_have_counts_once_for_the_state_it_was_read_in() -> None:
    # Invented: "Granger" recurs four times, read as the town of Indiana; the report names Yakima County twice.
    granger = [_mention(200 + 20 * i, "Granger", PlaceKind.CITY, "Indiana") for i in range(4)]
    county = [_mention(20 + 40 * i, "Yakima County", PlaceKind.ADMIN2, "Washington") for i in range(2)]
    assert HomeRegion.of([*county, *granger]) is None  # 2 against 3: no clear region
    home = HomeRegion.of([*county, *granger], ambiguous=lambda name: name == "Granger")
    assert home is not None and home.admin1 == "Washington"
    assert home.support[("US", "Indiana")] == 1
