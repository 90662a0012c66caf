"""The library's front door: ``extract`` for one text, ``Engine`` for collections.

This module sits above every layer (it wires ingest, the pipeline and the store together), so the
CLI, the API and scripts all go through the same few functions.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventwire.model import Article, ArticleResult, Rejection
from eventwire.model.result import pipeline_version
from eventwire.pipeline import Pipeline, Resources
from eventwire.settings import Settings

if TYPE_CHECKING:
    from eventwire.pipeline.run import Parse
    from eventwire.pipeline.split import SplitParser
    from eventwire.store import Store

# The packages whose modules register the built-in stages.
STAGE_PACKAGES = ("eventwire.detect", "eventwire.resolve")

Progress = Callable[[ArticleResult | Rejection | None], None]


@dataclass
class IngestReport:
    """What one ingest run did, article by article."""

    inserted: int = 0
    replaced: int = 0
    unchanged: int = 0
    rejected: list[Rejection] = field(default_factory=list)

    def count(self, saved: str) -> None:
        """Count one store outcome ("inserted", "replaced" or "unchanged")."""
        if saved == "inserted":
            self.inserted += 1
        elif saved == "replaced":
            self.replaced += 1
        else:
            self.unchanged += 1

    @property
    def read(self) -> int:
        return self.inserted + self.replaced + self.unchanged + len(self.rejected)


class Engine:
    """A pipeline built once from settings, run on one article or a stream of them.

    The spaCy model and the gazetteer load on first use, once per process (``resources``; pass your own to
    share them between engines or to test with small ones). An engine pickles as its settings alone, so a
    worker process that receives one loads its own model.
    """

    def __init__(
        self, settings: Settings | None = None, *, resources: Resources | None = None, workers: int = 1
    ) -> None:
        self.settings = settings or Settings()
        self.pipeline = Pipeline(self.settings, STAGE_PACKAGES, resources or Resources(self.settings))
        self.workers = workers
        self._split: SplitParser | None = None

    @property
    def resources(self) -> Resources:
        return self.pipeline.resources

    def __getstate__(self) -> dict[str, Any]:
        return {"settings": self.settings, "workers": self.workers}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["settings"], workers=state.get("workers", 1))  # type: ignore[misc]

    @property
    def version(self) -> str:
        """The pipeline version string stored with every result (``stage@version,...``)."""
        return pipeline_version(self.pipeline.version)

    def run(self, items: Iterable[Article | Rejection], workers: int | None = 1) -> Iterator[ArticleResult | Rejection]:
        """Results (or rejections) in input order, from ``workers`` processes (each loads its own
        model; None: one per core)."""
        from eventwire.pipeline.pool import run_pooled

        return run_pooled(self.pipeline, STAGE_PACKAGES, items, workers)

    def extract(self, article: Article) -> ArticleResult:
        """The result of one article. An engine made with ``workers`` > 1 parses a long enough article on that
        many cores (this process and helper processes started on the first such article, each with its own
        model): the same result as on one core, in less time (eventwire.pipeline.split)."""
        return self.pipeline.run_one(article, self._parse())

    def outcome(self, article: Article) -> ArticleResult | Rejection:
        """As ``extract``, with a rejected article's rejection rather than a ``PipelineError``."""
        return self.pipeline.outcome(article, self._parse())

    def _parse(self) -> Parse | None:
        if self.workers <= 1:
            return None
        if self._split is None:
            from eventwire.pipeline.split import SplitParser

            self._split = SplitParser(self.settings, self.workers)
        return self._split.parse

    def start_workers(self) -> None:
        """Start the helper processes of ``extract`` now (they load their models) rather than on first use."""
        if self.workers > 1:
            from eventwire.pipeline.split import SplitParser

            self._split = self._split or SplitParser(self.settings, self.workers)
            self._split.start()

    def close(self) -> None:
        """Stop the helper processes of ``extract``, if any (they also stop with this process)."""
        if self._split is not None:
            self._split.close()
            self._split = None

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def extract_paths(
        self, paths: Iterable[str | Path], workers: int | None = 1
    ) -> Iterator[ArticleResult | Rejection]:
        """Read files, folders and JSONL and run the pipeline on every article in them."""
        from eventwire.ingest import read_paths

        return self.run(read_paths(paths), workers)

    def json_lines(self, paths: Iterable[str | Path], workers: int | None = 1) -> Iterator[str | Rejection]:
        """As ``extract_paths``, each result as its canonical JSON on one line (``json_line``), made in the
        worker processes: the caller only writes them (``eventwire extract``; with two workers its process spent
        0.2-0.3 s of CPU on 200 articles making them, a core's time taken from the workers)."""
        from eventwire.ingest import read_paths
        from eventwire.pipeline.pool import run_pooled

        return run_pooled(self.pipeline, STAGE_PACKAGES, read_paths(paths), workers, json_line)

    def ingest(
        self,
        paths: Iterable[str | Path],
        store: Store,
        progress: Progress | None = None,
        workers: int | None = 1,
        *,
        merge: bool = True,
    ) -> IngestReport:
        """Read, extract and store; articles already stored with this pipeline version are skipped unparsed.
        Then (``merge``) the new and re-processed articles' events are merged into the stored merged events."""
        from eventwire.ingest import read_paths

        report = IngestReport()

        def unseen(items: Iterable[Article | Rejection]) -> Iterator[Article | Rejection]:
            for item in items:
                if isinstance(item, Article) and store.has_result(item.hash, self.version):
                    report.unchanged += 1
                    if progress:
                        progress(None)
                    continue
                yield item

        return save_outcomes(self.run(unseen(read_paths(paths)), workers), store, report, progress, merge=merge)


def save_outcomes(
    outcomes: Iterable[ArticleResult | Rejection],
    store: Store,
    report: IngestReport | None = None,
    progress: Progress | None = None,
    *,
    merge: bool = True,
) -> IngestReport:
    """Store results and rejections (``ingest``, ``ingest --from-parquet``, the API's posts), counting them in
    ``report``; then (``merge``) the new or re-processed articles join the stored merged events
    (eventwire.merge.incremental), in one merge with any article an earlier run saved but did not merge."""
    from eventwire.store import SaveOutcome

    report = report if report is not None else IngestReport()
    saved: list[str] = []
    for outcome in outcomes:
        if isinstance(outcome, Rejection):
            store.save_rejection(outcome)
            report.rejected.append(outcome)
        else:
            stored = store.save(outcome)
            report.count(stored)
            if stored is not SaveOutcome.UNCHANGED:
                saved.append(outcome.article.hash)
        if progress:
            progress(outcome)
    if merge:
        from eventwire.merge.incremental import merge_saved

        merge_saved(store, saved)
    return report


def json_line(result: ArticleResult) -> str:
    """The canonical JSON of a result on one line, as ``eventwire extract`` writes it."""
    from eventwire.model.canonical import to_json

    return json.dumps(to_json(result), ensure_ascii=False)


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
