"""Quality floors: eventwire's headline figures on the evaluation dev sets must not regress.

Runs ``eventwire extract`` on every dev set of the shared evaluation kit (the cluster sets with
``--merge``), scores each with the kit's ``score.py`` and compares the headline figures with the
floors committed in ``benchmarks/quality_floors.json``, as trafilatura gates its extraction quality
on a gold corpus. A figure that falls more than 0.01 below its floor fails the run (exit 1); so
does a floor whose figure could not be measured. Prints a markdown table of every figure with its
floor and the seconds each set took (extraction and scoring).

    .venv/bin/python benchmarks/quality.py [--eval-dir DIR] [--out DIR] [--set NAME ...]
                                           [--update-floors [--lower]] [--jobs N]

The kit is looked for in ``--eval-dir``, else ``$EVENTWIRE_EVAL_DIR``, else ``../shared/eval``
next to the repository; without its ``dev`` folder the floors are skipped (one line, exit 0).
``--update-floors`` raises floors to the current figures and adds missing ones; it never lowers
a floor unless ``--lower`` is given too. The floors file holds set names, figure names and numbers
only: never copy evaluation texts into the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
FLOORS_FILE = Path(__file__).resolve().with_name("quality_floors.json")
DEFAULT_EVAL_DIR = REPOSITORY.parent / "shared" / "eval"
EVAL_DIR_VARIABLE = "EVENTWIRE_EVAL_DIR"
TOLERANCE = 0.01

# The headline figures of each task, as the kit's run_dev.sh and FORMAT.md list them.
HEADLINE_FIGURES: dict[str, tuple[str, ...]] = {
    "quotes": ("f1", "speaker_accuracy"),
    "places": ("f1", "acc_161km"),
    "dates": ("f1", "value_accuracy"),
    "events": (
        "sub_event_type_accuracy",
        "sub_event_type_macro_f1",
        "event_type_accuracy",
        "date_accuracy",
        "location_accuracy",
        "fatalities_exact",
    ),
    "incident": ("date_exact", "city_accuracy", "state_accuracy", "killed_exact", "injured_exact"),
    "clusters": ("b3_f1", "ari"),
}
MERGED_TASKS = frozenset({"clusters"})
# Figures a set's gold may not have at all (the scorer counts 0 of them: CASE has no dates, places or tolls):
# left out of that set's figures rather than reported missing.
WHERE_GOLD_HAS_THEM: dict[str, str] = {
    "date_accuracy": "date_n",
    "location_accuracy": "location_n",
    "fatalities_exact": "fatalities_n",
}

Figures = dict[str, dict[str, float | None]]  # dev set -> figure -> value (None: not measurable)
Floors = dict[str, dict[str, float]]  # dev set -> figure -> floor


# ---------------------------------------------------------------- comparing (pure, unit-tested)


@dataclass(frozen=True, slots=True)
class Check:
    """One figure of one dev set against its floor."""

    dev_set: str
    figure: str
    floor: float | None
    value: float | None
    tolerance: float = TOLERANCE

    @property
    def status(self) -> str:
        """``ok``, ``below`` (more than the tolerance under the floor), ``missing`` or ``no floor``."""
        if self.floor is None:
            return "no floor"
        if self.value is None:
            return "missing"
        return "below" if round(self.floor - self.value, 6) > self.tolerance else "ok"

    @property
    def failed(self) -> bool:
        return self.status in ("below", "missing")

    def message(self) -> str:
        """What went wrong, naming the set, the figure, the floor and the value."""
        if self.status == "missing":
            return f"{self.dev_set} {self.figure}: no value measured (floor {self.floor:.4f})"
        assert self.floor is not None and self.value is not None
        return (
            f"{self.dev_set} {self.figure}: {self.value:.4f} is {self.floor - self.value:.4f} below "
            f"its floor {self.floor:.4f} (tolerance {self.tolerance})"
        )


def compare(floors: Floors, figures: Figures, tolerance: float = TOLERANCE) -> list[Check]:
    """Every floored figure and every measured figure, checked; sets and figures in a stable order."""
    checks = []
    for dev_set in sorted(set(floors) | set(figures)):
        floored, measured = floors.get(dev_set, {}), figures.get(dev_set, {})
        for figure in _figure_order(floored, measured):
            checks.append(Check(dev_set, figure, floored.get(figure), measured.get(figure), tolerance))
    return checks


def _figure_order(floored: Mapping[str, float], measured: Mapping[str, float | None]) -> list[str]:
    """Measured figures in the scorer's headline order, then floored figures that were not measured."""
    return list(measured) + sorted(set(floored) - set(measured))


def updated_floors(floors: Floors, figures: Figures, lower: bool = False) -> Floors:
    """The floors raised to the measured figures (and lowered to them too when ``lower``); none removed."""
    updated = {dev_set: dict(values) for dev_set, values in floors.items()}
    for dev_set, values in figures.items():
        for figure, value in values.items():
            if value is None:
                continue
            current = updated.setdefault(dev_set, {}).get(figure)
            if current is None or value > current or lower:
                updated[dev_set][figure] = value
    return updated


def headline_figures(task: str, score: Mapping[str, object]) -> dict[str, float | None]:
    """The headline figures of a task out of the scorer's JSON (None where it has no number), but those the
    set's gold has none of."""
    return {
        key: _number(score.get(key))
        for key in HEADLINE_FIGURES[task]
        if key not in WHERE_GOLD_HAS_THEM or score.get(WHERE_GOLD_HAS_THEM[key]) != 0
    }


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


# ---------------------------------------------------------------- the floors file


def read_floors(path: Path) -> Floors:
    """The committed floors (an absent file has none)."""
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {dev_set: {k: float(v) for k, v in values.items()} for dev_set, values in data.items()}


def write_floors(path: Path, floors: Floors) -> None:
    ordered = {dev_set: dict(floors[dev_set]) for dev_set in sorted(floors)}
    path.write_text(json.dumps(ordered, indent=2) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- running the dev sets


@dataclass(frozen=True, slots=True)
class DevSet:
    """One gold file of the kit's dev folder; its task is the part of its name before the first dash."""

    name: str
    task: str
    gold: Path


@dataclass(slots=True)
class SetRun:
    """What running and scoring one dev set gave."""

    dev_set: DevSet
    figures: dict[str, float | None] = field(default_factory=dict)
    seconds: float = 0.0
    error: str | None = None


def dev_sets(dev_dir: Path, only: Sequence[str] = ()) -> list[DevSet]:
    """The dev sets of known tasks, largest file first (so that two workers finish together)."""
    found = []
    for gold in sorted(dev_dir.glob("*.jsonl")):
        task = gold.stem.split("-", 1)[0]
        if task in HEADLINE_FIGURES and (not only or gold.stem in only):
            found.append(DevSet(gold.stem, task, gold))
    return sorted(found, key=lambda s: -s.gold.stat().st_size)


def run_set(dev_set: DevSet, eventwire: Path, scorer: Path, out: Path) -> SetRun:
    """Extract (``--merge`` for the cluster sets) and score one dev set; an error is kept, not raised."""
    run = SetRun(dev_set)
    started = time.perf_counter()
    prediction = out / f"{dev_set.name}.pred.jsonl"
    merge = ["--merge"] if dev_set.task in MERGED_TASKS else []
    extract = [str(eventwire), "extract", *merge, str(dev_set.gold), "--out", str(prediction)]
    run.error = _run_logged(extract, out / f"{dev_set.name}.log", "extract")
    if run.error is None:
        score = [sys.executable, str(scorer), dev_set.task, str(dev_set.gold), str(prediction)]
        run.error, run.figures = _score(score, out / f"{dev_set.name}.score.json", dev_set.task)
    run.seconds = time.perf_counter() - started
    return run


def _run_logged(command: list[str], log: Path, what: str) -> str | None:
    """Run a command with its output in ``log``; None when it succeeded, else what failed."""
    with log.open("w", encoding="utf-8") as sink:
        done = subprocess.run(command, stdout=sink, stderr=subprocess.STDOUT, check=False)
    if done.returncode == 0:
        return None
    lines = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    return f"{what} exited {done.returncode}: {lines[-1][:120] if lines else 'no output'} (see {log})"


def _score(command: list[str], out: Path, task: str) -> tuple[str | None, dict[str, float | None]]:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return f"score.py exited {done.returncode}: {done.stderr.strip()[-120:]}", {}
    out.write_text(done.stdout, encoding="utf-8")
    return None, headline_figures(task, json.loads(done.stdout))


def run_all(sets: Iterable[DevSet], eventwire: Path, scorer: Path, out: Path, jobs: int) -> list[SetRun]:
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        runs = list(pool.map(lambda s: run_set(s, eventwire, scorer, out), sets))
    return sorted(runs, key=lambda r: r.dev_set.name)


# ---------------------------------------------------------------- reporting


def table(checks: Sequence[Check], seconds: Mapping[str, float]) -> str:
    """The markdown table: one row per figure, the set's seconds on its first row."""
    lines = ["| dev set | figure | floor | value | status | seconds |", "|---|---|---:|---:|---|---:|"]
    previous = None
    for check in checks:
        shown = check.dev_set != previous
        secs = f"{seconds[check.dev_set]:.0f}" if shown and check.dev_set in seconds else ""
        lines.append(
            f"| {check.dev_set if shown else ''} | {check.figure} | {_shown(check.floor)} | "
            f"{_shown(check.value)} | {check.status} | {secs} |"
        )
        previous = check.dev_set
    return "\n".join(lines)


def _shown(value: float | None) -> str:
    return "-" if value is None else f"{value:.4f}"


# ---------------------------------------------------------------- command line


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--eval-dir", type=Path, help=f"The evaluation kit (default: ${EVAL_DIR_VARIABLE}, else ../shared/eval)."
    )
    parser.add_argument(
        "--out", type=Path, help="Keep predictions, logs and scores here (default: a temporary folder)."
    )
    parser.add_argument("--set", action="append", default=[], dest="sets", help="Run only this dev set (repeatable).")
    parser.add_argument("--floors", type=Path, default=FLOORS_FILE, help="The floors file (default: %(default)s).")
    parser.add_argument("--update-floors", action="store_true", help="Raise floors to the current figures.")
    parser.add_argument("--lower", action="store_true", help="With --update-floors: lower floors too.")
    parser.add_argument("--jobs", type=int, default=2, help="Dev sets run at once (default: %(default)s).")
    return parser.parse_args(argv)


def eval_dir_of(given: Path | None) -> Path:
    if given is not None:
        return given
    return Path(os.environ[EVAL_DIR_VARIABLE]) if os.environ.get(EVAL_DIR_VARIABLE) else DEFAULT_EVAL_DIR


def measure(args: argparse.Namespace, eval_dir: Path, out: Path) -> int:
    """Run, score, compare, report; the exit status (0 when every set ran and every figure holds its floor)."""
    eventwire = Path(sys.executable).parent / "eventwire"
    if not eventwire.exists():
        print(f"Error: no eventwire command at {eventwire}: run `make install` first", file=sys.stderr)
        return 2
    sets = dev_sets(eval_dir / "dev", args.sets)
    started = time.perf_counter()
    runs = run_all(sets, eventwire, eval_dir / "score.py", out, args.jobs)
    figures = {run.dev_set.name: run.figures or dict.fromkeys(HEADLINE_FIGURES[run.dev_set.task]) for run in runs}
    floors = read_floors(args.floors)
    if args.sets:
        floors = {name: values for name, values in floors.items() if name in args.sets}
    if args.update_floors:
        floors = updated_floors(floors, figures, lower=args.lower)
        write_floors(args.floors, {**read_floors(args.floors), **floors})
    checks = compare(floors, figures)
    print(table(checks, {run.dev_set.name: run.seconds for run in runs}))
    print(f"\n{len(runs)} dev sets, {time.perf_counter() - started:.0f} s wall, {args.jobs} at a time")
    return report_failures(checks, runs)


def report_failures(checks: Sequence[Check], runs: Sequence[SetRun]) -> int:
    """Print every failed run and figure on stderr; 1 if there is any, else 0."""
    broken = [run for run in runs if run.error]
    for run in broken:
        print(f"Error: {run.dev_set.name}: {run.error}", file=sys.stderr)
    failed = [check for check in checks if check.failed]
    for check in failed:
        print(f"Floor not met: {check.message()}", file=sys.stderr)
    return 1 if broken or failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(argv)
    eval_dir = eval_dir_of(args.eval_dir)
    if not (eval_dir / "dev").is_dir():
        where = eval_dir / "dev"
        print(f"quality floors skipped: no evaluation dev folder at {where} (set --eval-dir or ${EVAL_DIR_VARIABLE})")
        return 0
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
        return measure(args, eval_dir, args.out)
    with tempfile.TemporaryDirectory(prefix="eventwire-quality-") as out:
        return measure(args, eval_dir, Path(out))


if __name__ == "__main__":
    sys.exit(main())
