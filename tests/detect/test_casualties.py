from __future__ import annotations

from typing import Any

import pytest

from eventwire.detect.casualties import UNSTATED_SCORE, casualties
from eventwire.detect.casualty_numbers import phrase_value, word_value
from eventwire.model import CasualtyKind, CasualtyMention

KILLED, INJURED = CasualtyKind.KILLED, CasualtyKind.INJURED


def figures(make_document: Any, text: str) -> list[tuple[CasualtyKind, int]]:
    return [(m.kind, m.count) for m in read(make_document, text)]


def read(make_document: Any, text: str) -> tuple[CasualtyMention, ...]:
    return casualties(make_document(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed 12 people in the village on Monday.", [(KILLED, 12)]),
        ("He said three people had been taken to the hospital.", [(INJURED, 3)]),
        ("Three killed and 10 wounded in the market attack.", [(KILLED, 3), (INJURED, 10)]),
        ("Two soldiers and a civilian were killed and fourteen others wounded.", [(KILLED, 3), (INJURED, 14)]),
        ("Dozens of bodies were found in the town.", [(KILLED, 12)]),
        ("The blast left two dead.", [(KILLED, 2)]),
        ("The death toll rose to 15 on Friday.", [(KILLED, 15)]),
        ("No one was injured in the fire at the depot.", [(INJURED, 0)]),
    ],
)
def test_figures_of_people_killed_and_injured(make_document: Any, text: str, expected: list[Any]) -> None:
    assert figures(make_document, text) == expected


def test_a_shot_victim_who_was_killed_is_counted_once_as_killed(make_document: Any) -> None:
    assert figures(make_document, "A 4-year-old boy was shot and killed on Sunday.") == [(KILLED, 1)]


def test_a_person_shot_without_a_fatal_word_is_injured(make_document: Any) -> None:
    assert figures(make_document, "A man was shot in the leg on Sunday night.") == [(INJURED, 1)]


def test_fatally_wounded_is_killed(make_document: Any) -> None:
    assert figures(make_document, "A toddler was fatally wounded in her crib.") == [(KILLED, 1)]


def test_ages_dates_money_and_animals_are_not_figures(make_document: Any) -> None:
    text = "Rebels killed 30 cattle on 12 June and stole $5,000. Justin Burns, 14, was not hurt."
    assert [m for m in read(make_document, text) if m.count not in (0,)] == []


def test_lower_bound_is_kept_and_span_covers_the_figure(make_document: Any) -> None:
    text = "Militants attacked the base, killing at least nine soldiers."
    (mention,) = read(make_document, text)
    assert (mention.kind, mention.count, mention.low) == (KILLED, 9, 9)
    assert "nine soldiers" in text[mention.span.start : mention.span.end]
    assert mention.provenance.stage == "casualties" and 0 < mention.provenance.score <= 1


def test_number_words() -> None:
    assert word_value("twenty-five") == 25
    assert word_value("1,200") == 1200
    assert word_value("dozens") == 12 and word_value("tens") == 10 and word_value("hundreds") == 100
    assert phrase_value(["two", "hundred"]) == 200
    assert phrase_value(["soldiers"]) is None


@pytest.mark.parametrize(
    "text",
    [
        "An 8-year-old was shot and killed on Sunday night.",
        "Police arrested a man in the shooting death of a teenager.",
        "A shopkeeper was beaten to death outside his store.",
        "Gunmen killed former village chief near the market.",
    ],
)
def test_one_person_killed_in_forms_without_a_plain_victim_phrase(make_document: Any, text: str) -> None:
    assert figures(make_document, text) == [(KILLED, 1)]


def test_a_shooting_death_is_not_an_injury(make_document: Any) -> None:
    text = "The shooting death of two men on Friday is under investigation."
    assert figures(make_document, text) == [(KILLED, 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A stray bullet struck a girl in her bedroom.", [(INJURED, 1)]),
        ("The boy found a loaded gun and shot himself in the hand.", [(INJURED, 1)]),
        ("He was taken to a nearby hospital and died the next morning.", [(KILLED, 1)]),
        ("The boy was taken off life support and passed away.", [(KILLED, 1)]),
        ("Rebels attacked the town, leaving four dead.", [(KILLED, 4)]),
        ("The army repelled an attack on the camp, at least six dead, 20 arrested.", [(KILLED, 6)]),
    ],
)
def test_more_ways_of_reporting_a_victim(make_document: Any, text: str, expected: list[Any]) -> None:
    assert figures(make_document, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He was charged with assault with intent to kill.",
        "She could have been killed, her mother said.",
        "At least 11 people were shot in shootings across the city over the weekend.",
    ],
)
def test_intentions_hypotheses_and_tallies_of_many_incidents_are_not_counted(make_document: Any, text: str) -> None:
    assert figures(make_document, text) == []


def test_unharmed_people_and_alternatives_are_not_added(make_document: Any) -> None:
    assert figures(make_document, "Police found three dead suspects and two uninjured residents.") == [(KILLED, 3)]
    assert figures(make_document, "Reports said either 6 soldiers or a major were killed.") == [(KILLED, 6)]


def test_a_bare_singular_counts_only_as_the_object_of_a_verb_of_killing(make_document: Any) -> None:
    assert figures(make_document, "Gunmen kill village chief in the north.") == [(KILLED, 1)]
    assert figures(make_document, "Police swarm shooting scene at the town hall.") == []


def test_people_left_dead_by_an_attack_are_the_figure_not_the_attack(make_document: Any) -> None:
    text = "A bomb attack on a bus station has left at least 18 people dead, police said."
    (mention,) = read(make_document, text)
    assert (mention.kind, mention.count, mention.low) == (KILLED, 18, 18)


def test_a_range_is_its_lower_figure_with_both_bounds(make_document: Any) -> None:
    (mention,) = read(make_document, "Police said nine to 10 people were shot outside the club.")
    assert (mention.count, mention.low, mention.high) == (9, 9, 10)
    (dashed,) = read(make_document, "Rebels killed 20-30 villagers in the raid.")
    assert (dashed.kind, dashed.count, dashed.low, dashed.high) == (KILLED, 20, 20, 30)


def test_an_enumeration_of_victims_is_summed(make_document: Any) -> None:
    text = "The gunmen opened fire on the bus, killing a child, three women and a man."
    assert figures(make_document, text) == [(KILLED, 5)]


def test_an_update_of_the_toll_is_read(make_document: Any) -> None:
    (mention,) = read(make_document, "The toll has risen to 18, officials said.")
    assert (mention.kind, mention.count, mention.provenance.rule) == (KILLED, 18, "toll-update")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trader killed in Bauchi.", [(KILLED, 1)]),  # a headline's passive
        ("One opposition activist killed and a dozen injured.", [(KILLED, 1)]),
        ("Jets bombed a rebel convoy near Gulu Town, twelve dead.", [(KILLED, 12)]),  # not an age after a name
        ("Marcus Dale, 17, died at the scene.", [(KILLED, 1)]),  # an age after a name is no figure
    ],
)
def test_headline_figures(make_document: Any, text: str, expected: list[Any]) -> None:
    assert figures(make_document, text) == expected


def test_a_counted_injury_beside_the_dead_is_not_of_the_dead(run_stages: Any) -> None:
    from eventwire.pipeline import EVENTS

    text = "One dead and three injured when an ambulance hit a suspected planted land mine in Bardera."
    events = run_stages(text, "events", published="2016-06-25").get(EVENTS)
    assert events and (events[0].killed, events[0].injured) == (1, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list after a counted general noun says who they were: it does not add to them
        ("Gunmen killed three people, two women and a child, in a village near Kano on Sunday.", [(KILLED, 3)]),
        ("Five people were shot, a man, three teenage boys and a woman, outside a bar.", [(INJURED, 5)]),
        # a list that the parse hangs as an apposition adds up
        ("Two officers, one civil servant and one resident were killed in the attack on Sunday.", [(KILLED, 4)]),
        # a list of subjects that the parse splits adds up, as does a list of objects
        ("A child, three women and a man were killed in the attack.", [(KILLED, 5)]),
        ("The attackers opened fire on the market, killing a child, three women and a man.", [(KILLED, 5)]),
        # the same list that the parse hangs on the attribution after it ("women" a dependant of "said")
        (
            "Gunmen on motorbikes raided a village near Sokoto, the capital of the state, on Monday, killing a child, "
            "three women and a man, residents said Tuesday.",
            [(KILLED, 5)],
        ),
        # people treated for wounds are injured
        ("At least 20 other people were treated for gunshot wounds, a nurse said.", [(INJURED, 20)]),
        ("The clinic treated patients for malaria.", []),
        # a list ends with "and": "a soldier, police said" lists nobody
        ("Gunmen killed a soldier, police said.", [(KILLED, 1)]),
        # the people shot, of whom some died
        ("Four people were shot, one fatally, on Sunday night in Dayton.", [(INJURED, 4), (KILLED, 1)]),
        # the victim named again is not a second victim
        ("The victim, a cook, was killed on Sunday.", [(KILLED, 1)]),
    ],
)
def test_lists_of_victims(make_document: Any, text: str, expected: list[tuple[CasualtyKind, int]]) -> None:
    assert figures(make_document, text) == expected


def test_subjects_of_two_lines_are_not_one_list(make_document: Any) -> None:
    found = figures(make_document, "Three victims (all hurt in the bus)\n\nFive people were killed on the day.")
    assert (KILLED, 8) not in found and (KILLED, 5) in found


def test_people_shot_of_whom_one_died_are_one_dead_and_the_others_injured() -> None:
    import eventwire

    event = eventwire.extract("Four people were shot, one fatally, on Sunday night in Dayton.", "2019-06-14").events[0]
    assert (event.killed, event.injured) == (1, 3)


@pytest.mark.parametrize(
    "text",
    [
        'Troops drove the rebels out of two villages, killing "several" and freeing 16 hostages.',
        "Many fighters were killed during the day, the army said.",
        "The bombardment killed an unknown number of herders and their cattle.",
        "A number of soldiers were killed in the ambush on the road.",
    ],
)
def test_uncounted_dead_are_acled_s_ten(make_document: Any, text: str) -> None:
    (mention,) = read(make_document, text)
    assert (mention.kind, mention.count, mention.low) == (KILLED, 10, 2)


def test_uncounted_injured_stay_without_a_figure(make_document: Any) -> None:
    assert figures(make_document, "Several people were injured when the roof fell in.") == []


def test_the_dead_of_joined_clauses_add_up(make_document: Any) -> None:
    text = "At least 10 militants were killed in the fighting and 4 soldiers were killed in the clashes nearby."
    assert figures(make_document, text) == [(KILLED, 14)]
    assert figures(make_document, "A 4-year-old boy was shot and killed on Sunday.") == [(KILLED, 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police are looking for two gunmen after a robbery that left six people injured.", [(INJURED, 6)]),
        ("The park turned bloody when bullets started flying, striking five teenage boys.", [(INJURED, 5)]),
        ("Officers found three victims who were suffering from gunshot wounds.", [(INJURED, 3)]),
        ("A fight at the bar sent 4 people to the hospital on Sunday.", [(INJURED, 4)]),
    ],
)
def test_injured_told_by_what_left_struck_or_sent_them(make_document: Any, text: str, expected: list[Any]) -> None:
    assert figures(make_document, text) == expected


def test_a_strike_without_a_projectile_is_no_injury(make_document: Any) -> None:
    assert figures(make_document, "Workers went on strike, striking a blow to the company.") == []


def test_a_person_listed_after_members_of_a_group_is_one_more_victim(make_document: Any) -> None:
    text = "Air strikes hit a farm near the river on Monday, killing two members of a smuggling gang and a shepherd."
    assert figures(make_document, text) == [(KILLED, 3)]


def test_a_counted_object_the_parse_hangs_elsewhere_is_still_the_victims(make_document: Any) -> None:
    text = (
        "Rebels and soldiers clashed on Sunday around the hill town of Kibuye, about 30 km (19 miles) north of the "
        "lake, killing at least 11 people, including four soldiers and two children, hospital and army sources said "
        "on Monday."
    )
    assert (KILLED, 11) in figures(make_document, text)


def test_wounded_people_who_are_counted_are_injured_apart_from_the_dead(make_document: Any) -> None:
    (mention,) = read(make_document, "Seventeen wounded people were brought to the district clinic, a nurse said.")
    assert (mention.kind, mention.count, mention.provenance.rule) == (INJURED, 17, "injured-count")


def test_a_vague_quantity_and_a_claim_of_ones_own_kills_score_below_a_stated_figure(make_document: Any) -> None:
    vague, claim, stated = (
        read(make_document, text)[0]
        for text in (
            "Dozens of villagers were killed in the raid.",
            "A rebel spokesman said their fighters had killed 40 soldiers.",
            "Police said gunmen had killed 40 villagers.",
        )
    )
    assert vague.count == 12 and claim.count == 40 and stated.count == 40
    assert vague.provenance.score < stated.provenance.score and claim.provenance.score < stated.provenance.score


@pytest.mark.parametrize(
    "text",
    [
        '"They are killing the harbour, and with it they are killing our city," a docker said.',
        "The minister said the new tariff would hurt its development.",
        '"The bomb was meant to kill as many people as possible," the police chief said.',
    ],
)
def test_figures_of_speech_and_intentions_are_no_casualties(make_document: Any, text: str) -> None:
    assert [m for m in read(make_document, text) if m.count] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eleven police officers were slightly injured in the clashes, a spokesman said.", [(INJURED, 11)]),
        ("Four border guards were killed when the convoy was ambushed.", [(KILLED, 4)]),
    ],
)
def test_a_number_parsed_as_the_first_word_of_a_compound_counts_the_victims(
    make_document: Any, text: str, expected: list[Any]
) -> None:
    assert figures(make_document, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead two farmers near the well. A third man was taken to hospital with serious injuries.",
        "Two guards were killed in the raid. Another was shot in the leg, the police said.",
    ],
)
def test_a_victim_told_apart_from_the_dead_is_marked_as_another(make_document: Any, text: str) -> None:
    injured = [m for m in read(make_document, text) if m.kind is INJURED]
    assert [m.count for m in injured] == [1]
    assert injured[0].provenance.rule.endswith("-other")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 9-year-old is recovering after suffering a gunshot wound on Friday night.", [(INJURED, 1)]),
        ("Police said the rifle went off and a pistol which struck a teenager in the arm.", [(INJURED, 1)]),
        ("All three victims were struck, though none of the wounds were life-threatening.", [(INJURED, 3)]),
        ("Channel 5 three people were shot outside the bar.", [(INJURED, 3)]),
        ("Twenty-one people were wounded in the blast.", [(INJURED, 21)]),
        ("Gunman kills clerk 2 / 7 Photo of the store.", [(KILLED, 1)]),
    ],
)
def test_victims_of_a_wound_a_weapon_and_a_figure_next_to_its_noun(
    make_document: Any, text: str, expected: list[Any]
) -> None:
    assert figures(make_document, text) == expected


def test_who_could_have_been_dead_is_not_dead(make_document: Any) -> None:
    assert figures(make_document, "She could have been dead, her mother said of the girl.") == []


def test_a_victim_also_shot_is_another_victim(make_document: Any) -> None:
    text = "A man was killed on the porch. His wife, Ann Lee, 40, was also shot."
    injured = [m for m in read(make_document, text) if m.kind is INJURED]
    assert injured[0].provenance.rule.endswith("-other")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # both sides' dead, the second figure joined to the verb by the parse, add up
        ("Gunmen raided a barracks in Dalou, killing four soldiers and at least 9 of the attackers.", [(KILLED, 13)]),
        # two groups injured, subjects of one verb joined by "and", add up
        ("Police fired tear gas, and five officers and two of the traders were injured.", [(INJURED, 7)]),
        # a list of single victims with a hyphenated age
        ("Bandits stormed the farm, killing a man, a woman and a 9-year-old girl, police said.", [(KILLED, 3)]),
        # a number before a group's short name in capitals
        ("At least 14 ISWAP fighters were killed in the raid on Tuesday.", [(KILLED, 14)]),
        # people still under care are injured; how someone was treated is no injury
        ("The clinic in Moro, where three other people were still being treated, was shut.", [(INJURED, 3)]),
        ("Six people were being treated in hospital on Monday.", [(INJURED, 6)]),
        ("The 12 detainees were treated fairly, the ministry said.", []),
        ("Three suspects were treated as witnesses.", []),
    ],
)
def test_summed_groups_lists_and_people_under_care(
    make_document: Any, text: str, expected: list[tuple[CasualtyKind, int]]
) -> None:
    assert figures(make_document, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of traders set fire to a market office in Kabala on Monday after a trader died in police custody.",
        "Students rioted in the town after a classmate was killed by a soldier on Friday.",
    ],
)
def test_a_death_a_crowd_acts_over_is_no_casualty_of_its_riot(make_document: Any, text: str) -> None:
    assert figures(make_document, text) == []


def test_a_death_after_which_gunmen_fired_is_still_counted(make_document: Any) -> None:
    assert figures(make_document, "Gunmen opened fire on the bus after it stopped, killing four people.") == [
        (KILLED, 4)
    ]


def test_an_act_that_was_executed_killed_no_one(make_document: Any) -> None:
    text = "Two policemen were injured in a bomb attack executed against their patrol near Arish."
    assert figures(make_document, text) == [(CasualtyKind.INJURED, 2)]
    assert figures(make_document, "The army executed a raid on the camp.") == []
    assert figures(make_document, "Militants executed two captured soldiers.") == [(CasualtyKind.KILLED, 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The regional hospital said it had treated 11 civilians for the effects of tear gas.", [(INJURED, 11)]),
        ("Medics treated 20 people at the scene.", [(INJURED, 20)]),
        ("At least nine more were hurt, a police spokesman told reporters.", [(INJURED, 9)]),
        (
            "The bomb killed five people and wounded 11, a local official and a health worker said.",
            [(KILLED, 5), (INJURED, 11)],
        ),
    ],
)
def test_people_a_carer_treated_more_hurt_and_the_sources_after_a_figure(
    make_document: Any, text: str, expected: list[Any]
) -> None:
    assert figures(make_document, text) == expected


def test_a_doctor_treating_a_suspect_fairly_or_a_killing_named_as_a_topic_is_no_figure(make_document: Any) -> None:
    assert figures(make_document, "Doctors said police had treated the 12 detainees fairly.") == []
    text = "Crowds marched over the murdered journalist and a film about a slain activist."
    assert figures(make_document, text) == []
    assert figures(make_document, "The pastor said he prayed for the two families hurting tonight.") == []


def test_a_killing_told_in_a_clause_after_over_the_weekend_is_a_figure(make_document: Any) -> None:
    text = "Police named two suspects in a shooting at a night club over the weekend in which one person was killed."
    assert figures(make_document, text) == [(KILLED, 1)]


def test_the_sources_named_after_a_figure_are_no_victims_even_a_compound_one(make_document: Any) -> None:
    """ "wounding 14, a local official and a transport union said": the union ("transport" is the parse's compound of
    it) and the official said it; they are not two more wounded."""
    text = (
        "A truck struck a mine near the village on Thursday afternoon, killing nine passengers and wounding 14, a "
        "local official and a transport union said."
    )
    assert figures(make_document, text) == [(CasualtyKind.KILLED, 9), (CasualtyKind.INJURED, 14)]


def test_the_people_a_hospital_or_a_medical_service_treated_are_injured(make_document: Any) -> None:
    assert figures(make_document, "The regional hospital said it had treated nine civilians on Monday.") == [
        (CasualtyKind.INJURED, 9)
    ]
    assert figures(make_document, "The city's emergency medical service said it had treated 11 people.") == [
        (CasualtyKind.INJURED, 11)
    ]
    assert figures(make_document, "The ministry said it had treated the request as urgent.") == []


def test_people_who_remained_in_hospital_are_injured(make_document: Any) -> None:
    assert figures(make_document, "Six other people remained in hospital on Tuesday, police said.") == [(INJURED, 6)]
    assert figures(make_document, "The road remained closed and the hospital stayed open.") == []


def test_people_summarily_shot_were_killed(make_document: Any) -> None:
    # the words that describe the victims ("accused of murders") are no tally of incidents
    text = "Three youths accused of a string of robberies and murders were summarily shot by vigilantes in Kiboga."
    assert figures(make_document, text) == [(KILLED, 3)]


def test_a_tally_noun_beside_the_victims_still_makes_a_tally(make_document: Any) -> None:
    assert figures(make_document, "Eleven people were shot in weekend shootings across the city.") == []


def test_a_number_right_before_another_casualty_word_adds_no_dead(make_document: Any) -> None:
    # "2 killed and 5 injured": the parse may hang "injured" on the first number and join the 5 to it
    text = "These included 2 killed and 4 injured in Katanda locality."
    assert [f for f in figures(make_document, text) if f[0] is KILLED] == [(KILLED, 2)]


def test_a_number_reported_dead_with_a_groups_name_counts_them(make_document: Any) -> None:
    # "Four reported Boko Haram dead": the parse takes the name for the object, the number for the subject
    assert figures(make_document, "Five reported Ansaru dead.") == [(KILLED, 5)]
    assert figures(make_document, "Police reported three people dead.") == [(KILLED, 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parse takes the casualty word for the noun the hospital received
        ("The district hospital in Goma received seven wounded, its director said.", [(INJURED, 7)]),
        ("Three more people with burns were treated at a health centre in Sake.", [(INJURED, 3)]),
        # a range after "between", the victims' kind told after it
        ("Jets bombed the village, killing between 12 and 15 people, many of them women.", [(KILLED, 12)]),
    ],
)
def test_more_ways_of_telling_the_casualties(make_document: Any, text: str, expected: list[Any]) -> None:
    assert figures(make_document, text) == expected


def test_a_list_goes_on_after_a_noun_that_shares_the_count_before_it(make_document: Any) -> None:
    # "volunteer fighters" share the 10 of the soldiers; "dozens of the attackers" (12) are the other side's dead
    text = (
        "Militants raided a camp outside Kaya, setting off hours of fighting in which 10 soldiers and volunteer "
        "fighters and dozens of the attackers were killed."
    )
    assert figures(make_document, text) == [(KILLED, 22)]


def test_the_sources_after_a_noun_that_shares_the_count_add_no_dead(make_document: Any) -> None:
    text = "A bomb hit a police lorry, killing between three and four officers, police and a county official said."
    assert figures(make_document, text) == [(KILLED, 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a medical body named by its own proper name: a college, an institute, a centre of a medical field
        ("Kisumu Medical College said it had treated four more people for cuts and sent them home.", [(INJURED, 4)]),
        (
            "The National Trauma and Burns Research Center said it had treated 14 protesters, most of them for cuts.",
            [(INJURED, 14)],
        ),
        ("Staff at the Santa Rosa Health Institute said they treated nine villagers overnight.", [(INJURED, 9)]),
        ("The Lakeside Surgical Institute said it had treated six demonstrators.", [(INJURED, 6)]),
    ],
)
def test_people_a_medical_body_named_by_its_own_name_treated_were_hurt(
    make_document: Any, text: str, expected: list[Any]
) -> None:
    assert figures(make_document, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sources of a subjectless "said" after a list of victims are no victims
        (
            "A bomber blew himself up at a market late Friday, killing five soldiers and a civilian, a military source "
            "and a local official said.",
            [(KILLED, 6)],
        ),
        (
            "Gunmen stormed the village on Sunday, killing three farmers and a teacher, a police officer and two "
            "residents told AFP.",
            [(KILLED, 4)],
        ),
        (
            "The roadside bomb hit the convoy near the border, killing two policemen and a driver, a hospital "
            "spokesman and a witness said on Monday.",
            [(KILLED, 3)],
        ),
    ],
)
def test_the_sources_after_a_list_of_victims_are_not_victims(
    make_document: Any, text: str, expected: list[Any]
) -> None:
    assert figures(make_document, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the killers' side claims the kills of a second verb of its fighters: a claim too
        'The ELN said in a statement that its fighters had "repelled an incursion" and killed 13 soldiers.',
        "Al-Shabaab said in a statement that its men stormed the base and killed 40 Kenyan troops.",
        "A rebel spokesman told AFP their fighters ambushed the convoy near Kidal, seized two trucks and killed 25 "
        "soldiers.",
    ],
)
def test_a_claim_of_ones_own_kills_told_after_another_act_is_a_claim(make_document: Any, text: str) -> None:
    (claim,) = read(make_document, text)
    (stated,) = read(make_document, "Police said gunmen had killed 40 villagers.")
    assert claim.kind is KILLED and claim.provenance.score < stated.provenance.score


def test_a_death_raising_the_toll_is_a_toll_update(make_document: Any) -> None:
    text = "A man taken to hospital with burns died on Sunday, raising the death toll to four, the mayor said."
    toll = [m for m in read(make_document, text) if m.provenance.rule == "toll-update"]
    assert [(m.kind, m.count) for m in toll] == [(KILLED, 4)]


def test_the_kills_a_party_claiming_the_attack_counts_are_a_claim(make_document: Any) -> None:
    text = "An Islamic State affiliate claimed the attack in a statement, saying it had killed 25 soldiers."
    (mention,) = read(make_document, text)
    assert (mention.kind, mention.count, mention.provenance.score) == (KILLED, 25, UNSTATED_SCORE)
