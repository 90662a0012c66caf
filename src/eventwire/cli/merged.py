"""``eventwire merged``, ``merge`` and ``timeline``: merged events, one record per real-world event."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

DB_OPTION = click.option(
    "--db", default="eventwire.db", show_default=True, envvar="EVENTWIRE_DB", help="The store (as for ingest)."
)
MERGED_COLUMNS = (
    "id",
    "day_first",
    "event_type",
    "sub_event_type",
    "location",
    "country",
    "killed",
    "injured",
    "sources",
)
TIMELINE_COLUMNS = ("period", "id", "event_type", "location", "country", "killed", "injured", "sources")


def warn_unmerged(store: Any) -> None:
    """A ``Warning:`` line when the store holds articles that no merge has seen (stored by an older eventwire)."""
    pending = store.stats()["articles"] - store.merge_article_total()
    if pending > 0:
        click.echo(f"Warning: {pending} stored articles are not merged yet; merge them with: eventwire merge", err=True)


def event_filters(function: F) -> F:
    """The filters ``events`` has (a merged event matches when one of its member events does), and --actor."""
    options = [
        click.option("--limit", type=click.IntRange(min=1), help="At most this many merged events."),
        click.option("--actor", help="An actor's name contains this (case-insensitive)."),
        click.option("--article", help="Only merged events with an event of this article (id or hash prefix)."),
        click.option("--text", help="A member event's evidence sentence contains these words."),
        click.option("--place", help="A member event's location, admin1 or country contains this."),
        click.option("--type", "event_type", help="A member event's type or sub-event type (case-insensitive)."),
        click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Last day (YYYY-MM-DD)."),
        click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="First day (YYYY-MM-DD)."),
    ]
    for option in options:
        function = option(function)
    return function


def _filter(options: dict[str, Any]) -> Any:
    from eventwire.query import EventFilter

    def day(value: Any) -> date | None:
        return value.date() if value is not None else None

    return EventFilter(
        since=day(options.get("since")),
        until=day(options.get("until")),
        event_type=options.get("event_type"),
        place=options.get("place"),
        text=options.get("text"),
        article=options.get("article"),
        limit=options.get("limit"),
    )


@click.group(invoke_without_command=True)
@DB_OPTION
@event_filters
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.pass_context
def merged(ctx: click.Context, /, db: str, fmt: str, actor: str | None, **filters: Any) -> None:
    """List merged events (one per real-world event, with its number of sources), filtered; or a subcommand."""
    if ctx.invoked_subcommand is not None:
        return
    from eventwire.cli.render import render
    from eventwire.query import find_merged
    from eventwire.store import open_store

    with open_store(db, create=False) as store:
        warn_unmerged(store)
        records = find_merged(store, _filter(filters), actor)
    render([r.to_row() for r in records], [r.to_dict() for r in records], fmt, sys.stdout, MERGED_COLUMNS)


@merged.command()
@click.argument("merged_id", type=int)
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def show(merged_id: int, db: str, fmt: str) -> None:
    """One merged event: its sources with their evidence, similarity and features, and each figure's revisions."""
    from eventwire.errors import FilterError
    from eventwire.query import merged_event
    from eventwire.store import open_store

    with open_store(db, create=False) as store:
        record = merged_event(store, merged_id)
    if record is None:
        raise FilterError(f"no merged event {merged_id}; list them with: eventwire merged")
    if fmt == "json":
        click.echo(json.dumps(record.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(describe(record.to_dict()))


def describe(record: dict[str, Any]) -> str:
    """A merged event's record as text for a terminal."""
    location = record["location"] or {}
    when = record["date"]
    lines = [
        f"merged event {record['id']}: {record['notes']}",
        f"  type      {record['event_type']} / {record['sub_event_type']}  (votes {record['type_votes']})",
        f"  date      {when['first']} .. {when['last']} ({when['value']})" if when else "  date      undated",
        f"  place     {location.get('name')}, {location.get('admin1')}, {location.get('country')}",
        f"  actors    {', '.join(record['actors']) or '-'}",
    ]
    for figure in ("killed", "injured"):
        reconciled = record[figure]
        if reconciled:
            revisions = "; ".join(f"{r['published']} {r['count']} ({r['article_id']})" for r in reconciled["revisions"])
            best, low, high = reconciled["best"], reconciled["low"], reconciled["high"]
            lines.append(f"  {figure:<9} best {best} (low {low}, high {high}): {revisions}")
    lines.append(f"  sources   {record['source_count']}")
    for source in record["sources"]:
        similarity = "" if source["similarity"] is None else f" similarity {source['similarity']}"
        which = f"{source['article_id']} [{source['article_hash'][:12]}] event {source['ordinal']}"
        lines.append(f"  - {source['published']} {which}{similarity}")
        lines.append(f"      {source['title'] or ''} {source['url'] or ''}".rstrip())
        lines.append(f"      evidence: {source['evidence']}")
        if source["features"]:
            lines.append(f"      features: {json.dumps(source['features'], sort_keys=True)}")
    return "\n".join(lines)


@merged.command()
@click.argument("merged_id", type=int)
@click.argument("articles", nargs=-1, required=True)
@DB_OPTION
def split(merged_id: int, articles: tuple[str, ...], db: str) -> None:
    """Move ARTICLES (ids or hash prefixes) out of merged event MERGED_ID into one of their own; kept as an override."""
    from eventwire.merge.overrides import split as split_event
    from eventwire.store import open_store

    with open_store(db, create=False) as store:
        split_event(store, merged_id, articles)
    click.echo(f"split {len(articles)} article(s) out of merged event {merged_id}", err=True)


@merged.command()
@click.argument("merged_ids", type=int, nargs=-1, required=True)
@DB_OPTION
def join(merged_ids: tuple[int, ...], db: str) -> None:
    """Merge these merged events into one; kept as an override."""
    from eventwire.merge.overrides import join as join_events
    from eventwire.store import open_store

    with open_store(db, create=False) as store:
        join_events(store, list(merged_ids))
    click.echo(f"joined merged events {', '.join(map(str, merged_ids))}", err=True)


@merged.command()
@click.argument("merged_id", type=int)
@click.argument("article")
@DB_OPTION
def detach(merged_id: int, article: str, db: str) -> None:
    """Make ARTICLE's event an event of its own, apart from the rest of MERGED_ID; kept as an override."""
    from eventwire.merge.overrides import detach as detach_article
    from eventwire.store import open_store

    with open_store(db, create=False) as store:
        detach_article(store, merged_id, article)
    click.echo(f"detached {article} from merged event {merged_id}", err=True)


@click.command()
@DB_OPTION
@click.option(
    "--rebuild", is_flag=True, help="Forget the merged events (overrides stay) and merge every article again."
)
def merge(db: str, rebuild: bool) -> None:
    """Merge the stored articles that are not merged yet (or, with --rebuild, all of them) into merged events."""
    from eventwire.merge.incremental import merge_pending
    from eventwire.merge.incremental import rebuild as rebuild_all
    from eventwire.store import open_store

    with open_store(db, create=False) as store:
        report = rebuild_all(store) if rebuild else merge_pending(store)
    click.echo(f"{report.articles} articles merged: {report.written} merged events written", err=True)


@click.command()
@DB_OPTION
@event_filters
@click.option("--bucket", type=click.Choice(["day", "week", "month", "year"]), default="day", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
def timeline(db: str, bucket: str, fmt: str, actor: str | None, **filters: Any) -> None:
    """Merged events in date order, by day (or week, month, year), with their source counts."""
    from eventwire.cli.render import render
    from eventwire.query import timeline as timeline_of
    from eventwire.store import open_store

    with open_store(db, create=False) as store:
        warn_unmerged(store)
        buckets = timeline_of(store, _filter(filters), actor, bucket)
    rows = [{"period": b.period, **event.to_row()} for b in buckets for event in b.events]
    render(rows, [b.to_dict() for b in buckets], fmt, sys.stdout, TIMELINE_COLUMNS)


COMMANDS = (merged, merge, timeline)
