"""The toll of a wire report's main event (invented reports in the style of AP and Reuters copy):

- a battle whose reports count each side's dead apart, in one sentence or the next ("killing 9 of the rebels ...
  Three soldiers were killed", "killing 7 soldiers ... Twelve attackers were also killed"), has both sides' dead
  as its toll; a figure that counts both already, or a figure and a part of it ("killing 10 people, among them
  two soldiers"), is not added up;
- dead told with "also" in the next sentence ("Two civilians were also killed", "A passer-by was also killed") add to
  the toll; those the same attackers "also killed" on another day are another event's;
- people "being treated" are alive: a toll update of the dead does not take them out of the injured;
- victims who "escaped with wounds and were flown to a hospital" are injured, besides the dead;
- a number alone as the object of a verb of injuring ("killing nine people and wounding 32") is a count, even where
  the entity tagger reads it as a date;
- "bringing the toll to five" updates the toll as "the toll rose to five" does;
- "a fourth body ... had been found" brings the toll to four, as an update does (not "a second body camera");
- the sources listed after a figure ("wounding at least 12, two residents and a hospital official said") are no
  more victims;
- a list of the injured ("A nurse, two reporters and a shopkeeper were treated") adds up;
- a headline that counts the dead among those shot ("5 shot, 2 fatally") gives the dead, not all of those shot;
- a riot that broke out after a death ("after a vendor died in police custody") does not count that death ("The dead
  vendor, 31, had been detained on Monday") as its toll; a protester killed in the riot stays its toll;
- a territory handed over without a fight ("took control of the town after government troops withdrew") has no
  toll, whatever a party claims its fighters killed there;
- rebels who attack a camp of civilians ("a camp of gold miners") attack civilians; no armed clash.
"""

from __future__ import annotations

import eventwire
from eventwire.model import Event


def main_event(text: str, published: str = "2026-04-21", title: str | None = None) -> Event:
    return eventwire.extract(text, published=published, title=title).events[0]


def test_the_dead_of_both_sides_told_in_two_sentences_add_up() -> None:
    event = main_event(
        "BAMAKO (Reuters) - Malian troops fought rebel fighters for hours near the town of Tessalit on Saturday, "
        "killing nine of the rebels, the army said on Sunday. Three soldiers were killed and four wounded, it said."
    )
    assert (event.event_type, event.killed, event.injured) == ("Battles", 12, 4)


def test_the_attackers_also_killed_add_to_the_soldiers_killed() -> None:
    event = main_event(
        "NIAMEY, Niger (AP) — Jihadi fighters attacked an army post in the western town of Tera on Monday, killing "
        "seven soldiers, the army said on Tuesday. Twelve attackers were also killed in the fighting, it said."
    )
    assert (event.event_type, event.killed) == ("Battles", 19)


def test_a_toll_and_a_part_of_it_do_not_add_up() -> None:
    event = main_event(
        "NIAMEY, Niger (AP) — Jihadi fighters attacked an army post in the western town of Tera on Monday, killing "
        "10 people, the army said on Tuesday. Two soldiers were among the dead, it said."
    )
    assert event.killed == 10


def test_a_figure_of_both_sides_is_not_added_again() -> None:
    event = main_event(
        "BAMAKO (Reuters) - Jihadi fighters attacked an army post near the town of Tessalit on Saturday, setting off "
        "hours of fighting in which six soldiers and at least 10 of the attackers were killed, the army said."
    )
    assert event.killed == 16


def test_people_being_treated_are_not_counted_among_the_dead_of_a_toll_update() -> None:
    event = main_event(
        "KANO, Nigeria (AFP) - A suicide bomber blew himself up at a bus station in the town of Gamboru on Monday, "
        "killing at least five people, a militia leader said.\n\n"
        "The militia leader told AFP on Tuesday that the toll had risen to nine and that 14 people were being treated "
        "for wounds at the town's hospital."
    )
    assert (event.killed, event.injured) == (9, 14)


def test_victims_who_escaped_and_were_flown_to_a_hospital_are_injured_and_a_camp_of_civilians_is_no_armed_target() -> (
    None
):
    event = main_event(
        "MANILA (Reuters) - Communist rebels attacked a camp of banana farm workers near the village of Tagbina on "
        "Tuesday, killing three of them, police said on Wednesday.\n\n"
        "Two other workers escaped into the hills with machete wounds and were flown to a hospital in Davao, police "
        "said."
    )
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert (event.killed, event.injured) == (3, 2)


def test_a_bare_number_wounded_after_a_day_is_a_count_not_a_date() -> None:
    event = main_event(
        "PORT SUDAN, June 12 (Reuters) - A drone strike hit a crowded cattle market in the town of Mellit in North "
        "Darfur state on Monday, killing nine people and wounding 32, a local rights group said on Tuesday.",
        published="2026-06-09",
    )
    assert (event.killed, event.injured) == (9, 32)


def test_a_death_bringing_the_toll_to_a_figure_updates_the_toll() -> None:
    event = main_event(
        "LUSAKA (Reuters) - Gunmen attacked a bus carrying traders near the town of Mpika on Monday, killing three "
        "passengers, police said.\n\n"
        "Two more passengers died of their wounds overnight at Mpika District Hospital, bringing the toll to five, "
        "a hospital official said on Tuesday."
    )
    assert event.killed == 5


def test_a_town_taken_after_the_troops_withdrew_has_no_toll_of_a_partys_claim() -> None:
    event = main_event(
        "BAMAKO (Reuters) - Jihadist fighters took control of the town of Boni in central Mali on Sunday after "
        "government troops withdrew, residents said.\n\n"
        'The group said on its Telegram channel that its fighters had killed "many soldiers" in the town. The army '
        "did not comment."
    )
    assert event.sub_event_type == "Non-violent transfer of territory"
    assert (event.killed, event.injured) == (None, None)


def test_a_fourth_body_found_brings_the_toll_to_four() -> None:
    event = main_event(
        "JAKARTA (Reuters) - Indonesian police opened fire on a crowd holding a sit-in outside a district office in "
        "the town of Nabire in Central Papua on Monday, killing three people, a church leader said on Tuesday.\n\n"
        "A rights group said later on Tuesday that a fourth body, of a man shot in the back, had been found in a "
        "ditch near the office."
    )
    assert event.killed == 4


def test_a_second_body_camera_is_no_death() -> None:
    found = eventwire.extract("Officers wore a second body camera during the raid on Monday.", published="2026-04-21")
    assert not found.casualties


def test_the_sources_after_a_figure_are_no_more_victims() -> None:
    event = main_event(
        "NAIROBI, Kenya (Reuters) - A drone strike hit a livestock market in the town of Dangila in Ethiopia's Amhara "
        "region on Monday, killing six people and wounding at least 12, two residents and a hospital official said "
        "on Tuesday."
    )
    assert (event.killed, event.injured) == (6, 12)


def test_a_list_of_the_injured_adds_up() -> None:
    event = main_event(
        "LIMA (Reuters) - Peruvian police fired tear gas on Thursday at thousands of teachers marching in the city of "
        "Arequipa to demand higher pay, breaking up the march.\n\n"
        "A nurse, two reporters and a shopkeeper were treated by paramedics at the scene for minor injuries."
    )
    assert event.injured == 4


def test_a_headline_of_those_shot_and_the_dead_among_them_counts_the_dead() -> None:
    event = main_event(
        "MACON, Ga. (AP) — Five people were shot, two of them fatally, at a cookout in the city of Warner Robins late "
        "Saturday, police said Sunday.\n\nThe three wounded were taken to hospitals in Macon.",
        published="2026-04-19",
        title="5 shot, 2 fatally, at Georgia cookout",
    )
    assert (event.killed, event.injured) == (2, 3)


def test_a_riot_after_a_death_in_custody_does_not_count_that_death() -> None:
    event = main_event(
        "ACCRA, Ghana (AP) — Hundreds of market traders blocked roads and set fire to a police station in the northern "
        "city of Tamale on Tuesday after a vendor died in police custody, police said.\n\n"
        "Police fired tear gas to disperse the crowd, and five officers were injured, a police spokesman said.\n\n"
        "The dead vendor, 31, had been detained on Monday over a dispute with a customer.",
        title="Traders torch police station in Ghana after death in custody",
    )
    assert event.event_type == "Riots"
    assert (event.killed, event.injured) == (None, 5)


def test_a_protester_killed_in_a_riot_after_a_death_is_its_toll() -> None:
    event = main_event(
        "ACCRA, Ghana (AP) — Hundreds of market traders blocked roads and set fire to a police station in the northern "
        "city of Tamale on Tuesday after a vendor died in police custody, police said.\n\n"
        "Police fired live rounds to disperse the crowd, killing one protester and wounding five, a hospital official "
        "said."
    )
    assert event.killed == 1


def test_dead_also_killed_in_the_next_sentence_add_to_the_toll() -> None:
    battle = main_event(
        "NIAMEY, Niger (AP) — Jihadi fighters attacked an army post in the western town of Tera on Monday, killing "
        "seven soldiers, the army said on Tuesday. Two civilians were also killed, it said."
    )
    assert (battle.event_type, battle.killed) == ("Battles", 9)
    bombing = main_event(
        "KABUL (Reuters) - A roadside bomb struck a police vehicle in the town of Ghazni on Monday, killing four "
        "policemen, officials said. A passer-by was also killed."
    )
    assert bombing.killed == 5


def test_dead_also_killed_on_another_day_are_not_added() -> None:
    event = main_event(
        "NIAMEY, Niger (AP) — Gunmen killed four villagers in the western town of Tera on Monday, police said. The "
        "gunmen also killed two herders in a nearby village on Sunday."
    )
    assert event.killed == 4


def test_the_injured_of_the_police_and_of_the_crowd_told_apart_add_up() -> None:
    event = main_event(
        "NAIROBI (Reuters) - Police fired tear gas on Tuesday to break up a march by hundreds of traders in Nakuru, "
        "police said.\n\n"
        "Twelve protesters were hurt, three of them by rubber bullets, and five police officers were injured by "
        "stones, a police spokesman said."
    )
    assert event.injured == 17


def test_the_people_a_hospital_treated_are_injured_and_add_to_the_polices() -> None:
    event = main_event(
        "DAKAR (AFP) - Hundreds of youths threw stones at police and set fire to the town hall in Kolda on Monday, "
        "officials said.\n\n"
        "Six police officers were injured, the police said on Tuesday. The regional hospital said it had treated "
        "nine civilians, most of them for the effects of tear gas."
    )
    assert event.injured == 15


def test_the_injured_of_no_one_group_add_up_with_a_group_told_apart_separately() -> None:
    event = main_event(
        "SANTIAGO (Reuters) - Police fired water cannon and tear gas on Thursday to clear students who had gathered "
        "outside the Education Ministry in Santiago.\n\n"
        "The city's emergency medical service said it had treated eight people, one of them a woman who was taken "
        "to hospital. Separately, a press union said three photographers had been hit by rubber bullets."
    )
    assert event.injured == 11


def test_injured_officers_counted_among_the_injured_add_nothing() -> None:
    event = main_event(
        "LIMA (AP) — Protesters clashed with police in the southern city of Juliaca on Monday, officials said.\n\n"
        "Fourteen people were injured, including four police officers, the health ministry said. Police said "
        "four officers were hurt."
    )
    assert event.injured == 14


def test_the_leads_report_of_the_headlines_event_leads_not_the_headlines_words_alone() -> None:
    """The headline on its own line types "torch" from its few words; the lead's sentence tells a crowd that set
    fire to a town hall, with injured police: a violent demonstration."""
    title = "Peruvian farmers torch municipal building, patrol cars in row over water"
    event = main_event(
        f"{title}\n\n"
        "LIMA (AP) — Hundreds of residents set fire to the municipal building and three police vehicles in the "
        "Andean town of Chumbivilcas on Sunday after a court ruled against their claim to a river, police said.\n\n"
        "Six police officers were injured by stones, a police spokesman said on Monday.",
        title=title,
    )
    assert (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")
    assert event.injured == 6
    # a town the gazetteer lacks, named with its kind, where the text names its country only by an adjective: in
    # the dateline's country, so it is trusted over the capital's dateline
    assert event.place is not None and (event.place.name, event.place.country) == ("Chumbivilcas", "PE")


def test_a_dead_person_a_protest_is_about_is_no_toll_of_the_protest() -> None:
    event = main_event(
        "BRNO, Czech Republic, May 3 (Reuters) - Thousands of people marched through the centre of Brno on Friday "
        "evening to protest against the cancellation of a play about a murdered activist at the city theatre.\n\n"
        "Police said the march ended peacefully."
    )
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")
    assert event.killed is None


def test_a_protester_killed_in_the_protest_is_its_toll() -> None:
    event = main_event(
        "DHAKA (Reuters) - Police opened fire on thousands of garment workers who were protesting over unpaid wages "
        "outside a factory in Gazipur on Monday, killing one protester, officials said."
    )
    assert event.killed == 1
