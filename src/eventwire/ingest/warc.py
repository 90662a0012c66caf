"""WARC files (``.warc``, ``.warc.gz``): every HTML response record is one article, read by trafilatura as an
HTML page is, with the record's URL (``WARC-Target-URI``) and, when the page declares no publication date,
the record's date (``WARC-Date``). Other records (requests, metadata, images, redirects) are skipped; a
record that cannot be read is a rejection and the next records are read. The stream is already bounded and
decompressed (``open_source``), so a WARC bomb stops at the read limits like any gzip input.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from typing import Any

from eventwire.ingest.decode import RejectedInput
from eventwire.ingest.html import article_from_html
from eventwire.ingest.sources import Source
from eventwire.model import Article, Rejection

WARC_START = b"WARC/"


def read_warc(stream: io.BufferedReader, source: Source) -> Iterator[Article | Rejection]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        for record in ArchiveIterator(stream, arc2warc=True):
            if record.rec_type != "response" or not _is_html(record):
                continue
            number += 1
            yield _article(record, source, number)
    except ArchiveLoadFailed as error:
        yield Rejection(f"{source.origin}#{number + 1}", f"not a readable WARC record ({error})")
    except RejectedInput as error:  # a read limit, or a read that failed
        yield Rejection(f"{source.origin}#{number + 1}", error.reason)


def count_warc(stream: io.BufferedReader) -> int:
    from warcio.archiveiterator import ArchiveIterator

    try:
        return sum(1 for r in ArchiveIterator(stream, arc2warc=True) if r.rec_type == "response" and _is_html(r))
    except Exception:
        return 1


def _is_html(record: Any) -> bool:
    headers = record.http_headers
    kind = (headers.get_header("Content-Type") if headers is not None else None) or ""
    status = headers.get_statuscode() if headers is not None else "200"
    return "html" in kind.lower() and str(status).startswith("2")


def _article(record: Any, source: Source, number: int) -> Article | Rejection:
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    origin = f"{source.origin}#{number}"
    try:
        content = record.content_stream().read()
        page = article_from_html(content, article_id=f"{source.stem}:{number}", origin=origin)
    except RejectedInput as error:
        return Rejection(origin + (f" ({url})" if url else ""), error.reason)
    except Exception as error:  # a damaged record (bad chunking, bad gzip) is one rejection
        return Rejection(origin, f"cannot read the record ({type(error).__name__}: {error})")
    published = page.published or _warc_date(record.rec_headers.get_header("WARC-Date"))
    return Article(
        id=page.id,
        text=page.text,
        published=published,
        title=page.title,
        url=url or page.url,
        source=page.source,
        origin=origin,
    )


def _warc_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
