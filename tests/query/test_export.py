"""Exports: JSON lines, the ACLED CSV (exactly ACLED's 31 columns, as pandas reads them), GeoJSON with ids, and
Parquet; one row per merged event or per report, from a real store on each backend."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from eventwire.merge.incremental import merge_into_store
from eventwire.query import EventFilter, ExportFormatError, ExportOptions, ExportReport, export
from eventwire.query.acled import inter_code, interaction
from eventwire.query.acled_csv import ACLED_COLUMNS, disorder_type
from eventwire.query.parquet import export_parquet
from eventwire.store import Store, open_store
from tests.store.sample_results import harbour_result, market_result, undated_result

# ACLED's export columns (2023+), in its order, as acledR and ACLED's codebook list them.
ACLED_HEADER = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,"
    "inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,"
    "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp"
)
INTEGER_COLUMNS = ("year", "time_precision", "inter1", "inter2", "iso", "geo_precision", "fatalities", "timestamp")
REAL_COLUMNS = ("latitude", "longitude")


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with open_store(store_url) as opened:
        results = (harbour_result(), market_result(), undated_result())
        for result in results:
            opened.save(result)
        merge_into_store(opened, [r.article.hash for r in results])
        yield opened


def exported(store: Store, fmt: str, query: EventFilter | None = None, **options: bool) -> tuple[ExportReport, str]:
    out = io.StringIO()
    report = export(store, fmt, out, query, ExportOptions(**options))
    return report, out.getvalue()


def test_the_csv_header_is_exactly_acleds_and_pandas_reads_each_column_with_its_type(store: Store) -> None:
    report, text = exported(store, "csv")
    assert text.splitlines()[0] == ACLED_HEADER
    assert len(ACLED_COLUMNS) == 31 and ",".join(ACLED_COLUMNS) == ACLED_HEADER
    frame = pd.read_csv(io.StringIO(text))
    assert list(frame.columns) == list(ACLED_COLUMNS) and len(frame) == report.written == 3
    for column in INTEGER_COLUMNS:
        values = frame[column].dropna()
        assert pd.api.types.is_numeric_dtype(frame[column]) and (values == values.round()).all(), column
    for column in REAL_COLUMNS:
        assert pd.api.types.is_float_dtype(frame[column]), column
    for column in set(ACLED_COLUMNS) - set(INTEGER_COLUMNS) - set(REAL_COLUMNS):
        assert frame[column].dropna().map(type).isin([str]).all(), column
    assert pd.to_datetime(frame["event_date"], format="%Y-%m-%d").notna().all()
    assert frame["event_id_cnty"].str.fullmatch(r"[A-Z]{3}\d+").all()


def test_a_merged_event_row_fills_acleds_columns(store: Store) -> None:
    _, text = exported(store, "csv")
    rows = {row["sub_event_type"]: row for row in csv.DictReader(io.StringIO(text))}
    shelling = rows["Shelling/artillery/missile attack"]
    assert re.fullmatch(r"UKR\d+", shelling["event_id_cnty"])
    assert (shelling["event_date"], shelling["year"], shelling["time_precision"]) == ("2023-03-14", "2023", "1")
    assert (shelling["iso"], shelling["region"], shelling["country"]) == ("804", "Europe", "Ukraine")
    # Russia's forces in Ukraine are ACLED's external forces (8), as the actor coder has them.
    assert (shelling["inter1"], shelling["inter2"]) == ("8", "7")
    assert shelling["interaction"] == "Civilians-External/Other forces"
    assert shelling["civilian_targeting"] == "Civilian targeting"
    assert (shelling["source"], shelling["source_scale"]) == ("Example Wire", "Other")
    assert (shelling["fatalities"], shelling["tags"]) == ("3", "injured 7")
    assert (
        shelling["notes"]
        == "Shelling/artillery/missile attack in Odesa, Ukraine on 2023-03-14: 3 killed and 7 injured (1 report)."
    )
    assert int(shelling["timestamp"]) > 1_600_000_000
    protest = rows["Peaceful protest"]
    assert (protest["fatalities"], protest["interaction"], protest["inter2"]) == ("", "Protesters only", "0")
    assert protest["disorder_type"] == "Demonstrations" and protest["civilian_targeting"] == ""
    goma = rows["Armed clash"]
    assert (goma["event_date"], goma["time_precision"], goma["fatalities"]) == ("2023-03-13", "2", "0")
    assert goma["region"] == "Middle Africa" and goma["event_id_cnty"].startswith("COD")


def test_undated_events_are_left_out_and_counted_unless_asked_for(store: Store) -> None:
    report, _ = exported(store, "csv")
    assert (report.written, report.undated) == (3, 1)
    report, text = exported(store, "csv", undated=True)
    assert report.written == 4 and report.undated == 0
    market = next(r for r in csv.DictReader(io.StringIO(text)) if r["sub_event_type"].startswith("Remote"))
    assert (market["event_date"], market["time_precision"]) == ("2023-03-10", "3")


def test_ids_are_stable_across_re_exports_and_re_merges(store: Store) -> None:
    _, first = exported(store, "csv")
    merge_into_store(store, [harbour_result().article.hash])
    _, again = exported(store, "csv")
    ids = [row["event_id_cnty"] for row in csv.DictReader(io.StringIO(first))]
    assert ids == [row["event_id_cnty"] for row in csv.DictReader(io.StringIO(again))]
    assert len(set(ids)) == len(ids)


def test_per_report_rows_and_extra_columns_only_with_their_flags(store: Store) -> None:
    report, text = exported(store, "csv", per_report=True, extra_columns=True)
    reader = csv.DictReader(io.StringIO(text))
    rows = list(reader)
    assert report.written == len(rows) == 3 and report.undated == 1
    assert tuple(reader.fieldnames or ())[:31] == ACLED_COLUMNS and "urls" in (reader.fieldnames or ())
    shelling = next(r for r in rows if r["location"] == "Odesa" and r["event_type"].startswith("Explosions"))
    assert (shelling["urls"], shelling["injured"], shelling["source"]) == (
        "https://news.example/odesa",
        "7",
        "Example Wire",
    )
    assert (
        shelling["notes"]
        == "Shelling/artillery/missile attack in Odesa, Ukraine on 2023-03-14: 3 killed and 7 injured "
        "(reported by Example Wire)."
    )


def test_csv_export_applies_the_filter(store: Store) -> None:
    report, text = exported(store, "csv", EventFilter(event_type="Protests"))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert report.written == 1
    assert rows[0]["disorder_type"] == "Demonstrations" and rows[0]["location"] == "Lviv"


def test_geojson_features_have_ids_and_the_csv_column_names(store: Store) -> None:
    report, text = exported(store, "geojson")
    features = json.loads(text)["features"]
    assert report.written == len(features) == 3
    goma = next(f for f in features if f["properties"]["location"] == "Goma")
    assert goma["geometry"] == {"type": "Point", "coordinates": [29.23, -1.68]}
    assert goma["id"] == goma["properties"]["event_id_cnty"]
    assert tuple(goma["properties"]) == ACLED_COLUMNS


def test_jsonl_writes_versioned_records(store: Store) -> None:
    report, text = exported(store, "jsonl")
    merged = [json.loads(line) for line in text.splitlines()]
    assert report.written == 3 and {m["format"] for m in merged} == {"eventwire.merged-event/1"}
    _, text = exported(store, "jsonl", per_report=True, undated=True)
    events = [json.loads(line) for line in text.splitlines()]
    assert len(events) == 4 and {e["format"] for e in events} == {"eventwire.event/1"}


def test_an_empty_export_is_still_valid(store: Store) -> None:
    report, text = exported(store, "geojson", EventFilter(since=date(2030, 1, 1)))
    assert report.written == 0 and json.loads(text) == {"type": "FeatureCollection", "features": []}
    report, text = exported(store, "csv", EventFilter(since=date(2030, 1, 1)))
    assert report.written == 0 and text.splitlines() == [ACLED_HEADER]


def test_parquet_writes_events_merged_events_quotes_and_articles(store: Store, tmp_path: Path) -> None:
    counts = export_parquet(store, tmp_path / "out")
    assert counts == {"events": 4, "merged_events": 4, "quotes": 2, "articles": 3}
    merged = pd.read_parquet(tmp_path / "out" / "merged_events.parquet")
    assert list(merged.columns)[:31] == list(ACLED_COLUMNS) and len(merged) == 4
    assert len(pd.read_parquet(tmp_path / "out" / "articles.parquet")) == 3


def test_an_unknown_format_is_refused(store: Store) -> None:
    with pytest.raises(ExportFormatError, match="jsonl, csv, geojson"):
        exported(store, "xlsx")


def test_disorder_type_follows_acled() -> None:
    assert disorder_type("Riots", "Mob violence") == "Political violence"
    assert disorder_type("Riots", "Violent demonstration") == "Demonstrations"
    assert disorder_type("Protests", "Excessive force against protesters") == "Political violence; Demonstrations"
    assert disorder_type("Strategic developments", None) == "Strategic developments"
    assert disorder_type("none", None) is None


@dataclass(frozen=True)
class CodedActor:
    name: str
    inter: int | None


def test_inter_codes_come_from_the_actor_first_then_from_acled_style_names() -> None:
    assert inter_code(CodedActor("Military Forces of Russia", 8)) == 8
    assert inter_code(CodedActor("Military Forces of Russia", None)) == 1
    assert [inter_code(n) for n in ("Civilians (Mali)", "Rioters (Kenya)", "Unidentified Armed Group (Mali)")] == [
        7,
        5,
        3,
    ]
    assert inter_code("Boko Haram") is None and inter_code(None) is None
    assert interaction(7, 1) == "State forces-Civilians" and interaction(6, 0) == "Protesters only"


def test_state_forces_at_home_are_state_forces_and_abroad_external_forces(store: Store) -> None:
    for per_report in (False, True):
        _, text = exported(store, "csv", undated=True, per_report=per_report)
        rows = {(row["actor1"], row["actor2"]): row for row in csv.DictReader(io.StringIO(text))}
        at_home = rows[("M23: March 23 Movement", "Military Forces of the Democratic Republic of Congo")]
        assert at_home["inter2"] == "1"  # in Goma: "of Congo" is the country ACLED writes "of the Congo"
        abroad = next(row for (actor1, _), row in rows.items() if actor1 == "Military Forces of Russia")
        assert abroad["inter1"] == "8"  # in Odesa


def test_the_associated_actors_that_reports_give_fill_acleds_assoc_actor_columns(store_url: str) -> None:
    from dataclasses import replace

    harbour = harbour_result()
    shelling, protest = harbour.events
    assert protest.actor1 is not None
    protest = replace(protest, actor1=replace(protest.actor1, associated="Labor Group (Ukraine)"))
    with open_store(store_url) as store:
        store.save(replace(harbour, events=(shelling, protest)))
        merge_into_store(store, [harbour.article.hash])
        _, text = exported(store, "csv")
    frame = pd.read_csv(io.StringIO(text))
    (row,) = frame[frame["actor1"] == "Protesters (Ukraine)"].to_dict("records")
    assert row["assoc_actor_1"] == "Labor Group (Ukraine)"
    (shelled,) = frame[frame["actor1"] == "Military Forces of Russia"].to_dict("records")
    assert pd.isna(shelled["assoc_actor_1"]) and pd.isna(shelled["assoc_actor_2"])  # none given: empty, not "nan"
