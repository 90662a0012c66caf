"""WARC and WARC.gz: HTML response records become articles with the record's URL and date; other records are
skipped; a damaged archive is a rejection after the records read before it."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.ingest import count_inputs, read_paths
from eventwire.model import Article, Rejection

PAGE = """<html><head><title>{title}</title>{meta}</head><body><article><h1>{title}</h1>
<p>Gunmen killed three people at a market in Kano on Monday, police said in a statement on Tuesday.</p>
<p>"We are hunting the attackers," said police spokesman Ade Bello, who asked residents to stay calm.</p>
</article></body></html>"""


def response(writer: WARCWriter, url: str, html: str, *, when: str, kind: str = "text/html; charset=utf-8") -> None:
    headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(html.encode("utf-8")),
        http_headers=headers,
        warc_headers_dict={"WARC-Date": when},
    )
    writer.write_record(record)


def write_warc(path: Path, *, gzip: bool) -> None:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        dated = '<meta property="article:published_time" content="2024-03-05">'
        response(
            writer,
            "https://news.example/kano-market",
            PAGE.format(title="Market attack", meta=dated),
            when="2024-03-06T08:00:00Z",
        )
        request = writer.create_warc_record(
            "https://news.example/kano-market", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
        )
        writer.write_record(request)
        response(writer, "https://news.example/logo.png", "\x89PNG", when="2024-03-06T08:00:01Z", kind="image/png")
        response(
            writer,
            "https://news.example/follow-up",
            PAGE.format(title="Follow-up", meta=""),
            when="2024-03-07T09:30:00Z",
        )


def test_html_records_become_articles_with_the_records_url_and_date(tmp_path: Path) -> None:
    for name, gzip in (("crawl.warc.gz", True), ("crawl.warc", False), ("crawl.bin", True)):
        path = tmp_path / name
        write_warc(path, gzip=gzip)
        items = list(read_paths([path]))
        assert all(isinstance(item, Article) for item in items), items
        articles = [item for item in items if isinstance(item, Article)]
        assert [a.url for a in articles] == ["https://news.example/kano-market", "https://news.example/follow-up"]
        assert [a.published for a in articles] == [date(2024, 3, 5), date(2024, 3, 7)]  # the page's, else the record's
        assert [a.origin for a in articles] == [f"{path}#1", f"{path}#2"]
        assert "Gunmen killed three people" in articles[0].text
        assert count_inputs([path]) == 2


def test_a_damaged_archive_is_a_rejection_after_the_records_before_it(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc"
    write_warc(whole, gzip=False)
    data = whole.read_bytes()
    cut = data.rindex(b"WARC/1")
    damaged = tmp_path / "damaged.warc"
    damaged.write_bytes(data[:cut] + b"\x00\x01junk" * 30)
    items = list(read_paths([damaged]))
    assert isinstance(items[0], Article) and items[0].url == "https://news.example/kano-market"
    assert isinstance(items[-1], Rejection) and "not a readable WARC record" in items[-1].reason
