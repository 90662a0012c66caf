"""Actors as analysts code them: the table of known armed groups, IGOs and alliances (``data/actors.tsv``),
ACLED's naming of state forces with the period of the government they serve (``data/state_periods.tsv``),
and ACLED's actor types (inter codes) and PLOVER/POLECAT sectors for the generic actors.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
ACTORS_FILE = DATA_DIR / "actors.tsv"
PERIODS_FILE = DATA_DIR / "state_periods.tsv"

# ACLED's inter codes.
STATE_FORCES, REBELS, POLITICAL_MILITIA, IDENTITY_MILITIA, RIOTERS, PROTESTERS, CIVILIANS, EXTERNAL = range(1, 9)
# ACLED's names of a state's forces ("Military Forces of Russia (2000-)"), each prefix with its sector.
STATE_FORCE_PREFIXES = {"Military Forces of ": "military", "Police Forces of ": "police"}


@dataclass(frozen=True, slots=True)
class KnownActor:
    """A row of the table: the name analysts use, its inter code, sector, kind and country (alpha-2)."""

    name: str
    inter: int
    sector: str
    kind: str
    country: str | None


@dataclass(frozen=True, slots=True)
class _Table:
    by_alias: dict[str, KnownActor]
    pattern: re.Pattern[str]
    capitals: frozenset[str]  # aliases written in capitals ("IS", "AU"): they count only so written


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@functools.cache
def _table() -> _Table:
    by_alias: dict[str, KnownActor] = {}
    capitals: set[str] = set()
    for row in _rows(ACTORS_FILE):
        actor = KnownActor(row["name"], int(row["inter"]), row["sector"], row["kind"], row["country"] or None)
        for alias in row["aliases"].split("|"):
            by_alias.setdefault(alias.lower(), actor)
            if alias == alias.upper():
                capitals.add(alias.lower())
    longest_first = sorted(by_alias, key=len, reverse=True)
    alternatives = "|".join(re.escape(alias) for alias in longest_first)
    pattern = re.compile(rf"(?<![\w.-])(?:{alternatives})(?![\w-])", re.IGNORECASE)
    return _Table(by_alias, pattern, frozenset(capitals))


def known_actor(phrase: str) -> KnownActor | None:
    """The known group, IGO or alliance a phrase names ("fighters from the IS-aligned Islamic State West Africa
    Province" -> ISWAP; "NATO's chief" -> NATO); the longest alias wins, and an all-capitals alias ("IS",
    "AU", "ADF") counts only written in capitals."""
    table = _table()
    for match in table.pattern.finditer(phrase):
        found = match.group(0)
        alias = found.lower()
        if alias in table.capitals and found != found.upper():
            continue  # "is", "au", "pdf" as words
        return table.by_alias[alias]
    return None


def known_actors(text: str) -> tuple[KnownActor, ...]:
    """Every known group, IGO or alliance a text names, in order, each once (``known_actor``'s matching)."""
    table = _table()
    found: dict[str, KnownActor] = {}
    for match in table.pattern.finditer(text):
        alias = match.group(0).lower()
        if alias in table.capitals and match.group(0) != match.group(0).upper():
            continue
        actor = table.by_alias[alias]
        found.setdefault(actor.name, actor)
    return tuple(found.values())


@functools.cache
def _periods() -> dict[str, list[tuple[date, date | None, str]]]:
    periods: dict[str, list[tuple[date, date | None, str]]] = {}
    for row in _rows(PERIODS_FILE):
        start = date.fromisoformat(row["from"])
        end = date.fromisoformat(row["to"]) if row["to"] else None
        periods.setdefault(row["country"], []).append((start, end, row["label"]))
    return periods


def state_period(country: str, when: date | None) -> str | None:
    """ACLED's period of a state's forces ("2000-" for Russia in 2022), when the table has the country and the
    event's date (or the publication date) falls in one of its periods."""
    if when is None:
        return None
    for start, end, label in _periods().get(country, []):
        if start <= when and (end is None or when < end):
            return label
    return None
