"""Merge time per article as the store grows: at 1,000 and at 20,000 stored articles (generated).

Builds a SQLite store in a temporary folder of generated reports (real-world events, each reported by
one to three articles that share its town, victim and group names, unique to the event, and the topic
words that every article shares; dates spread over two years), merged at once; then ingests ``--new`` more
generated reports one at a time (``Store.save``, then ``merge_into_store`` on that one article, as
``eventwire ingest`` of one article does) into every store, the stores taking turns article by article
so that the machine's load falls on each size alike, and times each merge, in wall-clock and in CPU
seconds (the wall time includes waiting for the disk, which a shared machine makes noisy). Prints the
medians per merged article at each size and their ratios (the bar: within 1.5x).

    .venv/bin/python benchmarks/merge_scale.py [--sizes 1000 20000] [--new 200]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from eventwire.merge.incremental import merge_into_store
from eventwire.model import (
    Article,
    ArticleResult,
    EntityMention,
    Event,
    Granularity,
    PlaceKind,
    Provenance,
    ResolvedDate,
    ResolvedPlace,
    SentenceMention,
    Span,
    StageRun,
)
from eventwire.store import Store, open_store

PROVENANCE = Provenance("benchmark", "1", "generated", 0.9)
SYLLABLES = ("ka", "lo", "mi", "ner", "tos", "vu", "ran", "del", "pi", "sor", "gan", "tu", "bel", "mor")
FIRST_DAY = date(2022, 1, 1)


def unique_name(n: int, kind: int) -> str:
    """A made-up name that no other event ``n`` (and no other ``kind`` of name) has: ``n`` in base 14 syllables."""
    digits, value = [], n * 4 + kind
    while True:
        value, digit = divmod(value, len(SYLLABLES))
        digits.append(SYLLABLES[digit])
        if value == 0:
            break
    return ("".join(digits) + "ra" * max(0, 4 - len(digits))).capitalize()


ATTACKERS = ("Gunmen", "Bandits", "Militants", "Attackers", "Raiders", "Insurgents", "Assailants")
SITES = ("market", "school", "mosque", "church", "checkpoint", "farm", "bus station", "village", "camp", "bar", "hotel")
TOWNS = 3000  # recurring names: the pools of towns, of armed groups and of victims' first names and surnames
GROUPS = 300
FIRST_NAMES = 500
SURNAMES = 5000
DETAIL_WORDS = 20000


def generated_reports(seed: int, events: int, first_event: int = 0, recurring: bool = True) -> list[ArticleResult]:
    """One to three reports of each of ``events`` generated events (numbered from ``first_event``), in publication
    order; the topic words are shared by every article. With ``recurring`` names, as in real news (Kyiv, the
    police, Russia), towns, groups and victims' names are drawn from fixed pools, the most common far more often
    than the rest (Zipf), so that the larger store holds more events with each name; else every name is unique
    to its event."""
    rng = random.Random(seed)
    reports = []
    for n in range(first_event, first_event + events):
        if recurring:
            town, group = _pooled(rng, TOWNS, 0), _pooled(rng, GROUPS, 1)
            victim = f"{_pooled(rng, FIRST_NAMES, 2)} {_pooled(rng, SURNAMES, 3)}"
            seat = random.Random(town)  # a town is always at the same place
            lat, lon = seat.uniform(-40, 60), seat.uniform(-120, 140)
        else:
            town, group = unique_name(n, 0), unique_name(n, 1)
            victim = f"{unique_name(n, 2)} {unique_name(n, 3)}"
            lat, lon = rng.uniform(-40, 60), rng.uniform(-120, 140)
        day = FIRST_DAY + timedelta(days=rng.randrange(730))
        for copy in range(rng.randint(1, 3)):
            reports.append(_report(n, copy, town, victim, group, (lat, lon), day, rng.randint(0, 5)))
    return sorted(reports, key=lambda r: (r.article.published or FIRST_DAY, r.article.id))


def _pooled(rng: random.Random, pool: int, kind: int) -> str:
    """A name from a pool of ``pool`` names, name ``k`` drawn with weight 1/(k+1) (Zipf)."""
    k = min(pool - 1, int(pool ** rng.random()) - 1)  # log-uniform rank: P(k) ~ 1/(k+1)
    return unique_name(k, kind)


def _report(
    n: int, copy: int, town: str, victim: str, group: str, at: tuple[float, float], day: date, killed: int
) -> ArticleResult:
    attackers, site = ATTACKERS[n % len(ATTACKERS)], SITES[n // len(ATTACKERS) % len(SITES)]
    detail = random.Random(n)  # the story's own words, as every real report has some (the cause, the aftermath)
    cause, aftermath, *context = (unique_name(detail.randrange(DETAIL_WORDS), 3).lower() + "ing" for _ in range(6))
    title = f"{attackers} kill {killed} in {town} {site} attack after {cause}"
    text = (
        f"{attackers} attacked a {site} in {town} on Friday after {cause} and {aftermath} and killed {killed} people, "
        "police said. "
        f"Witnesses named {victim} among the dead and told of {', '.join(context[:-1])} and {context[-1]}. "
        f"The {group} militia was blamed for the shooting. "
        f"Residents of {town} said the security situation had worsened this year."
    )
    sentences = tuple(SentenceMention(Span(start, end), i) for i, (start, end) in enumerate(_sentence_bounds(text)))
    entities = tuple(
        EntityMention(Span(text.index(surface), text.index(surface) + len(surface)), surface, label, PROVENANCE)
        for surface, label in ((town, "GPE"), (victim, "PERSON"), (f"{group} militia", "ORG"))
    )
    place = ResolvedPlace(town, PlaceKind.CITY, at[0], at[1], country="NG", admin1="Borno")
    published = day + timedelta(days=copy)
    event = Event(
        event_type="Violence against civilians",
        sub_event_type="Attack",
        trigger=Span(text.index("attacked"), text.index("attacked") + 8),
        sentence=sentences[0].span,
        provenance=PROVENANCE,
        date=ResolvedDate(day.isoformat(), Granularity.DAY),
        place=place,
        killed=killed,
    )
    article = Article(id=f"e{n}-r{copy}", text=text, published=published, title=title, source=f"Outlet {copy}")
    return ArticleResult(
        article=article, pipeline=(StageRun("benchmark", "1"),), sentences=sentences, entities=entities, events=(event,)
    )


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for i, char in enumerate(text):
        if char == "." and (i + 1 == len(text) or text[i + 1] == " "):
            bounds.append((start, i + 1))
            start = i + 2
    return bounds


def build_store(size: int, folder: Path, recurring: bool = True) -> Store:
    """A store of ``size`` generated articles, merged at once."""
    stored = generated_reports(seed=size, events=size // 2, recurring=recurring)[:size]
    store = open_store(str(folder / f"store-{size}.db"))
    for result in stored:
        store.save(result)
    merge_into_store(store, [r.article.hash for r in stored])
    return store


def interleaved_timings(stores: Sequence[Store], new: int, recurring: bool = True) -> list[list[tuple[float, float]]]:
    """(Wall, CPU) seconds to merge each of ``new`` fresh articles into every store, one article at a time,
    the stores taking turns (so that the machine's load falls on every size alike)."""
    timings: list[list[tuple[float, float]]] = [[] for _ in stores]
    fresh = generated_reports(seed=7, events=new, first_event=10**6, recurring=recurring)[:new]
    for result in fresh:
        for store, times in zip(stores, timings, strict=True):
            store.save(result)
            wall, cpu = time.perf_counter(), time.process_time()
            merge_into_store(store, [result.article.hash])
            times.append((time.perf_counter() - wall, time.process_time() - cpu))
    return timings


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 20000], help="Stored articles.")
    parser.add_argument("--new", type=int, default=200, help="Articles merged one at a time at each size.")
    parser.add_argument(
        "--unique-names", action="store_true", help="Names unique to each event (default: recurring names)."
    )
    args = parser.parse_args(argv)
    recurring = not args.unique_names
    medians = []
    with tempfile.TemporaryDirectory(prefix="eventwire-merge-scale-") as folder:
        stores = [build_store(size, Path(folder), recurring) for size in args.sizes]
        try:
            timings = interleaved_timings(stores, args.new, recurring)
        finally:
            for store in stores:
                store.close()
    cpu_medians = []
    for size, times in zip(args.sizes, timings, strict=True):
        median = statistics.median(wall for wall, _ in times)
        cpu = statistics.median(c for _, c in times)
        medians.append(median)
        cpu_medians.append(cpu)
        print(
            f"{size:>6} stored articles: merge {median * 1000:.1f} ms per article wall, {cpu * 1000:.1f} ms CPU "
            f"(medians of {len(times)}; mean wall {statistics.fmean(w for w, _ in times) * 1000:.1f} ms)",
            flush=True,
        )
    wall_ratio, cpu_ratio = medians[-1] / medians[0], cpu_medians[-1] / cpu_medians[0]
    names = "recurring" if recurring else "unique to each event"
    print(f"ratio largest/smallest (medians): wall {wall_ratio:.2f}, CPU {cpu_ratio:.2f} (names {names})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
