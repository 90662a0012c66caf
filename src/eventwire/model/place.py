"""Places in the world, as the gazetteer knows them."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class PlaceKind(enum.StrEnum):
    CONTINENT = "continent"
    COUNTRY = "country"
    ADMIN1 = "admin1"
    ADMIN2 = "admin2"
    CITY = "city"
    DISTRICT = "district"  # a part of a city
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class ResolvedPlace:
    """A gazetteer entry. ``country`` is ISO 3166-1 alpha-2; ``admin1`` is the first-level division name."""

    name: str
    kind: PlaceKind
    lat: float | None
    lon: float | None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    city: str | None = None  # the city a district belongs to
    geonameid: int | None = None
    population: int = 0
    at_area: bool = False  # a town the gazetteer lacks, at the point of the area the text names it in

    @property
    def geo_precision(self) -> int:
        """ACLED's geo-precision: 1 the town itself, 2 part of a region (also a town at the point of its area or
        near town, which it is near or part of), 3 only a larger region (also a place named by the text that the
        gazetteer lacks and no area places: it has no point of its own)."""
        if self.lat is None or self.lon is None:
            return 3
        if self.at_area:
            return 2
        if self.kind in (PlaceKind.CITY, PlaceKind.DISTRICT):
            return 1
        if self.kind in (PlaceKind.ADMIN2, PlaceKind.OTHER):
            return 2
        return 3
