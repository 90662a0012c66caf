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
