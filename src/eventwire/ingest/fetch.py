"""Pages from the web, politely and safely (httpx): URLs given as inputs, the lines of a URL list, a feed's items.

``FetchSettings`` bound every fetch: a connect/read timeout and a whole-fetch deadline (a page that never
ends stops there), a size limit (declared or read), at most ``max_redirects`` redirects, each hop checked
again, a user agent that names eventwire. robots.txt is honoured by default (read once per host: a page it
disallows is a rejection; a missing robots.txt allows all). Hosts that resolve to private, loopback,
link-local, multicast or reserved addresses are refused unless ``allow_private_addresses`` is set (tests
serve pages from 127.0.0.1 with it on). Every failure is a ``RejectedInput`` with the reason.

From the environment (for the CLI): ``EVENTWIRE_ALLOW_PRIVATE_ADDRESSES=1``, ``EVENTWIRE_IGNORE_ROBOTS=1``.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from eventwire.errors import SettingsError
from eventwire.ingest.decode import RejectedInput

if TYPE_CHECKING:
    import httpx

USER_AGENT = "eventwire/0.1 (news event extraction; honours robots.txt)"
SCHEMES = ("http", "https")


def is_url(value: object) -> bool:
    return isinstance(value, str) and value.split("://", 1)[0].lower() in SCHEMES and "://" in value


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """How pages are fetched.

    timeout: seconds to connect, and between two reads. deadline: seconds for one whole fetch.
    max_bytes: the most one page may hold. max_redirects: redirects followed per fetch.
    honour_robots: read each host's robots.txt and fetch only what it allows.
    allow_private_addresses: fetch from private, loopback and link-local addresses too.
    """

    timeout: float = 15.0
    deadline: float = 60.0
    max_bytes: int = 20_000_000
    max_redirects: int = 5
    honour_robots: bool = True
    allow_private_addresses: bool = False
    user_agent: str = USER_AGENT

    def __post_init__(self) -> None:
        for name in ("timeout", "deadline", "max_bytes"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
                raise SettingsError(f"fetch setting {name!r} must be a positive number, got {value!r}")
        if isinstance(self.max_redirects, bool) or not isinstance(self.max_redirects, int) or self.max_redirects < 0:
            raise SettingsError(f"fetch setting 'max_redirects' must be 0 or more, got {self.max_redirects!r}")

    @classmethod
    def from_env(cls) -> FetchSettings:
        return cls(
            allow_private_addresses=os.environ.get("EVENTWIRE_ALLOW_PRIVATE_ADDRESSES") == "1",
            honour_robots=os.environ.get("EVENTWIRE_IGNORE_ROBOTS") != "1",
        )


@dataclass
class Page:
    url: str  # after redirects
    content_type: str
    content: bytes


@dataclass
class Fetcher:
    """One HTTP client and the robots.txt files read so far, for one run."""

    settings: FetchSettings = field(default_factory=FetchSettings.from_env)
    _client: httpx.Client | None = None
    _robots: dict[str, RobotFileParser | None] = field(default_factory=dict)

    def get(self, url: str) -> Page:
        """The page at ``url``, or ``RejectedInput`` saying why not."""
        if self.settings.honour_robots and not self._allowed(url):
            raise RejectedInput("robots.txt of the site disallows fetching it (EVENTWIRE_IGNORE_ROBOTS=1 to fetch)")
        return self._get(url, self.settings.max_redirects)

    def _get(self, url: str, redirects: int) -> Page:
        import httpx

        started = time.monotonic()
        for _ in range(redirects + 1):
            self._check_address(url)
            try:
                with self._http().stream("GET", url) as response:
                    if response.is_redirect and "location" in response.headers:
                        url = urljoin(url, response.headers["location"])
                        continue
                    if response.status_code != 200:
                        raise RejectedInput(f"HTTP {response.status_code} {response.reason_phrase} for {url}")
                    return Page(
                        str(response.url), response.headers.get("content-type", ""), self._body(response, started)
                    )
            except httpx.TimeoutException:
                raise RejectedInput(f"no answer within {self.settings.timeout:g} s (timeout) from {url}") from None
            except httpx.HTTPError as error:
                raise RejectedInput(f"cannot fetch {url} ({type(error).__name__}: {error})") from None
        raise RejectedInput(f"more than {redirects} redirects (max_redirects), last to {url}")

    def _body(self, response: httpx.Response, started: float) -> bytes:
        limit = self.settings.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise RejectedInput(f"the page declares {int(declared):,} bytes, over the limit of {limit:,} (max_bytes)")
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise RejectedInput(f"the page holds more than {limit:,} bytes (max_bytes); not read")
            if time.monotonic() - started > self.settings.deadline:
                raise RejectedInput(f"the page did not end within {self.settings.deadline:g} s (deadline); not read")
            chunks.append(chunk)
        return b"".join(chunks)

    def _http(self) -> httpx.Client:
        import httpx

        if self._client is None:
            self._client = httpx.Client(
                timeout=httpx.Timeout(self.settings.timeout),
                follow_redirects=False,  # each hop is checked here
                headers={"User-Agent": self.settings.user_agent},
                trust_env=False,
            )
        return self._client

    def _check_address(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme.lower() not in SCHEMES or not parts.hostname:
            raise RejectedInput(f"not an http(s) URL: {url}")
        if self.settings.allow_private_addresses:
            return
        try:
            port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
            infos = socket.getaddrinfo(parts.hostname, port, proto=socket.IPPROTO_TCP)
        except (OSError, ValueError) as error:
            raise RejectedInput(f"cannot resolve the host {parts.hostname} ({error})") from None
        for info in infos:
            address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
            if not address.is_global or address.is_multicast:
                raise RejectedInput(
                    f"{parts.hostname} is at {address}, a private, loopback or link-local address; refused "
                    "(EVENTWIRE_ALLOW_PRIVATE_ADDRESSES=1 to allow)"
                )

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        if site not in self._robots:
            self._robots[site] = self._read_robots(site)
        robots = self._robots[site]
        return robots is None or robots.can_fetch(self.settings.user_agent, url)

    def _read_robots(self, site: str) -> RobotFileParser | None:
        """The site's robots.txt (None: none, everything allowed); one that refuses us disallows all."""
        parser = RobotFileParser()
        try:
            page = self._get(f"{site}/robots.txt", 2)
        except RejectedInput as error:
            if "HTTP 401" in error.reason or "HTTP 403" in error.reason:
                parser.parse(["User-agent: *", "Disallow: /"])
                return parser
            return None
        parser.parse(page.content.decode("utf-8", errors="replace").splitlines())
        return parser

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
