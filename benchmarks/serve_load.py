"""Load on ``eventwire serve``: p95 latency of the events listing with two filters and of one merged event.

Fills a SQLite store with ``--events`` generated events (100,000 by default: four a generated article,
of the six ACLED types, in towns spread over the map, dated over four years), merges the events of the
first ``--merged-articles`` articles (2,000 by default: merging all of them takes far longer), starts
``eventwire serve`` on 127.0.0.1 in its own process and drives it with a bounded load generator
(``--requests`` requests of each kind from ``--clients`` threads with httpx, nothing else on the wire),
then prints the median, p95 and max latency of each kind:

- ``GET /api/v1/events?type=T&since=D`` (two filters, a page of 100, type and date drawn at random);
- ``GET /api/v1/merged-events/{id}`` (one merged event with its sources' texts and evidence, id at random).

The store is kept at ``--db`` (built only when missing) so that a rerun measures only the server.

    .venv/bin/python benchmarks/serve_load.py [--events 100000] [--requests 400] [--clients 4] [--db PATH]
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

import httpx

from eventwire.merge.incremental import merge_into_store
from eventwire.model import (
    Actor,
    Article,
    ArticleResult,
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
from eventwire.store import EventFilter, open_store

PROVENANCE = Provenance("benchmark", "1", "generated", 0.9)
EVENTS_PER_ARTICLE = 4
FIRST_DAY = date(2021, 1, 1)
DAYS = 4 * 365
KINDS = (  # (event type, sub-event type, PLOVER, the sentence's verb)
    ("Battles", "Armed clash", "FIGHT", "clashed with soldiers near"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", "ATTACK", "shelled"),
    ("Violence against civilians", "Attack", "ATTACK", "attacked villagers in"),
    ("Protests", "Peaceful protest", "PROTEST", "marched through"),
    ("Riots", "Violent demonstration", "PROTEST", "rioted in"),
    ("Strategic developments", "Looting/property destruction", "SEIZE", "looted shops in"),
)
SYLLABLES = ("ka", "lo", "mi", "ner", "tos", "vu", "ran", "del", "pi", "sor", "gan", "tu", "bel", "mor")


def town_name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(4)).capitalize()


def generated_article(n: int, rng: random.Random) -> ArticleResult:
    """One article reporting four events, each in a sentence of its own."""
    sentences: list[str] = []
    events: list[Event] = []
    published = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    offset = 0
    for _ in range(EVENTS_PER_ARTICLE):
        event_type, sub_type, plover, verb = rng.choice(KINDS)
        town = town_name(rng)
        killed, injured = rng.choice((0, 0, 1, 2, 3, 5, 12)), rng.choice((0, 1, 4, 9))
        group = f"{town_name(rng)} militia"
        sentence = f"Fighters of the {group} {verb} {town} on Monday, killing {killed} people and wounding {injured}."
        start = offset
        offset += len(sentence) + 1
        sentences.append(sentence)
        day = published - timedelta(days=rng.randrange(3))
        lat, lon = rng.uniform(-35, 60), rng.uniform(-100, 140)
        at = start + sentence.index(town)
        events.append(
            Event(
                event_type=event_type,
                sub_event_type=sub_type,
                trigger=Span(start + sentence.index(verb.split()[0]), start + sentence.index(verb.split()[0]) + 5),
                sentence=Span(start, start + len(sentence)),
                provenance=PROVENANCE,
                plover=plover,
                date=ResolvedDate(day.isoformat(), Granularity.DAY),
                date_span=Span(start + sentence.index("Monday"), start + sentence.index("Monday") + 6),
                place=ResolvedPlace(town, PlaceKind.CITY, lat, lon, country="NG", admin1="Borno"),
                place_span=Span(at, at + len(town)),
                actor1=Actor(group.title()),
                actor2=Actor("Civilians (Nigeria)"),
                killed=killed,
                injured=injured,
            )
        )
    text = " ".join(sentences)
    bounds = [e.sentence for e in events]
    return ArticleResult(
        article=Article(id=f"load-{n}", text=text, published=published, title=f"Report {n}", source="Load Wire"),
        pipeline=(StageRun("benchmark", "1"),),
        sentences=tuple(SentenceMention(span, i) for i, span in enumerate(bounds)),
        events=tuple(events),
    )


def build_store(path: Path, events: int, merged_articles: int) -> None:
    articles = events // EVENTS_PER_ARTICLE
    rng = random.Random(20240501)
    started = time.perf_counter()
    with open_store(str(path)) as store:
        hashes = []
        for n in range(articles):
            result = generated_article(n, rng)
            store.save(result)
            hashes.append(result.article.hash)
        saved = time.perf_counter()
        merge_into_store(store, hashes[:merged_articles])
        stats = store.stats()
    print(
        f"store: {stats['articles']:,} articles, {stats['events']:,} events saved in {saved - started:.0f} s, "
        f"the first {min(merged_articles, articles):,} articles merged in {time.perf_counter() - saved:.0f} s ({path})",
        flush=True,
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "eventwire", "serve", "--db", str(db), "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not start within 60 s")


def drive(urls: list[str], clients: int) -> list[float]:
    """Seconds per request, ``urls`` shared out among ``clients`` threads (each with its own connection)."""
    latencies: list[float] = []
    lock = threading.Lock()
    failures: list[str] = []

    def client(part: list[str]) -> None:
        with httpx.Client(timeout=30) as http:
            for url in part:
                started = time.perf_counter()
                response = http.get(url)
                elapsed = time.perf_counter() - started
                with lock:
                    latencies.append(elapsed)
                    if response.status_code != 200:
                        failures.append(f"{response.status_code} {url}")

    threads = [threading.Thread(target=client, args=(urls[i::clients],)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise SystemExit(f"{len(failures)} requests failed, e.g. {failures[0]}")
    return latencies


def report(label: str, latencies: list[float]) -> None:
    ordered = sorted(latencies)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    print(
        f"{label}: p95 {p95 * 1000:.1f} ms, median {statistics.median(ordered) * 1000:.1f} ms, "
        f"max {ordered[-1] * 1000:.1f} ms ({len(ordered)} requests)",
        flush=True,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=400, help="Requests of each kind.")
    parser.add_argument("--clients", type=int, default=4, help="Concurrent client threads.")
    parser.add_argument(
        "--merged-articles",
        type=int,
        default=2_000,
        help="Articles merged when the store is built (merging all 25,000 at once takes many minutes here).",
    )
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "eventwire-serve-load.db")
    args = parser.parse_args(argv)
    if not args.db.exists():
        build_store(args.db, args.events, args.merged_articles)
    with open_store(str(args.db), create=False) as store:
        stats = store.stats()
        merged_ids = [int(row["id"]) for row in store.merged_event_rows(EventFilter())]
    print(f"store: {stats['events']:,} events, {len(merged_ids):,} merged events ({args.db})", flush=True)
    rng = random.Random(7)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    listing = [
        f"{base}/api/v1/events?type={rng.choice(KINDS)[0]}&since={FIRST_DAY + timedelta(days=rng.randrange(DAYS))}"
        for _ in range(args.requests)
    ]
    one = [f"{base}/api/v1/merged-events/{rng.choice(merged_ids)}" for _ in range(args.requests)]
    server = start_server(args.db, port)
    try:
        drive(listing[:20] + one[:20], args.clients)  # warm-up: connections, caches
        print(f"load: {args.clients} clients on 127.0.0.1, load average {os.getloadavg()[0]:.1f}", flush=True)
        report("events listing, type + since, page of 100", drive(listing, args.clients))
        report("one merged event with its sources", drive(one, args.clients))
    finally:
        server.terminate()
        server.wait(timeout=30)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
