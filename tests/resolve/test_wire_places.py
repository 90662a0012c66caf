"""The main event's place in wire copy: the place the text ties to the event, most precise first, never the
dateline's capital for it (invented reports in the style of AP and Reuters copy).

- a town named with its kind and its area ("the town of X in the southern state of Y", "the town centre of X in
  the province of Y") is the place, even where the gazetteer's first tier knows only the municipality of that
  name or the parse took the town's name for a person's;
- a suburb or township named as a part of a big city ("the Madrid suburb of Leganes", "X, a sprawling township
  on the outskirts of Johannesburg") is the place, as a district of that city, not the city;
- a town named as a victim's home ("a Frederick man", "..., 31, of Frederick") is no place of the event when
  the sentence names another town;
- a town the gazetteer lacks keeps the country of the region its sentence names after it;
- the dateline is the last resort: a town inside an area the lead names that does not hold the dateline's town,
  a locality named with its kind ("the commune of X", "the ... community of X", "the village of X, near the town
  of Y": at that area's or town's point, with precision 2), a town named with its kind and not a place named
  inside its name, and the lead's place rather than the headline's, win over it.
"""

from __future__ import annotations

import eventwire
from eventwire.lexicon.gazetteer import load_gazetteer
from eventwire.model import Event, PlaceKind, Provenance, Span, ToponymCandidate
from eventwire.resolve.places import _hyphen_joined, _trimmed


def main_event(text: str, published: str = "2026-03-10") -> Event:
    return eventwire.extract(text, published=published).events[0]


def test_a_town_named_with_its_kind_is_the_town_not_its_municipality_nor_the_dateline() -> None:
    event = main_event(
        "MEXICO CITY (AP) — Gunmen kidnapped four teachers on a road outside the town of Tlacoachistlahuaca in the "
        "southern state of Guerrero on Monday, state officials said Tuesday.\n\n"
        "Two cartels have fought over the region for years, and a mayor was killed near the town of Ometepec in 2024."
    )
    assert event.place is not None
    assert (event.place.name, event.place.kind, event.place.country, event.place.admin1) == (
        "Tlacoachistlahuaca",
        PlaceKind.CITY,
        "MX",
        "Guerrero",
    )
    assert event.place.lat is not None


def test_a_town_centre_named_with_its_province_is_the_place_under_a_capital_dateline() -> None:
    event = main_event(
        "MANILA (AP) — Philippine troops recaptured the town centre of Datu Piang in the southern province of "
        "Maguindanao del Sur from militants on Sunday after a battle that killed seven soldiers, the army said.\n\n"
        '"The town is cleared," an army spokesman said by phone.'
    )
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Datu Piang", "PH")


def test_a_suburb_named_before_the_city_is_the_place_as_a_district_of_it() -> None:
    event = main_event(
        "MADRID (Reuters) - Dozens of youths threw stones at police and set fire to bins in the Madrid suburb of "
        "Leganes late on Saturday, hours after a teenager was hurt in a police chase, police said on Sunday."
    )
    assert event.place is not None
    assert (event.place.name, event.place.kind, event.place.city, event.place.country) == (
        "Leganés",
        PlaceKind.DISTRICT,
        "Madrid",
        "ES",
    )


def test_a_township_named_after_the_town_is_the_place_when_the_gazetteer_has_it() -> None:
    event = main_event(
        "CAPE TOWN (AFP) - A mob beat two suspected thieves to death in Diepsloot, a sprawling township on the "
        "northern outskirts of Johannesburg, early on Friday, police said."
    )
    assert event.place is not None
    assert (event.place.name, event.place.kind, event.place.city) == ("Diepsloot", PlaceKind.DISTRICT, "Johannesburg")


def test_a_township_the_gazetteer_lacks_is_the_place_at_its_city_point() -> None:
    event = main_event(
        "DURBAN (AFP) - A mob beat and burned two men accused of theft in Mhlotshana, a sprawling township on the "
        "outskirts of Pretoria, in the early hours of Monday, police said on Tuesday."
    )
    (pretoria,) = (m.place for m in eventwire.extract("They met in Pretoria.").places)
    assert event.place is not None and pretoria is not None
    assert (event.place.name, event.place.kind, event.place.city, event.place.country) == (
        "Mhlotshana",
        PlaceKind.DISTRICT,
        "Pretoria",
        "ZA",
    )
    assert (event.place.lat, event.place.lon) == (pretoria.lat, pretoria.lon)


def test_a_victims_home_town_is_not_the_place_of_the_shooting() -> None:
    event = main_event(
        "HAGERSTOWN — A Frederick man was killed and two other people were wounded when shots were fired at a "
        "softball game in Brunswick on Saturday night, police said.\n\n"
        "Darnell Hughes, 27, of Frederick, died at the scene."
    )
    assert event.place is not None
    assert (event.place.name, event.place.admin1) == ("Brunswick", "Maryland")


def test_an_unlisted_town_keeps_the_country_of_the_region_its_sentence_names() -> None:
    """Other countries the report names (a border) leave the text's countries several; the region named after the
    town in its sentence says which."""
    event = main_event(
        "DUSHANBE, March 10 (Reuters) - Clashes between security forces and armed men in the town of Zarbuton, the "
        "centre of a mountain district in the southern Khatlon region, killed six people on Monday, the ministry "
        "said.\n\nThe region borders Afghanistan, and Uzbekistan closed a crossing on Tuesday."
    )
    assert event.place is not None
    assert (event.place.name, event.place.country, event.place.admin1, event.place.lat) == (
        "Zarbuton",
        "TJ",
        "Khatlon",
        None,
    )


def _candidate(start: int, text: str, cue: str) -> ToponymCandidate:
    return ToponymCandidate(Span(start, start + len(text)), text, cue, "", Provenance("test", "1", "test"))


def test_a_name_split_at_its_hyphen_is_one_candidate_when_the_gazetteer_knows_it_whole() -> None:
    text = "in the Gorno-Badakhshan region and the Israel-Hamas war"
    gazetteer = load_gazetteer()
    parts = [
        _candidate(7, "Gorno", "toponym"),
        _candidate(13, "Badakhshan region", "name"),
        _candidate(39, "Israel", "toponym"),
        _candidate(46, "Hamas", "name"),
    ]
    joined = _hyphen_joined(parts, text, gazetteer)
    assert [(c.text, c.cue) for c in joined] == [
        ("Gorno-Badakhshan region", "toponym"),
        ("Israel", "toponym"),
        ("Hamas", "name"),
    ]


def test_a_town_named_with_its_area_is_no_namesake_abroad() -> None:
    """ "the village of Boston in Nigeria's Plateau state" is no Boston of America or England: a town the gazetteer
    lacks, at the point of its state."""
    event = main_event(
        "ABUJA (Reuters) - Gunmen killed 12 villagers in an overnight raid on the village of Boston in Nigeria's "
        "central Plateau state, police said on Monday."
    )
    assert event.place is not None
    assert (event.place.name, event.place.country, event.place.admin1) == ("Boston", "NG", "Plateau State")
    assert event.place.lat is not None


def test_a_town_whose_namesakes_all_lie_abroad_is_a_town_of_its_area() -> None:
    """The gazetteer's only Soum lies in Senegal: "the town of Soum in the country's central Mopti region" is a town
    it lacks, at the point of that region, not the region itself."""
    event = main_event(
        "BAMAKO (Reuters) - Jihadist fighters captured the town of Soum in the country's central Mopti region on "
        "Sunday after a day of fighting with soldiers, a local official said on Monday."
    )
    assert event.place is not None
    assert (event.place.name, event.place.kind, event.place.country, event.place.admin1) == (
        "Soum",
        PlaceKind.CITY,
        "ML",
        "Mopti",
    )


def test_a_town_named_in_apposition_with_its_district_is_the_place_not_the_district() -> None:
    event = main_event(
        "NIAMEY (AFP) - Four Nigerien soldiers were killed on Tuesday when their truck hit a mine near Tiloa, a town "
        "in the Ayorou district of western Niger's Tillaberi region, the army said."
    )
    assert event.place is not None
    assert (event.place.name, event.place.kind, event.place.country) == ("Tiloa", PlaceKind.CITY, "NE")


def test_a_suburb_the_gazetteer_lacks_named_before_its_city_is_a_district_of_it() -> None:
    event = main_event(
        "MOMBASA, Kenya (AP) — Police fired tear gas at hundreds of protesters who set up burning barricades in the "
        "Nairobi suburb of Kawangware on Monday, witnesses said."
    )
    assert event.place is not None
    assert (event.place.name, event.place.kind, event.place.city) == ("Kawangware", PlaceKind.DISTRICT, "Nairobi")


def test_a_preposition_the_parse_took_into_a_name_is_dropped() -> None:
    (trimmed,) = _trimmed([_candidate(16, "Macomia in", "name")])
    assert (trimmed.text, trimmed.span) == ("Macomia", Span(16, 23))


# ---------------------------------------------------------------- round 2: the dateline is the last resort


def test_a_town_inside_the_area_the_lead_names_abroad_is_the_place_not_the_dateline_capital() -> None:
    # The lead names only the region (of another country than the dateline's); the town comes a sentence later.
    event = main_event(
        "DAKAR (Reuters) - The death toll from a suicide bombing at a mosque in Mali's central Mopti region rose to "
        "11 on Sunday, a day after the attack on worshippers, a local official said.\n\n"
        "The bomber blew himself up at the gate of the main mosque in Djenné as people were leaving after prayers "
        "on Saturday, the official said. He said 20 people had been wounded."
    )
    assert event.place is not None
    assert (event.place.name, event.place.country, event.place.admin1) == ("Djenné", "ML", "Mopti")


def test_a_commune_the_gazetteer_lacks_is_the_place_not_the_hospital_town_nor_the_dateline() -> None:
    event = main_event(
        "KIGALI, May 3 (Reuters) - Burundian soldiers fought rebels for several hours on Tuesday in the commune of "
        "Rugazoke in southern Bururi province, killing four rebels, the army said on Wednesday.\n\n"
        "Three soldiers were wounded and were being treated at the military hospital in Bujumbura, he said."
    )
    assert event.place is not None
    assert (event.place.name, event.place.kind, event.place.country, event.place.admin1) == (
        "Rugazoke",
        PlaceKind.CITY,
        "BI",
        "Bururi",
    )
    assert event.place.lat is not None
    assert event.place.geo_precision == 2  # at its province's point: near or part of a region, not the town


def test_a_community_named_in_the_lead_is_the_place_not_the_headline_region_nor_the_dateline() -> None:
    event = main_event(
        "Gunmen kill 2 Ashaninka in attack on Amazon village, Peru says\n\n"
        "QUITO (Reuters) - Gunmen opened fire on the Ashaninka community of Tsomaveniki, on the Ene river in the "
        "central region of Junin, late on Monday, killing two men, Peru's culture ministry said on Tuesday.\n\n"
        "One other villager was wounded and flown to a hospital in Lima, the ministry said."
    )
    assert event.place is not None
    assert (event.place.name, event.place.country, event.place.admin1) == ("Tsomaveniki", "PE", "Junín")


def test_a_town_named_with_its_kind_is_no_place_named_inside_its_name() -> None:
    # "Narino" is a Colombian department and "Villa Nueva" a town of Guatemala: the town is neither.
    event = main_event(
        "LIMA, Peru (AP) — Gunmen kidnapped three engineers late Tuesday near the town of Villa Nueva de Nariño in "
        "Ecuador's Carchi province, on the border with Colombia, officials said Wednesday."
    )
    assert event.place is not None
    assert (event.place.name, event.place.country, event.place.admin1) == ("Villa Nueva de Nariño", "EC", "Carchi")


def test_a_village_near_a_named_town_is_the_place_at_that_town_not_the_dateline() -> None:
    event = main_event(
        "ABUJA (Reuters) - Armed men set fire to about 40 houses in the village of Kwanar Dangora, near the "
        "northwestern town of Gusau, on Sunday night, police said on Monday.\n\n"
        "There were no immediate reports of casualties."
    )
    (gusau,) = (m.place for m in eventwire.extract("They met in Gusau.").places)
    assert event.place is not None and gusau is not None
    assert (event.place.name, event.place.country, event.place.admin1) == ("Kwanar Dangora", "NG", gusau.admin1)
    assert (event.place.lat, event.place.lon, event.place.geo_precision) == (gusau.lat, gusau.lon, 2)


def test_a_lower_case_word_taken_for_a_name_is_no_town() -> None:
    result = eventwire.extract(
        "ACCRA (Reuters) - Armed men burned homes in the village of Kpatia on Sunday night, forcing hundreds of "
        "residents to flee into the bush, police said."
    )
    assert all(m.text != "bush" for m in result.places if m.place is not None)
