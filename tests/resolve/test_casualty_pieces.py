"""The killed and injured of a report's main event when the article tells them in pieces (invented reports in the
style of AP, AFP and Reuters copy; issue 7's convention: pieces that count different people add up, a range is its
lower figure, an update replaces the earlier figure):

- a second source that counts more people adds them: "another six", "three more" told by a doctor ("a doctor at a
  clinic told AFP it had treated three more") or a hospital ("five more had been transferred there with burns");
- pieces told after a total that holds them add nothing to it ("at least nine were hurt ... Six were treated ...
  three more had been admitted");
- people hit by shrapnel and told under care ("were being treated at a hospital") are the hurt, not the dead;
- (tests/detect/test_casualties.py) a toll update ("raising the death toll to four") replaces the first figure,
  and the count a party that claims the attack gives of its own kills ("claimed the attack, saying it had killed 25")
  is a claim, not the toll;
- the year's dead so far ("have been killed in the region this year") and the dead of a war that ended years before
  ("during the civil war, which ended in 2002") are background, not the event's killed.
"""

from __future__ import annotations

import eventwire
from eventwire.model import Event


def main_event(text: str, published: str = "2026-04-16", title: str | None = None) -> Event:
    return eventwire.extract(text, published=published, title=title).events[0]


def test_another_six_treated_by_a_second_source_add_to_the_hospital_figure() -> None:
    event = main_event(
        "ACCRA (Reuters) - Ghanaian police fired tear gas and rubber bullets on Tuesday at traders marching on the "
        "regional assembly in Kumasi against a new market levy.\n\nThe Komfo Anokye hospital said it had treated nine "
        "traders for cuts and bruises. The traders' union said another six had been treated at the scene by volunteer "
        "first-aid workers."
    )
    assert (event.event_type, event.injured) == ("Protests", 15)


def test_three_more_a_clinic_doctor_treated_add_to_the_wounded_brought_to_hospital() -> None:
    event = main_event(
        "BAMAKO, April 16 (AFP) - Mortar rounds hit a crowded bus station in the central Malian town of Sévaré on "
        "Tuesday, killing two civilians, the regional governor said.\n\nThe governor's office said eight wounded "
        "people had been brought to the town hospital, and a doctor at a private clinic told AFP it had treated three "
        "more."
    )
    assert (event.killed, event.injured) == (2, 11)


def test_a_range_and_the_more_a_nurse_says_were_transferred_add_up() -> None:
    event = main_event(
        "NIAMEY, April 16 (Reuters) - A drone strike on a weekly market in western Niger on Sunday killed at least 12 "
        "people, local officials said.\n\nBetween 10 and 12 wounded people were taken by cart to the health centre in "
        "Ayorou, one official said, and a nurse at the regional hospital in Tillabéri said five more had been "
        "transferred there with burns."
    )
    assert (event.killed, event.injured) == (12, 15)


def test_villagers_hit_by_shrapnel_and_under_care_are_hurt_not_the_dead() -> None:
    event = main_event(
        "MANILA (AP) — Philippine army helicopters fired rockets at a rebel camp in the hills near the southern town "
        "of Maimbung on Sunday, killing 11 rebels, the military said Monday.\n\nThree farmers from a nearby village "
        "were hit by shrapnel and were being treated at a hospital in Jolo, the town's mayor said."
    )
    assert (event.killed, event.injured) == (11, 3)


def test_the_years_dead_so_far_are_no_toll_of_the_event() -> None:
    event = main_event(
        "SAN SALVADOR (AP) — Gang members threw a grenade into a bus company's office in the Salvadoran city of "
        "Soyapango on Friday after the company refused to pay extortion money, wounding two clerks, police said.\n\n"
        "More than 30 bus drivers have been killed in the country this year, most of them for refusing to pay, "
        "according to the transport union."
    )
    assert (event.killed, event.injured) == (None, 2)


def test_the_dead_of_a_war_that_ended_years_before_are_background() -> None:
    event = main_event(
        "COLOMBO (AP) — Men in civilian clothes forced a rights activist into a van outside her home in the eastern "
        "Sri Lankan town of Kalmunai on Sunday night, and she has not been seen since, her family said Tuesday.\n\n"
        "Scores of activists were killed or disappeared during and after the island's civil war, which ended in "
        "2009, according to rights groups."
    )
    assert event.killed in (None, 0)


def test_pieces_told_after_their_total_are_not_added_to_it() -> None:
    event = main_event(
        "HARARE (AP) — Zimbabwean police fired tear gas on Wednesday at nurses marching on the health ministry in "
        "Harare over unpaid allowances, and at least nine nurses were hurt, their union said.\n\nSix nurses were "
        "treated at Parirenyatwa hospital for the effects of the gas, the union's secretary said. A doctor at a "
        "private clinic said three more had been admitted with fractures."
    )
    assert event.injured == 9
