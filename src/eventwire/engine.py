"""The library's front door: ``extract`` for one text, ``Engine`` for collections."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from eventwire.model import Article, ArticleResult, Rejection
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings

# The packages whose modules register the built-in stages.
STAGE_PACKAGES = ("eventwire.extract", "eventwire.resolve")


class Engine:
    """A pipeline built once from settings, run on one article or a stream of them."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.pipeline = Pipeline(self.settings, STAGE_PACKAGES)

    @property
    def version(self) -> str:
        return ",".join(f"{s.name}@{s.version}" for s in self.pipeline.version)

    def run(self, articles: Iterable[Article | Rejection]) -> Iterator[ArticleResult | Rejection]:
        return self.pipeline.run(articles)

    def extract(self, article: Article) -> ArticleResult:
        return self.pipeline.run_one(article)


_DEFAULT_ENGINE: Engine | None = None


def extract(
    text: str, published: date | str | None = None, *, id: str = "article", title: str | None = None
) -> ArticleResult:
    """Read one article's text (published on ``published``, a date or ``YYYY-MM-DD``) with the default pipeline."""
    global _DEFAULT_ENGINE
    if _DEFAULT_ENGINE is None:
        _DEFAULT_ENGINE = Engine()
    if isinstance(published, str):
        published = date.fromisoformat(published)
    return _DEFAULT_ENGINE.extract(Article(id=id, text=text, published=published, title=title))
