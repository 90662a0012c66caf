"""Exports: JSON lines, CSV in ACLED's columns, GeoJSON; each parsed back with the standard library,
from a real store on each backend."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date

import pytest

from eventwire.query import EventFilter, ExportFormatError, export
from eventwire.query.acled_csv import ACLED_COLUMNS, disorder_type
from eventwire.store import Store, open_store
from tests.store.sample_results import harbour_result, market_result, undated_result


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with open_store(store_url) as opened:
        for result in (harbour_result(), market_result(), undated_result()):
            opened.save(result)
        yield opened


def exported(store: Store, fmt: str, query: EventFilter | None = None) -> tuple[int, str]:
    out = io.StringIO()
    count = export(store, fmt, out, query)
    return count, out.getvalue()


def test_jsonl_writes_one_event_record_a_line(store: Store) -> None:
    count, text = exported(store, "jsonl")
    lines = [json.loads(line) for line in text.splitlines()]
    assert count == len(lines) == 4
    assert [line["article"]["id"] for line in lines] == ["market-7", "goma-3", "harbour-1", "harbour-1"]
    assert lines[2]["killed"] == 3 and lines[2]["location"]["name"] == "Odesa"


def test_csv_uses_acled_columns_then_eventwire_columns(store: Store) -> None:
    count, text = exported(store, "csv")
    reader = csv.DictReader(io.StringIO(text))
    rows = list(reader)
    assert count == len(rows) == 4
    assert tuple(reader.fieldnames or ())[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    assert tuple(reader.fieldnames or ())[len(ACLED_COLUMNS) :] == ("injured", "article_id", "url")
    market, goma, shelling, _protest = rows
    assert shelling["event_date"] == "2023-03-14" and shelling["year"] == "2023"
    assert (shelling["country"], shelling["admin1"], shelling["location"]) == ("Ukraine", "Odeska", "Odesa")
    assert (shelling["fatalities"], shelling["injured"], shelling["time_precision"]) == ("3", "7", "1")
    assert shelling["disorder_type"] == "Political violence"
    assert shelling["event_id_cnty"].startswith("UKR-")
    assert shelling["notes"].startswith("Rockets struck")
    assert (shelling["source"], shelling["url"]) == ("Example Wire", "https://news.example/odesa")
    assert (goma["event_date"], goma["time_precision"], goma["country"]) == (
        "2023-03-13",
        "2",
        "Democratic Republic of the Congo",
    )
    assert (market["event_date"], market["fatalities"], market["injured"], market["latitude"]) == (
        "2023-03-10",
        "0",
        "",
        "",
    )


def test_csv_export_applies_the_filter(store: Store) -> None:
    count, text = exported(store, "csv", EventFilter(event_type="Protests"))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert count == 1
    assert rows[0]["disorder_type"] == "Demonstrations" and rows[0]["location"] == "Lviv"


def test_geojson_has_a_point_for_each_event_with_coordinates(store: Store) -> None:
    count, text = exported(store, "geojson")
    collection = json.loads(text)
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    assert count == len(features) == 3  # the market bomb has no place
    goma = features[0]
    assert goma["geometry"] == {"type": "Point", "coordinates": [29.23, -1.68]}
    assert goma["properties"]["location"] == "Goma" and goma["properties"]["article_id"] == "goma-3"


def test_an_empty_export_is_still_valid(store: Store) -> None:
    count, text = exported(store, "geojson", EventFilter(since=date(2030, 1, 1)))
    assert count == 0 and json.loads(text) == {"type": "FeatureCollection", "features": []}
    count, text = exported(store, "csv", EventFilter(since=date(2030, 1, 1)))
    assert count == 0 and text.splitlines() == [",".join((*ACLED_COLUMNS, "injured", "article_id", "url"))]


def test_an_unknown_format_is_refused(store: Store) -> None:
    with pytest.raises(ExportFormatError, match="jsonl, csv, geojson"):
        exported(store, "xlsx")


def test_disorder_type_follows_acled() -> None:
    assert disorder_type("Riots", "Mob violence") == "Political violence"
    assert disorder_type("Riots", "Violent demonstration") == "Demonstrations"
    assert disorder_type("Protests", "Excessive force against protesters") == "Political violence; Demonstrations"
    assert disorder_type("Strategic developments", None) == "Strategic developments"
    assert disorder_type("none", None) is None
