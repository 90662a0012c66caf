"""``eventwire batch``: a collection on Dask into Parquet partitions; and loading a batch into a store."""

from __future__ import annotations

from pathlib import Path

import click

from eventwire.cli.main import INPUT_PATH, echo_rejections, main
from eventwire.settings import Settings


@main.command()
@click.argument("paths", nargs=-1, required=True, type=INPUT_PATH)
@click.option("--out", "-o", required=True, type=click.Path(file_okay=False), help="The batch folder (Parquet).")
@click.option("--scheduler", help="A running Dask scheduler (tcp://host:8786); default: a LocalCluster here.")
@click.option("--workers", type=click.IntRange(min=1), help="LocalCluster worker processes. [default: the cores]")
@click.option(
    "--partition-size",
    type=click.IntRange(min=1),
    help="Articles a task. [default: 500, less on a small input so that every worker gets two partitions]",
)
def batch(
    paths: tuple[Path, ...], out: str, scheduler: str | None, workers: int | None, partition_size: int | None
) -> None:
    """Extract every article in PATHS on Dask into Parquet partitions under --out (articles, events, quotes,
    places, rejections). Run the same command again after a crash: finished partitions are never redone."""
    from eventwire.batch import run_batch
    from eventwire.cli.progress import progress_bar
    from eventwire.pipeline.pool import default_workers

    with progress_bar("batch", enabled=True) as tick:

        def advance(count: int) -> None:
            for _ in range(count):
                tick()

        report = run_batch(
            paths,
            out,
            settings=Settings(),
            scheduler=scheduler,
            workers=workers or default_workers(),
            partition_size=partition_size,
            progress=advance,
        )
    click.echo(
        f"{report.partitions} partitions: {report.finished_before} finished before, {report.ran} run now "
        f"({report.articles} articles, {report.rejections} rejected), {len(report.failed)} failed  ({out})",
        err=True,
    )
    for failure in report.failed:
        click.echo(f"Warning: partition {failure} (run the command again to retry it)", err=True)
    if report.failed:
        raise click.exceptions.Exit(1)


def ingest_batch(folder: Path, db: str, strict: bool) -> None:
    """``eventwire ingest --from-parquet DIR``: the finished partitions of a batch into the store."""
    from eventwire.batch import read_batch
    from eventwire.engine import save_outcomes
    from eventwire.store import open_store

    with open_store(db) as store:
        report = save_outcomes(read_batch(folder), store)  # merged into the store's merged events, as ingest does
    click.echo(
        f"{report.read} read from {folder}: {report.inserted} new, {report.replaced} re-processed, "
        f"{report.unchanged} unchanged, {len(report.rejected)} rejected  ({store.where})",
        err=True,
    )
    echo_rejections(report.rejected)
    if report.rejected and strict:
        raise click.exceptions.Exit(1)
