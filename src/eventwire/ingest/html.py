"""HTML pages: trafilatura finds the main text and the metadata, offline.

The article text is the main content trafilatura extracts (headline first when the page repeats it
in the body), one paragraph a line, paragraphs separated by a blank line; comments and tables are left
out. ``title`` is the page's title, ``published`` the publication date declared in the markup (meta
tags, JSON-LD, ``<time>``, a date in the canonical URL; never guessed from free text, never later than a
fixed bound: no clock), ``source`` the site name and ``url`` the canonical URL. A page without
extractable text is a rejection. Pages that are not UTF-8 are decoded from their declared or detected
charset.
"""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from eventwire.ingest.decode import RejectedInput, byte_order_mark, decode_unicode
from eventwire.ingest.sources import Source
from eventwire.model import Article, Rejection

# htmldate's defaults read the wall clock for the latest acceptable date; a fixed bound keeps runs reproducible.
DATE_SEARCH = {"original_date": True, "extensive_search": False, "max_date": "2999-12-31"}
PARAGRAPH_BREAK = "\n\n"


def read_html(stream: io.BufferedReader, source: Source) -> Article | Rejection:
    """One article from an HTML input, or a rejection saying why not."""
    try:
        data = stream.read()
        if not data.strip():
            raise RejectedInput("empty file")
        return article_from_html(_html_content(data), article_id=source.stem, origin=source.origin)
    except RejectedInput as error:
        return Rejection(source.origin, error.reason)


def article_from_html(html: str | bytes, article_id: str, origin: str) -> Article:
    """The article in an HTML page (``bytes`` are decoded from the page's charset)."""
    extracted = _extract(html)
    text = _article_text(extracted.text if extracted is not None else None)
    return Article(
        id=article_id,
        text=text,
        published=_published(extracted.date),
        title=extracted.title or None,
        url=extracted.url or None,
        source=extracted.sitename or None,
        origin=origin,
    )


def _html_content(data: bytes) -> str | bytes:
    """UTF-8 (or marked UTF-16/32) pages as text; others as bytes, for trafilatura to decode by their charset."""
    if b"\x00" in data and byte_order_mark(data) is None:
        raise RejectedInput("binary data, not HTML (it holds NUL bytes)")
    text = decode_unicode(data)
    return data if text is None else text


def _extract(html: str | bytes) -> Any:
    import trafilatura  # heavy: imported on first use only

    try:
        return trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False, date_extraction_params=DATE_SEARCH
        )
    except ValueError:
        return None
    except Exception as error:  # a page trafilatura chokes on is one rejection, not the end of the batch
        raise RejectedInput(f"trafilatura could not read the page ({type(error).__name__}: {error})") from error


def _article_text(text: str | None) -> str:
    lines = [line.strip() for line in (text or "").split("\n")]
    body = PARAGRAPH_BREAK.join(line for line in lines if line)
    if not body:
        raise RejectedInput("no article text found in the page (trafilatura extracted nothing)")
    return body


def _published(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
    except Exception as error:  # a page trafilatura chokes on is one rejection, not the end of the batch
        raise RejectedInput(f"trafilatura could not read the page ({type(error).__name__}: {error})") from error
