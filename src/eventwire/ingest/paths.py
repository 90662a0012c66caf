"""Files, folders and standard input to articles: folders are read recursively, in sorted order, hidden entries skipped.

In a folder only files with a known suffix are read (``.txt .text .jsonl .ndjson .html .htm``, each also
with ``.gz``); others (images, notes, ...) are skipped silently. A file named explicitly is read whatever
its suffix. ``-`` is standard input: one stream of JSONL, text or HTML (gzipped or not), told apart by
its first bytes. Links to folders are not followed (no loops); a link to a file is, and a link that
loops, a file that cannot be opened and a folder that cannot be listed each become a rejection while
the rest is read. A path that does not exist (or a link to nothing) is an ``InputError`` raised before
anything is read.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from eventwire.errors import InputError
from eventwire.ingest.fetch import Fetcher, FetchSettings, is_url
from eventwire.ingest.formats import DEFAULT_LIMITS, count_source, known_format, read_source
from eventwire.ingest.limits import ReadLimits
from eventwire.ingest.sources import STDIN, Source, file_source, printable_name, stdin_source
from eventwire.ingest.web import read_url
from eventwire.model import Article, Rejection

LOOP_REASON = "a symbolic link that loops back on itself (ELOOP); point it at a file or remove it"


def read_paths(
    paths: Iterable[str | Path],
    *,
    limits: ReadLimits = DEFAULT_LIMITS,
    stdin: BinaryIO | None = None,
    fetch: FetchSettings | None = None,
) -> Iterator[Article | Rejection]:
    """Every article in the given files, folders and URLs (``-``: standard input, or ``stdin``), in order.

    Checks first that every path exists; ``limits`` bounds what one input may hold, ``fetch`` how pages are
    fetched (default: ``FetchSettings.from_env()``).
    """
    given = list(paths)
    checked = checked_paths(p for p in given if not is_url(p))
    return _read_all(given, checked, limits, stdin, Fetcher(fetch or FetchSettings.from_env()))


def _read_all(
    given: list[str | Path], checked: list[Path], limits: ReadLimits, stdin: BinaryIO | None, fetcher: Fetcher
) -> Iterator[Article | Rejection]:
    files = iter(checked)
    try:
        for path in given:
            if is_url(path):
                yield from read_url(str(path), fetcher)
            else:
                yield from _read_checked([next(files)], limits, stdin, fetcher)
    finally:
        fetcher.close()


def count_inputs(paths: Iterable[str | Path], *, limits: ReadLimits = DEFAULT_LIMITS) -> int | None:
    """How many articles (and rejections) reading ``paths`` yields, without parsing; None if it cannot tell.

    Standard input cannot be counted without being used up, so a ``-`` among the paths gives None.
    """
    try:
        given = list(paths)
        if any(is_url(path) for path in given):
            return None  # known only once fetched
        checked = checked_paths(given)
        if any(is_stdin(path) for path in checked):
            return None
        return sum(1 if isinstance(item, Rejection) else count_source(item, limits) for item in input_sources(checked))
    except (InputError, OSError):
        return None


def is_stdin(path: Path) -> bool:
    return str(path) == STDIN


def checked_paths(paths: Iterable[str | Path]) -> list[Path]:
    """``paths`` as ``Path`` objects; ``InputError`` for the first one that does not exist."""
    checked = [Path(p) for p in paths]
    for path in checked:
        if is_stdin(path) or os.path.lexists(path):
            _check_target(path)
        else:
            name = printable_name(str(path))
            raise InputError(f"{name}: no such file or folder; check the path{_relative_to_note(path)}")
    return checked


def _check_target(path: Path) -> None:
    """``InputError`` for a link to nothing; a link that loops is left for the reader to reject."""
    if is_stdin(path):
        return
    try:
        os.stat(path)
    except FileNotFoundError:
        raise InputError(
            f"{printable_name(str(path))}: a broken symbolic link; point it at an existing file or remove it"
        ) from None
    except OSError:
        return  # a loop, or no permission to look: the reader says so as a rejection


def _relative_to_note(path: Path) -> str:
    return "" if path.is_absolute() else f" (it is read relative to {Path.cwd()})"


def input_sources(paths: Iterable[Path], stdin: BinaryIO | None = None) -> Iterator[Source | Rejection]:
    """The inputs to read: each file as given, ``-`` as standard input, each folder's files in sorted order."""
    for path in paths:
        if is_stdin(path):
            yield stdin_source(stdin)
        elif _is_folder(path):
            yield from folder_files(path)
        else:
            yield file_source(path)


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def folder_files(folder: Path) -> Iterator[Source | Rejection]:
    """The readable files under ``folder``, depth first in sorted order, without recursion (no depth limit)."""
    pending: list[Iterator[os.DirEntry[str]]] = []
    listing = _listing(folder)
    if isinstance(listing, Rejection):
        yield listing
        return
    pending.append(listing)
    while pending:
        entry = next(pending[-1], None)
        if entry is None:
            pending.pop()
            continue
        item = _entry_item(entry)
        if isinstance(item, Path):
            listing = _listing(item)
            if isinstance(listing, Rejection):
                yield listing
            else:
                pending.append(listing)
        elif item is not None:
            yield item


def _listing(folder: Path) -> Iterator[os.DirEntry[str]] | Rejection:
    """A folder's entries in sorted order, hidden ones left out; a rejection if it cannot be listed."""
    try:
        with os.scandir(folder) as entries:
            visible = [entry for entry in entries if not entry.name.startswith(".")]
    except OSError as error:
        return Rejection(printable_name(str(folder)), f"cannot list the folder ({error.strerror or error})")
    return iter(sorted(visible, key=lambda entry: entry.name))


def _entry_item(entry: os.DirEntry[str]) -> Path | Source | Rejection | None:
    """A sub-folder to list (a ``Path``), a file to read, a rejection, or None for an entry to skip."""
    path = Path(entry.path)
    try:
        if entry.is_dir(follow_symlinks=False):  # links to folders are not followed: no loops
            return path
        if known_format(path) is None or not entry.is_file():
            return None
    except OSError as error:
        reason = LOOP_REASON if error.errno == errno.ELOOP else f"cannot look at the file ({error.strerror or error})"
        return Rejection(printable_name(entry.path), reason)
    return file_source(path)


def _read_checked(
    paths: list[Path], limits: ReadLimits, stdin: BinaryIO | None, fetcher: Fetcher
) -> Iterator[Article | Rejection]:
    for item in input_sources(paths, stdin):
        if isinstance(item, Rejection):
            yield item
        else:
            yield from read_source(item, limits, fetcher)
