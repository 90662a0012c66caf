"""The dead a US shooting report lists by name, and the shooter who died after his victims, count among the
incident's killed (invented reports)."""

from __future__ import annotations

import eventwire
from eventwire.resolve.us_shooting_tolls import counted_victims


def _killed(text: str, title: str | None = None) -> int | None:
    return eventwire.extract(text, published="2024-03-02", title=title).events[0].killed


def test_a_list_of_victims_counts_each_person_it_names() -> None:
    assert counted_victims("wife, son and daughter") == 3
    assert counted_victims("his wife, 2 sons") == 3
    assert counted_victims("her 6-year-old son") == 1
    assert counted_victims("Dana Pruitt, 41, and 3-year-old Cory Pruitt") == 2
    assert counted_victims("two young sons near their home") == 2
    assert counted_victims("the children") is None
    assert counted_victims("them") is None


def test_a_headline_that_lists_the_killers_victims_and_himself_counts_them_all() -> None:
    text = "Police were called to a home on Birch Lane in Dunmore, Pennsylvania, on Friday night after gunfire."
    assert _killed(text, "Dunmore police: Father kills wife, son, daughter, then himself") == 4
    assert _killed(text, "Dunmore man kills neighbor, her son, himself") == 3
    assert _killed(text, "Dunmore teen kills 8-year-old sister, self") == 2


def test_a_headline_that_lists_the_dead_counts_each_of_them() -> None:
    text = "Police were called to a home on Birch Lane in Dunmore, Pennsylvania, on Friday night after gunfire."
    assert _killed(text, "Man, woman killed in Dunmore shooting") == 2
    assert _killed(text, "3 adults, 2 children killed in Dunmore murder-suicide") == 5
    assert _killed(text, "Dunmore man charged in shooting deaths of mother, brother") == 2


def test_a_killer_who_then_killed_himself_counts_with_his_victims() -> None:
    text = (
        "Police in Dunmore, Pennsylvania, said a man fatally shot his wife and two daughters before killing himself "
        "at their home on Friday."
    )
    assert _killed(text) == 4
    text = (
        "Police said the gunman killed three people at a Dunmore, Pennsylvania, diner on Friday before being "
        "fatally shot by police."
    )
    assert _killed(text) == 4


def test_a_figure_that_counts_the_killer_already_stays() -> None:
    text = (
        "Four people, including the gunman, were found dead in a Dunmore, Pennsylvania, home on Friday. Police "
        "said the man killed his wife and two sons before killing himself."
    )
    assert _killed(text) == 4


def test_an_earlier_murder_suicide_gives_no_figure_to_the_report() -> None:
    text = (
        "A man was shot and killed outside a bar in Dunmore, Pennsylvania, on Friday night, police said. "
        "Last year, a Dunmore man killed his wife and three children before killing himself."
    )
    assert _killed(text) == 1


def test_a_report_from_abroad_keeps_its_figure() -> None:
    text = (
        "NAIROBI, Kenya (Reuters) - A police officer killed his wife and two colleagues before turning the gun "
        "on himself at a station in Nairobi on Friday, police said."
    )
    event = eventwire.extract(text, published="2024-03-02").events[0]
    assert event.place is not None and event.place.country == "KE"
    assert event.killed == 3  # the rule is the Gun Violence Archive's convention, of US reports only


def test_a_headline_that_tells_the_nth_death_counts_that_many_dead() -> None:
    text = "A man was shot on Elm Street in Dunmore, Pennsylvania, on Monday, police said."
    assert _killed(text, "Third person dies after shooting in Dunmore") == 3
    assert _killed(text, "4th victim dies after Dunmore murder-suicide") == 4
    assert _killed(text, "Second person charged in Dunmore shooting") != 2


def test_a_double_murder_suicide_counts_the_two_victims_and_the_killer() -> None:
    text = "Police found three bodies in an apartment on Oak Street in Dunmore, Pennsylvania, on Sunday."
    assert _killed(text, "Police: Double murder-suicide followed an argument in Dunmore") == 3
    text = (
        "A woman and her son were found shot to death in a Dunmore, Pennsylvania, home on Sunday. Police said "
        "the case was a double murder-suicide."
    )
    assert _killed(text) == 3
