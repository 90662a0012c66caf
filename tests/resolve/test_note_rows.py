"""A short dated note's toll told for several places or days is split over ACLED's rows of them (invented notes):
the main event is the first row, with the toll over their number, rounded up; a toll smaller than the rows, a toll
told without a number ("several") and a note of one place and day keep the whole toll."""

from __future__ import annotations

import eventwire
from eventwire.model import Event
from eventwire.resolve.note_casualties import row_share, rows_of_the_toll


def main_event(text: str) -> Event:
    events = eventwire.extract(text, published="2016-03-04").events
    assert events
    return events[0]


def test_a_toll_told_for_the_villages_a_note_lists_is_split_over_them() -> None:
    event = main_event("Gunmen raided the villages of Kalumbo, Dibesa and Sangoro in Tarka area, killing 12 residents.")
    assert event.killed == 4


def test_a_toll_told_over_several_days_is_split_over_them() -> None:
    event = main_event("Herders and farmers clashed in Dimbo over 3-5 March. Some 15 people were reportedly killed.")
    assert event.killed == 5


def test_an_uneven_split_rounds_up_for_the_first_row() -> None:
    assert (
        row_share(7, "Militia attacked positions in the Lwembe and Kasiki areas, killing 7."),
        row_share(7, "x"),
    ) == (
        4,
        7,
    )


def test_a_note_of_one_place_and_day_keeps_its_toll() -> None:
    event = main_event("Gunmen raided the village of Kalumbo in Tarka area on 3 March, killing 12 residents.")
    assert event.killed == 12


def test_a_toll_smaller_than_the_places_is_not_split() -> None:
    event = main_event("Soldiers cleared the villages of Kalumbo, Dibesa and Sangoro of militants, killing 2.")
    assert event.killed == 2


def test_the_sides_between_and_a_range_of_people_are_no_rows() -> None:
    assert rows_of_the_toll("Clashes between Kalumbo and Dibesa militias; between 6-8 assailants were killed.") == 1
    assert rows_of_the_toll("between Mar.19-20") == 2


def test_dead_told_without_a_number_are_not_split() -> None:
    event = main_event("Troops dislodged militants from Kalumbo and Dibesa, killing several.")
    assert event.killed == 10


def test_the_groups_after_of_are_no_places() -> None:
    event = main_event("Troops killed 12 members of Kalumbo and Dibesa militias in Tarka area.")
    assert event.killed == 12
    assert rows_of_the_toll("Soldiers on a patrol of Kalumbo, Dibesa and Sangoro villages killed six militants.") == 3


def test_the_places_cleared_or_along_which_troops_fought_are_rows() -> None:
    assert (
        main_event("Troops cleared Kalumbo and Dibesa of militants on 3 March. Six reported Ansaru dead.").killed == 3
    )
    assert rows_of_the_toll("Troops fought militants along the Kalumbo-Dibesa and Tarka-Sangoro roads.") == 2
