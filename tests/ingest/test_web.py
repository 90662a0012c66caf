"""URLs, URL lists and RSS/Atom feeds, fetched from a real HTTP server on 127.0.0.1 (private addresses allowed
by the setting, as only tests should): redirects bounded, robots.txt honoured, size and time limits, and a
loopback address refused without the setting."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from eventwire.ingest import read_paths
from eventwire.ingest.fetch import USER_AGENT, FetchSettings
from eventwire.model import Article, Rejection

PAGE = (
    "<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>Gunmen killed three people at a "
    'market in Kano on Monday, police said in a statement.</p><p>"We are hunting the attackers," said police '
    "spokesman Ade Bello, who asked residents to stay calm.</p></article></body></html>"
)
FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Market attack</title><link>{base}/a.html</link><pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>{base}/missing.html</link></item>
</channel></rss>"""
SEEN_AGENTS: list[str] = []


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def send(self, status: int, body: bytes, kind: str = "text/html; charset=utf-8", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", headers.pop("length", str(len(body))))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        SEEN_AGENTS.append(self.headers.get("User-Agent", ""))
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        path = self.path
        if path == "/robots.txt":
            self.send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif path in ("/a.html", "/private/a.html"):
            self.send(200, PAGE.format(title="Market attack").encode())
        elif path == "/moved":
            self.send(301, b"", Location="/a.html")
        elif path == "/loop":
            self.send(302, b"", Location="/loop")
        elif path == "/big":
            self.send(200, b"x", length="999999999")
        elif path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(100):
                self.wfile.write(b"<p>more</p>" * 10)
                self.wfile.flush()
                time.sleep(0.1)
        elif path == "/feed":
            self.send(200, FEED.format(base=base).encode(), "application/rss+xml")
        else:
            self.send(404, b"not here")


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


LOCAL = FetchSettings(allow_private_addresses=True, timeout=2, deadline=1.5, max_bytes=100_000, max_redirects=3)


def read(*inputs: str | Path, fetch: FetchSettings = LOCAL) -> list[Article | Rejection]:
    return list(read_paths(list(inputs), fetch=fetch))


def test_a_loopback_address_is_refused_without_the_setting(base: str) -> None:
    (item,) = read(f"{base}/a.html", fetch=FetchSettings())
    assert isinstance(item, Rejection) and "loopback" in item.reason


def test_pages_are_read_with_their_url_politely_and_within_limits(base: str) -> None:
    page, moved, loop, private, big, drip, missing = read(
        *(f"{base}{p}" for p in ("/a.html", "/moved", "/loop", "/private/a.html", "/big", "/drip", "/missing"))
    )
    assert isinstance(page, Article) and page.url == f"{base}/a.html" and "Gunmen killed three" in page.text
    assert isinstance(moved, Article) and moved.url == f"{base}/a.html"
    assert isinstance(loop, Rejection) and "more than 3 redirects" in loop.reason
    assert isinstance(private, Rejection) and "robots.txt" in private.reason
    assert isinstance(big, Rejection) and "over the limit" in big.reason
    assert isinstance(drip, Rejection) and "did not end within 1.5 s" in drip.reason
    assert isinstance(missing, Rejection) and "HTTP 404" in missing.reason
    assert set(SEEN_AGENTS) == {USER_AGENT}
    (ignored,) = read(f"{base}/private/a.html", fetch=FetchSettings(allow_private_addresses=True, honour_robots=False))
    assert isinstance(ignored, Article)


def test_a_feed_by_url_or_file_and_a_url_list_fetch_their_pages(base: str, tmp_path: Path) -> None:
    feed_file = tmp_path / "wire.rss"
    feed_file.write_text(FEED.format(base=base), encoding="utf-8")
    url_list = tmp_path / "pages.urls"
    url_list.write_text(f"# today\n{base}/a.html\n\nnot a url\n", encoding="utf-8")
    for items in (read(f"{base}/feed"), read(feed_file)):
        first, second = items
        assert isinstance(first, Article) and first.published == date(2024, 3, 5)  # the item's date
        assert first.title == "Market attack" and first.url == f"{base}/a.html"
        assert (
            isinstance(second, Rejection)
            and "HTTP 404" in second.reason
            and second.origin.endswith("#2 (" + f"{base}/missing.html)")
        )
    page, bad = read(url_list)
    assert isinstance(page, Article) and page.id == f"{base}/a.html"
    assert isinstance(bad, Rejection) and bad.origin == f"{url_list}:4"
