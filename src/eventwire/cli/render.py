"""Rendering records as a table, JSON lines or CSV."""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping, Sequence
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

FORMATS = ("table", "json", "csv")


def render(
    rows: Sequence[Mapping[str, Any]],
    nested: Sequence[Mapping[str, Any]],
    fmt: str,
    out: TextIO,
    table_columns: Sequence[str] | None = None,
) -> None:
    """Write ``rows`` (flat) as a table (``table_columns`` of them) or CSV, or ``nested`` as JSON lines."""
    if fmt == "json":
        for item in nested:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        write_csv(rows, out)
    else:
        write_table(rows, out, table_columns)


def write_csv(rows: Sequence[Mapping[str, Any]], out: TextIO) -> None:
    if not rows:
        return
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def write_table(rows: Sequence[Mapping[str, Any]], out: TextIO, columns: Sequence[str] | None = None) -> None:
    console = Console(file=out, width=None if out.isatty() else 200)
    if not rows:
        console.print("no matching records")
        return
    table = Table(show_lines=False)
    shown = [name for name in columns if name in rows[0]] if columns else list(rows[0])
    for name in shown:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*("" if row.get(name) is None else str(row.get(name)) for name in shown))
    console.print(table)
