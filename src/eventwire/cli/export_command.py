"""``eventwire export``: merged events (or reports) as JSONL, the ACLED CSV, GeoJSON or Parquet files."""

from __future__ import annotations

from typing import Any

import click

FORMATS = ("jsonl", "csv", "geojson", "parquet")


@click.command()
@click.option(
    "--db", default="eventwire.db", show_default=True, envvar="EVENTWIRE_DB", help="The store (as for ingest)."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="jsonl",
    show_default=True,
    help="csv: exactly ACLED's 31 columns; parquet: events, merged events, quotes and articles into the --out folder.",
)
@click.option("--out", "-o", type=click.Path(), help="Write here instead of stdout (parquet: a folder, required).")
@click.option("--per-report", is_flag=True, help="One row per report's event instead of one per merged event.")
@click.option("--extra-columns", is_flag=True, help="eventwire's columns after ACLED's (ranges, sources, URLs).")
@click.option("--undated", is_flag=True, help="Also events no report dates (at their first publication date).")
@click.option("--out-of-scope", is_flag=True, help="Also events outside ACLED's scope (type none: crime).")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="First day (YYYY-MM-DD).")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Last day (YYYY-MM-DD).")
@click.option("--type", "event_type", help="Event type or sub-event type (case-insensitive).")
@click.option("--place", help="Location, admin1 or country contains this (case-insensitive).")
def export(db: str, fmt: str, out: str | None, **options: Any) -> None:
    """Export merged events (or, --per-report, every report's events) as JSONL, ACLED's CSV, GeoJSON or Parquet."""
    from eventwire.cli.main import output_stream
    from eventwire.errors import OutputError
    from eventwire.query import EventFilter, ExportOptions
    from eventwire.query import export as export_events
    from eventwire.store import open_store

    def day(value: Any) -> Any:
        return value.date() if value is not None else None

    query = EventFilter(
        since=day(options["since"]),
        until=day(options["until"]),
        event_type=options["event_type"],
        place=options["place"],
    )
    chosen = ExportOptions(
        per_report=options["per_report"],
        extra_columns=options["extra_columns"],
        undated=options["undated"],
        out_of_scope=options["out_of_scope"],
    )
    with open_store(db, create=False) as store:
        if not chosen.per_report:
            from eventwire.cli.merged import warn_unmerged

            warn_unmerged(store)
        if fmt == "parquet":
            from eventwire.query.parquet import export_parquet

            if not out:
                raise OutputError("Parquet export writes several files: name their folder with --out")
            counts = export_parquet(store, out, query)
            click.echo(", ".join(f"{n} {table}" for table, n in counts.items()) + f" written to {out}", err=True)
            return
        with output_stream(out) as stream:
            report = export_events(store, fmt, stream, query, chosen)
    what = "events" if chosen.per_report else "merged events"
    click.echo(f"{report.written} {what} exported", err=True)
    for reason, count in report.left_out().items():
        click.echo(f"{count} {what} left out: {reason}", err=True)
