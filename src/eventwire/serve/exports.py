"""Exports streamed over HTTP in the CLI's formats (JSONL, ACLED-style CSV, GeoJSON).

The rows are read and written in a thread of their own, with its own store connection, into a bounded
queue that the response drains: memory stays flat whatever the size of the export, and a client that
goes away stops the reading.
"""

from __future__ import annotations

import io
import queue
import threading
from collections.abc import Iterator

from eventwire.query import export
from eventwire.query.export import ExportOptions
from eventwire.store import EventFilter, open_store

MEDIA_TYPES = {"jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8", "geojson": "application/geo+json"}
CHUNK_CHARS = 64 * 1024
_DONE = object()


class _QueueWriter(io.TextIOBase):
    """A text file whose writes are gathered into chunks and put on a queue."""

    def __init__(self, chunks: queue.Queue[object], stop: threading.Event) -> None:
        self._chunks = chunks
        self._stop = stop
        self._buffer: list[str] = []
        self._size = 0

    def write(self, text: str) -> int:
        self._buffer.append(text)
        self._size += len(text)
        if self._size >= CHUNK_CHARS:
            self.flush()
        return len(text)

    def flush(self) -> None:
        if self._buffer:
            self._put("".join(self._buffer))
            self._buffer, self._size = [], 0

    def _put(self, item: object) -> None:
        while not self._stop.is_set():
            try:
                self._chunks.put(item, timeout=0.5)
                return
            except queue.Full:
                continue
        raise _Stopped


class _Stopped(Exception):
    """The client went away: stop writing."""


def stream_export(db: str, fmt: str, query: EventFilter, options: ExportOptions) -> Iterator[bytes]:
    """The export of ``query`` in ``fmt`` as UTF-8 chunks (``fmt`` checked by the caller)."""
    chunks: queue.Queue[object] = queue.Queue(maxsize=16)
    stop = threading.Event()

    def produce() -> None:
        writer = _QueueWriter(chunks, stop)
        try:
            with open_store(db, create=False) as store:
                export(store, fmt, writer, query, options)  # type: ignore[arg-type]
            writer.flush()
        except _Stopped:
            return
        except BaseException as error:  # reported at the end of the stream, where the client sees it
            chunks.put(error)
            return
        chunks.put(_DONE)

    thread = threading.Thread(target=produce, name="eventwire-export", daemon=True)
    thread.start()
    try:
        while True:
            item = chunks.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            assert isinstance(item, str)
            yield item.encode("utf-8")
    finally:
        stop.set()
