"""The injured of a wire report's main event (invented reports in the style of AP and Reuters copy):

- the injured of disjoint groups add up, in one sentence ("Twelve growers were hurt ..., and six police officers were
  injured") or told by two sources in two ("Police said seven officers were hurt. Organisers said 11 protesters were
  injured"; "Five gendarmes were injured ... The town's hospital said it had treated nine civilians");
- a group told twice is its larger, later figure, not a sum ("Police said five protesters were hurt. Organisers later
  said 11 protesters were injured");
- people in general are not added to a group they may count ("Twelve people were hurt and four were seriously
  injured"), unless the group is told apart ("Separately, the union said two photographers had been hit");
- a part of a figure ("two of them were in serious condition") adds to nothing;
- the injured told after the dead, in a later sentence ("At least nine more were hurt, a police spokesman told
  reporters"), are the event's;
- the wounded told paragraphs after the lead, far from any word of the event, are its injured when it has none;
- the wounded flown to another town ("flown to Niamey for treatment") are still the event's;
- people told injured ("evacuated 17 injured people") or "admitted with injuries" are alive, not maybe the dead;
- both sides' wounded in a battle add up ("Five soldiers were wounded ... eight of the attackers were wounded");
- a killing named as what a protest or a film is about ("a documentary about a murdered journalist", "justice for two
  classmates who were shot dead", "the anniversary of an attack that killed 148") is no toll of the protest.
"""

from __future__ import annotations

import eventwire
from eventwire.model import Event


def main_event(text: str, published: str = "2026-05-05", title: str | None = None) -> Event:
    return eventwire.extract(text, published=published, title=title).events[0]


def test_two_groups_injured_in_one_sentence_add_up() -> None:
    event = main_event(
        "LA PAZ (AP) — Police used tear gas to clear a road blockade by coca growers near the town of Caranavi on "
        "Wednesday. Twelve growers were hurt, three of them by rubber bullets, and six police officers were injured "
        "by rocks, the government said."
    )
    assert event.injured == 18


def test_two_groups_injured_told_by_two_sources_add_up() -> None:
    event = main_event(
        "NAIROBI (Reuters) - Kenyan police fired tear gas at protesters marching against a new tax in the town of "
        "Nakuru on Tuesday. Police said seven officers were hurt by stones. Organisers said 11 protesters were "
        "injured.\n\nThe march was the third this month."
    )
    assert (event.event_type, event.injured) == ("Protests", 18)


def test_the_civilians_a_hospital_treated_add_to_the_officers_injured() -> None:
    event = main_event(
        "DAKAR (AFP) - Youths threw stones at police and burned tyres in the town of Kolda on Monday after the arrest "
        "of an opposition mayor, officials said. Five gendarmes were injured, the gendarmerie said. The town's "
        "hospital said it had treated nine civilians."
    )
    assert (event.event_type, event.injured) == ("Riots", 14)


def test_one_group_told_twice_is_its_larger_figure() -> None:
    event = main_event(
        "NAIROBI (Reuters) - Kenyan police fired tear gas at protesters marching against a new tax in the town of "
        "Nakuru on Tuesday. Police said five protesters were hurt. Organisers later said 11 protesters were "
        "injured.\n\nThe march was the third this month."
    )
    assert event.injured == 11


def test_people_in_general_and_a_part_of_them_do_not_add_up() -> None:
    event = main_event(
        "LA PAZ (AP) — Police used tear gas to clear a road blockade by coca growers near the town of Caranavi on "
        "Wednesday. Twelve people were hurt and four were seriously injured, the government said."
    )
    assert event.injured == 12


def test_a_group_told_apart_adds_to_the_people_treated() -> None:
    event = main_event(
        "SANTIAGO (Reuters) - Chilean police fired water cannon and tear gas on Thursday to clear students who had "
        "gathered outside the Education Ministry in Santiago. The city's ambulance service said it had treated 9 "
        "people, one of them a woman who was taken to hospital with a broken arm. Separately, a journalists' union "
        "said three reporters had been hit by rubber bullets."
    )
    assert event.injured == 12


def test_a_group_and_a_part_of_it_do_not_add_up() -> None:
    event = main_event(
        "GUATEMALA CITY (AP) — Hundreds of residents threw stones at police in the town of Nebaj on Sunday after a "
        "disputed election. Eight police officers were injured and two of them were in serious condition, police "
        "said."
    )
    assert event.injured == 8


def test_the_injured_told_after_the_dead_as_more_are_the_events() -> None:
    event = main_event(
        "ISLAMABAD (Reuters) - A bomb hidden in a motorcycle exploded near a police van in the northwestern city of "
        "Bannu on Monday, killing three policemen. At least nine more were hurt, a police spokesman told "
        "reporters.\n\nNo group claimed responsibility."
    )
    assert (event.killed, event.injured) == (3, 9)


def test_the_sources_after_a_figure_of_injured_are_no_victims() -> None:
    event = main_event(
        "BAMAKO (Reuters) - A roadside bomb hit a truck outside the town of Hombori on Sunday, killing five people "
        "and wounding 11, a local official and a health worker said."
    )
    assert (event.killed, event.injured) == (5, 11)


def test_a_killing_a_protest_is_about_is_not_its_toll() -> None:
    event = main_event(
        "PRAGUE (Reuters) - Thousands of people marched through Brno on Saturday to protest against the dismissal of "
        "the editor of a newspaper that had made a film about a murdered journalist. Police said the march was "
        "peaceful."
    )
    assert (event.event_type, event.killed) == ("Protests", None)


def test_the_wounded_flown_to_another_town_are_the_battles() -> None:
    event = main_event(
        "NIAMEY (AFP) - Jihadist fighters attacked an army post near the town of Makalondi in western Niger on "
        "Tuesday, setting off hours of fighting in which seven soldiers were killed, the army said.\n\n"
        "The attackers were pushed back after reinforcements arrived, the army said in a statement. Four soldiers "
        "were wounded and flown to Niamey for treatment, it said."
    )
    assert (event.killed, event.injured) == (7, 4)


def test_the_wounded_told_paragraphs_after_the_lead_are_the_events() -> None:
    event = main_event(
        "KINSHASA (Reuters) - Rebels attacked a village in eastern Congo's Ituri province on Friday, killing at least "
        "20 civilians, local officials said.\n\nThe attack in Ndimo, about 30 km from the town of Bunia, was blamed "
        'on the CODECO militia.\n\n"We counted the bodies this morning," said Jean Lonema, a local chief. He said '
        "many houses were burned.\n\nThe U.N. mission said it had sent peacekeepers. A hospital in Bunia said it had "
        "received 15 wounded."
    )
    assert (event.killed, event.injured) == (20, 15)


def test_both_sides_wounded_in_a_battle_add_up() -> None:
    event = main_event(
        "BAMAKO (Reuters) - Malian soldiers clashed with jihadist fighters near the town of Boni on Saturday, the army "
        "said. Five soldiers were wounded, it said. Residents said at least eight of the attackers were wounded."
    )
    assert (event.event_type, event.injured) == ("Battles", 13)


def test_a_figure_of_people_including_a_group_is_not_added_to() -> None:
    event = main_event(
        "TBILISI (Reuters) - Police in Georgia used water cannon to disperse protesters outside parliament in Tbilisi "
        "on Sunday night. The interior ministry said four police officers were hurt. The health ministry said 20 "
        "people had been treated for injuries."
    )
    assert event.injured == 20


def test_the_killing_a_march_demands_justice_for_or_marks_is_not_its_toll() -> None:
    justice = main_event(
        "DHAKA (Reuters) - Thousands of students marched in Dhaka on Monday to demand justice for two classmates who "
        "were shot dead by police last month. The march ended peacefully, police said."
    )
    anniversary = main_event(
        "NAIROBI (AP) — Hundreds of people marched in Garissa on Thursday to mark the anniversary of an attack on a "
        "university that killed 148 people. The march was peaceful."
    )
    assert (justice.killed, anniversary.killed) == (None, None)


def test_people_told_injured_or_admitted_with_injuries_are_not_maybe_the_dead() -> None:
    lead = (
        "KABUL (Reuters) - A suicide bomber blew himself up at a wedding hall in the city of Mazar-i-Sharif on "
        "Thursday, killing 14 people, a police spokesman said. "
    )
    evacuated = main_event(lead + "The Red Cross said it had evacuated 17 injured people to hospitals in the city.")
    admitted = main_event(lead + "Medical sources said 40 people were admitted with injuries.")
    assert (evacuated.killed, evacuated.injured, admitted.injured) == (14, 17, 40)


def test_others_who_remained_in_hospital_are_the_events_injured() -> None:
    event = main_event(
        "LAGOS (AP) — Gunmen opened fire on a minibus on a highway near the town of Okene on Monday, killing four "
        "passengers, police said. Six other people remained in hospital on Tuesday, police spokesman Ade Bello said."
    )
    assert (event.killed, event.injured) == (4, 6)


def test_more_people_told_by_a_second_source_add_to_the_first() -> None:
    # "three more people": others than those the first source counted, whoever they were
    event = main_event(
        "LA PAZ, Bolivia (AP) — Police fired tear gas on Thursday to stop hundreds of teachers marching on the "
        "prefecture in the city of Cochabamba to demand higher wages, officials said.\n\nSeven teachers were treated "
        "for injuries at the Viedma hospital, the departmental health service said. The ombudsman's office said "
        "separately that four more people hit by rubber bullets had been taken to a clinic in Quillacollo.\n\n"
        "The teachers' union called a strike for Monday."
    )
    assert (event.event_type, event.injured) == ("Protests", 11)


def test_more_brought_to_the_hospital_the_sentence_named_add_to_the_wounded() -> None:
    # "brought there": to the hospital its sentence named; "nine more": not those the clinic treated
    event = main_event(
        "GAROUA, Cameroon (AP) — A suicide bomber blew himself up at a cattle market in the town of Mora late on "
        "Friday, killing eight people, a local official said Saturday.\n\nThe official said 10 wounded people were "
        "treated at the town's health centre. A nurse at the regional hospital in Maroua said six more had been "
        "brought there overnight.\n\nNo group claimed the bombing."
    )
    assert (event.killed, event.injured) == (8, 16)


def test_the_more_of_the_dead_are_no_others_than_the_injured_told_later() -> None:
    event = main_event(
        "GAROUA, Cameroon (AP) — Gunmen opened fire on a bus near the town of Mora on Friday. Three people were "
        "killed and five more were wounded, police said. The town's hospital said it had treated five wounded "
        "people."
    )
    assert (event.killed, event.injured) == (3, 5)


def test_a_group_told_apart_right_after_the_last_figure_is_the_events() -> None:
    # the reporters, "covering the sit-in" (read as a report of its own), are told in the sentence after the
    # students' figure, beyond the casualty window of the lead
    event = main_event(
        "MANILA, Philippines (AP) — Philippine police used water cannon on Monday to break up a sit-in by hundreds of "
        "students outside the provincial capitol in Iloilo City, who were protesting against higher tuition fees.\n\n"
        "The students had sat in front of the gate since the morning, singing. Police moved in at dusk.\n\n"
        "A students' federation said eight students had been treated for injuries from batons and water cannon. "
        "Separately, a press freedom group said three reporters had been hit by canisters while covering the sit-in "
        "and were treated at a clinic.\n\nThe governor said he would meet the students' leaders on Tuesday."
    )
    assert (event.event_type, event.injured) == ("Protests", 11)


_BONI = (
    "BAMAKO, May 5 (Reuters) - Malian troops killed 20 jihadists in fighting near the town of Boni in the central "
    "Mopti region on Saturday, the army said, adding that three soldiers had also died.\n\n"
)


def test_the_wounded_told_after_a_paragraph_placed_where_its_source_spoke_are_the_events() -> None:
    # the paragraph that tells the fight again is placed only where its source spoke ("told a news conference in
    # Bamako"): no other incident, and the wounded told after it are the fight's
    event = main_event(
        _BONI + "The militants attacked an army camp before dawn and were pushed back after several hours of fighting, "
        "army spokesman Souleymane Dembele told a news conference in Bamako on Monday.\n\n"
        '"The terrorists fled and left their motorcycles behind," Dembele said. He said five soldiers had been '
        "wounded.\n\nMali's army has fought jihadist groups in the centre of the country since 2015."
    )
    assert (event.place and event.place.name, event.killed, event.injured) == ("Boni", 23, 5)


def test_the_wounded_of_an_attack_in_another_town_are_not_the_events() -> None:
    event = main_event(
        _BONI + "In Bamako on Saturday, gunmen opened fire on an army post, a military source "
        "said. He said four soldiers had been wounded.\n\nMali's army has fought jihadist groups in the centre of the "
        "country since 2015."
    )
    assert (event.killed, event.injured) == (23, None)


def test_more_wounded_no_event_took_told_right_after_the_first_add_to_them() -> None:
    event = main_event(
        "KINSHASA, Congo (AP) — Shells struck a market in the eastern city of Goma on Monday, killing five people, "
        "local officials said.\n\nThe shells landed near the bus station shortly after dawn, a witness said.\n\n"
        "The main hospital in Goma received eight wounded, its director said Tuesday. The Red Cross said three more "
        "people with shrapnel wounds were treated at a health centre in Sake.\n\nThe army blamed the rebels."
    )
    assert (event.killed, event.injured) == (5, 11)


def test_more_told_after_the_figure_add_to_the_wounded_brought_in() -> None:
    event = main_event(
        "QUETTA, Pakistan, March 4 (Reuters) - Mortar shells landed on homes in the town of Zhob on Tuesday, killing "
        "four civilians, officials said.\n\nSeven wounded people were brought to the district hospital, its doctor "
        "said. An ambulance charity said separately that it had taken three more to hospitals in Quetta."
    )
    assert (event.killed, event.injured) == (4, 10)


def test_another_victim_hurt_adds_to_the_officers_hurt() -> None:
    event = main_event(
        "LA PAZ, Bolivia (Reuters) - Villagers near Sorata beat a man to death and badly injured another on Monday "
        "after accusing them of stealing sheep, police said.\n\nTwo officers were hurt by stones thrown by "
        "residents who tried to stop them from taking the injured man away, police said."
    )
    assert (event.killed, event.injured) == (1, 3)


# A headline that tells nobody was hurt ("..., no one hurt") counts no one, in other wordings and places.
def test_a_headline_saying_no_one_was_hurt_counts_no_injured() -> None:
    event = main_event(
        "LILONGWE, March 4 (Reuters) - Unknown attackers set fire to the district office of Malawi's main opposition "
        "party in the town of Mzuzu late on Tuesday, burning its records, the party said. No one was hurt.\n\nPolice "
        "said they had opened an investigation.",
        published="2026-03-05",
        title="Malawi opposition office burned in Mzuzu, no one hurt",
    )
    assert event.injured in (None, 0)


def test_a_headline_opening_with_no_one_injured_counts_no_injured() -> None:
    event = main_event(
        "LAHORE, Pakistan (AP) — Masked men torched six buses at a depot on the outskirts of Lahore early on Sunday "
        "after a dispute over fares, police said.\n\nFirefighters put out the blaze within two hours.",
        published="2026-04-13",
        title="No one injured as masked men torch buses in Lahore",
    )
    assert (event.killed, event.injured) in ((None, None), (None, 0), (0, 0))


def test_a_headline_saying_no_one_was_killed_counts_no_dead() -> None:
    event = main_event(
        "QUITO, Ecuador (Reuters) - A bomb exploded outside a prison in the port city of Guayaquil on Friday night, "
        "damaging its outer wall and two cars, the prison authority said.\n\nIt blamed a gang fighting for control of "
        "the jail.",
        published="2026-09-12",
        title="Bomb damages Guayaquil prison wall, no-one killed",
    )
    assert event.killed in (None, 0)


# One person told as one more than those counted before ("was also wounded", "a fourth man") adds to the injured.
def test_a_farmer_also_wounded_adds_to_the_officers_wounded() -> None:
    event = main_event(
        "TBILISI, March 3 (Reuters) - Russian-backed forces fired mortars at Georgian police posts near the village "
        "of Ergneti late on Sunday, wounding two officers, Georgia's Interior Ministry said.\n\nA farmer working in a "
        "nearby field was also wounded by shrapnel, the ministry said on Monday.\n\nThe ministry called the attack a "
        "provocation.",
        published="2026-03-03",
        title="Attack report",
    )
    assert event.injured == 3


def test_a_fourth_man_wounded_after_three_dead_adds_to_the_injured_told_separately() -> None:
    event = main_event(
        "BAMAKO (AFP) - A drone struck a pickup truck near the town of Niono in central Mali on Wednesday, killing "
        "three men, local officials said.\n\nA fourth man, the driver of a passing lorry, was wounded, a hospital "
        "official said. A regional rights group said separately that two women at a nearby well had been hurt by "
        "debris.\n\nThe army said it had targeted jihadists.",
        published="2026-06-12",
        title="Attack report",
    )
    assert (event.killed, event.injured) == (3, 3)


def test_a_boy_also_injured_adds_to_three_others_wounded() -> None:
    event = main_event(
        "JUBA, South Sudan (Reuters) - Gunmen ambushed a convoy of aid trucks on the road between Juba and Nimule on "
        "Friday, killing a driver and wounding three others, the United Nations said.\n\nA boy selling water at the "
        "roadside was also injured, a local official said.\n\nNo group has claimed the attack.",
        published="2026-11-21",
        title="Attack report",
    )
    assert event.injured == 4


def test_an_ordinal_within_the_count_and_an_officer_also_hurt_after_officers_add_nothing() -> None:
    event = main_event(
        "MANILA (Reuters) - Gunmen fired on a police patrol in the town of Datu Piang on Saturday, wounding four "
        "officers, the provincial police said.\n\nA fourth officer, the patrol's driver, was hurt in the arm. "
        "A police sergeant was also wounded, the police said.\n\nThe army blamed a local armed group.",
        published="2026-08-02",
        title="Attack report",
    )
    assert event.injured == 4
