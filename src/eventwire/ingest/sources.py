"""Where input comes from: a file or standard input, opened as one bounded, decompressed byte stream.

A ``Source`` names an input the way a user reads it (``origin``, for rejections and articles) and
the way article ids are built from it (``stem``). ``open_source`` opens it: a regular file larger
than ``max_file_bytes`` is refused before it is read; gzip data (known by its magic number, whatever
the name) is decompressed, at most ``max_decompressed_bytes`` of it; anything that cannot be opened
or read raises ``RejectedInput`` with the operating system's reason.
"""

from __future__ import annotations

import errno
import gzip
import io
import os
import stat
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from eventwire.ingest.decode import RejectedInput, replace_surrogates
from eventwire.ingest.limits import ReadLimits, describe_limit, limited

STDIN = "-"
STDIN_ORIGIN = "<stdin>"
STDIN_STEM = "stdin"
GZIP_MAGIC = b"\x1f\x8b"
INNER_SUFFIXES = (".txt", ".text", ".jsonl", ".ndjson", ".html", ".htm", ".warc")


@dataclass(frozen=True, slots=True)
class Source:
    """One input: a file (``path``) or standard input (``path`` None, read from ``stdin``)."""

    path: Path | None
    stdin: BinaryIO | None = None

    @property
    def origin(self) -> str:
        """The input's name in articles and rejections (undecodable bytes of a file name shown as U+FFFD)."""
        return STDIN_ORIGIN if self.path is None else printable_name(str(self.path))

    @property
    def stem(self) -> str:
        """The base of article ids: the file name without its suffix (``feed.jsonl.gz`` -> ``feed``)."""
        return STDIN_STEM if self.path is None else printable_name(file_stem(self.path))


def file_source(path: Path) -> Source:
    return Source(Path(path))


def stdin_source(stream: BinaryIO | None = None) -> Source:
    """Standard input (or ``stream`` in its place, e.g. for a test or an embedding program)."""
    return Source(None, stream)


def printable_name(name: str) -> str:
    """``name`` with the undecodable bytes of a file name (lone surrogates) replaced by U+FFFD."""
    return replace_surrogates(name)[0]


def file_stem(path: Path) -> str:
    """A file name without its suffix; of ``name.jsonl.gz`` both suffixes go (``report.2022.gz`` -> ``report.2022``)."""
    if path.suffix.lower() != ".gz":
        return path.stem
    inner = Path(path.stem)
    return inner.stem if inner.suffix.lower() in INNER_SUFFIXES else inner.name


@contextmanager
def open_source(source: Source, limits: ReadLimits) -> Iterator[io.BufferedReader]:
    """The source's content as a buffered byte stream: decompressed if gzipped, bounded by ``limits``."""
    with ExitStack() as stack:
        raw = _open_raw(source, limits, stack)
        if raw.peek(len(GZIP_MAGIC))[: len(GZIP_MAGIC)] != GZIP_MAGIC:
            yield raw
            return
        unzipped = stack.enter_context(gzip.GzipFile(fileobj=raw, mode="rb"))
        yield limited(unzipped, limits.max_decompressed_bytes, _bomb_reason(limits), "the gzip data")


def _open_raw(source: Source, limits: ReadLimits, stack: ExitStack) -> io.BufferedReader:
    too_much = f"more than {describe_limit('max_file_bytes', limits.max_file_bytes)} for one input; split it"
    if source.path is None:
        stream = source.stdin if source.stdin is not None else _process_stdin()
        return limited(stream, limits.max_file_bytes, too_much, "standard input")
    handle = stack.enter_context(_open_file(source.path))
    _check_size(handle, limits)
    return limited(handle, limits.max_file_bytes, too_much, "the file")


def _process_stdin() -> BinaryIO:
    if sys.stdin is None:  # a process started without standard input
        raise RejectedInput("no standard input to read (the process has none)")
    return sys.stdin.buffer


def _open_file(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except IsADirectoryError:
        raise RejectedInput("is a folder, not a file") from None
    except OSError as error:
        raise RejectedInput(_cannot_open_reason(error)) from None


def _cannot_open_reason(error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "a symbolic link that loops back on itself (ELOOP); point it at a file or remove it"
    if error.errno == errno.EACCES:
        return "cannot read the file (permission denied); give read permission (chmod +r) or leave it out"
    return f"cannot read the file ({error.strerror or error})"


def _check_size(handle: BinaryIO, limits: ReadLimits) -> None:
    status = os.fstat(handle.fileno())
    if stat.S_ISREG(status.st_mode) and status.st_size > limits.max_file_bytes:
        raise RejectedInput(
            f"the file holds {status.st_size:,} bytes, over {describe_limit('max_file_bytes', limits.max_file_bytes)} "
            "for one input; split it or raise the limit"
        )


def _bomb_reason(limits: ReadLimits) -> str:
    limit = describe_limit("max_decompressed_bytes", limits.max_decompressed_bytes)
    return f"the gzip data decompresses to more than {limit}: a decompression bomb, or an archive to split"
