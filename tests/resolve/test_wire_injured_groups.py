"""The injured of a wire report's main event as one rule: distinct groups sum, updates and totals replace, background
is left out (invented reports, three reporters' wordings per kind; resolve/wire_casualties.py):

- a count told right before its casualty word ("26 hurt", "40 injured") names no group of its own: it is people in
  general, not a group to add to the officers;
- a headline's figure sums up the story: the figures of the body are not added to it;
- a group told as "also" hurt ("Nine police officers were also hurt") is others than the people told before;
- one person told as the next of their own kind ("a third gunman, who was wounded") after the dead of that kind is
  one more injured, whatever the injured counted before;
- a range ("between 12 and 15 students") is its lower figure, and adds to another group told apart;
- the injured told in a sentence the parse reads as an arrest or looting ("police said seven officers had been
  injured and 212 people arrested") are the violence's.
"""

from __future__ import annotations

import eventwire
from eventwire.model import Event


def main_event(text: str, published: str = "2026-05-05", title: str | None = None) -> Event:
    return eventwire.extract(text, published=published, title=title).events[0]


# ---------------------------------------------------------------- a bare count is people in general


def test_a_headline_total_is_not_added_to_the_officers_also_hurt() -> None:
    event = main_event(
        "One dead, 31 hurt as villagers clash with police in eastern Bolivia\n\n"
        "LA PAZ, July 13 (Reuters) - Hundreds of residents of a village in eastern Bolivia set fire to a police post "
        "and fought with officers late on Saturday after a bus ran over a child, the government said.\n\n"
        "One man was beaten to death and 20 people were taken to hospital with injuries, the health service said. "
        "Eleven police officers were also hurt, the ministry said.",
        published="2026-07-13",
    )
    assert event.injured == 31


def test_a_lead_total_with_no_noun_is_not_added_to_a_group() -> None:
    event = main_event(
        "DHAKA, March 2 (AP) — Rival student groups fought with sticks and bricks at a university in the northern "
        "city of Rajshahi on Sunday, leaving 40 injured, police said.\n\nAmong them were 12 police officers who tried "
        "to separate the two sides, a police spokesman said.",
        published="2026-03-02",
    )
    assert event.injured == 40


def test_a_headline_count_of_injured_is_the_total_of_the_groups_told_below() -> None:
    event = main_event(
        "Thirty injured as police and protesters clash in Georgia's capital\n\n"
        "TBILISI, Oct 4 (Reuters) - Police fired water cannon and tear gas at protesters who tried to storm the "
        "parliament building in Tbilisi on Friday night, the interior ministry said.\n\n"
        "Organisers said 20 protesters had been hurt. The ministry said 10 police officers were injured by "
        "fireworks and stones.",
        published="2026-10-05",
    )
    assert event.injured == 30


# ---------------------------------------------------------------- a group also hurt is others


def test_officers_also_hurt_add_to_the_people_taken_to_hospital() -> None:
    event = main_event(
        "SKOPJE, June 9 (Reuters) - Several hundred fans fought with police and burned cars in the centre of Tetovo "
        "late on Sunday after a football match, police said.\n\n"
        "Fourteen people were taken to hospital with injuries, a hospital spokeswoman said. Six police officers were "
        "also injured, police said.",
        published="2026-06-10",
    )
    assert event.injured == 20


def test_soldiers_also_wounded_add_to_the_civilians_wounded() -> None:
    event = main_event(
        "KABUL (Reuters) - A suicide car bomber struck an army convoy on a market street in the city of Kunduz on "
        "Tuesday, killing four civilians and wounding 12 people, a provincial spokesman said. Three soldiers were "
        "also wounded in the blast, he said.",
        published="2026-04-14",
    )
    assert (event.killed, event.injured) == (4, 15)


def test_also_hurt_told_first_then_the_wounded_people() -> None:
    event = main_event(
        "NAIROBI (AP) — Police fired tear gas at hundreds of traders protesting new market fees in the western "
        "Kenyan town of Kisumu on Monday. The Kenya Red Cross said it had treated nine people for injuries. Two "
        "journalists were also hurt by stones, a media council said.",
        published="2026-02-03",
    )
    assert event.injured == 11


# ---------------------------------------------------------------- the next one of their own kind


def test_a_third_gunman_wounded_after_two_gunmen_killed_is_one_more_injured() -> None:
    event = main_event(
        "SARAJEVO (AP) — Two gunmen and a police officer were killed on Saturday in a shootout at a checkpoint near "
        "the town of Zvornik, police said. Two other officers were wounded.\n\nA third gunman, who was wounded in "
        "the arm, was arrested and taken to hospital under guard, the interior minister said.",
        published="2026-04-12",
    )
    assert (event.killed, event.injured) == (3, 3)


def test_a_second_attacker_hurt_after_one_attacker_shot_dead_adds_to_the_soldiers() -> None:
    event = main_event(
        "BAMAKO (AFP) - Gunmen attacked an army checkpoint near the town of Segou on Thursday, the army said. One "
        "attacker was shot dead and four soldiers were wounded, it said. A second attacker was wounded and captured, "
        "the army said.",
        published="2026-09-04",
    )
    assert (event.killed, event.injured) == (1, 5)


def test_a_fourth_rebel_wounded_after_three_rebels_dead_adds_to_the_guards() -> None:
    event = main_event(
        "MANILA (Reuters) - Three rebels were killed when they ambushed a militia patrol near the town of Ampatuan "
        "on Sunday, the army said, adding that five militiamen had been wounded.\n\nA fourth rebel, wounded in the "
        "leg, was found hiding in a rice field, the army said.",
        published="2026-08-03",
    )
    assert (event.killed, event.injured) == (3, 6)


# ---------------------------------------------------------------- a range and a second group


def test_a_range_of_students_treated_and_two_journalists_hit_add_up() -> None:
    event = main_event(
        "LIMA, Peru (AP) — Police fired tear gas on Monday to break up a sit-in by about 1,000 university students "
        "outside Congress in Lima.\n\nBetween 12 and 15 students were treated for breathing problems and injuries "
        "at a city hospital, its director said. A press union said two journalists had been hit by rubber bullets.",
        published="2026-09-22",
    )
    assert event.injured == 14


def test_a_range_of_protesters_hurt_and_officers_injured_add_up() -> None:
    event = main_event(
        "ABIDJAN (Reuters) - Police fired tear gas at opposition supporters marching in the town of Bouake on "
        "Saturday. Eight to 10 protesters were hurt, the opposition said. The police said three of its officers had "
        "been injured by stones.",
        published="2026-03-14",
    )
    assert event.injured == 11


def test_officers_and_a_range_of_civilians_treated_add_up() -> None:
    event = main_event(
        "TEGUCIGALPA (AP) — Riot police clashed with striking teachers in the Honduran capital on Wednesday, the "
        "security ministry said. Five officers were injured, the ministry said. The Red Cross said it had treated "
        "between 20 and 25 civilians, most for the effects of tear gas.",
        published="2026-05-07",
    )
    assert event.injured == 25


# ---------------------------------------------------------------- injured told with arrests


def test_officers_injured_told_with_the_arrests_add_to_the_civilians_brought_in() -> None:
    event = main_event(
        "LUSAKA, June 30 (Reuters) - Protesters burned tyres and stoned police in the Matero township of Lusaka on "
        "Monday during a strike by bus drivers, and one person was killed when police opened fire, witnesses said.\n\n"
        "Police said five officers had been injured and 90 people had been arrested for looting. A doctor at the "
        "Matero clinic said 12 civilians had been brought in with injuries.",
        published="2026-06-30",
    )
    assert (event.killed, event.injured) == (1, 17)


def test_members_of_the_public_treated_after_the_arrests_add_to_the_officers() -> None:
    event = main_event(
        "LONDON (AP) — A protest outside a migrant hostel in the English town of Rotherham turned into rioting on "
        "Friday night, as men threw bricks and fireworks at police, injuring nine officers, police said.\n\n"
        "Several hundred people had gathered outside the hostel. The violence began after dark.\n\n"
        "Police said 20 people had been arrested. The ambulance service said it had treated three members of the "
        "public for cuts.",
        published="2026-08-08",
    )
    assert event.injured == 12


def test_wounded_told_with_the_looting_add_to_the_officers() -> None:
    event = main_event(
        "KAMPALA, Uganda (AP) — Traders rioted in central Kampala on Tuesday over a new tax, burning a police truck, "
        "police said.\n\nPolice said four officers were hurt and shops were looted. A hospital official said six "
        "traders had been admitted with injuries.",
        published="2026-07-22",
    )
    assert event.injured == 10


# ---------------------------------------------------------------- the victims of a figure told one by one


def test_men_also_wounded_after_people_wounded_are_among_them() -> None:
    event = main_event(
        "DENVER (AP) — A gunman opened fire outside a nightclub early Sunday, leaving six people wounded, police said."
        "\n\nA 19-year-old woman was in critical condition. Two men, ages 22 and 30, were also wounded and were in "
        "stable condition, police said.",
        published="2026-06-14",
    )
    assert event.injured == 6


def test_a_third_deputy_after_officers_injured_is_one_of_them() -> None:
    event = main_event(
        "MEMPHIS, Tenn. (AP) — A gunman killed two police officers at a traffic stop on Friday night, and three other "
        "officers were injured in the gunfight that followed, the sheriff said.\n\nOne deputy was shot in the leg. A "
        "third deputy, Carl Hines, 44, suffered minor injuries, the sheriff said.",
        published="2026-06-14",
    )
    assert event.injured == 3


def test_the_injured_of_an_arrest_that_retells_the_dead_are_not_added() -> None:
    event = main_event(
        "NAIROBI (Reuters) - A gunman killed two people and injured two others at a bus station in the Kenyan town of "
        "Nakuru on Friday, police said.\n\nThe two wounded were taken to the provincial hospital.\n\nPolice arrested "
        "a 40-year-old man on Saturday and said he would be charged with killing his wife in Naivasha on Thursday and "
        "shooting four people.",
        published="2026-05-09",
    )
    assert (event.killed, event.injured) == (2, 2)


# ---------------------------------------------------------------- each side's own wounded, told by each side


def test_the_wounded_each_army_tells_of_its_side_add_up() -> None:
    event = main_event(
        "KHARTOUM (AFP) - Sudan's army and the paramilitary Rapid Support Forces fought for hours with artillery near "
        "the town of Bara in North Kordofan on Sunday.\n\nThe army said in a statement that 12 of its fighters had "
        "been wounded. The RSF said eight of their men were hurt and accused the army of shelling homes.",
        published="2026-06-08",
    )
    assert (event.event_type, event.injured) == ("Battles", 20)


def test_one_side_telling_its_wounded_twice_is_its_later_figure() -> None:
    event = main_event(
        "BAMAKO (Reuters) - Malian soldiers clashed with jihadist fighters near the town of Boni on Saturday.\n\n"
        "The army said five of its soldiers were wounded. On Sunday the army said nine of its soldiers had been "
        "wounded in the fighting.",
        published="2026-05-10",
    )
    assert event.injured == 9


# ---------------------------------------------------------------- a medical body by its own name, beside the police


def test_the_protesters_a_named_medical_centre_treated_add_to_the_officers_police_counted() -> None:
    event = main_event(
        "TBILISI, Georgia (AP) — Protesters angry over a mining deal threw stones and bottles at police outside "
        "parliament in Tbilisi on Thursday, officials said.\n\n"
        "Police said 17 officers were hurt and 30 people had been detained. The Ingorokva Trauma Center said it had "
        "treated 8 protesters, most of them for cuts."
    )
    assert event.injured == 25


def test_the_people_a_medical_college_treated_add_to_the_passers_by_wounded() -> None:
    event = main_event(
        "DHAKA, Bangladesh (AP) — A bomb hidden in a rickshaw exploded outside a bank in Khulna on Sunday, killing a "
        "guard and wounding four passers-by, police said.\n\n"
        "Khulna Medical College said it had treated three more people for burns and sent them home."
    )
    assert (event.killed, event.injured) == (1, 7)


def test_the_villagers_a_named_health_institute_treated_add_to_the_soldiers_wounded() -> None:
    event = main_event(
        "LIMA, June 2 (Reuters) - Nine soldiers were wounded when rebels attacked an army base near Pichari in the "
        "Cusco region on Monday, the army said.\n\n"
        "Staff at the Pichari Health Institute said they had treated six villagers caught in the crossfire."
    )
    assert event.injured == 15


def test_the_sources_of_a_subjectless_said_after_the_dead_are_no_dead() -> None:
    event = main_event(
        "MAIDUGURI, Nigeria, May 4 (Reuters) - A suicide bomber blew himself up at a checkpoint outside Konduga on "
        "Sunday, killing four soldiers and a vigilante, a security source and a local official said."
    )
    assert event.killed in (5, 6)


def test_a_partys_claim_of_kills_told_after_another_act_does_not_replace_the_armys_toll() -> None:
    event = main_event(
        "BAMAKO, May 7 (Reuters) - Three Malian soldiers and at least five militants were killed in fighting near "
        "the village of Boni in central Mali on Tuesday, the army said on Thursday. Four soldiers were wounded, it "
        "said.\n\n"
        "The militant group said in a statement that its fighters had repelled the attack and killed 20 soldiers."
    )
    assert (event.killed, event.injured) == (8, 4)
