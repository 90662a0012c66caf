"""Articles: the unit of input, and rejections for input that could not become one."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime


def content_hash(text: str, published: date | None = None) -> str:
    """The identity of an article: sha256 (hex) of its UTF-8 text and its publication date.

    The date is part of the identity because relative dates resolve against it: the same text
    published on two days is two reports (ACLED notes, wire copies), and reads differently.
    """
    digest = hashlib.sha256(text.encode("utf-8"))
    if published is not None:
        digest.update(b"\0published:" + published.isoformat().encode("ascii"))
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class Article:
    """One dated news report. ``text`` is what every ``Span`` indexes into."""

    id: str
    text: str
    published: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str = ""  # where it was read from, e.g. "feed.jsonl:12"
    hash: str = field(default="")

    def __post_init__(self) -> None:
        if isinstance(self.published, datetime):
            # A library caller's timestamp: the publication day is what relative dates resolve against (a
            # datetime is a date to the type checker, but it cannot be compared with one).
            object.__setattr__(self, "published", self.published.date())
        if not self.hash:
            object.__setattr__(self, "hash", content_hash(self.text, self.published))


@dataclass(frozen=True, slots=True)
class Rejection:
    """Input that could not become an article, with a reason a user can act on."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"
