"""The type of a wire report's main event, in invented reports in the style of AP, Reuters and AFP copy, each kind
told by three or more reporters with other wording, syntax, country and order of facts:

- people seized, taken or detained by men the text leaves unnamed ("unidentified armed men", "men in plain
  clothes"), or whose whereabouts are kept, are abducted (ACLED's abduction/forced disappearance), not the ground
  of a village they were seized in, nor the forces' arrest; the forces the doer's noun names make an arrest;
- mortars or artillery fired in a fight of two sides ("exchanged fire with machine guns and mortars", "clashed ...,
  both sides firing mortars") make an armed clash, not shelling, unless they hit civilians;
- barricades the protesters came up against ("stopped at police barricades", "held back behind metal barricades")
  are no riot of theirs; barricades they built or burned are;
- a march or a protest people tried to hold and were stopped in ("students who tried to march on parliament") took
  place: a protest met with intervention, not a hypothetical one;
- property a fire damaged or gutted ("fires damaged four cottages", "a fire gutted the offices") with no one hurt is
  property destruction when the sentence or one of the two around it tells the fire was set ("found petrol cans",
  "treating the fire as arson"); people set alight are not property.
"""

from __future__ import annotations

import pytest

import eventwire
from eventwire.model import Event


def main_event(text: str, title: str | None = None) -> Event:
    return eventwire.extract(text, published="2026-05-05", title=title).events[0]


def sub_type(text: str, title: str | None = None) -> str | None:
    return main_event(text, title).sub_event_type


# ---------------------------------------------------------------- people taken: an abduction

ABDUCTIONS = [
    (
        "Gunmen seize village chief in central Mali",
        "BAMAKO, March 3 (Reuters) - A village chief and his two sons were seized from their home in Diallassagou in "
        "central Mali late on Sunday by unidentified armed men, relatives said on Tuesday.\n\nThe men arrived on "
        "motorbikes and drove the three away towards the forest, a cousin said. Their whereabouts remain unknown.\n\n"
        "The army did not respond to a request for comment. Armed groups linked to al Qaeda operate in the area.",
    ),
    (
        "Engineers working on Nigerian road project taken by gunmen",
        "LAGOS (AP) — Gunmen seized three engineers working on a road project near the town of Okene in Nigeria's "
        "Kogi state on Friday, police said Saturday.\n\nThe engineers, two Nigerians and a Lebanese national, were "
        "taken from a construction camp at gunpoint, police spokesman William Aya said. Nobody was injured.\n\n"
        "Kidnappings for ransom are common in the region.",
    ),
    (
        "Pakistani student leader picked up by men in plain clothes, family says",
        "QUETTA, Pakistan, June 8 (AFP) - A Baloch student leader was detained by men in plain clothes outside his "
        "hostel in Quetta on Monday night and taken to an unknown location, his family said on Tuesday.\n\nZahid "
        "Baloch, the chairman of a students' organisation, was pushed into a car without number plates, his brother "
        "said. The provincial government said it had no information about him.\n\nRights groups say hundreds of "
        "activists have disappeared in Balochistan in recent years.",
    ),
    (
        "Two teachers taken from school in Colombia's Cauca, officials say",
        "BOGOTA, Colombia (AP) — Armed men seized two teachers at a rural school in the village of El Mango in "
        "Colombia's Cauca province on Wednesday and took them away on foot, education officials said.\n\nThe "
        "teachers, a man and a woman, were captured in front of their pupils, the regional education secretary, "
        "Luisa Mera, said. No one was hurt.\n\nDissident rebel factions are active in the area.",
    ),
]


@pytest.mark.parametrize(("title", "text"), ABDUCTIONS)
def test_people_seized_or_detained_by_unnamed_men_are_abducted(title: str, text: str) -> None:
    assert sub_type(text, title) == "Abduction/forced disappearance"


def test_people_seized_by_the_forces_named_are_arrested() -> None:
    text = "Police seized two journalists at their office in Harare on Monday and charged them with incitement."
    assert sub_type(text) == "Arrests"


def test_a_town_seized_is_still_ground_taken() -> None:
    text = "Rebels seized the town of Kiwanja on Sunday after a day of fighting with the army, residents said."
    assert sub_type(text) == "Non-state actor overtakes territory"


def test_opposition_leaders_arrested_by_police_are_arrests() -> None:
    assert sub_type("Police arrested three opposition leaders in Kampala on Tuesday, their party said.") == "Arrests"


# ---------------------------------------------------------------- mortars in a fight: an armed clash

CLASHES = [
    (
        "Three killed as Armenian and Azerbaijani troops clash on border",
        "MOSCOW, Sept 12 (Reuters) - Armenian and Azerbaijani troops exchanged fire with machine guns and mortars on "
        "Tuesday near the village of Sotk on their disputed border, killing at least three soldiers, officials said."
        "\n\nArmenia's defence ministry said two of its soldiers had been killed and four wounded. Azerbaijan said "
        "one of its servicemen was killed.\n\nThe two sides blamed each other for starting the fighting.",
    ),
    (
        "Deadly clash between Indian and Pakistani soldiers in Kashmir",
        "SRINAGAR, India (AP) — Indian and Pakistani soldiers fought with rifles and mortar rounds across the Line of "
        "Control in Kashmir's Poonch district on Sunday, killing two Indian soldiers and a Pakistani soldier, "
        "officials on both sides said.\n\nAn Indian army spokesman said Pakistani troops had opened fire on an "
        "Indian post first.",
    ),
    (
        "Soldiers and rebels clash in eastern Congo",
        "GOMA, Congo, Jan 9 (AFP) - Congolese soldiers clashed with M23 rebels near the town of Sake on Monday, with "
        "both sides firing mortars and heavy machine guns, killing at least five fighters, a local official said."
        "\n\nThe fighting forced hundreds of families to flee towards Goma, the official said.",
    ),
    (
        "Four dead as border guards trade fire",
        "TASHKENT (AFP) - Border guards of the two countries exchanged fire with automatic weapons and mortars near "
        "the village of Dostuk on Monday, killing four people, officials said.",
    ),
]


@pytest.mark.parametrize(("title", "text"), CLASHES)
def test_mortars_fired_in_an_exchange_of_fire_are_an_armed_clash(title: str, text: str) -> None:
    assert sub_type(text, title) == "Armed clash"


def test_shells_fired_on_a_town_without_a_fight_are_shelling() -> None:
    text = "Rebels fired mortars at the town of Kidal on Monday, killing three civilians, the army said."
    assert sub_type(text) == "Shelling/artillery/missile attack"


def test_people_detained_with_no_doer_named_are_arrested() -> None:
    text = "Two prominent bloggers were detained on Sunday and taken to an undisclosed location, their union said."
    assert sub_type(text) == "Arrests"


def test_armored_fighting_vehicles_are_no_exchange_of_fire() -> None:
    text = "The rebels' column of armored fighting vehicles was struck by a long-range missile on Tuesday, they said."
    assert sub_type(text) == "Shelling/artillery/missile attack"


# ---------------------------------------------------------------- barricades met, not built


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of students marched peacefully to the ministry in Accra before they were stopped at police "
        "barricades.",
        "Hundreds of nurses marched through Lagos on Monday and were held back behind metal barricades near the "
        "governor's office.",
        "Teachers rallied in Quito on Friday and tried to climb over the barricades outside the assembly, witnesses "
        "said.",
    ],
)
def test_barricades_a_march_came_up_against_are_no_riot(text: str) -> None:
    assert main_event(text).event_type == "Protests"


def test_barricades_protesters_built_and_burned_are_a_riot() -> None:
    text = "Protesters erected burning barricades and threw stones at police in the centre of Port-au-Prince on Monday."
    assert sub_type(text) == "Violent demonstration"


# ---------------------------------------------------------------- a march people tried: it took place

TRIED_MARCHES = [
    (
        "Kenyan police fire tear gas at students marching on parliament",
        "NAIROBI, Kenya (AP) — Kenyan police fired tear gas on Thursday at hundreds of university students "
        "who tried to march on parliament in Nairobi to protest against a cut in student loans.\n\nThe "
        "students had walked peacefully from the university campus before they were stopped at police "
        "barricades on Harambee Avenue. Officers moved in when some of them pushed against the barricades, "
        "witnesses said.\n\nSix students were treated in hospital, a student leader said.",
    ),
    (
        "Peruvian police block farmers' march on Lima",
        "LIMA, Peru, Oct 2 (Reuters) - Hundreds of farmers who tried to march to Congress in Lima on Tuesday "
        "to demand debt relief were stopped by riot police at barricades on Abancay Avenue and pushed back "
        "with batons, organisers said.\n\nThe farmers had gathered at dawn in the Plaza San Martin. Police "
        'said four people were detained.\n\n"We only wanted to be heard," said union leader Julio Quispe.',
    ),
    (
        "Georgian police disperse opposition march with water cannon",
        "TBILISI, April 4 (AFP) - Georgian police used water cannon and pepper spray on Friday to disperse "
        "thousands of opposition supporters who tried to march on the parliament building in Tbilisi.\n\nThe "
        "marchers were held back by lines of police behind metal barricades on Rustaveli Avenue, and dozens "
        "were detained, the interior ministry said.\n\nThe opposition has held daily protests since the "
        "disputed election.",
    ),
]


@pytest.mark.parametrize(("title", "text"), TRIED_MARCHES)
def test_a_march_people_tried_to_hold_and_were_stopped_in_is_a_protest_with_intervention(title: str, text: str) -> None:
    assert sub_type(text, title) == "Protest with intervention"


def test_an_attack_gunmen_tried_is_still_not_told_as_happened() -> None:
    text = "Gunmen tried to attack a police station in Diffa on Monday, the army said."
    assert main_event(text).status != "reported" or sub_type(text) != "Attack"


# ---------------------------------------------------------------- property burnt: its destruction

ARSONS = [
    (
        "Fires damage holiday homes in Wales; nationalists suspected",
        "CARDIFF, Wales (AP) — Fires damaged four holiday cottages in the village of Llanbedr in north Wales "
        "overnight, police said Sunday. No one was hurt.\n\nDetectives said they had found fuel cans at two "
        "of the cottages and were treating the fires as arson. A slogan against second homes was painted on "
        "a wall nearby.\n\nA nationalist group waged a campaign of arson against holiday homes in the 1980s.",
    ),
    (
        "Arsonists torch mayor's office in southern Mexico",
        "MEXICO CITY, Feb 3 (Reuters) - Unknown attackers set fire to the town hall of San Juan Cacahuatepec "
        "in Mexico's Oaxaca state early on Monday, destroying the mayor's office and archives, state "
        "officials said. Nobody was injured.\n\nThe state prosecutor said the fire had been started with "
        "petrol and opened an investigation.\n\nThe town has been divided by a dispute over the last "
        "municipal election.",
    ),
    (
        "Fire guts office of opposition newspaper in Zambia",
        "LUSAKA, Zambia, May 14 (AFP) - A fire gutted the offices of an opposition newspaper in Lusaka "
        "overnight, destroying its printing press, the paper's editor said on Wednesday. No one was "
        "hurt.\n\nPolice said they were treating the fire as arson after finding traces of fuel at the "
        "building's back door.\n\nThe newspaper has been critical of the government.",
    ),
]


@pytest.mark.parametrize(("title", "text"), ARSONS)
def test_property_a_fire_set_on_purpose_damaged_is_property_destruction(title: str, text: str) -> None:
    assert sub_type(text, title) == "Looting/property destruction"


def test_a_house_fire_with_no_cause_told_is_no_event() -> None:
    text = "A fire damaged three houses in the centre of Tromso overnight. No one was hurt. Firefighters put it out."
    events = eventwire.extract(text, published="2026-05-05").events
    assert not events or events[0].sub_event_type != "Looting/property destruction"


def test_people_set_alight_near_a_word_of_petrol_are_not_property() -> None:
    text = "Two men were doused in petrol and set alight by a crowd in Soweto on Sunday for allegedly stealing a phone."
    assert sub_type(text) != "Looting/property destruction"
