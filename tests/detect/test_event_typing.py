"""Event typing by kinds of failure: each case is an invented sentence for a general cause (the weapon of the
trigger's own words, modifiers that name a kind, participles tagged as adjectives, withdrawals and handovers,
groups formed and forces moved, weapons taken out of use, agreements not reached)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.detect.events import event_mentions
from eventwire.model import EventTrigger


def triggers(make_document: Any, text: str) -> tuple[EventTrigger, ...]:
    return event_mentions(make_document(text))


def kinds(make_document: Any, text: str) -> list[str]:
    return [t.kind.sub_event_type for t in triggers(make_document, text)]


def kind_of(make_document: Any, text: str, word: str) -> str | None:
    for trigger in triggers(make_document, text):
        if trigger.span.text_of(text) == word:
            return trigger.kind.sub_event_type
    return None


# ---------------------------------------------------------------- weapons: the trigger's own words first


def test_a_missile_that_hit_an_airbase_is_a_missile_attack(make_document: Any) -> None:
    text = "A ballistic missile hit the airbase on Friday, destroying two parked helicopters."
    assert kind_of(make_document, text, "missile") == "Shelling/artillery/missile attack"


def test_the_target_of_a_bombing_names_no_weapon_used(make_document: Any) -> None:
    text = "Jets bombed a rocket depot outside the port city overnight."
    assert kind_of(make_document, text, "bombed") == "Air/drone strike"


def test_a_bombing_raid_by_warplanes_is_an_air_strike(make_document: Any) -> None:
    text = "Nine villagers were killed in bombing raids by the coalition and government warplanes on the valley."
    assert kind_of(make_document, text, "killed") == "Air/drone strike"


def test_a_chemical_agent_decides_the_weapon_whatever_carried_it(make_document: Any) -> None:
    text = "Doctors said the insurgents fired shells filled with chlorine at the market."
    assert kind_of(make_document, text, "fired") == "Chemical weapon"


def test_an_explosion_at_an_industrial_plant_is_an_accident(make_document: Any) -> None:
    assert triggers(make_document, "A chemical plant exploded near the river, killing four workers.") == ()
    assert "Remote explosive/landmine/IED" in kinds(make_document, "Militants planted a bomb near the river.")


# ---------------------------------------------------------------- words that name a kind, not an event


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader was held at home, surrounded by riot police.",
        "The country pulled out of the missile pact on Monday.",
        "The protest leaders met the mayor at noon.",
    ],
)
def test_a_trigger_word_naming_a_kind_of_force_or_document_is_no_event(make_document: Any, text: str) -> None:
    assert triggers(make_document, text) == ()


def test_rocket_fire_and_protest_action_still_report_events(make_document: Any) -> None:
    assert "Shelling/artillery/missile attack" in kinds(make_document, "Rocket fire hit the border town at dawn.")
    assert "Peaceful protest" in kinds(make_document, "Hundreds of nurses joined the protest action in the capital.")


def test_a_participle_tagged_as_an_adjective_is_still_a_trigger(make_document: Any) -> None:
    text = "Two rival clans fought in the town and torched vehicles parked near the market."
    assert "Looting/property destruction" in kinds(make_document, text)


def test_who_holds_ground_is_no_capture(make_document: Any) -> None:
    text = "Families began leaving the opposition-controlled villages on Monday."
    assert "Non-state actor overtakes territory" not in kinds(make_document, text)


# ---------------------------------------------------------------- territory: withdrawals, handovers, gains


def test_forces_that_withdraw_from_a_base_change_their_activity(make_document: Any) -> None:
    (trigger,) = triggers(make_document, "Foreign troops withdrew from the northern air base on Sunday.")
    assert trigger.kind.sub_event_type == "Change to group/activity" and trigger.kind.plover == "RETREAT"


def test_a_withdrawal_that_lets_the_other_side_take_the_place_is_a_transfer(make_document: Any) -> None:
    text = "Government troops withdrew from the crossing, allowing the militants to seize it."
    assert kind_of(make_document, text, "withdrew") == "Non-violent transfer of territory"


def test_territory_handed_over_is_a_non_violent_transfer(make_document: Any) -> None:
    text = "The coalition forces handed over the airfield to the national army on Tuesday."
    assert "Non-violent transfer of territory" in kinds(make_document, text)


def test_rebels_who_gained_ground_overtake_territory(make_document: Any) -> None:
    text = "Rebel fighters gained ground in the western districts of the city overnight."
    assert "Non-state actor overtakes territory" in kinds(make_document, text)
    assert triggers(make_document, "Firefighters gained ground against the blaze in the hills.") == ()


def test_territory_retaken_after_bombardment_was_fought_for(make_document: Any) -> None:
    text = "The army recovered control of three villages from rebels who withdrew after heavy artillery bombardment."
    assert kind_of(make_document, text, "recovered") == "Government regains territory"


def test_seizing_a_cache_in_a_named_city_disrupts_weapons(make_document: Any) -> None:
    text = "Police forces seized on Friday a cache of explosives in central Baidoa."
    assert kind_of(make_document, text, "seized") == "Disrupted weapons use"


# ---------------------------------------------------------------- groups formed, forces moved


@pytest.mark.parametrize(
    "text",
    [
        "The rebels have formed a new brigade in the eastern province.",
        "A new militia was set up in the disputed district last month.",
        "The army is moving troops and tanks to the northern border.",
        "Hundreds of former fighters mobilised alongside the army in the valley.",
    ],
)
def test_groups_formed_and_forces_moved_change_a_group_or_its_activity(make_document: Any, text: str) -> None:
    assert "Change to group/activity" in kinds(make_document, text)


def test_moving_to_ban_or_people_mobilised_to_protest_is_no_troop_movement(make_document: Any) -> None:
    assert "Change to group/activity" not in kinds(make_document, "The government moved to ban the party.")
    assert "Change to group/activity" not in kinds(make_document, "The union formed a committee on wages.")


# ---------------------------------------------------------------- weapons out of use, people intercepted


def test_mines_cleared_by_engineers_are_disrupted_weapons_use(make_document: Any) -> None:
    text = "Army engineers cleared more than 900 landmines from the farmland."
    assert kind_of(make_document, text, "landmines") == "Disrupted weapons use"


def test_people_intercepted_by_security_forces_are_arrested(make_document: Any) -> None:
    text = "Security forces intercepted 12 suspected members of an armed group near the capital."
    assert kind_of(make_document, text, "intercepted") == "Arrests"
    assert kind_of(make_document, "The air defence intercepted two drones.", "intercepted") == "Disrupted weapons use"


def test_people_arrested_while_protesting_are_a_protest_with_intervention(make_document: Any) -> None:
    text = "Police arrested 40 students who were protesting against the fee rise."
    assert kind_of(make_document, text, "arrested") == "Protest with intervention"


# ---------------------------------------------------------------- agreements, crowds, sexual violence


@pytest.mark.parametrize(
    "text",
    [
        "The minister said there had been no progress on a ceasefire.",
        "The rebels rejected the truce offered by the government.",
        "Fighting went on without a ceasefire in the south.",
        "The two foreign ministers met in the capital on Monday but made no progress on a ceasefire.",
        "The envoy said the militia leaders had not committed to a three-day truce.",
    ],
)
def test_an_agreement_not_reached_is_no_agreement(make_document: Any, text: str) -> None:
    assert "Agreement" not in kinds(make_document, text)


def test_an_agreement_signed_is_an_agreement(make_document: Any) -> None:
    text = "The militia and the army signed a ceasefire in the northern town on Monday."
    assert kind_of(make_document, text, "ceasefire") == "Agreement"


def test_talks_ahead_of_which_something_happened_were_not_held(make_document: Any) -> None:
    text = "The militants seized the oil town just ahead of peace talks with the government."
    assert "Agreement" not in kinds(make_document, text)


def test_an_exchange_of_prisoners_is_an_agreement(make_document: Any) -> None:
    text = "An officer oversees the exchange of prisoners of war near the front line."
    assert kind_of(make_document, text, "exchange") == "Agreement"


def test_a_clash_of_police_and_protesting_students_is_a_riot(make_document: Any) -> None:
    text = "Police and students clashed outside the campus as the students protested against the closure."
    assert kind_of(make_document, text, "clashed") == "Violent demonstration"


def test_stones_thrown_by_a_crowd_are_a_riot(make_document: Any) -> None:
    text = "Youths threw stones and bottles at the police station on Saturday night."
    assert kind_of(make_document, text, "threw") == "Violent demonstration"


def test_forces_firing_on_protesters_use_excessive_force(make_document: Any) -> None:
    text = "Security forces shot live rounds to break up the protests in the capital."
    assert kind_of(make_document, text, "shot") == "Excessive force against protesters"


def test_sexual_violence_is_named_by_the_act(make_document: Any) -> None:
    text = "Sexual violence against women by the soldiers has left many with severe injuries."
    assert "Sexual violence" in kinds(make_document, text)
    text = "The group said it killed two young men for engaging in sexual conduct."
    assert "Sexual violence" not in kinds(make_document, text)


# ---------------------------------------------------------------- bases, units set up, unopposed entries, finds


def test_military_points_established_are_a_base(make_document: Any) -> None:
    text = "A new observation point was established on the ridge on Monday."
    assert "Headquarters or base established" in kinds(make_document, text)


def test_an_armed_unit_set_up_is_a_change_to_a_group(make_document: Any) -> None:
    text = "A new wing of the tribal militia network has been set up in the northern province."
    assert "Change to group/activity" in kinds(make_document, text)


def test_fighters_entering_a_town_unopposed_is_a_non_violent_transfer(make_document: Any) -> None:
    text = "Witnesses said the fighters entered the town before dawn and had not encountered any resistance."
    assert "Non-violent transfer of territory" in kinds(make_document, text)
    assert triggers(make_document, "Two military planes entered the air defence zone on Monday.") == ()


def test_abandoned_things_found_in_a_retaken_town_do_not_make_it_unopposed(make_document: Any) -> None:
    text = "The troops recaptured the town on Tuesday to find shops looted and motorbikes lying abandoned."
    assert kind_of(make_document, text, "recaptured") == "Government regains territory"


def test_a_find_read_as_the_subject_of_a_clause_is_still_found(make_document: Any) -> None:
    text = "Security forces discovered a large amount of ammunition believed to belong to the rebels."
    assert "Disrupted weapons use" in kinds(make_document, text)


def test_raids_by_helicopter_gunships_are_air_strikes(make_document: Any) -> None:
    text = "The militants suffered heavy losses in raids by the army's choppers in the hills."
    assert kind_of(make_document, text, "raids") == "Air/drone strike"


def test_a_denial_of_blame_reports_no_event(make_document: Any) -> None:
    text = "The ministry rejected allegations that its aircraft were responsible for an attack which killed six."
    assert triggers(make_document, text) == ()


# ---------------------------------------------------------------- battles typed by the ground won in them


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Army units retook the hill town of Marova after two days of fighting with the rebels.", "fighting"),
        ("Four soldiers were killed in clashes with the insurgents after taking control of the market district.",
         "clashes"),
        ("Four soldiers were killed in clashes with the insurgents after taking control of the market district.",
         "killed"),
    ],
)  # fmt: skip
def test_a_clash_in_which_ground_was_won_is_typed_by_the_ground(make_document: Any, text: str, word: str) -> None:
    assert kind_of(make_document, text, word) == "Government regains territory"


def test_a_clash_for_ground_only_sought_stays_a_clash(make_document: Any) -> None:
    text = "Rebels clashed with soldiers near the dam in a bid to seize the hill town."
    assert kind_of(make_document, text, "clashed") == "Armed clash"


def test_retook_is_read_as_retake(make_document: Any) -> None:
    text = "Government forces retook control of the river port on Sunday."
    assert kind_of(make_document, text, "retook") == "Government regains territory"


# ---------------------------------------------------------------- who was hit: the forces, or communities


@pytest.mark.parametrize(
    "text",
    ["Unknown gunmen shot dead an intelligence officer near the bridge.",
     "Militants killed a security official at the checkpoint road."],
)  # fmt: skip
def test_an_attack_on_a_member_of_the_forces_is_a_clash(make_document: Any, text: str) -> None:
    assert kinds(make_document, text)[0] == "Armed clash"


def test_an_attack_on_a_civilian_officer_is_an_attack(make_document: Any) -> None:
    text = "Unknown gunmen shot dead a health officer near the bridge."
    assert kinds(make_document, text)[0] == "Attack"


def test_a_clash_over_land_is_a_communal_battle(make_document: Any) -> None:
    text = "Six people died in a clash over farmland between two neighbouring families."
    assert kind_of(make_document, text, "clash") == "Armed clash"


def test_a_verb_joined_to_another_takes_its_subject(make_document: Any) -> None:
    text = "The militia fighters pushed into the eastern valley and retook two border crossings."
    assert kind_of(make_document, text, "retook") == "Non-state actor overtakes territory"


# ---------------------------------------------------------------- ground handed over without a fight


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Government forces withdrew from the river crossing on Sunday. Militants took control of it hours later.",
         "control"),
        ("Militants took control of a hill village south of the port. They seized the area following the withdrawal "
         "of the regional forces.", "control"),
    ],
)  # fmt: skip
def test_a_withdrawal_and_a_taking_without_a_fight_are_a_transfer(make_document: Any, text: str, word: str) -> None:
    assert kind_of(make_document, text, word) == "Non-violent transfer of territory"


def test_ground_taken_after_a_withdrawal_under_fire_was_fought_for(make_document: Any) -> None:
    text = "Militants took control of a hill village. The army withdrew from it after heavy fighting."
    assert kind_of(make_document, text, "control") == "Non-state actor overtakes territory"


# ---------------------------------------------------------------- shots fired on someone


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Cattle raiders fired on herders near the well, wounding two.", "fired", "Attack"),
        ("Militiamen fired at a police station on the edge of the town overnight.", "fired", "Armed clash"),
        ("Soldiers fired on the marchers as they reached the square.", "fired", "Excessive force against protesters"),
    ],
)
def test_firing_on_someone_is_shooting(make_document: Any, text: str, word: str, expected: str) -> None:
    assert kind_of(make_document, text, word) == expected


def test_firing_people_from_a_job_is_no_event(make_document: Any) -> None:
    assert triggers(make_document, "The company fired at least 30 workers at its plant in the north.") == ()


# ---------------------------------------------------------------- forces named by a non-state side


def test_rebel_forces_are_the_non_state_side(make_document: Any) -> None:
    text = "A commander admitted that opposition forces opened fire on homes in the old town on Sunday."
    assert kind_of(make_document, text, "fire") == "Attack"
    both = "Rebel forces opened fire on government forces near the old town."
    assert kind_of(make_document, both, "fire") == "Armed clash"


# ---------------------------------------------------------------- ground cleared of an armed side


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Army units cleared three villages of Boko Haram on Saturday.", "cleared"),
        ("Government soldiers dismantled an FDLR position in the hills on Monday.", "dismantled"),
    ],
)
def test_ground_cleared_of_an_armed_side_is_regained(make_document: Any, text: str, word: str) -> None:
    assert kind_of(make_document, text, word) == "Government regains territory"


@pytest.mark.parametrize(
    "text",
    ["Volunteers cleared the road of debris after the storm.", "Police dismantled a protest camp outside parliament."],
)
def test_clearing_debris_or_a_protest_camp_regains_nothing(make_document: Any, text: str) -> None:
    assert "Government regains territory" not in kinds(make_document, text)


def test_marchers_met_with_tear_gas_by_police_are_a_protest_with_intervention(make_document: Any) -> None:
    text = "Riot police fired tear gas and water cannon on Friday at hundreds of nurses marching in the town of Arlo."
    assert kind_of(make_document, text, "marching") == "Protest with intervention"


def test_troops_marching_into_a_town_are_no_protest(make_document: Any) -> None:
    text = "Hundreds of troops marching into the town of Arlo were seen on Friday."
    assert kind_of(make_document, text, "marching") is None


# ---------------------------------------------------------------- hand-thrown fuel bombs


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Hundreds of students hurled petrol bombs at riot police outside the university on Friday.", "hurled"),
        ("Masked youths threw gasoline bombs and rocks at the police station in the port town.", "threw"),
    ],
)
def test_petrol_bombs_thrown_by_a_crowd_are_a_riot_not_an_explosive_device(
    make_document: Any, text: str, word: str
) -> None:
    assert kind_of(make_document, text, word) == "Violent demonstration"


def test_a_shooting_told_beside_petrol_bombs_is_no_explosion(make_document: Any) -> None:
    text = "Protesters hurled petrol bombs at officers in the town of Ardena hours after a teenager was shot by police."
    assert kind_of(make_document, text, "shot") not in {"Remote explosive/landmine/IED", "Grenade"}


# ---------------------------------------------------------------- crowds, armed men and rival groups: burning, brawling


def test_homes_burned_by_armed_men_are_property_destruction_whoever_fled(make_document: Any) -> None:
    text = "Armed men set fire to about 20 homes in the village, forcing hundreds of residents to flee."
    assert kind_of(make_document, text, "set") == "Looting/property destruction"


def test_a_crowd_torching_a_police_post_and_blocking_roads_is_a_violent_demonstration(make_document: Any) -> None:
    text = (
        "Hundreds of bus drivers set fire to a police post and blocked roads with burning tyres on Friday after a "
        "driver died in custody."
    )
    assert kind_of(make_document, text, "set") == "Violent demonstration"


def test_rival_groups_brawling_with_machetes_is_mob_violence(make_document: Any) -> None:
    text = (
        "Two men were hacked to death when members of rival martial arts clubs fought with machetes and stones in "
        "the town, the national police said."
    )
    assert kind_of(make_document, text, "hacked") == "Mob violence"
    assert kind_of(make_document, text, "fought") == "Mob violence"


def test_rival_clans_fighting_over_land_stay_communal_militias(make_document: Any) -> None:
    text = "Rival clans fought with machetes over grazing land, killing four people."
    assert kind_of(make_document, text, "fought") == "Armed clash"


def test_residents_who_tell_of_a_fight_make_it_no_communal_clash(make_document: Any) -> None:
    text = "The fighting began after a quarrel at a wedding on Saturday evening, residents said."
    assert kind_of(make_document, text, "fighting") != "Armed clash"
    assert kind_of(make_document, "Villagers clashed over grazing land, killing four people.", "clashed") == (
        "Armed clash"
    )


def test_hundreds_of_fires_burning_are_no_crowd(make_document: Any) -> None:
    text = "Driven by high winds, more than 300 fires are burning across the province, threatening several towns."
    assert kind_of(make_document, text, "burning") is None


def test_residents_marching_to_make_the_army_leave_is_a_protest(make_document: Any) -> None:
    text = "Thousands of farmers marched through the town on Monday, demanding that the army return their land."
    assert kind_of(make_document, text, "marched") == "Peaceful protest"
    assert kind_of(make_document, "Troops marched into the town on Monday.", "marched") is None


def test_land_the_army_still_occupies_was_not_taken(make_document: Any) -> None:
    text = "She said the army still occupied about 2,000 acres in the district."
    assert kind_of(make_document, text, "occupied") is None


def test_forces_opening_fire_on_a_march_use_excessive_force(make_document: Any) -> None:
    text = "Security forces opened fire on a peaceful march in the city on Friday, killing three young men."
    assert kind_of(make_document, text, "fire") == "Excessive force against protesters"


def test_an_association_named_after_the_police_organising_a_march_protests(make_document: Any) -> None:
    text = "The Police Wives Association organised a peace march in the city calling for calm elections."
    assert kind_of(make_document, text, "march") == "Peaceful protest"


def test_locals_setting_tyres_on_fire_and_blocking_roads_riot(make_document: Any) -> None:
    text = "In the east of the city, locals set tyres on fire and blocked roads on Tuesday."
    assert kind_of(make_document, text, "set") == "Violent demonstration"


def test_a_bank_burnt_by_an_angry_crowd_is_a_riot(make_document: Any) -> None:
    text = "A bank branch in the town was burnt by angry customers after it ran out of cash."
    assert kind_of(make_document, text, "burnt") == "Violent demonstration"


def test_clashes_reported_between_police_and_vendors_are_a_riot(make_document: Any) -> None:
    text = "Clashes were reported in the port city between police and street vendors."
    assert kind_of(make_document, text, "Clashes") == "Violent demonstration"


def test_angry_teachers_and_parents_marching_protest(make_document: Any) -> None:
    text = "Angry teachers and parents marched in the township to force the department to pay subsidies."
    assert kind_of(make_document, text, "marched") == "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        "Fighting broke out in the north of the city on Monday.",
        "Heavy fighting was reported in the port town on 23 June.",
        "Clashes erupted near the border post on Friday night.",
    ],
)
def test_fighting_told_as_what_happened_is_a_clash_of_unnamed_sides(make_document: Any, text: str) -> None:
    assert kinds(make_document, text) == ["Armed clash"]


def test_a_fight_against_a_problem_is_no_clash(make_document: Any) -> None:
    assert kinds(make_document, "The fight against corruption continued in the capital on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The community blocked roads in the township on Monday.",
        "A group of residents blocked the circulation of vehicles in the old town on Tuesday.",
        "Taxi drivers blocked the main road into the capital on Monday to protest against new fees.",
    ],
)
def test_a_crowd_that_blocks_a_road_protests(make_document: Any, text: str) -> None:
    assert set(kinds(make_document, text)) == {"Peaceful protest"}


@pytest.mark.parametrize(
    "text",
    [
        "Police blocked the road to the airport on Monday.",
        "Soldiers blocked the roads into the city on Monday.",
        "A landslide blocked the highway on Monday.",
        "The court blocked the new law on Monday.",
    ],
)
def test_forces_or_a_landslide_that_block_a_road_do_not_protest(make_document: Any, text: str) -> None:
    assert kinds(make_document, text) == []


def test_a_crowd_that_chants_protests_and_fans_or_soldiers_do_not(make_document: Any) -> None:
    assert kinds(make_document, "Hundreds of students chanted slogans against the government on Monday.") == [
        "Peaceful protest"
    ]
    assert kinds(make_document, 'Activists in the court room chanted "Free them all" on Monday.') == [
        "Peaceful protest"
    ]
    assert kinds(make_document, "The fans chanted his name at the stadium on Monday.") == []
    assert kinds(make_document, "Soldiers chanted as they ran through the town on Monday.") == []


def test_residents_who_block_roads_against_the_government_protest(make_document: Any) -> None:
    text = "Residents blocked roads on Monday to protest against the government's water cuts."
    assert set(kinds(make_document, text)) == {"Peaceful protest"}


def test_a_vehicle_that_struck_an_explosive_device_is_a_blast_not_a_labour_strike(make_document: Any) -> None:
    """A transport union named as the source makes no labour strike of a bus that "struck" a device."""
    text = (
        "A bus carrying traders struck an explosive device on a dirt track on Thursday, killing six passengers, "
        "a transport union said."
    )
    assert kind_of(make_document, text, "struck") == "Remote explosive/landmine/IED"


def test_a_gathering_the_police_cleared_with_crowd_control_weapons_is_a_protest_with_intervention(
    make_document: Any,
) -> None:
    text = (
        "Riot police fired water cannon and tear gas on Thursday to clear retired miners who had gathered outside "
        "the parliament building."
    )
    assert kind_of(make_document, text, "gathered") == "Protest with intervention"
    assert kind_of(make_document, "Hundreds of fans gathered outside the stadium on Thursday.", "gathered") is None


def test_armed_people_the_text_does_not_name_who_kill_civilians_attack_them(make_document: Any) -> None:
    text = (
        "Armed youths attacked a grazing camp on Sunday, shooting dead 11 people, most of them women and children, "
        "and driving away hundreds of cattle."
    )
    assert kind_of(make_document, text, "attacked") == "Attack"
