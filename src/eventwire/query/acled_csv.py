"""The ACLED CSV: exactly ACLED's 31 columns in ACLED's order (eventwire's own columns after them only
when asked), one row per merged event, or per report. Column choices: ``query.acled``."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from eventwire.query.acled import ACLED_COLUMNS, EXTRA_COLUMNS, disorder_type
from eventwire.query.records import Flat

__all__ = ["ACLED_COLUMNS", "EXTRA_COLUMNS", "disorder_type", "write_acled_csv"]


def write_acled_csv(rows: Iterable[Flat], out: TextIO, extra_columns: bool = False) -> int:
    """Write a header and one row per item of ``rows`` (ACLED rows); return the number of rows."""
    columns = ACLED_COLUMNS + (EXTRA_COLUMNS if extra_columns else ())
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count
