"""ACLED's columns for merged events and for single reports: the 31 columns of ACLED's export, in order.

The choices where ACLED's files differ between versions (docs/FORMAT.md, "ACLED CSV"):

- ``event_date`` is ISO ``YYYY-MM-DD`` (ACLED's API and its 2023+ exports);
- ``inter1``/``inter2`` are ACLED's numeric actor codes 1-8 (``inter2`` 0 without a second actor);
  ``interaction`` is the 2023+ text form ("State forces-Civilians", lower code first; "Protesters only"
  for one actor), not the two digits of older files;
- ``iso`` is the ISO 3166-1 numeric code; ``event_id_cnty`` is the ISO alpha-3 code and a number:
  the merged event's id (stable across re-exports: a merged event keeps its id), or for a single report
  a number from its article's content hash and the event's position (stable across re-processing);
- ``source`` lists the outlets (an article's ``source``, else its web site), ``; ``-separated as ACLED
  does; ``source_scale`` is "International" for the outlets ``lexicon.outlets`` knows as such, "Other"
  for the rest, joined with "-" for several;
- ``fatalities`` is the best figure, empty when no report gives one (ACLED writes 0, which reads as
  "none were killed"); ``assoc_actor_1``/``assoc_actor_2`` list, ``; ``-separated, the associated actors
  ("Students (Kenya)") that the merged event's reports give on each side (empty in a single report's
  row); ``admin3`` stays empty (the gazetteer has no third-level divisions);
- ``tags`` holds eventwire's figure ranges ("fatalities 2-5; injured 3") and ``timestamp`` is the Unix
  time the merged event (or the article) was last written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from eventwire.lexicon.actors import EXTERNAL, STATE_FORCE_PREFIXES, STATE_FORCES
from eventwire.lexicon.countries import acled_region, country_iso3, country_iso_numeric, country_name
from eventwire.lexicon.outlets import outlet_scale
from eventwire.query.merged import MergedRecord
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
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
EXTRA_COLUMNS = (
    "eventwire_id",
    "fatalities_low",
    "fatalities_high",
    "injured",
    "injured_low",
    "injured_high",
    "source_count",
    "article_ids",
    "urls",
)

OUT_OF_SCOPE = "none"
UNDATED_PRECISION = 3  # an undated event exported at its first report's publication date: "within the month"

INTER_LABELS = {
    1: "State forces",
    2: "Rebel group",
    3: "Political militia",
    4: "Identity militia",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other forces",
}
_INTER_PREFIXES = (
    ("military forces", 1),
    ("police forces", 1),
    ("government of", 1),
    ("rebel", 2),
    ("unidentified armed group", 3),
    ("rioters", 5),
    ("protesters", 6),
    ("civilians", 7),
)
_INTER_WORDS = (
    ("communal militia", 4),
    ("ethnic militia", 4),
    ("clan militia", 4),
    ("militia", 3),
    ("rebels", 2),
    ("united nations", 8),
    ("nato", 8),
    ("private security", 8),
)

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
_SCALE_ORDER = ("Local", "Subnational", "National", "Regional", "International", "New media", "Other")


def inter_code(actor: Any) -> int | None:
    """ACLED's actor code (1-8) of an actor: its ``inter`` when the model gives one, else from its ACLED-style
    name ("Military Forces of Russia" -> 1, "Civilians (Ukraine)" -> 7); None when the name says nothing.
    ``actor`` is a model ``Actor`` or a name."""
    if actor is None:
        return None
    given = getattr(actor, "inter", None)
    if isinstance(given, int):
        return given
    name = (actor if isinstance(actor, str) else str(getattr(actor, "name", ""))).casefold().strip()
    for prefix, code in _INTER_PREFIXES:
        if name.startswith(prefix):
            return code
    for word, code in _INTER_WORDS:
        if word in name:
            return code
    return None


def _abroad(inter: int | None, actor: str | None, home: str | None) -> int | None:
    """A state's forces outside their country are ACLED's external forces (8): "Military Forces of Russia
    (2000-)" shelling a town of Ukraine, as the actor coder codes them (its inter is not kept in the store)."""
    if inter != STATE_FORCES or actor is None or home is None:
        return inter
    for prefix in STATE_FORCE_PREFIXES:
        if actor.startswith(prefix):
            state = actor.removeprefix(prefix).split(" (")[0]
            return EXTERNAL if _country_words(state) != _country_words(home) else inter
    return inter


def _country_words(name: str) -> list[str]:
    """A country's name as words to compare ("the Democratic Republic of Congo" = "Democratic Republic of the
    Congo")."""
    return [w for w in name.casefold().replace(".", "").split() if w != "the"]


def interaction(inter1: int | None, inter2: int | None) -> str | None:
    """The 2023+ text form: "State forces-Civilians" (lower code first), "Protesters only" for one actor."""
    if inter1 is None:
        return None
    if not inter2:
        return f"{INTER_LABELS[inter1]} only"
    low, high = sorted((inter1, inter2))
    return f"{INTER_LABELS[low]}-{INTER_LABELS[high]}"


def disorder_type(event_type: str, sub_event_type: str | None) -> str | None:
    by_sub_type = _DISORDER_BY_SUB_TYPE.get((sub_event_type or "").casefold())
    return by_sub_type or _DISORDER_BY_TYPE.get(event_type.casefold())


def outlet_of(source: str | None, url: str | None) -> str | None:
    """The outlet a report names (its ``source``), else its web site's host without ``www.``."""
    if source:
        return source
    if url:
        host = urlsplit(url).hostname
        return host.removeprefix("www.") if host else None
    return None


def source_scale(outlets: Iterable[str]) -> str | None:
    scales = {outlet_scale(o) or "Other" for o in outlets}
    return "-".join(s for s in _SCALE_ORDER if s in scales) or None


def _timestamp(stamp: str | None) -> int | None:
    return int(datetime.fromisoformat(stamp).timestamp()) if stamp else None


def _tags(killed: Mapping[str, Any] | None, injured: Mapping[str, Any] | None) -> str | None:
    tags = []
    if killed and killed["low"] != killed["high"]:
        tags.append(f"fatalities {killed['low']}-{killed['high']}")
    if injured:
        low, high = injured["low"], injured["high"]
        tags.append(f"injured {injured['best']}" + (f" ({low}-{high})" if low != high else ""))
    return "; ".join(tags) or None


def _acled_core(
    event_type: str,
    sub_event_type: str | None,
    actor1: str | None,
    actor2: str | None,
    location: Mapping[str, Any] | None,
    associated: tuple[Iterable[str], Iterable[str]] = ((), ()),
) -> Flat:
    place = location or {}
    code = place.get("country")
    inter1, inter2 = (_abroad(inter_code(actor), actor, country_name(code)) for actor in (actor1, actor2))
    disorder = disorder_type(event_type, sub_event_type)
    civilians = event_type.casefold() == "violence against civilians" or (
        inter2 == 7 and disorder == "Political violence"
    )
    return {
        "disorder_type": disorder,
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": actor1,
        "assoc_actor_1": "; ".join(associated[0]) or None,
        "inter1": inter1,
        "actor2": actor2,
        "assoc_actor_2": "; ".join(associated[1]) or None,
        "inter2": inter2 if inter2 is not None else (0 if actor2 is None and inter1 is not None else None),
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if civilians else None,
        "iso": country_iso_numeric(code),
        "region": acled_region(code),
        "country": country_name(code) or code,
        "admin1": place.get("admin1"),
        "admin2": place.get("admin2"),
        "admin3": None,
        "location": place.get("name"),
        "latitude": place.get("lat"),
        "longitude": place.get("lon"),
        "geo_precision": place.get("precision"),
    }


def merged_acled_row(record: MergedRecord, undated: bool = False) -> Flat:
    """A merged event in ACLED's columns, then eventwire's extra columns."""
    r = record.record
    when = r["date"] or r["reported"] or {}
    precision = r["date"]["time_precision"] if r["date"] else UNDATED_PRECISION
    outlets = list(dict.fromkeys(o for s in r["sources"] if (o := outlet_of(s["source"], s["url"]))))
    killed, injured = r["killed"], r["injured"]
    code = (r["location"] or {}).get("country")
    row: Flat = {
        "event_id_cnty": f"{country_iso3(code) or 'XXX'}{record.id}",
        "event_date": when.get("first"),
        "year": int(when["first"][:4]) if when.get("first") else None,
        "time_precision": precision,
        **_acled_core(
            r["event_type"] or OUT_OF_SCOPE,
            r["sub_event_type"],
            r["actor1"],
            r["actor2"],
            r["location"],
            (r.get("assoc_actor1") or (), r.get("assoc_actor2") or ()),
        ),
        "source": "; ".join(outlets) or None,
        "source_scale": source_scale(outlets),
        "notes": r["notes"],
        "fatalities": killed["best"] if killed else None,
        "tags": _tags(killed, injured),
        "timestamp": _timestamp(record.updated_at),
        "eventwire_id": record.id,
        "fatalities_low": killed["low"] if killed else None,
        "fatalities_high": killed["high"] if killed else None,
        "injured": injured["best"] if injured else None,
        "injured_low": injured["low"] if injured else None,
        "injured_high": injured["high"] if injured else None,
        "source_count": r["source_count"],
        "article_ids": "; ".join(dict.fromkeys(s["article_id"] for s in r["sources"])),
        "urls": "; ".join(dict.fromkeys(s["url"] for s in r["sources"] if s["url"])) or None,
    }
    return row


def report_event_id(record: EventRecord) -> str:
    """``UKR`` + a number from the article's content hash and the event's position (stable across re-processing)."""
    return f"{country_iso3(record.country) or 'XXX'}{int(record.article.hash[:10], 16)}{record.ordinal:02d}"


def event_acled_row(record: EventRecord) -> Flat:
    """One report's event in ACLED's columns, then eventwire's extra columns."""
    outlet = outlet_of(record.article.source, record.article.url)
    location = None
    if record.location is not None:
        location = {
            "name": record.location,
            "admin1": record.admin1,
            "admin2": record.admin2,
            "country": record.country,
            "lat": record.lat,
            "lon": record.lon,
            "precision": record.geo_precision,
        }
    row: Flat = {
        "event_id_cnty": report_event_id(record),
        "event_date": record.day_first,
        "year": int(record.day_first[:4]) if record.day_first else None,
        "time_precision": record.time_precision if record.date else UNDATED_PRECISION,
        **_acled_core(record.event_type, record.sub_event_type, record.actor1, record.actor2, location),
        "source": outlet,
        "source_scale": source_scale([outlet]) if outlet else None,
        "notes": report_summary(record),
        "fatalities": record.killed,
        "tags": f"injured {record.injured}" if record.injured is not None else None,
        "timestamp": _timestamp(record.article.stored_at),
        "eventwire_id": None,
        "fatalities_low": record.killed,
        "fatalities_high": record.killed,
        "injured": record.injured,
        "injured_low": record.injured,
        "injured_high": record.injured,
        "source_count": 1,
        "article_ids": record.article.id,
        "urls": record.article.url,
    }
    return row


def report_summary(record: EventRecord) -> str:
    """One sentence: what, where, when, the toll, and the report it comes from."""
    what = record.sub_event_type or record.event_type
    names = [n for n in (record.location, record.country_name) if n]
    where = f" in {', '.join(dict.fromkeys(names))}" if names else ""
    when = f" on {record.date}" if record.date else ""
    tolls = [f"{n} {kind}" for n, kind in ((record.killed, "killed"), (record.injured, "injured")) if n is not None]
    toll = f": {' and '.join(tolls)}" if tolls else ""
    source = record.article.source or record.article.id
    return f"{what[0].upper()}{what[1:]}{where}{when}{toll} (reported by {source})."
