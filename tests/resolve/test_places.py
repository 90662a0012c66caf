from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from eventwire.model import EntityMention, PlaceKind, PlaceMention, Provenance, Span
from eventwire.pipeline import PLACES
from eventwire.resolve.places import source_country

RunStages = Callable[..., Any]


def _resolve(run_stages: RunStages, text: str, *entities: tuple[str, str]) -> dict[str, PlaceMention]:
    """Run both place stages over ``text`` with the given (surface, label) entities, first occurrences."""
    layer = tuple(
        EntityMention(Span(text.index(s), text.index(s) + len(s)), s, label, Provenance("entities", "test"))
        for s, label in entities
    )
    mentions = run_stages(text, "places", layers={"entities": layer}).get(PLACES)
    assert all(m.provenance.stage == "places" and text[m.span.start : m.span.end] == m.text for m in mentions)
    return {m.text: m for m in mentions}


def _place(mentions: dict[str, PlaceMention], text: str) -> Any:
    place = mentions[text].place
    assert place is not None
    return place


def test_kyiv_story_places(run_stages: RunStages) -> None:
    text = (
        "Russian missiles hit Kyiv on Thursday. Officials reported two hits in the Shevchenkovsky district. "
        "Earlier, Guterres visited Bucha and spoke of Mariupol."
    )
    found = _resolve(run_stages, text, ("Russian", "NORP"), ("Kyiv", "GPE"), ("Bucha", "ORG"), ("Mariupol", "ORG"))
    assert _place(found, "Russian").country == "RU" and _place(found, "Russian").kind == PlaceKind.COUNTRY
    kyiv = _place(found, "Kyiv")
    assert (kyiv.name, kyiv.country) == ("Kyiv", "UA") and kyiv.lat == pytest.approx(50.45, abs=0.05)
    district = _place(found, "Shevchenkovsky district")
    assert (district.kind, district.city) == (PlaceKind.DISTRICT, "Kyiv")
    assert (district.lat, district.lon) == pytest.approx((50.46, 30.47), abs=0.02)
    assert _place(found, "Bucha").lon == pytest.approx(30.21, abs=0.05)  # an ORG tag, but a town in the story's country
    assert _place(found, "Mariupol").lat == pytest.approx(47.10, abs=0.05)


def test_country_wins_over_same_named_city(run_stages: RunStages) -> None:
    found = _resolve(run_stages, "Migrants crossed from Mexico overnight.", ("Mexico", "GPE"))
    assert _place(found, "Mexico").kind == PlaceKind.COUNTRY


def test_qualifier_picks_the_small_homonym(run_stages: RunStages) -> None:
    found = _resolve(run_stages, "A tornado struck Paris, Texas on Monday.", ("Paris, Texas", "GPE"))
    paris = _place(found, "Paris")
    assert (paris.country, paris.admin1) == ("US", "Texas")
    assert _place(found, "Texas").kind == PlaceKind.ADMIN1


def test_paris_alone_is_the_capital(run_stages: RunStages) -> None:
    found = _resolve(run_stages, "Talks were held in Paris on Monday.", ("Paris", "GPE"))
    assert _place(found, "Paris").country == "FR"


def test_other_places_in_the_article_decide(run_stages: RunStages) -> None:
    text = "Floods closed roads across Queensland. In Edmonton, near Cairns, the creek burst its banks."
    found = _resolve(run_stages, text, ("Queensland", "GPE"), ("Edmonton", "GPE"), ("Cairns", "GPE"))
    assert _place(found, "Edmonton").country == "AU"
    canada = _resolve(
        run_stages, "Snow fell across Alberta. Edmonton closed its schools.", ("Alberta", "GPE"), ("Edmonton", "GPE")
    )
    assert _place(canada, "Edmonton").country == "CA"


def test_us_state_over_country_in_a_us_story(run_stages: RunStages) -> None:
    text = "Storms hit Atlanta and the rest of Georgia, the U.S. weather service said."
    found = _resolve(run_stages, text, ("Atlanta", "GPE"), ("Georgia", "GPE"), ("U.S.", "GPE"))
    assert _place(found, "Georgia").kind == PlaceKind.ADMIN1
    abroad = _resolve(run_stages, "Georgia and Armenia signed a deal.", ("Georgia", "GPE"), ("Armenia", "GPE"))
    assert _place(abroad, "Georgia").kind == PlaceKind.COUNTRY


def test_leading_place_of_an_organisation_name(run_stages: RunStages) -> None:
    text = "The U.S. Navy and the European Commission issued statements."
    found = _resolve(run_stages, text, ("U.S. Navy", "ORG"), ("the European Commission", "ORG"))
    assert _place(found, "U.S.").country == "US"
    assert _place(found, "European").name == "Europe"


def test_people_and_unknown_names_are_not_places(run_stages: RunStages) -> None:
    text = "Vladimir Putin met Blorptown officials and Mexicans in Qwxzzy."
    found = _resolve(
        run_stages,
        text,
        ("Vladimir Putin", "PERSON"),
        ("Blorptown", "ORG"),
        ("Mexicans", "NORP"),
        ("Qwxzzy", "GPE"),
    )
    assert found == {}


@pytest.mark.parametrize(
    ("address", "country"),
    [
        ("https://www.cbc.ca/news/1.2", "CA"),
        ("bbc.co.uk", "GB"),
        ("https://apnews.com/x", None),
        ("site.io", None),
        ("http://[x]/y", None),
    ],
)
def test_source_country_from_the_web_address(address: str, country: str | None) -> None:
    assert source_country(address) == country


def test_publisher_country_breaks_near_ties(run_stages: RunStages) -> None:
    text = "Crews battled a fire in Hamilton overnight."
    layer = (EntityMention(Span(24, 32), "Hamilton", "GPE", Provenance("entities", "test")),)
    canadian = run_stages(text, "places", layers={"entities": layer}).get(PLACES)
    assert [m.place.country for m in canadian if m.place] == ["CA"]
    address = "https://www.nzherald.co.nz/nz/fire"
    from_nz = run_stages(text, "places", layers={"entities": layer}, url=address).get(PLACES)
    assert [m.place.country for m in from_nz if m.place] == ["NZ"]


def test_small_town_unknown_to_the_first_tier_is_found_in_the_second(run_stages: RunStages) -> None:
    found = _resolve(run_stages, "Clashes were reported in Baragoi overnight.", ("Baragoi", "GPE"))
    baragoi = _place(found, "Baragoi")
    assert (baragoi.country, baragoi.kind) == ("KE", PlaceKind.CITY)
    assert (baragoi.lat, baragoi.lon) == pytest.approx((1.78, 36.79), abs=0.05)
    assert found["Baragoi"].provenance.rule.endswith(":small")


def test_small_town_must_agree_with_the_countries_of_the_article(run_stages: RunStages) -> None:
    in_kenya = _resolve(run_stages, "Kenya police said Bahati was calm.", ("Kenya", "GPE"), ("Bahati", "GPE"))
    assert _place(in_kenya, "Bahati").country == "KE"
    in_ghana = _resolve(run_stages, "Ghana police said Bahati was calm.", ("Ghana", "GPE"), ("Bahati", "GPE"))
    assert "Bahati" not in in_ghana and _place(in_ghana, "Ghana").country == "GH"


def test_town_tagged_as_a_person_counts_after_a_locative_word(run_stages: RunStages) -> None:
    text = "Gunmen attacked a bus near Kitui on Monday."
    found = _resolve(run_stages, text, ("Kitui", "PERSON"))
    assert _place(found, "Kitui").country == "KE"
    not_a_place = _resolve(run_stages, "Kitui said on Monday that the bus was late.", ("Kitui", "PERSON"))
    assert "Kitui" not in not_a_place


def test_name_with_a_division_word_resolves_to_its_town(run_stages: RunStages) -> None:
    found = _resolve(run_stages, "Kenya sent troops to Nanyuki district.", ("Kenya", "GPE"), ("Nanyuki", "GPE"))
    nanyuki = _place(found, "Nanyuki district")
    assert (nanyuki.name, nanyuki.country) == ("Nanyuki", "KE")


def test_language_and_compass_words_after_in_are_not_towns(run_stages: RunStages) -> None:
    text = "The decree was printed in English and praised in the West."
    found = _resolve(run_stages, text, ("English", "LANGUAGE"), ("West", "LOC"))
    assert "English" not in found
    found = _resolve(run_stages, "Prices rose in Central, the report said.", ("Central", "ORG"))
    assert "Central" not in found


def test_a_town_qualified_by_a_state_is_never_a_namesake_abroad(run_stages: RunStages) -> None:
    """ "Berlin, Vermont" is a town the gazetteer does not know: unresolved, and the state says where it is."""
    text = "A fire destroyed a barn in Berlin, Vermont, on Monday."
    found = _resolve(run_stages, text, ("Berlin", "GPE"), ("Vermont", "GPE"))
    assert found["Berlin"].place is None or found["Berlin"].place.admin1 == "Vermont"
    assert _place(found, "Vermont").kind == PlaceKind.ADMIN1


def test_a_list_of_places_is_not_a_town_and_its_state(run_stages: RunStages) -> None:
    text = "Air strikes hit Aleppo, Idlib and Hama on Sunday."
    found = _resolve(run_stages, text, ("Aleppo", "GPE"), ("Idlib", "GPE"), ("Hama", "GPE"))
    assert _place(found, "Aleppo").country == "SY" and _place(found, "Aleppo").kind == PlaceKind.CITY


def test_a_district_has_its_own_point_and_its_province(run_stages: RunStages) -> None:
    found = _resolve(run_stages, "Gunmen attacked a convoy in Helmand and in North Waziristan.",
                     ("Helmand", "GPE"), ("North Waziristan", "GPE"))  # fmt: skip
    district = _place(found, "North Waziristan")
    assert (district.kind, district.country, district.admin1) == (PlaceKind.ADMIN2, "PK", "Khyber Pakhtunkhwa")
    assert (district.lat, district.lon) == pytest.approx((32.95, 69.91), abs=0.3)


def test_a_town_with_its_state_after_it_is_that_states_small_town_not_a_city_abroad(run_stages: RunStages) -> None:
    """A dateline, a suspect's hometown, a crash report: the state after the comma says which town it is, even
    when the name's well-known city lies in another country (Edmonton, Alberta; Toronto, Ontario; Madrid)."""
    cases = [
        ("EDMONTON, Ky. (WKRN) -- A man died after a shooting at a farm.", "EDMONTON", "Ky.", "Kentucky"),
        ("A Toronto, Ohio, man was charged with arson on Friday.", "Toronto", "Ohio", "Ohio"),
        ("Two people were hurt in a crash near Madrid, Iowa, deputies said.", "Madrid", "Iowa", "Iowa"),
    ]
    for text, town, state, admin1 in cases:
        found = _resolve(run_stages, text, (town, "GPE"), (state, "GPE"))
        place = _place(found, town)
        assert (place.country, place.admin1, place.kind) == ("US", admin1, PlaceKind.CITY), text
