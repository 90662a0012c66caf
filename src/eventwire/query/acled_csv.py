"""Events as CSV rows with ACLED's column names, then eventwire's own columns."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from eventwire.lexicon.countries import country_iso3
from eventwire.query.records import EventRecord, Flat

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
)
EXTRA_COLUMNS = ("injured", "article_id", "url")
COLUMNS = ACLED_COLUMNS + EXTRA_COLUMNS

# ACLED's disorder type by event type; Riots and Protests depend on the sub-event type.
_DISORDER_BY_TYPE = {
    "battles": "Political violence",
    "explosions/remote violence": "Political violence",
    "violence against civilians": "Political violence",
    "protests": "Demonstrations",
    "riots": "Demonstrations",
    "strategic developments": "Strategic developments",
}
_DISORDER_BY_SUB_TYPE = {
    "mob violence": "Political violence",
    "excessive force against protesters": "Political violence; Demonstrations",
}

# A time precision for an event dated by its article's publication date: ACLED's "within the week".
_PUBLICATION_DATE_PRECISION = 2


def disorder_type(event_type: str, sub_event_type: str | None) -> str | None:
    by_sub_type = _DISORDER_BY_SUB_TYPE.get((sub_event_type or "").casefold())
    return by_sub_type or _DISORDER_BY_TYPE.get(event_type.casefold())


def event_id(record: EventRecord) -> str:
    """A stable id in ACLED's spirit (country code first): ``UKR-<article hash prefix>-<ordinal>``."""
    return f"{country_iso3(record.country) or 'XXX'}-{record.article.hash[:12]}-{record.ordinal}"


def acled_row(record: EventRecord) -> Flat:
    """One event in ACLED's columns. ``event_date`` is the first day the event's date covers; ``fatalities``
    is 0 when the text gives no figure (ACLED's convention); ``injured`` stays empty then."""
    return {
        "event_id_cnty": event_id(record),
        "event_date": record.day_first,
        "year": int(record.day_first[:4]) if record.day_first else None,
        "time_precision": _time_precision(record),
        "disorder_type": disorder_type(record.event_type, record.sub_event_type),
        "event_type": record.event_type,
        "sub_event_type": record.sub_event_type,
        "actor1": record.actor1,
        "actor2": record.actor2,
        "country": record.country_name or record.country,
        "admin1": record.admin1,
        "admin2": record.admin2,
        "location": record.location,
        "latitude": record.lat,
        "longitude": record.lon,
        "geo_precision": record.geo_precision,
        "source": record.article.source,
        "notes": record.evidence,
        "fatalities": record.killed or 0,
        "injured": record.injured,
        "article_id": record.article.id,
        "url": record.article.url,
    }


def _time_precision(record: EventRecord) -> int | None:
    if record.time_precision is not None:
        return record.time_precision
    return _PUBLICATION_DATE_PRECISION if record.day_first else None


def write_acled_csv(records: Iterable[EventRecord], out: TextIO) -> int:
    """Write a header and one row per event; return the number of rows."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow(acled_row(record))
        count += 1
    return count
