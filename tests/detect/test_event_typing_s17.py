"""Event typing, session 17 kinds (invented fixtures, each kind told by three reporters in other words): football
crowds brawling with hand weapons are mob violence; a line or zone named for a ceasefire is no agreement."""

from __future__ import annotations

from typing import Any

from eventwire.detect.events import event_mentions


def kind_of(make_document: Any, text: str, word: str) -> str | None:
    """The trigger's sub-event type; None where it is no event or typed too vaguely to stand alone (an attack
    by nobody the text names, which resolve/events.py leaves untyped)."""
    for trigger in event_mentions(make_document(text)):
        if trigger.span.text_of(text) == word:
            return None if trigger.provenance.rule == "violence-unattributed" else trigger.kind.sub_event_type
    return None


# ---------------------------------------------------------------- fans and hooligans with hand weapons: mob violence


def test_hooligans_armed_with_knives_fighting_are_mob_violence(make_document: Any) -> None:
    text = (
        "A man was stabbed to death when dozens of football hooligans armed with knives and baseball bats fought "
        "in a forest outside Brno late on Saturday, police said."
    )
    assert kind_of(make_document, text, "fought") == "Mob violence"


def test_fans_clashing_with_iron_bars_outside_a_stadium_are_mob_violence(make_document: Any) -> None:
    text = (
        "Fans of the two clubs clashed with iron bars, bottles and stones outside the stadium in Rosario on "
        "Sunday, leaving one supporter dead and eleven injured."
    )
    assert kind_of(make_document, text, "clashed") == "Mob violence"


def test_ultras_brawl_with_machetes_in_a_car_park_is_mob_violence(make_document: Any) -> None:
    text = (
        "Police in Split detained 40 people after ultras of a local club, carrying machetes and clubs, attacked "
        "visiting supporters in a car park and fought them for half an hour."
    )
    assert kind_of(make_document, text, "fought") == "Mob violence"


def test_armed_men_fighting_stay_an_armed_clash(make_document: Any) -> None:
    text = "Gunmen armed with rifles fought soldiers for two hours near the village, the army said."
    assert kind_of(make_document, text, "fought") == "Armed clash"


# ---------------------------------------------------------------- a ceasefire line is a place, not an agreement


def test_a_ceasefire_line_is_no_agreement(make_document: Any) -> None:
    text = "The two leaders met near the ceasefire line on Monday but failed to agree on new crossing points."
    assert kind_of(make_document, text, "ceasefire") is None


def test_troops_along_a_truce_line_make_no_agreement(make_document: Any) -> None:
    text = "Peacekeepers patrol the 120-km truce line that has divided the island since 1964."
    assert kind_of(make_document, text, "truce") is None


def test_ceasefire_monitors_are_no_agreement(make_document: Any) -> None:
    text = "Ceasefire monitors from the regional bloc reported shelling near the armistice zone on Tuesday."
    assert kind_of(make_document, text, "Ceasefire") is None
    assert kind_of(make_document, text, "armistice") is None


def test_a_ceasefire_agreed_stays_an_agreement(make_document: Any) -> None:
    text = "The two sides agreed a ceasefire on Sunday after three days of talks in Doha."
    assert kind_of(make_document, text, "ceasefire") == "Agreement"


# ---------------------------------------------------------------- arrests made while a crowd is dispersed: intervention


def test_people_detained_as_police_clear_a_blocked_avenue_are_a_protest_intervention(make_document: Any) -> None:
    text = (
        "Police in Tbilisi used pepper spray and water cannon overnight to clear hundreds of people who had blocked "
        "the main avenue, detaining 60, the ministry said."
    )
    assert kind_of(make_document, text, "detaining") == "Protest with intervention"


def test_farmers_arrested_when_riot_police_disperse_them_are_a_protest_intervention(make_document: Any) -> None:
    text = (
        "Riot police wielding batons dispersed a crowd of several hundred farmers on a highway near Multan on "
        "Tuesday and arrested 35 of them."
    )
    assert kind_of(make_document, text, "arrested") == "Protest with intervention"


def test_detentions_told_first_then_the_clearing_are_a_protest_intervention(make_document: Any) -> None:
    text = (
        "More than 120 people were detained in Dakar on Sunday as officers fired tear gas to clear thousands of "
        "supporters of the jailed opposition leader from Independence Square."
    )
    assert kind_of(make_document, text, "detained") == "Protest with intervention"


def test_a_mass_arrest_with_no_crowd_dispersed_stays_arrests(make_document: Any) -> None:
    text = "Police in Kampala detained 45 opposition activists at their party's offices on Monday, the party said."
    assert kind_of(make_document, text, "detained") == "Arrests"


# ---------------------------------------------------------------- armed raiders attacking a village: an attack


def test_armed_youths_attacking_a_village_are_an_attack(make_document: Any) -> None:
    text = (
        "Armed youths from a rival county attacked Mogok, a village in the country's north, on Sunday, shooting "
        "dead seven people and burning dozens of homes, an official said."
    )
    assert kind_of(make_document, text, "attacked") == "Attack"


def test_cattle_raiders_storming_a_village_are_an_attack(make_document: Any) -> None:
    text = (
        "Cattle raiders stormed the village of Lopur before dawn on Friday, killing five people and making off "
        "with hundreds of goats, the county police commander said."
    )
    assert kind_of(make_document, text, "stormed") == "Attack"


def test_armed_herders_raiding_hamlets_are_an_attack(make_document: Any) -> None:
    text = (
        "Heavily armed herders raided three hamlets near Bokkos late on Tuesday, killing 11 people as they slept, "
        "a local leader said."
    )
    assert kind_of(make_document, text, "raided") == "Attack"


# ---------------------------------------------------------------- traders or workers wrecking property: a riot


def test_street_vendors_setting_a_council_lorry_on_fire_are_a_violent_demonstration(make_document: Any) -> None:
    text = (
        "Street vendors set a council lorry on fire in Kisumu on Friday over a ban on hawking, and police fired "
        "tear gas to disperse them."
    )
    assert kind_of(make_document, text, "set") == "Violent demonstration"


def test_taxi_drivers_burning_a_police_car_are_a_violent_demonstration(make_document: Any) -> None:
    text = (
        "Motorcycle taxi drivers burned a police car outside the transport office in Lome after a colleague was "
        "killed at a checkpoint, witnesses said."
    )
    assert kind_of(make_document, text, "burned") == "Violent demonstration"


def test_miners_torching_company_offices_are_a_violent_demonstration(make_document: Any) -> None:
    text = "Miners torched the company's offices in Potosi on Monday after the firm cut their wages, police said."
    assert kind_of(make_document, text, "torched") == "Violent demonstration"
