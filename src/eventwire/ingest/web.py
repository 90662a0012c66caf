"""Inputs on the web: a URL (a page, or a feed), a URL list (``.urls``: one URL a line, ``#`` comments), and
RSS/Atom feeds (``.rss``, ``.atom``, a file or a URL; feedparser) whose items' pages are fetched.

A page is read as an HTML file is (trafilatura), its URL the one fetched (after redirects); an item's page
without a date of its own takes the item's. Each page that cannot be fetched or read is one rejection
(origin: the URL, or ``feed#item``) and the others are read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from eventwire.ingest.decode import RejectedInput, decode_unicode
from eventwire.ingest.fetch import Fetcher, Page, is_url
from eventwire.ingest.html import article_from_html
from eventwire.model import Article, Rejection

FEED_START = re.compile(rb"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.DOTALL)
FEED_TYPES = ("rss", "atom")


def looks_like_feed(head: bytes) -> bool:
    return bool(FEED_START.match(head.lstrip(b"\xef\xbb\xbf")))


def read_url(url: str, fetcher: Fetcher) -> Iterator[Article | Rejection]:
    """The article at ``url``, or the articles of the feed there."""
    try:
        page = fetcher.get(url)
    except RejectedInput as error:
        yield Rejection(url, error.reason)
        return
    if any(kind in page.content_type.lower() for kind in FEED_TYPES) or looks_like_feed(page.content[:1024]):
        yield from read_feed(page.content, url, fetcher)
    else:
        yield page_article(page, article_id=url, origin=url)


def read_url_list(data: bytes, origin: str, fetcher: Fetcher) -> Iterator[Article | Rejection]:
    text = decode_unicode(data)
    if text is None:
        yield Rejection(origin, "a URL list must be UTF-8 text")
        return
    for number, line in enumerate(text.splitlines(), 1):
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        if is_url(entry):
            yield from read_url(entry, fetcher)
        else:
            yield Rejection(f"{origin}:{number}", f"not an http(s) URL: {entry[:200]!r}")


def read_feed(data: bytes, origin: str, fetcher: Fetcher) -> Iterator[Article | Rejection]:
    import feedparser

    try:
        feed = feedparser.parse(data)
    except Exception as error:  # feedparser is lenient; whatever still escapes it is one rejection
        yield Rejection(origin, f"not a readable RSS/Atom feed ({type(error).__name__}: {error})")
        return
    if not feed.entries:
        problem = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        yield Rejection(origin, f"a feed with no items{problem}")
        return
    for number, entry in enumerate(feed.entries, 1):
        where = f"{origin}#{number}"
        link = entry.get("link")
        if not link or not is_url(link):
            yield Rejection(where, "the feed item has no http(s) link to fetch")
            continue
        try:
            page = fetcher.get(link)
        except RejectedInput as error:
            yield Rejection(f"{where} ({link})", error.reason)
            continue
        yield page_article(page, article_id=link, origin=where, published=_entry_date(entry), title=entry.get("title"))


def page_article(
    page: Page, *, article_id: str, origin: str, published: date | None = None, title: str | None = None
) -> Article | Rejection:
    try:
        if "html" in page.content_type.lower() or not page.content_type:
            found = article_from_html(page.content, article_id=article_id, origin=origin)
            return Article(
                id=article_id,
                text=found.text,
                published=found.published or published,
                title=found.title or title,
                url=page.url,
                source=found.source,
                origin=origin,
            )
        if page.content_type.lower().startswith("text/plain"):
            text = decode_unicode(page.content)
            if text is None or not text.strip():
                raise RejectedInput("a text page that is not UTF-8, or empty")
            return Article(
                id=article_id, text=text.strip(), published=published, title=title, url=page.url, origin=origin
            )
    except RejectedInput as error:
        return Rejection(origin, error.reason)
    return Rejection(origin, f"the page is {page.content_type.split(';')[0]}, not HTML or text; not read")


def _entry_date(entry: Any) -> date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    try:
        return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None
    except (AttributeError, ValueError):
        return None
