"""The kind of a wire report's main event, each kind told by three or more invented reporters (other wording,
syntax, country and order of facts):

- a bomber's blast told without the word "suicide" ("blew himself up", "detonated an explosive vest", "a woman with
  explosives strapped to her body set them off", "killing himself and two guards") is a suicide bomb, even when
  gunfire, a gunfight or raids follow it;
- a crowd that burns homes or attacks a family, a suspect or migrants with no demonstration told is ACLED's mob
  violence, also when it fights the police; a demonstration that burns is a violent demonstration;
- a person taken away ("took an activist from his flat", "bundled into a car", "dragged from a hostel and drove him
  away") by men the text leaves unnamed (masked, in uniform) is abducted, though a protest or a vigil about it and a
  background crackdown's toll are also told (that toll is not the abduction's);
- property set on fire on purpose ("hooded men set fire to six buses", "set ablaze three excavators") with nobody
  hurt is property destruction, not the attack of a background sentence;
- an event told "overnight" in a sentence whose only day is its statement's ("..., police said on Wednesday") is
  dated by the statement's day, not by the publication.
"""

from __future__ import annotations

import pytest

import eventwire
from eventwire.model import Event


def main_event(text: str, title: str | None = None, published: str = "2026-05-05") -> Event:
    return eventwire.extract(text, published=published, title=title).events[0]


SUICIDE = [
    (
        "Bomber kills 9 at mosque inside Pakistani police compound",
        "PESHAWAR, Pakistan, Feb 4 (AFP) - An attacker blew himself up among worshippers at a mosque inside a "
        "police compound in Peshawar on Friday, killing at least nine people, officials said.\n\nPolice then "
        "exchanged fire with two gunmen who tried to enter the compound after the blast, the provincial "
        "police chief, Akhtar Hayat, said. Both gunmen were killed.\n\nNo group immediately claimed the attack.",
    ),
    (
        "Woman with explosives kills four at Nigerian fish market",
        "MAIDUGURI, Nigeria (AP) — A woman with explosives strapped to her body set them off in a crowded "
        "fish market in Konduga on Sunday evening, killing four people and wounding 15, a militia leader "
        "said.\n\nSoldiers later raided a hideout of the militants in a nearby forest and arrested three "
        "suspects, the army said Monday.",
    ),
    (
        "Attacker detonates vest at Somali checkpoint, gunmen fight troops",
        "MOGADISHU, June 9 (Reuters) - An al Shabaab fighter detonated an explosive vest at a checkpoint "
        "outside the parliament in Mogadishu on Thursday, killing six soldiers, police said.\n\nOther fighters "
        "then opened fire on the troops and fought them for about an hour before fleeing, a police officer, "
        "Abdi Hassan, said.\n\nThe al Qaeda-linked group claimed the attack.",
    ),
    (
        "Militant kills himself and two guards at Iraqi shrine",
        "BAGHDAD, Oct 21 (Reuters) - A militant wearing an explosives belt set it off at the gate of a shrine "
        "in Samarra late on Tuesday as guards tried to search him, killing himself and two of the guards, "
        "security sources said on Wednesday.\n\nTwo gunmen who came with him were shot dead by the guards in "
        "the gunfight that followed.",
    ),
]

MOB = [
    (
        "Crowd burns homes, fights police after girl killed by car in Kenya",
        "NAIROBI, March 3 (Reuters) - Hundreds of residents of Kakamega set fire to three houses and fought "
        "with police late on Sunday after a motorist killed a schoolgirl and fled, police said on "
        "Tuesday.\n\nTwo men were beaten to death and 12 people were hurt, a hospital official said. Eight "
        "officers were also hurt by stones.",
    ),
    (
        "Villagers torch suspected witch's house in Tanzania, one dead",
        "DAR ES SALAAM (AP) — Angry villagers burned down the house of an elderly man they accused of "
        "witchcraft in the village of Ilula in Tanzania's Iringa region on Friday and beat his son to death, "
        "police said.\n\nFour people were arrested, regional police commander Allan Bukumbi said.",
    ),
    (
        "Crowd burns migrants' shacks in South African township",
        "JOHANNESBURG, Aug 2 (AFP) - Residents armed with sticks and stones burned more than 30 shacks "
        "belonging to Zimbabwean migrants in the Diepsloot township north of Johannesburg on Saturday night, "
        "police said.\n\nThree migrants were injured and about 200 fled to a church, police spokeswoman Brenda "
        "Muridili said on Sunday.",
    ),
    (
        "Youths attack family's compound in Guinea after road death",
        "CONAKRY, May 17 (Reuters) - Youths in the town of Kindia attacked the compound of a truck driver's "
        "family, burning two cars and beating three relatives, after his truck killed a boy on Thursday, "
        "residents said.\n\nOne of the relatives died of his injuries on Friday, the local hospital said.",
    ),
]

ABDUCTION = [
    (
        "Activist taken from home by masked men in Belarus, wife says",
        "VILNIUS (AP) — Masked men took an opposition activist from his flat in the Belarusian city of Grodno "
        "on Saturday night and his wife has not been told where he is held, she said Monday.\n\nShe said the "
        "men showed no papers. Rights group Viasna said more than 1,000 people were jailed after the 2020 "
        "protests, in which at least seven people were killed.",
    ),
    (
        "Journalist bundled into car in Zimbabwe, colleagues say",
        "HARARE, Zimbabwe, Sept 8 (Reuters) - Unidentified men bundled a Zimbabwean journalist into a car "
        "outside his home in Chitungwiza on Monday evening, colleagues said on Tuesday.\n\nThe journalist, "
        "Peter Moyo, had reported on a protest by vendors. Police said they had no record of his arrest. At "
        "least 17 people were killed in a crackdown on protests in 2019.",
    ),
    (
        "Student leader seized by men in uniform in Bangladesh",
        "DHAKA, Jan 12 (AFP) - Men wearing army uniforms dragged a student leader from a hostel in Rajshahi "
        "early on Sunday and drove him away, his classmates said.\n\nHundreds of students held a vigil on "
        "Monday demanding his release. More than 300 people died in the 2024 uprising, according to the "
        "United Nations.",
    ),
]

ARSON = [
    (
        "Gunmen torch buses at Colombian depot",
        "BOGOTA, Colombia (AP) — Hooded men set fire to six buses at a depot in the town of Tumaco late on "
        "Monday, police said Tuesday. No one was hurt.\n\nPamphlets left at the scene were signed by a "
        "dissident rebel faction. Attacks on transport companies have been frequent in the region.",
    ),
    (
        "Masked men burn excavators at Kenyan road site",
        "NAIROBI, Kenya, April 2 (Reuters) - Masked men set ablaze three excavators and a grader at a road "
        "construction site near Lamu overnight, the contractor said on Thursday. Nobody was injured.\n\nThe "
        "attack is the third on the project this year, police said.",
    ),
    (
        "Party office set alight in Senegal",
        "DAKAR, Nov 9 (Reuters) - Unknown attackers torched the offices of the ruling party in Ziguinchor "
        "early on Sunday after dousing the building with petrol, party officials said. There were no "
        "injuries.\n\nAttacks on party offices have been reported in the south before the vote.",
    ),
]


@pytest.mark.parametrize(("title", "text"), SUICIDE)
def test_a_bomber_who_blows_himself_up_is_a_suicide_bomb(title: str, text: str) -> None:
    event = main_event(text, title)
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Suicide bomb")


@pytest.mark.parametrize(
    "text",
    [
        "A gunman shot himself after killing two people at a bar in Tulsa on Friday, police said.",
        "A police officer wearing a bulletproof vest was shot dead by militants at a checkpoint in Quetta on Monday.",
    ],
)
def test_a_shooter_who_kills_himself_or_a_vest_is_no_suicide_bomb(text: str) -> None:
    assert main_event(text).sub_event_type != "Suicide bomb"


@pytest.mark.parametrize(("title", "text"), MOB)
def test_a_crowd_that_burns_homes_or_attacks_a_family_is_mob_violence(title: str, text: str) -> None:
    assert main_event(text, title).sub_event_type == "Mob violence"


def test_a_crowd_that_burns_homes_at_a_demonstration_is_a_violent_demonstration() -> None:
    text = (
        "KATHMANDU (AP) — Protesters set fire to the homes of two lawmakers in Kathmandu on Tuesday during "
        "demonstrations against a new tax, police said."
    )
    assert main_event(text).sub_event_type == "Violent demonstration"


def test_a_crowd_that_burns_a_police_post_is_still_a_violent_demonstration() -> None:
    text = (
        "Hundreds of youths set fire to a police post and threw stones at officers in Kisumu on Tuesday after a "
        "driver died in custody, police said."
    )
    assert main_event(text).sub_event_type == "Violent demonstration"


@pytest.mark.parametrize(("title", "text"), ABDUCTION)
def test_a_person_taken_away_by_unnamed_men_is_abducted(title: str, text: str) -> None:
    event = main_event(text, title)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Abduction/forced disappearance")
    assert not event.killed  # the background crackdown's toll is not the abduction's


@pytest.mark.parametrize(
    "text",
    [
        "Parents took their children from the school in Lagos on Monday after a fire alarm, officials said.",
        "Police took the suspect from his home in Accra on Monday and charged him with fraud, a spokesman said.",
    ],
)
def test_people_taken_from_a_place_by_kin_or_for_a_crime_are_no_abduction(text: str) -> None:
    assert main_event(text).sub_event_type != "Abduction/forced disappearance"


@pytest.mark.parametrize(("title", "text"), ARSON)
def test_property_set_on_fire_with_nobody_hurt_is_property_destruction(title: str, text: str) -> None:
    event = main_event(text, title)
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Looting/property destruction")
    assert not event.killed and not event.injured


def test_a_fire_set_by_a_short_circuit_is_no_destruction() -> None:
    text = "A short circuit set fire to a market in Kumasi on Sunday, destroying 40 stalls, the fire service said."
    assert main_event(text).sub_event_type != "Looting/property destruction"


OVERNIGHT = [
    (
        "ASUNCION, March 12 (Reuters) - Armed men set fire to four tractors and a silo overnight on a soy farm near "
        "Curuguaty in eastern Paraguay, police said on Wednesday. No one was hurt.",
        "2026-03-12",
        {"2026-03-10", "2026-03-11"},
    ),
    (
        "LIMA (AP) — Unknown attackers torched two buses of a mining company overnight outside the town of "
        "Challhuahuacho, the company said Tuesday. There were no injuries.",
        "2026-03-11",
        {"2026-03-09", "2026-03-10"},
    ),
    (
        "MAPUTO, July 2 (AFP) - Gunmen burned down a school and three houses in the village of Mbau overnight, the "
        "provincial police spokesman told reporters on Monday, adding that the villagers had fled.",
        "2026-07-02",
        {"2026-06-28", "2026-06-29"},
    ),
]


@pytest.mark.parametrize(("text", "published", "days"), OVERNIGHT)
def test_an_event_told_overnight_before_a_statement_is_dated_by_the_statement(
    text: str, published: str, days: set[str]
) -> None:
    event = main_event(text, published=published)
    assert event.date is not None and event.date.value in days


# The dead told first and the people taken to hospital after them are others: the hurt are not the hospital's count
# less the dead (as in "12 were taken to hospital, where four died").
HOSPITAL_AFTER_THE_DEAD = [
    (
        "ISLAMABAD (Reuters) - A bomber wearing an explosive vest blew himself up at a bus stop in Quetta on Monday, "
        "killing three soldiers and a vendor, police said.\n\nNine people were taken to hospital, a doctor said.",
        9,
    ),
    (
        "ABUJA, Nigeria (AP) — Four people died when a woman set off explosives strapped to her body at a mosque in "
        "Gwoza on Friday, a militia leader said. Local officials said 11 others had been taken to hospital in Bama.",
        11,
    ),
    (
        "CAIRO, Jan 3 (AFP) - Two policemen were killed on Sunday when an attacker detonated an explosives belt at a "
        "checkpoint in El Arish, security sources said.\n\nThe health ministry said six people were rushed to "
        "hospital, one of them in a critical condition.",
        6,
    ),
]


@pytest.mark.parametrize(("text", "injured"), HOSPITAL_AFTER_THE_DEAD)
def test_people_taken_to_hospital_after_the_dead_are_told_are_all_hurt(text: str, injured: int) -> None:
    event = main_event(text)
    assert event.sub_event_type == "Suicide bomb"
    assert event.injured == injured


# The one dead person taken to hospital after the death is told is that person, no one hurt besides.
THE_DEAD_TAKEN_TO_HOSPITAL = [
    "A teenager was fatally shot outside a store in Dayton on Saturday, police said. Officers drove the boy to the "
    "hospital themselves, where he was pronounced dead, a police spokesman said.",
    "A man was killed in a shooting at an apartment complex in Tulsa late Friday. Paramedics rushed the man to a "
    "hospital, where he died of his wounds, police said.",
]


@pytest.mark.parametrize("text", THE_DEAD_TAKEN_TO_HOSPITAL)
def test_the_dead_taken_to_hospital_are_not_hurt_besides(text: str) -> None:
    event = main_event(text)
    assert event.killed == 1
    assert not event.injured


# Force on protesters who burn tyres or block roads is the violent demonstration's (ACLED's codebook: excessive force
# is force on peaceful protesters; the dev set's ACLED gold codes every tyre-burning protest a riot).
FORCE_ON_RIOTING_PROTESTERS = [
    "CONAKRY (Reuters) - Guinean security forces opened fire on protesters who had blocked roads with burning tyres in "
    "the Hamdallaye district of Conakry on Thursday, killing two young men, a hospital source said.",
    "LILONGWE (AP) — Police shot dead three people in Mzuzu on Monday as demonstrators burned tires and barricaded the "
    "main road to demand the release of a jailed councillor, witnesses said.",
    "KINSHASA, Nov 3 (AFP) - Demonstrators set up barricades and burned tyres in Goma on Saturday, and soldiers fired "
    "live rounds to disperse them, killing four, the local civil society said.",
]


@pytest.mark.parametrize("text", FORCE_ON_RIOTING_PROTESTERS)
def test_force_on_protesters_who_burn_tyres_is_a_violent_demonstration(text: str) -> None:
    event = main_event(text)
    assert (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")
    assert event.killed


def test_force_on_a_peaceful_march_is_excessive_force() -> None:
    text = "NAIROBI (Reuters) - Police opened fire on a peaceful march by teachers in Nakuru on Tuesday, killing two."
    assert main_event(text).sub_event_type == "Excessive force against protesters"


# More reporters of the same kinds, one sentence each.
@pytest.mark.parametrize(
    "text",
    [
        "KABUL (AP) — An attacker detonated explosives hidden under his clothes at the entrance of a Shiite mosque in "
        "Kunduz on Friday, killing 12 worshippers, officials said.",
        "MAIDUGURI, Nigeria (Reuters) - A teenage girl detonated her explosives at a checkpoint outside Maiduguri on "
        "Sunday, killing two vigilantes, a militia leader said.",
        "MOGADISHU (AP) — A militant self-detonated at a police academy in Mogadishu on Tuesday, killing five "
        "recruits, police said.",
        "QUETTA, Pakistan (AFP) - A bomber riding a motorcycle rammed into a police truck and blew up his explosives "
        "in Quetta on Monday, killing four officers, police said. Gunmen then fired on rescuers.",
        "ABUJA (AP) — Two female bombers blew themselves up at a mosque in Konduga on Tuesday, killing 9 people, "
        "police said. Soldiers later raided a nearby forest and killed five militants in a gunfight.",
    ],
)
def test_more_reporters_of_a_bomber_who_died_in_the_blast(text: str) -> None:
    assert main_event(text).sub_event_type == "Suicide bomb"


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (
            "NAIROBI (Reuters) - Residents of a village in western Kenya beat to death a man they accused of stealing "
            "a cow and set fire to his house on Sunday, police said.",
            "Mob violence",
        ),
        (
            "CARACAS (Reuters) - Hooded men snatched an opposition lawyer from a street in Caracas on Monday and "
            "pushed her into an unmarked van, her colleagues said.",
            "Abduction/forced disappearance",
        ),
        (
            "KAMPALA (AP) — An opposition organiser was picked up by men in plain clothes outside his home in Kampala "
            "on Friday night and has not been seen since, his party said.",
            "Abduction/forced disappearance",
        ),
        (
            "DHAKA (Reuters) - Hundreds of villagers attacked Hindu homes in Rangpur on Friday, torching at least 20 "
            "houses after a Facebook post, police said.",
            "Mob violence",
        ),
        (
            "PORT MORESBY (AP) — Angry relatives of a man killed in a road accident burned the driver's house and beat "
            "two of his brothers in Lae on Sunday, police said.",
            "Mob violence",
        ),
        (
            "ISLAMABAD (AP) — A poet critical of the army was taken away by unidentified men from his home in "
            "Rawalpindi on Tuesday, his family said.",
            "Abduction/forced disappearance",
        ),
        (
            "LIMA (Reuters) - Unknown people set fire to the municipal building in Puno overnight, officials said on "
            "Monday. No one was injured.",
            "Looting/property destruction",
        ),
    ],
)
def test_more_reporters_of_mobs_abductions_and_arson(text: str, sub_type: str) -> None:
    assert main_event(text).sub_event_type == sub_type
