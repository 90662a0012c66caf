"""Time and memory of one long article through the whole pipeline, stage by stage.

The article is generated from a few invented wire paragraphs (varied names and figures), cycled to the size
asked for, so that it has what a long news text has: quotes, dates, places, casualty figures and reports.
Prints each stage's CPU time and the process's RSS after it, and the peak RSS.

    python benchmarks/long_article.py [--chars 5000000]
"""

from __future__ import annotations

import argparse
import resource
import time
from typing import Any

from eventwire.engine import Engine
from eventwire.model import Article

PARAGRAPHS = (
    "LORANDA, Veskaria (Wire) -- Gunmen attacked a market in the northern town of Loranda on Tuesday, killing "
    "{n} people and wounding {m} others, police said.",
    '"They came on motorcycles and fired at everyone," said Amira Tolsen, a trader who hid behind a stall. '
    '"We ran into the fields."',
    "Police spokesman Daniel Okoro told reporters that {m} suspects had been arrested in the village of "
    "Brenmoor, about 40 km from Loranda, on Wednesday.",
    "The attack was the {k}th in the region this year. Last month, militants stormed a police station in "
    "Castellan, killing three officers.",
    "Protesters marched through the capital, Veskar, on Thursday, demanding better security. Riot police fired "
    "tear gas to disperse the crowd of about {m}00 people.",
    "The government of President Lena Marrow condemned the violence and said troops would be deployed to the "
    "border districts of Loranda and Tessid.",
    "Aid groups said more than {n},000 people had fled their homes since January and were living in camps near "
    "the town of Orvel.",
    "A car bomb exploded near a checkpoint in Tessid on Friday, injuring {n} soldiers, the army said in a "
    "statement. No group claimed responsibility.",
    'Residents said the security forces arrived hours after the gunmen had left. "Nobody protected us," said '
    "Joseph Kell, 54, whose brother was killed.",
    "Officials said the death toll could rise, as several of the wounded were in critical condition at the "
    "Loranda General Hospital.",
)


def long_text(chars: int) -> str:
    """About ``chars`` characters of the invented paragraphs, cycled with varied figures."""
    out: list[str] = []
    total = i = 0
    while total < chars:
        paragraph = PARAGRAPHS[i % len(PARAGRAPHS)].format(n=3 + i % 17, m=5 + i % 23, k=4 + i % 9)
        out.append(paragraph)
        total += len(paragraph) + 2
        i += 1
    return "\n\n".join(out)[:chars] + "\n"


def rss_mib() -> int:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) // 1024 for line in status if line.startswith("VmRSS"))


def peak_mib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chars", type=int, default=5_000_000)
    args = parser.parse_args()
    text = long_text(args.chars)
    engine = Engine()
    engine.resources.nlp, engine.resources.gazetteer  # noqa: B018 (loaded before measuring)
    print(f"{len(text):,} characters; model and gazetteer loaded: RSS {rss_mib()} MiB")
    for stage in engine.pipeline.stages:

        def timed(document: Any, run: Any = stage.run, name: str = stage.name) -> Any:
            started = time.process_time()
            items = run(document)
            print(f"  {name:16s} {time.process_time() - started:7.2f} s  RSS {rss_mib()} MiB  {len(items):,} items")
            return items

        object.__setattr__(stage, "run", timed)  # a frozen dataclass: timed in place, for this run only
    started = time.process_time()
    result = engine.extract(Article(id="long", text=text))
    print(
        f"whole pipeline: {time.process_time() - started:.1f} s CPU, peak RSS {peak_mib()} MiB, "
        f"{len(result.events):,} events, {len(result.quotes):,} quotes, warnings {list(result.warnings)}"
    )


if __name__ == "__main__":
    main()
