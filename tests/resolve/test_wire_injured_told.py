"""The injured of a wire report's main event told in ways the casualty rules did not read (invented reports, three
reporters' wordings per kind; one rule: distinct groups sum, updates replace, background is left out):

- a group's count with a part of it told in the same phrase ("treated nine demonstrators, two of them for burns") is
  the group's count: the part ("two of them") is no part of the count before it;
- the injured told with a verb of care the detector lacked: people "treated for" any ailment ("for smoke
  inhalation", "for breathing problems"), "treated at the scene", people who "arrived" or "came in" with injuries,
  one more told by an ordinal alone ("and a third was treated"), and a count elided after its verb ("six were
  treated for tear gas and one for a broken arm");
- a figure in a sentence that names an earlier time in a clause of its own ("according to police, who said the
  attack was revenge for a killing last month") is the event's, not the earlier happening's;
- a headline's participle of wounding ("..., wounding 30") counts the injured as its verb does.
"""

from __future__ import annotations

import eventwire
from eventwire.model import Event


def main_event(text: str, published: str = "2026-05-05", title: str | None = None) -> Event:
    return eventwire.extract(text, published=published, title=title).events[0]


# ---------------------------------------------------------------- a part told in the group's own phrase


def test_a_part_told_after_the_protesters_treated_leaves_their_count_whole() -> None:
    event = main_event(
        "YEREVAN, Sept 9 (AP) — Protesters threw stones and flares at police outside the government building in "
        "Yerevan late Monday, and officers answered with stun grenades.\n\n"
        "The Interior Ministry said 11 police officers were injured. The Erebuni Medical Center said it treated nine "
        "demonstrators, two of them for burns.",
        published="2026-09-09",
    )
    assert event.injured == 20


def test_a_part_told_after_the_students_admitted_leaves_their_count_whole() -> None:
    event = main_event(
        "DHAKA, Feb 3 (Reuters) - Students hurled bricks at riot police and set fire to two buses in the Shahbagh "
        "area of Dhaka on Tuesday, police said.\n\n"
        "Six policemen were wounded, a police spokesman said. Dhaka Medical College said it had admitted 14 "
        "students, three of them with head wounds.",
        published="2026-02-04",
    )
    assert event.injured == 20


def test_a_part_told_after_the_fans_treated_leaves_their_count_whole() -> None:
    event = main_event(
        "ATHENS, Nov 2 (Reuters) - Football fans fought riot police with flares and rocks outside a stadium in the "
        "Greek port city of Piraeus on Sunday night, police said.\n\n"
        "Police said eight officers had been hurt. The Tzaneio General Hospital said it treated five fans, one of "
        "them for a stab wound.",
        published="2026-11-03",
    )
    assert event.injured == 13


# ---------------------------------------------------------------- verbs of care


def test_people_treated_for_tear_gas_inhalation_are_injured() -> None:
    event = main_event(
        "LUSAKA, April 7 (Reuters) - Zambian police fired tear gas on Monday to break up a march by market traders "
        "against new levies in Kitwe, witnesses said.\n\n"
        "Nine people were treated for tear gas inhalation at Kitwe Teaching Hospital, a nurse there said.",
        published="2026-04-08",
    )
    assert event.injured == 9


def test_a_count_elided_after_its_verb_adds_to_the_count_before() -> None:
    event = main_event(
        "QUITO, Oct 14 (AP) — Police in Ecuador used tear gas and batons on Tuesday to clear hundreds of farmers who "
        "were protesting against fuel prices outside the provincial government in Riobamba.\n\n"
        "Four protesters were treated for breathing problems and two for cuts to the head at the city's main "
        "hospital, its director said.",
        published="2026-10-15",
    )
    assert event.injured == 6


def test_a_third_person_treated_after_two_others_is_one_more() -> None:
    event = main_event(
        "KINGSTON, Jamaica (AP) — Gunmen opened fire on a crowd at a street dance in the Jamaican town of May Pen "
        "late Saturday, killing three men, police said.\n\n"
        "Two other people were taken to hospital with gunshot wounds and a third was treated at a private clinic, "
        "police said.",
        published="2026-03-16",
    )
    assert (event.killed, event.injured) == (3, 3)


def test_people_who_arrived_with_injuries_are_more_of_the_injured() -> None:
    event = main_event(
        "KYIV, March 3 (Reuters) - A Russian missile struck a shopping centre in the Ukrainian city of Dnipro on "
        "Tuesday, wounding at least 12 people, the regional governor said.\n\n"
        "The city's main hospital said five more people had arrived on their own with light injuries from broken "
        "glass.",
        published="2026-03-03",
    )
    assert event.injured == 17


def test_a_reporter_treated_at_the_scene_is_injured() -> None:
    event = main_event(
        "NAIROBI, July 7 (Reuters) - Kenyan police fired tear gas and water cannon at hundreds of protesters marching "
        "on parliament in Nairobi on Monday.\n\n"
        "Three photographers were hit by tear gas canisters and treated at the scene, the Kenya Union of Journalists "
        "said.",
        published="2026-07-08",
    )
    assert event.injured == 3


# ---------------------------------------------------------------- an earlier time in a clause of its own


def test_the_injured_told_beside_a_revenge_for_last_month_are_the_events() -> None:
    event = main_event(
        "SAN SALVADOR, Aug 3 (Reuters) - Gunmen opened fire on a bus stop in the Salvadoran town of Soyapango on "
        "Sunday, killing two women, police said.\n\n"
        "Three other people were taken to hospital with gunshot wounds, according to police, who said the attack "
        "appeared to be revenge for a killing in the area last month.",
        published="2026-08-04",
    )
    assert (event.killed, event.injured) == (2, 3)


def test_the_wounded_told_beside_a_feud_of_two_years_ago_are_the_events() -> None:
    event = main_event(
        "ISLAMABAD, May 12 (Reuters) - Gunmen attacked a wedding party in a village near the Pakistani city of Dera "
        "Ismail Khan on Monday, killing four men, police said.\n\n"
        "Six guests were wounded, police said, adding that the attackers belonged to a family whose elder was killed "
        "two years ago.",
        published="2026-05-13",
    )
    assert (event.killed, event.injured) == (4, 6)


def test_the_injured_told_beside_an_arrest_of_last_year_are_the_events() -> None:
    event = main_event(
        "LIMA, Jan 20 (AP) — Attackers threw a grenade into a restaurant in the Peruvian city of Trujillo on Monday "
        "night, police said.\n\n"
        "Seven diners were injured, the health ministry said, in an area where police broke up an extortion gang "
        "last year.",
        published="2026-01-21",
    )
    assert event.injured == 7


# ---------------------------------------------------------------- a headline's participle of wounding


def test_a_headline_told_wounding_thirty_counts_thirty_injured() -> None:
    event = main_event(
        "MOGADISHU, June 2 (Reuters) - A car bomb exploded outside a hotel in the Somali capital Mogadishu on "
        "Tuesday, killing four people and wounding at least 20, police said.",
        published="2026-06-02",
        title="Car bomb kills four outside Mogadishu hotel, wounding 30",
    )
    assert event.injured == 30


def test_a_headline_told_injuring_a_dozen_counts_twelve_injured() -> None:
    event = main_event(
        "TUNIS, Oct 5 (Reuters) - Police fired tear gas at stone-throwing youths in the Tunisian town of Kasserine "
        "on Sunday, and several people were hurt, residents said.",
        published="2026-10-06",
        title="Tunisian police clash with youths in Kasserine, injuring 12",
    )
    assert event.injured == 12


# ---------------------------------------------------------------- the toll of an abduction told on the road


def test_an_abduction_on_a_highway_has_the_dead_and_wounded_told_at_a_town_on_it() -> None:
    event = main_event(
        "ABUJA, March 9 (Reuters) - Gunmen kidnapped at least 17 passengers from a bus on the highway linking the "
        "northern cities of Kano and Zaria late on Sunday, police said.\n\n"
        "The kidnappers stopped the bus near Dakatsalle, a village in Kaduna state, and shot dead one of the "
        "passengers and wounded three others who tried to run, a police spokesman said.",
        published="2026-03-10",
    )
    assert (event.killed, event.injured) == (1, 3)


def test_an_abduction_of_migrants_has_the_passenger_who_died_told_after_it() -> None:
    event = main_event(
        "MEXICO CITY, Aug 21 (AP) — Armed men seized 12 migrants from a bus on the highway between Monterrey and "
        "Nuevo Laredo in northern Mexico on Wednesday, the state prosecutor's office said.\n\n"
        "The attackers fired on the bus near Sabinas Hidalgo, a town in Nuevo León state, and one passenger died "
        "of his wounds in hospital, the office said. Two others were treated for gunshot wounds.",
        published="2026-08-22",
    )
    assert (event.killed, event.injured) == (1, 2)


def test_an_abduction_of_students_has_the_driver_killed_told_after_it() -> None:
    event = main_event(
        "YAOUNDE, Nov 4 (Reuters) - Separatist fighters abducted nine students from a bus on the road between "
        "Bamenda and Bafoussam in western Cameroon on Monday, the regional governor said.\n\n"
        "The gunmen ambushed the bus outside Santa, a town in the North-West region, killing the driver and "
        "wounding two teachers, the governor said.",
        published="2026-11-05",
    )
    assert (event.killed, event.injured) == (1, 2)


def test_an_abduction_on_a_road_linking_a_city_with_a_town_has_the_toll_told_after_it() -> None:
    event = main_event(
        "KAMPALA, May 18 (Reuters) - Armed men abducted 14 traders from a minibus on the road linking Uganda's "
        "capital Kampala with the western town of Fort Portal early on Sunday, police said.\n\n"
        "The attackers stopped the minibus near Mubende, a town in central Uganda, killing the driver and wounding "
        "two passengers, a police spokesman said.",
        published="2026-05-19",
    )
    assert (event.killed, event.injured) == (1, 2)


def test_a_count_elided_as_more_is_more_of_its_own_figure_not_of_the_lead() -> None:
    event = main_event(
        "CAPE TOWN, March 2 (Reuters) - Gunmen opened fire on a minibus taxi rank in the Cape Town township of "
        "Khayelitsha on Sunday, leaving four people injured, police said.\n\n"
        "Two victims were taken to a local clinic and two more to Tygerberg Hospital, a police spokesman said.",
        published="2026-03-03",
    )
    assert event.injured == 4


def test_officers_who_suffered_burns_are_injured() -> None:
    event = main_event(
        "SANTIAGO, Oct 19 (Reuters) - Hooded protesters threw petrol bombs at riot police in central Santiago on "
        "Saturday night, the government said.\n\n"
        "Four police officers suffered burns, the interior ministry said.",
        published="2026-10-20",
    )
    assert event.injured == 4


def test_protesters_who_sustained_cuts_and_bruises_are_injured() -> None:
    event = main_event(
        "BELGRADE, March 16 (AP) — Police in Serbia used batons and pepper spray on Sunday to push back students "
        "blocking a bridge over the Danube in Novi Sad.\n\n"
        "Six students sustained cuts and bruises, their organisers said.",
        published="2026-03-17",
    )
    assert event.injured == 6
