"""A progress line on stderr for long runs, shown only on a terminal."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def progress_bar(
    label: str, *, enabled: bool, total: Callable[[], int | None] = lambda: None
) -> Iterator[Callable[[], None]]:
    """Yield a ``tick()`` that counts one article; draws nothing unless stderr is a terminal.

    ``total`` is called only when the bar is drawn (counting inputs costs a read).
    """
    if not (enabled and sys.stderr.isatty()):
        yield lambda: None
        return
    # rich only for a bar drawn: a run to a file or a pipe does not import it (start-up of a whole process)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(label, total=total())
        yield lambda: progress.advance(task)
