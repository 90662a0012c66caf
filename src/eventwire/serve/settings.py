"""How ``eventwire serve`` serves: which store, whether reads need a token, where map tiles come from."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.errors import SettingsError

MAX_PAGE = 500  # the largest ``limit`` of one page


@dataclass(frozen=True, slots=True)
class ServeSettings:
    """db: the store's path or URL (as ``--db``).
    private: reads need a bearer token too (by default only writes do).
    tile_url: a map tile URL template (``https://tile.example/{z}/{x}/{y}.png``) for the UI's map; empty
        (the default) draws the points on the country outline shipped with the package, offline.
    tile_attribution: the attribution shown under tiles from ``tile_url``.
    max_body_bytes: the largest article a client may post.
    workers: cores that parse one posted article (this process and ``workers - 1`` helper processes, each with
        its own copy of the model, started on the first long enough post): the same result, sooner.
    """

    db: str = "eventwire.db"
    private: bool = False
    tile_url: str = ""
    tile_attribution: str = ""
    max_body_bytes: int = 5_000_000
    workers: int = 1

    def __post_init__(self) -> None:
        if not isinstance(self.db, str) or not self.db:
            raise SettingsError(f"setting 'db' must be a store path or URL, got {self.db!r}")
        if not isinstance(self.private, bool):
            raise SettingsError(f"setting 'private' must be true or false, got {self.private!r}")
        if self.tile_url and not self.tile_url.startswith(("http://", "https://", "/")):
            raise SettingsError(f"setting 'tile_url' must be an http(s) URL template or empty, got {self.tile_url!r}")
        if not isinstance(self.max_body_bytes, int) or self.max_body_bytes < 1:
            raise SettingsError(f"setting 'max_body_bytes' must be a positive integer, got {self.max_body_bytes!r}")
        if isinstance(self.workers, bool) or not isinstance(self.workers, int) or self.workers < 1:
            raise SettingsError(f"setting 'workers' must be a positive integer, got {self.workers!r}")
