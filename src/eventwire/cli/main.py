"""``eventwire``: extract, ingest, query and export event data from news articles."""

from __future__ import annotations

import itertools
import json
import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from datetime import date
from pathlib import Path
from typing import Any, TextIO, TypeVar

import click

from eventwire import __version__
from eventwire.errors import EventwireError, OutputError
from eventwire.settings import Settings

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")

# Inputs are checked by the ingest layer: a file that cannot be read is a rejection, not the end of the run.
INPUT_PATH = click.Path(path_type=Path, readable=False, allow_dash=True)
DB_OPTION = click.option(
    "--db",
    default="eventwire.db",
    show_default=True,
    envvar="EVENTWIRE_DB",
    help="The store: a SQLite file path (or sqlite:///path), or postgresql://user@host/database "
    "(needs pip install 'eventwire[postgres]'). Also EVENTWIRE_DB.",
)

WORKERS_OPTION = click.option(
    "--workers", type=click.IntRange(min=1), help="Worker processes, each with its own model. [default: the cores]"
)


class EventwireGroup(click.Group):
    """A group that prints eventwire's own errors, and any operating-system error that reaches it, as one
    ``Error: ...`` line and exits 1 (never a traceback)."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """The ``eventwire`` command itself: it ends without freeing a loaded model (eventwire.cli.process)."""
        try:
            return super().__call__(*args, **kwargs)
        except SystemExit as done:
            from eventwire.cli.process import end

            end(done.code)
            raise

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except EventwireError as error:
            click.echo(f"Error: {error}", err=True)
            ctx.exit(1)
        except OSError as error:
            click.echo(f"Error: {os_error_message(error)}", err=True)
            ctx.exit(1)


def os_error_message(error: OSError) -> str:
    """An operating-system error in words: the reason, and the file it is about when it names one."""
    reason = error.strerror or str(error)
    return f"{error.filename}: {reason}" if error.filename else reason


@click.group(cls=EventwireGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="eventwire")
def main() -> None:
    """News articles in, event data out: events, quotes, places, dates and casualties with evidence."""
    show_ingest_warnings()


class WarningLines(logging.Handler):
    """Prints what the readers report (an input read, but not exactly as written) as ``Warning:`` lines."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"Warning: {record.getMessage()}", err=True)


def show_ingest_warnings() -> None:
    from eventwire.ingest import LOGGER_NAME

    logger = logging.getLogger(LOGGER_NAME)
    if not any(isinstance(handler, WarningLines) for handler in logger.handlers):
        logger.addHandler(WarningLines(logging.WARNING))


def date_filters(function: F) -> F:
    function = click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Last day (YYYY-MM-DD).")(function)
    function = click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="First day (YYYY-MM-DD).")(function)
    return function


def as_date(value: Any) -> date | None:
    return value.date() if value is not None else None


@contextmanager
def output_stream(path: str | None) -> Iterator[TextIO]:
    """Standard output (no path, or ``-``), or the file at ``path``, opened for writing and closed at the
    end; a file that cannot be opened or finished raises ``OutputError`` with the path and the reason."""
    if path is None or path == "-":
        yield sys.stdout
        return
    try:
        handle = open(path, "w", encoding="utf-8")  # noqa: SIM115 (closed below, where its error is named)
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from error
    try:
        yield handle
    except BaseException:
        with suppress(OSError):  # the error that stopped the writing is the one to report
            handle.close()
        raise
    _close(handle, path)


def _close(handle: TextIO, path: str) -> None:
    try:
        handle.close()  # flushes: a full disk shows here
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from error


def echo_rejections(rejections: list[Any]) -> None:
    for rejection in rejections:
        click.echo(f"Warning: {rejection}", err=True)


# ---------------------------------------------------------------- extract


@main.command()
@click.argument("paths", nargs=-1, required=True, type=INPUT_PATH)
@click.option("--out", "-o", type=click.Path(), help="Write here instead of stdout (JSONL).")
@click.option("--merge", is_flag=True, help="Cluster reports of the same event: each object gets a 'cluster' id.")
@click.option("--strict", is_flag=True, help="Exit non-zero if any input is rejected; stop at a stage that fails.")
@WORKERS_OPTION
def extract(paths: tuple[Path, ...], out: str | None, merge: bool, strict: bool, workers: int | None) -> None:
    """Write the canonical JSON of every article in PATHS (text, JSONL, HTML files or folders; - for stdin).

    One article to stdout is pretty-printed; otherwise one JSON object a line (JSONL).
    Rejected inputs are reported on stderr, one line each, and the others are still extracted.
    """
    from eventwire.cli.process import exit_at_once
    from eventwire.cli.progress import progress_bar
    from eventwire.engine import Engine
    from eventwire.ingest import count_inputs
    from eventwire.model import Rejection

    engine = Engine(Settings(strict=strict))
    rejections: list[Rejection] = []
    with (
        output_stream(out) as stream,
        progress_bar("extracting", enabled=out is not None, total=lambda: count_inputs(paths)) as tick,
    ):

        def read(outcomes: Iterable[T | Rejection]) -> Iterator[T]:
            for outcome in outcomes:
                tick()
                if isinstance(outcome, Rejection):
                    rejections.append(outcome)
                else:
                    yield outcome

        if merge:
            write_objects(
                with_clusters(list(read(engine.extract_paths(paths, workers)))), stream, pretty_alone=out is None
            )
        else:  # the lines are made where the results are (in the workers)
            write_lines(read(engine.json_lines(paths, workers)), stream, pretty_alone=out is None)
    exit_at_once()
    finish(rejections, strict)


def with_clusters(results: list[Any]) -> list[dict[str, Any]]:
    """Canonical JSON of each result with the id of the cluster of reports it belongs to."""
    from eventwire.merge import cluster_ids
    from eventwire.model.canonical import to_json

    return [
        {**to_json(result), "cluster": cluster} for result, cluster in zip(results, cluster_ids(results), strict=True)
    ]


def write_objects(objects: Iterable[dict[str, Any]], stream: TextIO, *, pretty_alone: bool) -> None:
    """One JSON object a line; a single object is indented when ``pretty_alone``."""
    write_lines((json.dumps(item, ensure_ascii=False) for item in objects), stream, pretty_alone=pretty_alone)


def write_lines(lines: Iterable[str], stream: TextIO, *, pretty_alone: bool) -> None:
    """JSON objects already on one line each (``json.dumps`` of them), a line each; a single one is indented
    when ``pretty_alone``."""
    items = iter(lines)
    first = next(items, None)
    if first is None:
        return
    second = next(items, None)
    if second is None and pretty_alone:
        stream.write(json.dumps(json.loads(first), ensure_ascii=False, indent=2) + "\n")
        return
    for line in itertools.chain([first], [] if second is None else [second], items):
        stream.write(line + "\n")


def finish(rejections: list[Any], strict: bool) -> None:
    echo_rejections(rejections)
    if rejections and strict:
        raise click.exceptions.Exit(1)


# ---------------------------------------------------------------- ingest


@main.command()
@click.argument("paths", nargs=-1, type=INPUT_PATH)
@DB_OPTION
@click.option("--strict", is_flag=True, help="Exit non-zero if any input is rejected; stop at a stage that fails.")
@WORKERS_OPTION
@click.option("--from-parquet", type=click.Path(path_type=Path, file_okay=False), help="Load a batch folder instead.")
def ingest(paths: tuple[Path, ...], db: str, strict: bool, workers: int | None, from_parquet: Path | None) -> None:
    """Extract every article in PATHS (files, folders; - for stdin) into the store; stored ones are skipped."""
    if from_parquet is not None or not paths:
        from eventwire.cli.batch import ingest_batch

        if from_parquet is None or paths:
            raise click.UsageError("give PATHS to read, or --from-parquet DIR (a folder made by eventwire batch)")
        return ingest_batch(from_parquet, db, strict)
    from eventwire.cli.process import exit_at_once
    from eventwire.cli.progress import progress_bar
    from eventwire.engine import Engine
    from eventwire.ingest import count_inputs
    from eventwire.store import open_store

    engine = Engine(Settings(strict=strict))
    with open_store(db) as store, progress_bar("ingesting", enabled=True, total=lambda: count_inputs(paths)) as tick:
        report = engine.ingest(paths, store, progress=lambda _: tick(), workers=workers)
    click.echo(
        f"{report.read} read: {report.inserted} new, {report.replaced} re-processed, "
        f"{report.unchanged} unchanged, {len(report.rejected)} rejected  ({store.where})",
        err=True,
    )
    exit_at_once()
    finish(report.rejected, strict)


# ---------------------------------------------------------------- events, quotes, export


@main.command()
@DB_OPTION
@date_filters
@click.option("--type", "event_type", help="Event type or sub-event type (case-insensitive).")
@click.option("--place", help="Location, admin1 or country contains this (case-insensitive).")
@click.option("--text", help="Evidence sentence contains these words.")
@click.option("--article", help="Only events of this article id.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many events.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--plover", help="PLOVER category (CONSULT, ACCUSE, ASSAULT, ...; case-insensitive).")
def events(
    db: str,
    since: Any,
    until: Any,
    event_type: str | None,
    place: str | None,
    text: str | None,
    article: str | None,
    limit: int | None,
    fmt: str,
    plover: str | None,
) -> None:
    """List stored events, filtered."""
    from eventwire.cli.render import render
    from eventwire.query import EventFilter, event_json, find_events
    from eventwire.store import open_store

    query = EventFilter(
        since=as_date(since),
        until=as_date(until),
        event_type=event_type,
        place=place,
        text=text,
        article=article,
        limit=limit,
        plover=plover,
    )
    with open_store(db, create=False) as store:
        records = find_events(store, query)
    render([r.to_row() for r in records], [event_json(r) for r in records], fmt, sys.stdout, EVENT_COLUMNS)


@main.command()
@DB_OPTION
@date_filters
@click.option("--speaker", help="Resolved speaker name contains this (case-insensitive).")
@click.option("--text", help="Quote contains these words.")
@click.option("--article", help="Only quotes of this article id.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many quotes.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
def quotes(
    db: str,
    since: Any,
    until: Any,
    speaker: str | None,
    text: str | None,
    article: str | None,
    limit: int | None,
    fmt: str,
) -> None:
    """List stored quotes with their speakers, filtered."""
    from eventwire.cli.render import render
    from eventwire.query import QuoteFilter, find_quotes
    from eventwire.store import open_store

    query = QuoteFilter(
        since=as_date(since), until=as_date(until), speaker=speaker, text=text, article=article, limit=limit
    )
    with open_store(db, create=False) as store:
        records = find_quotes(store, query)
    render([r.to_row() for r in records], [r.to_dict() for r in records], fmt, sys.stdout, QUOTE_COLUMNS)


# The columns a terminal table shows (JSON and CSV carry every field).
EVENT_COLUMNS = (
    "date",
    "event_type",
    "sub_event_type",
    "plover",
    "location",
    "country",
    "killed",
    "injured",
    "actor1",
    "article_id",
)
QUOTE_COLUMNS = ("published", "speaker", "kind", "quote", "cue", "event", "article_id")


import eventwire.cli.batch  # noqa: E402, F401 (registers the batch command; it imports the options above)
from eventwire.cli.export_command import export  # noqa: E402 (registered after main is defined)
from eventwire.cli.merged import COMMANDS as MERGED_COMMANDS  # noqa: E402

for _command in (*MERGED_COMMANDS, export):
    main.add_command(_command)


def _add_commands() -> None:
    """Commands kept in modules of their own (they import this module's options)."""
    from eventwire.cli.serve import serve
    from eventwire.cli.tokens import token

    main.add_command(serve)
    main.add_command(token)


_add_commands()
