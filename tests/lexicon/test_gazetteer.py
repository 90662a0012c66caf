from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.lexicon.gazetteer import (
    Gazetteer,
    data_fingerprint,
    distance_km,
    load_gazetteer,
    normalise_name,
    spelled_alike,
    spelling_key,
)
from eventwire.model import PlaceKind, ResolvedPlace


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()  # in memory: built from the sources


def _only(places: tuple[ResolvedPlace, ...], kind: PlaceKind) -> ResolvedPlace:
    matching = [p for p in places if p.kind == kind]
    assert len(matching) == 1, places
    return matching[0]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Côte d'Ivoire", "cote divoire"),
        ("U.S.", "us"),
        ("  Ivano-Frankivsk ", "ivano frankivsk"),
        ("ZAPORIZHZHIA", "zaporizhzhia"),
        ("St. John’s", "st johns"),
    ],
)
def test_normalised_name_ignores_case_accents_and_punctuation(text: str, key: str) -> None:
    assert normalise_name(text) == key


def test_distance_between_kyiv_and_moscow_is_about_755_km() -> None:
    assert distance_km(50.45, 30.52, 55.76, 37.62) == pytest.approx(755, abs=10)


def test_index_is_built_once(gazetteer: Gazetteer) -> None:
    assert load_gazetteer() is gazetteer


def test_city_has_coordinates_country_and_admin1(gazetteer: Gazetteer) -> None:
    kyiv = _only(gazetteer.lookup("Kyiv"), PlaceKind.CITY)
    assert (kyiv.country, kyiv.admin1) == ("UA", "Kyiv City")
    assert distance_km(kyiv.lat or 0, kyiv.lon or 0, 50.45, 30.52) < 5
    assert kyiv.population > 2_000_000 and kyiv.geonameid == 703448
    bucha = _only(gazetteer.lookup("Bucha"), PlaceKind.CITY)
    assert bucha.admin1 == "Kyiv Oblast"


def test_city_is_found_by_its_alternate_spellings(gazetteer: Gazetteer) -> None:
    assert any(p.name == "Kyiv" for p in gazetteer.lookup("Kiev"))
    assert any(p.name == "Mariupol" for p in gazetteer.lookup("MARIUPOL"))


@pytest.mark.parametrize("spelling", ["Shevchenkivskyi district", "Shevchenkovsky", "Shevchenko district"])
def test_kyiv_district_by_each_spelling(gazetteer: Gazetteer, spelling: str) -> None:
    district = _only(gazetteer.lookup(spelling), PlaceKind.DISTRICT)
    assert (district.city, district.country) == ("Kyiv", "UA")
    assert district.lat == pytest.approx(50.46, abs=0.02) and district.lon == pytest.approx(30.47, abs=0.02)


def test_countries_by_other_names_and_adjectives(gazetteer: Gazetteer) -> None:
    us = _only(gazetteer.lookup("U.S."), PlaceKind.COUNTRY)
    assert (us.country, us.lat, us.lon) == ("US", 39.76, -98.5)
    assert _only(gazetteer.lookup("Britain"), PlaceKind.COUNTRY).country == "GB"
    assert gazetteer.adjective("Turkish") == gazetteer.country("TR")
    europe = gazetteer.adjective("European")
    assert europe is not None and europe.kind == PlaceKind.CONTINENT and europe.name == "Europe"
    assert gazetteer.adjective("Mexicans") is None  # people, not a place


def test_us_state_and_county(gazetteer: Gazetteer) -> None:
    texas = _only(gazetteer.lookup("Texas"), PlaceKind.ADMIN1)
    assert (texas.country, texas.admin1) == ("US", "Texas") and texas.lat is not None
    paris = [p for p in gazetteer.lookup("Paris") if p.country == "US" and p.admin1 == "Texas"]
    assert len(paris) == 1
    counties = [p for p in gazetteer.lookup("Orange County") if p.kind == PlaceKind.ADMIN2]
    california = [p for p in counties if p.admin1 == "California"]
    assert len(california) == 1 and california[0].admin2 == "Orange County"
    assert california[0].lat == pytest.approx(33.8, abs=0.2)  # its namesake town, Orange


def test_admin1_names_of_non_us_countries(gazetteer: Gazetteer) -> None:
    assert _only(gazetteer.lookup("Alberta"), PlaceKind.ADMIN1).country == "CA"
    assert _only(gazetteer.lookup("Kharkiv region"), PlaceKind.ADMIN1).name == "Kharkiv Oblast"
    edmonton = [p for p in gazetteer.lookup("Edmonton") if p.country == "CA"]
    assert edmonton[0].admin1 == "Alberta"


@pytest.mark.parametrize(
    ("name", "country"),
    [("Middle East", None), ("Gaza Strip", "PS"), ("West Bank", "PS"), ("Crimea", "UA"), ("Donbas", "UA")],
)
def test_regions_news_names(gazetteer: Gazetteer, name: str, country: str | None) -> None:
    places = gazetteer.lookup(name)
    assert places and all(p.country == country and p.lat is not None for p in places)


def test_continent_and_its_other_names(gazetteer: Gazetteer) -> None:
    assert _only(gazetteer.lookup("EU"), PlaceKind.CONTINENT).name == "Europe"
    assert gazetteer.lookup("Qwxzzy") == ()


def test_admin1_names_by_geonames_code(gazetteer: Gazetteer) -> None:
    assert gazetteer.admin1_names[("US", "TX")] == "Texas"


def test_small_places_by_main_and_ascii_name(gazetteer: Gazetteer) -> None:
    (place,) = gazetteer.small_places("baragoi")
    assert (place.name, place.country, place.kind) == ("Baragoi", "KE", PlaceKind.CITY)
    assert 1000 <= place.population < 5000
    assert gazetteer.small_places("Nowhere Such Town") == ()
    assert gazetteer.lookup("Baragoi") == ()  # the first tier holds towns of 5,000 people or more only


def test_small_places_carry_admin1_names_where_the_table_has_them(gazetteer: Gazetteer) -> None:
    (marfa,) = gazetteer.small_places("Marfa")
    assert (marfa.country, marfa.admin1) == ("US", "Texas")


def test_the_cache_file_reads_back_the_same_places(tmp_path: Path, gazetteer: Gazetteer) -> None:
    cached = load_gazetteer(tmp_path)
    (path,) = tmp_path.glob("gazetteer-*.sqlite")
    assert path.name == f"gazetteer-{data_fingerprint()}.sqlite"
    assert load_gazetteer(tmp_path) is cached
    for name in ("Kyiv", "Kiev", "Texas", "Oakland County", "Shevchenkovsky district", "Ky.", "Nowhere"):
        assert cached.lookup(name) == gazetteer.lookup(name)
    assert cached.small_places("Baragoi") == gazetteer.small_places("Baragoi")
    assert cached.spelled_like("Shashamene") == gazetteer.spelled_like("Shashamene")
    assert cached.adjective("Turkish") == gazetteer.adjective("Turkish")
    assert cached.country("UA") == gazetteer.country("UA") and cached.admin1_names == gazetteer.admin1_names
    kyiv = cached.lookup("Kyiv")
    assert all(a is b for a, b in zip(kyiv, cached.lookup("Kiev"), strict=False) if a == b)  # one object per place


def test_an_unwritable_cache_folder_keeps_the_gazetteer_in_memory(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    in_memory = load_gazetteer(blocked / "cache")
    assert any(p.name == "Kyiv" for p in in_memory.lookup("Kyiv"))
    assert not (blocked / "cache").exists()


def test_every_country_has_its_first_level_divisions(gazetteer: Gazetteer) -> None:
    province = _only(gazetteer.lookup("Uruzgan Province"), PlaceKind.ADMIN1)
    assert (province.country, province.name) == ("AF", "Uruzgān")
    herat = next(p for p in gazetteer.lookup("Herat") if p.country == "AF" and p.kind == PlaceKind.CITY)
    assert herat.admin1 == "Herāt"  # a town of an uncurated country names its division


def test_a_province_named_after_its_capital_leaves_the_bare_name_to_the_town(gazetteer: Gazetteer) -> None:
    assert [p.kind for p in gazetteer.lookup("Kandahar") if p.country == "AF"] == [PlaceKind.CITY]
    assert _only(gazetteer.lookup("Kandahar Province"), PlaceKind.ADMIN1).country == "AF"


def test_towns_know_their_second_level_division(gazetteer: Gazetteer) -> None:
    pontiac = next(p for p in gazetteer.lookup("Pontiac") if p.admin1 == "Michigan")
    assert pontiac.admin2 == "Oakland County"


def test_a_county_lies_among_its_towns_not_at_its_state_centre(gazetteer: Gazetteer) -> None:
    county = _only(gazetteer.lookup("Oakland County"), PlaceKind.ADMIN2)
    pontiac = next(p for p in gazetteer.lookup("Pontiac") if p.admin1 == "Michigan")
    assert county.lat is not None and county.lon is not None and pontiac.lat is not None and pontiac.lon is not None
    assert distance_km(county.lat, county.lon, pontiac.lat, pontiac.lon) < 40


@pytest.mark.parametrize(("name", "country"), [("Bogotá", "CO"), ("Yaoundé", "CM"), ("Kyiv", "UA"), ("Asunción", "PY")])
def test_a_capital_written_with_accents_is_a_capital(gazetteer: Gazetteer, name: str, country: str) -> None:
    # GeoNames' country table writes "Bogota"; its city is "Bogotá".
    assert any(gazetteer.is_capital(p) for p in gazetteer.lookup(name) if p.country == country)


def test_the_spelling_key_keeps_the_consonants() -> None:
    assert spelling_key("shashamene") == spelling_key("shashemene") == "shshmn"
    assert spelling_key("janzour") == spelling_key("janzur")
    assert spelling_key("el wak") == spelling_key("elwak")
    assert spelling_key("") == ""


def test_names_spelled_alike_are_a_letter_or_two_apart() -> None:
    assert spelled_alike("janzour", "janzur")  # a letter added
    assert spelled_alike("pietermartizburg", "pietermaritzburg")  # two swapped
    assert spelled_alike("medjez el beb", "medjez el bab")  # one changed
    assert not spelled_alike("janzur", "janzur")  # the same name is no other spelling
    assert not spelled_alike("derna", "verna")  # another first letter
    assert not spelled_alike("tur", "tor")  # too short to tell
    assert not spelled_alike("shashamene", "shishimini")  # three letters apart


def test_a_town_is_found_by_another_spelling_of_its_main_name(gazetteer: Gazetteer) -> None:
    found = gazetteer.spelled_like("Shashamene")
    assert [p.country for p in found] == ["ET"]
    assert any(p.name == "Janzūr" for p in gazetteer.spelled_like("Janzour"))
    assert gazetteer.spelled_like("Kyiv") == ()  # a short name has too many namesakes a letter away


def test_short_alternate_names_are_not_indexed_unless_the_name_without_its_article(gazetteer: Gazetteer) -> None:
    """GeoNames lists "Tur" for Tours and "srt" for Sirte: a note's "Tur" (a Darfur village) is no French city."""
    assert all(p.country != "FR" for p in gazetteer.lookup("Tur"))
    assert any(p.country == "TN" for p in gazetteer.lookup("Kef"))  # El Kef without its article
    assert any(p.country == "FR" for p in gazetteer.lookup("Tours"))  # its own name stays
