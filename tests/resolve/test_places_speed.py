"""The places stage is linear in the number of place names: counting the places near each town compared every
pair (10,000 names took 23 s); a grid of cells makes it look only at the cells around each town."""

from __future__ import annotations

import math
import random
import time
from typing import Any

from eventwire.lexicon.gazetteer import distance_km
from eventwire.model import Article, Provenance, Span, ToponymCandidate
from eventwire.pipeline import PLACE_MENTIONS, PLACES, Document, Resources, registered
from eventwire.resolve.places import _Points
from tests.timing import assert_grows_at_most

# Names of many places (each weighed against the article's other places), near each other in Ohio and Indiana.
TOWNS = ("Springfield", "Dayton", "Columbus", "Franklin", "Lancaster", "Marion", "Richmond", "Salem")


def _document(nlp: Any, resources: Resources, sentences: int) -> Document:
    parts, candidates, offset = [], [], 0
    for n in range(sentences):
        town = TOWNS[n % len(TOWNS)]
        sentence = f"Shelling hit {town} again. "
        start = offset + sentence.index(town)
        candidates.append(
            ToponymCandidate(Span(start, start + len(town)), town, "toponym", "GPE", Provenance("t", "1"))
        )
        parts.append(sentence)
        offset += len(sentence)
    text = "".join(parts)
    layers: dict[str, tuple[Any, ...]] = {PLACE_MENTIONS.name: tuple(candidates)}
    return Document(Article(id="speed", text=text), nlp.make_doc(text), layers, resources=resources)


def _run(document: Document) -> tuple[Any, ...]:
    stage = registered(PLACES.name)
    return tuple(stage.run(document.for_stage(stage.name, stage.requires)))


def test_places_stage_is_linear_in_place_names(nlp: Any, resources: Resources) -> None:
    small, large = _document(nlp, resources, 2_000), _document(nlp, resources, 4_000)
    found = _run(small)
    assert len(found) == 2_000 and all(m.place is not None and m.place.country == "US" for m in found)

    def measure() -> tuple[float, float]:
        times = []
        for document in (small, large):
            start = time.perf_counter()
            _run(document)
            times.append(time.perf_counter() - start)
        return times[0], times[1]

    assert_grows_at_most(measure, factor=2.5, slack=0.05)


def _brute_force(points: list[tuple[str, float, float]], key: str, lat: float, lon: float, km: float) -> int:
    return sum(1 for name, a, b in points if name != key and distance_km(lat, lon, a, b) < km)


def test_grid_counts_what_every_pair_would() -> None:
    """Near the poles and across the date line too: every point within the distance is found."""
    rng = random.Random(7)
    for _ in range(200):
        centre_lat, centre_lon = rng.uniform(-89.9, 89.9), rng.uniform(-180.0, 180.0)
        points = []
        for n in range(60):
            lat = max(-90.0, min(90.0, centre_lat + rng.gauss(0, 2.0)))
            lon = (centre_lon + rng.gauss(0, 2.0 / max(0.05, math.cos(math.radians(lat)))) + 180.0) % 360.0 - 180.0
            points.append((f"p{n % 13}", lat, lon))
        grid = _Points(points)
        for key, lat, lon in points[:10]:
            for km in (20.0, 150.0):
                expected = _brute_force(points, key, lat, lon, km)
                assert grid.count_near(key, lat, lon, km, enough=10_000) == expected
                assert grid.count_near(key, lat, lon, km, enough=2) == min(expected, 2)
