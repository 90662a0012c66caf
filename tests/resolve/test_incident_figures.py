"""The main event's casualties are its own incident's (invented reports): an agreement takes no toll of the
fighting it ends, a total of a war is no event's toll, an earlier incident's figures stay with it, a stated figure
beats a vague quantity or a party's claim, and the figures of one incident typed twice are one toll."""

from __future__ import annotations

import eventwire
from eventwire.model import Event


def events(text: str, published: str, title: str | None = None) -> tuple[Event, ...]:
    return eventwire.extract(text, published=published, title=title).events


def test_a_ceasefire_takes_no_toll_of_the_fighting_its_sentence_recalls() -> None:
    text = (
        "NIAMEY (AFP) - The government and the Tamou rebel front signed a ceasefire in Niamey on Friday after three "
        "weeks of fighting in the east of the country that killed at least 40 people, the presidency said."
    )
    found = events(text, "2022-04-09", title="Government and rebels sign ceasefire")
    assert found[0].sub_event_type == "Agreement"
    assert (found[0].killed, found[0].injured) == (None, None)
    assert any(e.killed == 40 for e in found[1:])


def test_a_war_that_killed_thousands_is_a_total_not_an_event_of_the_report() -> None:
    text = (
        "Delegations from the two republics met in Geneva on Monday for talks on their border. "
        "The republics split in 1994, two years after a war that killed more than 8,000 people."
    )
    found = events(text, "2023-06-13")
    assert all(e.status == "aggregate" for e in found if e.killed == 8000)


def test_an_earlier_shooting_dated_in_its_sentence_gives_no_figure_to_the_main_one() -> None:
    text = (
        "Two people were killed and three others wounded when a gunman opened fire outside a bowling alley in "
        "Dayton late Saturday, police said Sunday. Police initially said one person had died. "
        "It was the second shooting in the city this month. "
        "On March 2, one person was killed and seven wounded outside a bar downtown."
    )
    found = events(text, "2023-03-26", title="2 killed, 3 wounded in Dayton bowling alley shooting")
    assert (found[0].killed, found[0].injured) == (2, 3)


def test_a_bombing_told_with_an_earlier_month_keeps_its_toll_from_the_main_attack() -> None:
    text = (
        "A roadside bomb hit an army truck near the village of Sarai in Zhob district on Tuesday, killing two "
        "soldiers and wounding four, the military said. "
        "In July, a bombing at a market in the district killed 11 people."
    )
    found = events(text, "2023-10-18")
    assert (found[0].killed, found[0].injured) == (2, 4)


def test_a_stated_toll_beats_a_vague_one_and_an_armed_groups_claim() -> None:
    text = (
        "Soldiers and rebels of the Kivu Liberation Front fought around the town of Rutshuru on Monday, killing at "
        "least seven people, army officials said. "
        "A spokesman for the rebels said its fighters had killed dozens of soldiers."
    )
    found = events(text, "2023-02-14")
    assert found[0].killed == 7


def test_a_protest_fired_on_takes_the_wounded_of_the_same_shooting() -> None:
    text = (
        "Police fired on opposition supporters marching in Bamako on Tuesday, killing two protesters, witnesses "
        "said on Wednesday. "
        "Witnesses said officers shot at the crowd from a bridge. "
        "At least 14 other people were treated for gunshot wounds, a hospital official said."
    )
    found = events(text, "2023-05-17")
    assert found[0].event_type == "Protests"
    assert (found[0].killed, found[0].injured) == (2, 14)


def test_a_toll_update_in_a_sentence_of_its_own_updates_the_toll_told_before() -> None:
    text = (
        "SUCRE (AP) - Soldiers opened fire on miners blocking a road near the town of Tarabuco on Monday, killing "
        "four protesters and wounding at least 11, a rights group said. "
        "The toll rose to five on Tuesday when a miner who had been missing since the clash was found dead with a "
        "gunshot wound in a ravine near the road, the group said."
    )
    found = events(text, "2024-03-13", title="Soldiers fire on road blockade, killing 5")
    assert (found[0].killed, found[0].injured) == (5, 11)


def test_figures_told_with_an_arrest_belong_to_the_riot_before_it() -> None:
    text = (
        "Hundreds of youths threw stones at police and set fire to cars in the town of Velmor on Saturday night, a "
        "day after a man was shot and wounded by a police officer, police said. "
        "Nine police officers were lightly injured and 30 people were detained, a police spokeswoman said."
    )
    found = events(text, "2024-05-12")
    assert found[0].event_type == "Riots"
    assert found[0].injured == 9
    assert all(e.injured is None for e in found if e.sub_event_type == "Arrests")


def test_a_victim_told_apart_from_the_dead_is_injured_besides_them() -> None:
    text = (
        "A crowd beat to death two men accused of stealing cattle in the village of Mbeli on Sunday, police said. "
        "A third man was rescued by officers and taken to hospital with serious injuries."
    )
    found = events(text, "2024-08-05")
    assert (found[0].killed, found[0].injured) == (2, 1)


def test_what_a_headline_gives_as_the_cause_does_not_lead() -> None:
    text = (
        "Dozens of youths hurled stones at police and set fire to rubbish bins in the suburb of Korvia late on "
        "Sunday, hours after a teenager was shot and wounded by police during a car chase, police said."
    )
    found = events(text, "2024-06-03", title="Youths clash with police after teenager shot")
    assert found[0].event_type == "Riots"


def test_a_headline_figure_told_after_its_verb_counts() -> None:
    text = "A gunman opened fire outside a restaurant in Dunmore on Saturday night, police said."
    found = events(text, "2024-01-14", title="Gunman shoots 4 people outside Dunmore restaurant")
    assert found[0].injured == 4
    found = events(text, "2024-01-14", title="Man shot 3 times outside Dunmore restaurant")
    assert found[0].injured == 1  # one man, not three


def test_a_headline_figure_of_the_cause_after_after_is_not_the_events() -> None:
    text = (
        "Villagers set fire to a police post and threw stones at officers in the town of Harwa on Monday after a "
        "bus ran over a woman at a crossing, police said."
    )
    found = events(text, "2024-02-06", title="Villagers torch police post after bus kills three pedestrians")
    assert found[0].event_type == "Riots"
    assert not found[0].killed


def test_a_headline_that_reports_a_death_without_a_figure_tells_of_one_dead() -> None:
    text = "Police were called to a home on Elm Street in Dunmore on Friday night after reports of gunfire."
    assert events(text, "2024-03-02", title="Teenage girl shot and killed in Dunmore")[0].killed == 1
    assert events(text, "2024-03-02", title="Dunmore woman kills husband in murder-suicide")[0].killed == 2
    assert not events(text, "2024-03-02", title="Dunmore man charged with attempted murder")[0].killed
    assert not events(text, "2024-03-02", title="Protest in Dunmore after police killing of teen")[0].killed


def test_a_headline_that_reports_someone_hurt_without_a_figure_tells_of_one_hurt() -> None:
    text = "Police were called to a home on Elm Street in Dunmore on Friday night after reports of gunfire."
    assert events(text, "2024-03-02", title="Bystander accidentally shot during fight in Dunmore")[0].injured == 1
    assert events(text, "2024-03-02", title="Boy in critical condition following Dunmore shooting")[0].injured == 1
    assert not events(text, "2024-03-02", title="Dunmore man nearly shot in road rage dispute")[0].injured


def test_an_earlier_shooting_of_the_same_year_dated_by_its_month_keeps_its_toll() -> None:
    text = (
        "DENTON, Texas (AP) - Five people were wounded and one man was killed when shots were fired at a cookout "
        "in Denton late Saturday, police said Sunday.\n\n"
        "It was the third shooting in the county this year; four people were killed at a gas station in Sanger "
        "in February."
    )
    found = events(text, "2026-07-12")
    assert (found[0].killed, found[0].injured) == (1, 5)
