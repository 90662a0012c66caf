"""How much one input may hold: ``ReadLimits``, and a byte stream that stops at its limit.

Text and HTML files are read whole and a JSONL line is read whole, so without a bound one huge
file, one line without a line break or one small gzip bomb would take all the memory. Every
input is read through a ``LimitedStream``: past its limit it raises ``RejectedInput`` naming the
limit, and the reader turns that into a ``Rejection``.
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass
from typing import Protocol

from eventwire.errors import SettingsError
from eventwire.ingest.decode import RejectedInput

DEFAULT_MAX_BYTES = 200_000_000


@dataclass(frozen=True, slots=True)
class ReadLimits:
    """The most one input may hold.

    max_file_bytes: bytes in one file or on standard input, as stored (compressed or not).
    max_decompressed_bytes: bytes a gzipped input may decompress to (a decompression bomb stops here).
    """

    max_file_bytes: int = DEFAULT_MAX_BYTES
    max_decompressed_bytes: int = DEFAULT_MAX_BYTES

    def __post_init__(self) -> None:
        for name in ("max_file_bytes", "max_decompressed_bytes"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise SettingsError(f"read limit {name!r} must be a positive number of bytes, got {value!r}")


def describe_limit(name: str, limit: int) -> str:
    """A limit as a user reads it: ``the 200 MB limit (max_file_bytes)``."""
    return f"the {limit / 1_000_000:g} MB limit ({name}={limit})"


class Readable(Protocol):
    """Anything with ``read(size)`` returning bytes: a file, standard input, a ``GzipFile``."""

    def read(self, size: int = -1, /) -> bytes: ...


class LimitedStream(io.RawIOBase):
    """The bytes of ``inner``; reading past ``limit`` of them, or a read that fails, raises ``RejectedInput``.

    ``too_much`` is the reason given when the limit is passed; ``failure`` names what was being read
    (``the file``, ``the gzip data``) in the reason for a failed read.
    """

    def __init__(self, inner: Readable, limit: int, too_much: str, failure: str) -> None:
        super().__init__()
        self._inner = inner
        self._left = limit
        self._too_much = too_much
        self._failure = failure
        self._over = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        """Up to the limit, what ``inner`` holds; once the limit is passed, ``RejectedInput``."""
        if self._over:
            raise RejectedInput(self._too_much)
        data = self._read(min(len(buffer), self._left + 1))
        if len(data) > self._left:  # give what is within the limit now, refuse on the next read
            data, self._over = data[: self._left], True
            if not data:
                raise RejectedInput(self._too_much)
        self._left -= len(data)
        buffer[: len(data)] = data
        return len(data)

    def _read(self, size: int) -> bytes:
        try:
            return self._inner.read(size)
        except (OSError, EOFError, zlib.error) as error:
            reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
            raise RejectedInput(f"cannot read {self._failure} ({reason})") from None


def limited(inner: Readable, limit: int, too_much: str, failure: str) -> io.BufferedReader:
    """``inner`` bounded by ``limit`` and buffered (so that its head can be peeked at)."""
    return io.BufferedReader(LimitedStream(inner, limit, too_much, failure))
