"""Main-event kinds of session 18 (invented reports, each kind in two or three reporters' words):

- a date told before an attribution that closes its sentence ("..., on Monday, shooting dead nine people, the
  commissioner said") is the reported happening's, however the parser hangs it from "said";
- a relative clause that tells a happening's course ("an attack on a hotel that began late on Sunday") dates it;
- "the leaders of the Greek Cypriot and Turkish Cypriot communities met": two sides that met, a meeting;
- an earlier attack dated by a year before the report's ("In 2019, a bomber killed 12 people at the market") is no
  subject of the report, and a toll told in a relative clause of "the 2019 bombing" is that bombing's: background,
  dated by its own year;
- one reporter or officer hurt, told by a source of their own (a press union after a hospital's figure), adds to
  the people the hospital counted;
- "his parents", "her grandparents" killed are two.
"""

from __future__ import annotations

import eventwire
from eventwire.model import Event


def main_event(text: str, published: str) -> Event:
    return eventwire.extract(text, published=published).events[0]


# ---------------------------------------------------------------- a date before a closing attribution


def test_a_date_after_an_apposition_before_the_attribution_dates_the_attack() -> None:
    event = main_event(
        "KAMPALA, March 4 (Reuters) - Raiders from a neighbouring district attacked Lokore, a hamlet in Uganda's "
        "Karamoja region, on Monday, shooting dead six herders and stealing cattle, a district official said.",
        "2026-03-04",
    )
    assert event.date is not None and event.date.value == "2026-03-02"


def test_a_date_told_after_the_verb_of_saying_is_still_the_statement_s() -> None:
    event = main_event(
        "NIAMEY (AP) — Gunmen on motorbikes raided a village in Niger's Tillaberi region, killing 11 villagers, "
        "the regional governor said on Saturday.\n\nThe raid took place late on Thursday, he said.",
        "2026-06-09",
    )
    assert event.date is None or event.date.value != "2026-06-06"


# ---------------------------------------------------------------- a relative clause of the happening's course


def test_an_attack_that_began_on_a_day_is_dated_by_it() -> None:
    event = main_event(
        "MOGADISHU (Reuters) - Seven people died in an attack on a hotel in Mogadishu that began late on Sunday, "
        "police said on Tuesday.",
        "2026-05-05",
    )
    assert event.date is not None and event.date.value == "2026-05-03"


def test_a_hotel_that_opened_in_a_year_does_not_date_the_attack() -> None:
    event = main_event(
        "MOGADISHU (Reuters) - Seven people died in an attack on a hotel in Mogadishu that opened in 2019, police "
        "said on Tuesday.",
        "2026-05-05",
    )
    assert event.date is not None and event.date.value != "2019"


# ---------------------------------------------------------------- two communities' leaders met


def test_the_leaders_of_two_communities_who_met_hold_a_meeting() -> None:
    event = main_event(
        "NICOSIA, Cyprus (AP) — The leaders of Cyprus' Greek Cypriot and Turkish Cypriot communities met in Nicosia "
        "on Tuesday but failed to agree on reopening a closed crossing, a U.N. official said.\n\n"
        "The island was divided in 1974 when Turkey invaded after a coup.",
        "2026-04-15",
    )
    assert (event.event_type, event.plover) == ("none", "CONSULT")
    assert event.date is not None and event.date.value == "2026-04-14"


def test_rival_communities_delegates_who_met_hold_a_meeting() -> None:
    event = main_event(
        "BEIRUT (Reuters) - Representatives of Lebanon's Sunni and Alawite communities met in Tripoli on Sunday to "
        "ease tensions in the city, a mediator said.\n\nFighting in the city in 2013 killed dozens of people.",
        "2026-04-13",
    )
    assert (event.event_type, event.plover) == ("none", "CONSULT")


# ---------------------------------------------------------------- an earlier year's attack is background


def test_an_attack_of_an_earlier_year_after_the_lead_is_background() -> None:
    result = eventwire.extract(
        "KABUL (AP) — Afghan officials reopened the central market in Kabul on Monday after a year of repairs.\n\n"
        "In 2019, a suicide bomber killed 12 people at the same market.",
        published="2026-05-05",
    )
    bombing = next(e for e in result.events if e.sub_event_type == "Suicide bomb")
    assert bombing.status == "background"
    assert bombing.date is not None and bombing.date.value == "2019"


def test_the_toll_of_an_earlier_years_bombing_in_a_relative_clause_is_background() -> None:
    result = eventwire.extract(
        "KABUL (AP) — A court in Kabul on Monday sentenced three men to death over the 2019 bombing of a market that "
        "killed 12 people.",
        published="2026-05-05",
    )
    assert all(e.status == "background" for e in result.events if e.event_type != "none")
    assert all(e.date is None or e.date.value != "2026-05-04" for e in result.events if e.event_type != "none")


# ---------------------------------------------------------------- one reporter hurt, told by their own source


def test_a_reporter_the_press_union_tells_of_adds_to_the_hospitals_figure() -> None:
    event = main_event(
        "DAKAR, Aug 4 (Reuters) - Police fired tear gas on Monday to break up a sit-in by hundreds of traders "
        "protesting against a new market tax in Thies, witnesses said.\n\n"
        "Nine people were treated for breathing problems at the regional hospital, its director, Dr. Awa Ndiaye, "
        "told Reuters.\n\nThe Senegalese journalists' union said a photographer had been hit in the arm by a tear gas "
        "canister.",
        "2026-08-04",
    )
    assert event.injured == 10


def test_a_reporter_among_the_injured_is_one_of_them() -> None:
    event = main_event(
        "DAKAR, Aug 4 (Reuters) - Police fired tear gas on Monday to break up a sit-in by hundreds of traders "
        "protesting against a new market tax in Thies, witnesses said.\n\n"
        "Nine people were treated for breathing problems at the regional hospital, its director, Dr. Awa Ndiaye, "
        "told Reuters.\n\nThe journalists' union said a photographer was among those hurt.",
        "2026-08-04",
    )
    assert event.injured == 9


# ---------------------------------------------------------------- a pair of people


def test_his_parents_shot_dead_are_two() -> None:
    event = main_event(
        "DENVER (AP) — A man shot and killed his parents and wounded a neighbor at their home in Greeley, Colorado, "
        "on Sunday, police said.",
        "2026-03-10",
    )
    assert (event.killed, event.injured) == (2, 1)


def test_her_grandparents_found_dead_are_two() -> None:
    event = main_event(
        "PHOENIX (AP) — A teenager fatally stabbed her grandparents at their home in Mesa, Arizona, on Friday night, "
        "police said.",
        "2026-03-10",
    )
    assert event.killed == 2
