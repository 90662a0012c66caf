"""Files and folders to articles: folders are read recursively, in sorted order, hidden entries skipped.

In a folder only files with a known suffix are read (``.txt .text .jsonl .ndjson .jsonl.gz .ndjson.gz
.html .htm``); others (images, notes, ...) are skipped silently. A file named explicitly is read whatever
its suffix. A folder that cannot be listed becomes a rejection; a path that does not exist is an
``InputError`` raised before anything is read.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventwire.errors import InputError
from eventwire.ingest.formats import InputFormat, format_of, known_format, read_file
from eventwire.ingest.jsonl import open_lines
from eventwire.model import Article, Rejection


def read_paths(paths: Iterable[str | Path]) -> Iterator[Article | Rejection]:
    """Every article in the given files and folders, in order; checks that all of them exist first."""
    checked = checked_paths(paths)
    return _read_checked(checked)


def checked_paths(paths: Iterable[str | Path]) -> list[Path]:
    """``paths`` as ``Path`` objects; ``InputError`` for the first one that does not exist."""
    checked = [Path(p) for p in paths]
    for path in checked:
        if not os.path.lexists(path):
            raise InputError(f"{path}: no such file or folder; check the path{_relative_to_note(path)}")
        if not path.exists():
            raise InputError(f"{path}: a broken symbolic link; point it at an existing file or remove it")
    return checked


def _relative_to_note(path: Path) -> str:
    return "" if path.is_absolute() else f" (it is read relative to {Path.cwd()})"


def input_files(paths: Iterable[Path]) -> Iterator[Path | Rejection]:
    """The files to read: each file as given, each folder's readable files in sorted order."""
    for path in paths:
        if path.is_dir():
            yield from _folder_files(path)
        else:
            yield path


def count_inputs(paths: Iterable[str | Path]) -> int | None:
    """How many articles (and rejections) reading ``paths`` yields, cheaply; None if it cannot tell."""
    try:
        files = list(input_files(checked_paths(paths)))
        return sum(1 if isinstance(item, Rejection) else _count_file(item) for item in files)
    except (InputError, OSError, EOFError):
        return None


def _read_checked(paths: list[Path]) -> Iterator[Article | Rejection]:
    for item in input_files(paths):
        if isinstance(item, Rejection):
            yield item
        else:
            yield from read_file(item)


def _folder_files(folder: Path) -> Iterator[Path | Rejection]:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        yield Rejection(str(folder), f"cannot list the folder ({error.strerror or error})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):  # links to folders are not followed: no loops
            yield from _folder_files(path)
        elif entry.is_file() and known_format(path) is not None:
            yield path


def _count_file(path: Path) -> int:
    if format_of(path) is not InputFormat.JSONL:
        return 1
    with open_lines(path) as stream:
        return sum(1 for line in stream if not line.isspace())
