"""The main event's place in US wire copy and of US-named towns abroad (invented reports in the style of AP and
Reuters copy), kinds that fresh batches of reports showed to generalise badly:

- a US town named like a country ("LEBANON, Ohio", "Mexico, Missouri"), named once with its state, is that town
  wherever the report names it alone again: not the country, and the event is not moved to the bigger town named
  for the hospital or a visiting team;
- a town or village abroad named in a town's slot ("in X, in Nigeria's Y state", "outside X, a village near ...")
  whose name the gazetteer lists only for a small US town, in a report whose places tell another country and
  nothing of the US, is a place of that country the gazetteer lacks, wherever the report names it: not the US town
  (nor the dateline's capital for want of it);
- a US event at a county ("at their home in rural X County, Georgia") stays at that county under the dateline of a
  distant city of the state (the capital, a city of another county): the reporter's city is not the event's;
- a US town named after a locative word with the county and state it lies in ("near X, in Y County, Florida") is in
  that county even where the gazetteer lists that name only in other states: not the dateline's county seat.
"""

from __future__ import annotations

import eventwire
from eventwire.model import Event


def main_event(text: str, published: str = "2026-05-05", title: str | None = None) -> Event:
    return eventwire.extract(text, published=published, title=title).events[0]


def _where(event: Event) -> tuple[str | None, str | None, str | None]:
    place = event.place
    return (place.name, place.admin1, place.country) if place is not None else (None, None, None)


# ---------------------------------------------------------------- a US town named like a country


def test_a_town_named_like_a_country_under_its_own_dateline_is_the_town_not_a_hospitals_city() -> None:
    event = main_event(
        "LEBANON, Ohio (AP) — Two teenagers were shot and wounded outside a skating rink in Lebanon on Saturday "
        "night, police said.\n\n"
        "Both were taken to a hospital in Dayton, where one was in critical condition, Police Chief Ann Ruiz said. "
        "A suspect from Cincinnati was arrested on Sunday.\n\n"
        "Lebanon, a city of about 20,000, lies between Dayton and Cincinnati."
    )
    assert _where(event) == ("Lebanon", "Ohio", "US")


def test_a_town_named_like_a_country_with_its_state_in_the_lead_keeps_that_sense_further_down() -> None:
    event = main_event(
        "A man was killed and his brother wounded when a gunman fired into their car at a gas station in Mexico, "
        "Missouri, late on Friday, the Audrain County sheriff said.\n\n"
        "The brothers had driven from Columbia for a family dinner, the sheriff said. The wounded man was flown to "
        "a hospital in Columbia.\n\n"
        "Police in Mexico said they were looking for a dark pickup truck."
    )
    assert _where(event) == ("Mexico", "Missouri", "US")


def test_a_town_named_like_a_country_in_the_dateline_and_then_alone_is_the_town() -> None:
    event = main_event(
        "HOLLAND, Mich. — A 17-year-old boy was shot dead and two other people were hurt after a fight at a "
        "graduation party in Holland on Sunday, authorities said.\n\n"
        "The wounded were treated at a hospital in Grand Rapids. Officers from Grand Rapids helped search for "
        "the gunman, who fled on foot.",
        title="Teen killed, 2 hurt in shooting at Holland graduation party",
    )
    assert _where(event) == ("Holland", "Michigan", "US")


# ---------------------------------------------------------------- a village abroad with a US namesake


def test_a_town_abroad_listed_only_as_a_us_town_is_a_town_of_the_reports_country() -> None:
    event = main_event(
        "KABUL, Afghanistan (AP) — A roadside bomb killed five members of a family in Mandan, in Afghanistan's "
        "eastern Nangarhar province, on Tuesday, a provincial spokesman said.\n\n"
        "The family was travelling from Mandan to Jalalabad for a wedding, he said. No group claimed the bombing."
    )
    assert _where(event)[0] == "Mandan"
    assert _where(event)[2] == "AF"


def test_a_town_abroad_named_with_its_state_after_a_comma_is_not_its_us_namesake() -> None:
    event = main_event(
        "ABUJA, Nigeria (Reuters) - Bandits abducted 15 worshippers from a church in Okemos, in Nigeria's Kaduna "
        "state, on Sunday, police said.\n\n"
        "Police spokesman Mansir Hassan said officers and local vigilantes were searching the forest near Okemos, "
        "where the gunmen were believed to be hiding with their captives.\n\n"
        "Armed gangs have kidnapped hundreds of people for ransom in northwest Nigeria this year, attacking schools, "
        "churches and farms. The government has said it will not pay ransoms."
    )
    assert _where(event)[0] == "Okemos"
    assert _where(event)[2] == "NG"


def test_a_village_abroad_after_a_locative_with_a_us_namesake_is_in_the_reports_country() -> None:
    event = main_event(
        "PESHAWAR, Pakistan, Jan 12 (AP) — A roadside bomb killed three policemen and wounded two others near "
        "Mandan in Pakistan's Khyber Pakhtunkhwa province on Monday, police said.\n\n"
        "The officers were escorting a polio vaccination team, a provincial police spokesman said. Pakistani "
        "Taliban militants have attacked such teams before."
    )
    assert event.place is not None
    assert event.place.country == "PK"


def test_a_village_abroad_outside_which_an_attack_happened_is_not_its_us_namesake() -> None:
    event = main_event(
        "KINSHASA (Reuters) - Rebels killed at least nine civilians on Friday in an attack about two kilometres "
        "outside Kenner, a village near the edge of the Virunga park in eastern Congo, a local official said.\n\n"
        "The attackers came at night with machetes and guns and burned several houses, civil society leader Jean "
        "Kambale said. Four more people were missing.\n\n"
        "The army blamed the Allied Democratic Forces, a group linked to Islamic State that has killed thousands of "
        "civilians in the region since 2014.\n\n"
        "Congo's government has declared a state of siege in North Kivu and Ituri provinces, handing power to "
        "military governors, but the killings have continued, United Nations figures show."
    )
    assert _where(event)[0] == "Kenner"
    assert _where(event)[2] == "CD"


# ---------------------------------------------------------------- a county under a distant city's dateline


def test_a_county_event_stays_at_the_county_under_the_state_capitals_dateline() -> None:
    event = main_event(
        "ATLANTA (AP) — A man shot and killed two of his neighbors at their farm in rural Habersham County, "
        "Georgia, on Tuesday morning, the sheriff said.\n\n"
        "The suspect was arrested at his home nearby, Habersham County Sheriff Joey Terrell said. Both victims "
        "were pronounced dead at the scene."
    )
    assert _where(event)[:2] == ("Habersham County", "Georgia")


def test_a_county_event_with_the_state_named_first_stays_at_the_county() -> None:
    event = main_event(
        "NASHVILLE, Tenn. — Deputies in Tennessee's Giles County were searching on Thursday for a man who they "
        "said shot a woman dead and wounded her teenage son at a mobile home late Wednesday.\n\n"
        "The son was in stable condition at a hospital in Nashville, a spokesman for the Giles County Sheriff's "
        "Office said."
    )
    assert _where(event)[:2] == ("Giles County", "Tennessee")


def test_a_county_event_named_after_the_facts_stays_at_the_county() -> None:
    event = main_event(
        "DENVER (AP) — Three people were found shot to death inside a ranch house on Saturday, and a fourth "
        "was wounded, authorities in Weld County, Colorado, said.\n\n"
        "Weld County Sheriff Steve Reams said the shooting appeared to be a domestic dispute. The wounded man "
        "was flown to a Denver hospital."
    )
    assert _where(event)[:2] == ("Weld County", "Colorado")


# ---------------------------------------------------------------- a town with its county, listed elsewhere


def test_a_town_named_with_its_county_and_state_is_in_that_county_not_a_namesake_state() -> None:
    event = main_event(
        "ABINGDON, Va. (AP) — A man shot and killed his former girlfriend at a home near Damascus, in Washington "
        "County, Virginia, on Sunday, the sheriff's office said.\n\n"
        "He was arrested later at a motel in Abingdon, Sheriff Blake Andis said."
    )
    assert _where(event) == ("Damascus", "Virginia", "US")


def test_a_town_placed_in_its_county_after_the_facts_is_in_that_county() -> None:
    event = main_event(
        "MARION, Ill. — Two men were wounded on Friday night when someone fired shots into a crowded tavern "
        "outside Vienna, in Johnson County, Illinois, state police said.\n\n"
        "Both men were taken to a hospital in Marion and were expected to survive."
    )
    assert _where(event) == ("Vienna", "Illinois", "US")


def test_a_town_after_a_locative_with_its_county_and_state_abbreviated_is_in_that_county() -> None:
    event = main_event(
        "PITTSBURGH (AP) — A state trooper was shot and wounded during a traffic stop early Saturday outside "
        "Berlin, in Somerset County, Pa., and the driver was killed when troopers returned fire, state police "
        "said.\n\n"
        "The trooper was flown to a hospital in Pittsburgh and was in stable condition."
    )
    assert _where(event) == ("Berlin", "Pennsylvania", "US")
