"""Building a pipeline from settings and running it on articles."""

from __future__ import annotations

import importlib
import logging
import signal
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar

from eventwire.errors import PipelineError, StageError
from eventwire.model import COUNTABLE_STATUSES, Article, ArticleResult, Event, QuoteMention, Rejection, StageRun
from eventwire.pipeline.document import Document
from eventwire.pipeline.language import not_english
from eventwire.pipeline.layers import (
    CASUALTIES,
    DATES,
    ENTITIES,
    EVENTS,
    PARSE,
    PLACES,
    QUOTE_EVENTS,
    QUOTES,
    SENTENCES,
    STRUCTURE,
    VERBAL_EVENTS,
    Layer,
)
from eventwire.pipeline.parse import LONG_RUN, long_runs, parse_texts
from eventwire.pipeline.resources import Resources
from eventwire.pipeline.stage import Stage, registered
from eventwire.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger("eventwire.pipeline")
T = TypeVar("T")
Parse = Callable[["Language", str], "Doc"]


def check_order(stages: Iterable[Stage]) -> None:
    """Refuse an order in which a stage requires a layer that no earlier stage produces (the parse comes first)."""
    produced = {PARSE.name}
    for stage in stages:
        missing = [layer.name for layer in stage.requires if layer.name not in produced]
        if missing:
            raise PipelineError(
                f"stage {stage.name!r} requires {', '.join(map(repr, missing))}, which no earlier stage produces"
            )
        produced.add(stage.name)


class Pipeline:
    """The stages named in the settings, in order, over spaCy's parse, with the process's resources."""

    def __init__(
        self, settings: Settings, stage_packages: Iterable[str] = (), resources: Resources | None = None
    ) -> None:
        for package in stage_packages:
            importlib.import_module(package)
        self.settings = settings
        self.stages = tuple(registered(name) for name in settings.stages)
        check_order(self.stages)
        self.resources = resources if resources is not None else Resources(settings)
        self._version: tuple[StageRun, ...] | None = None

    @property
    def version(self) -> tuple[StageRun, ...]:
        """What made a result: the model's release and each stage's version with its code's fingerprint
        (worked out once: the stages and their files do not change while the pipeline runs)."""
        if self._version is None:
            parse = StageRun(PARSE.name, self.resources.model_version)
            self._version = (parse, *(StageRun(s.name, s.fingerprinted_version) for s in self.stages))
        return self._version

    def run(self, articles: Iterable[Article | Rejection]) -> Iterator[ArticleResult | Rejection]:
        """Results in input order; rejections pass through, and an article a stage fails on becomes one."""
        stream = iter(articles)
        while batch := list(islice(stream, self.settings.batch_size)):
            yield from self._run_batch(batch)

    def run_one(self, article: Article, parse: Parse | None = None) -> ArticleResult:
        """The result of one article (``PipelineError`` if it is rejected); ``parse`` as in ``outcome``."""
        outcome = self.outcome(article, parse)
        if isinstance(outcome, Rejection):
            raise PipelineError(outcome.reason)
        return outcome

    def outcome(self, article: Article, parse: Parse | None = None) -> ArticleResult | Rejection:
        """The result or the rejection of one article; ``parse`` (the model, a text: its ``Doc``) parses a text of
        at most ``chunk_chars`` characters in place of the batch parse (eventwire.pipeline.split, on several
        cores)."""
        if parse is not None and len(article.text) <= min(self.settings.chunk_chars, self.settings.max_chars):
            return self._apply_stages(article, parse(self.resources.nlp, article.text))
        (outcome,) = self.run([article])
        return outcome

    def _run_batch(self, batch: list[Article | Rejection]) -> Iterator[ArticleResult | Rejection]:
        readable = [item for item in batch if isinstance(item, Article) and self._too_long(item) is None]
        texts = [a.text for a in readable]
        docs = iter(parse_texts(self.resources.nlp, texts, self.settings.chunk_chars, self.settings.batch_size))
        for item in batch:
            if isinstance(item, Rejection):
                yield item
            elif (reason := self._too_long(item)) is not None:
                yield Rejection(item.origin or item.id, reason)
            else:
                yield self._apply_stages(item, next(docs))

    def _too_long(self, article: Article) -> str | None:
        if len(article.text) <= self.settings.max_chars:
            return None
        return (
            f"article is {len(article.text):,} characters, over the limit of {self.settings.max_chars:,} "
            "(raise the 'max_chars' setting to read it)"
        )

    def _apply_stages(self, article: Article, doc: Doc) -> ArticleResult | Rejection:
        document = Document(article, doc, resources=self.resources, stages=self.stages)
        if (foreign := not_english(article.text)) is not None:
            document.warnings.append(foreign)
            return self._result(document)  # marked, not read as English
        if runs := long_runs(article.text):
            document.warnings.append(
                f"{runs} run(s) of {LONG_RUN} or more characters without a space were tokenized in pieces of "
                f"{LONG_RUN} (the tokenizer is quadratic on them)"
            )
        try:
            with TimeLimit(self.settings.time_limit) as clock:
                document.clock = clock
                stopped = document.run_stages(self.stages)
        except TimeUp:  # raised in the stage (or between two), so ``running`` is the one that went over
            return self._over_time(document.running or self.stages[0], article)
        if stopped is not None:
            return self._failed(*stopped, article)
        return self._result(document)

    def _over_time(self, stage: Stage, article: Article) -> Rejection:
        where = article.origin or article.id
        reason = (
            f"stage {stage.name}@{stage.version} went over the time limit of {self.settings.time_limit:g} s an "
            "article (raise the 'time_limit' setting to read it)"
        )
        log.warning("%s: %s", where, reason)
        return Rejection(where, reason)

    def _result(self, document: Document) -> ArticleResult:
        """The result layers (empty where the pipeline has no stage for one) and the warnings; the quotes as
        linked to their events when the pipeline links them."""

        def layer(which: Layer[T]) -> tuple[T, ...]:
            return document.get(which) if document.has(which) else ()

        events, quotes = _main_first(
            layer(EVENTS) + layer(VERBAL_EVENTS),
            layer(QUOTE_EVENTS) if document.has(QUOTE_EVENTS) else layer(QUOTES),
            document.article.text,
            document.article.title,
        )

        return ArticleResult(
            article=document.article,
            pipeline=self.version,
            sentences=layer(SENTENCES),
            entities=layer(ENTITIES),
            dates=layer(DATES),
            places=layer(PLACES),
            quotes=quotes,
            casualties=layer(CASUALTIES),
            events=events,
            warnings=tuple(document.warnings),
            structure=layer(STRUCTURE),
        )

    def _failed(self, stage: Stage, error: Exception, article: Article) -> Rejection:
        """The rejection of an article a stage raised on (logged with the whole traceback), or, when the
        settings are strict, a ``StageError``."""
        where = article.origin or article.id
        reason = f"stage {stage.name}@{stage.version} failed: {type(error).__name__}: {error} ({_last_frame(error)})"
        log.warning("%s: %s", where, reason, exc_info=error)
        if self.settings.strict:
            raise StageError(f"{where}: {reason}", stage=stage.name, article=where) from error
        return Rejection(where, reason)


class TimeUp(BaseException):
    """The stages of one article went over ``Settings.time_limit`` (not an ``Exception``: a stage's own
    ``except Exception`` does not swallow it)."""


class TimeLimit:
    """The time the stages of one article may take. In a process's main thread (POSIX) an interval timer
    interrupts a stage that runs past it (``TimeUp`` raised where the stage is; C code is interrupted when it
    returns to Python); elsewhere (a thread of a Dask worker) ``check`` after each stage finds it.
    The caller's own ``SIGALRM`` handler and timer are put back afterwards."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.deadline = 0.0
        self.armed = False
        self.previous: Any = None

    def __enter__(self) -> TimeLimit:
        if not self.seconds:
            return self
        self.deadline = time.monotonic() + self.seconds
        if (
            hasattr(signal, "setitimer")
            and threading.current_thread() is threading.main_thread()
            and signal.getitimer(signal.ITIMER_REAL)[0] == 0  # not when the caller has a timer of its own
        ):
            self.previous = signal.signal(signal.SIGALRM, _time_up)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
            self.armed = True
        return self

    def check(self) -> None:
        if self.seconds and time.monotonic() > self.deadline:
            raise TimeUp

    def __exit__(self, *exc: object) -> None:
        if self.armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)
            self.armed = False


def _time_up(signum: int, frame: object) -> None:
    raise TimeUp


def _last_frame(error: BaseException) -> str:
    """Where an exception was raised: ``file.py:123 in function``."""
    frames = traceback.extract_tb(error.__traceback__)
    if not frames:
        return "no traceback"
    last = frames[-1]
    return f"{last.filename.rsplit('/', 1)[-1]}:{last.lineno} in {last.name}"


def _main_first(
    events: tuple[Event, ...], quotes: tuple[QuoteMention, ...], text: str = "", title: str | None = None
) -> tuple[tuple[Event, ...], tuple[QuoteMention, ...]]:
    """The ACLED events, then the verbal ones (a meeting, a visit), each in its own order, but an event told for
    context after those that happened (a shootout "in September 2023" at the end of a report of talks is not its
    main event; alone, it stays first: the snippet may be about it), and a total, a denied or a feared event after
    every other: "the war has killed 10,000 since 2008" is never the main event of a report of talks. A meeting the
    lead tells (the first sentence that tells any event) comes first when the lead's paragraph tells no ACLED event
    that happened: "delegations ended talks in Jeddah without agreeing on a ceasefire" leads before the drone strike
    of the fourth paragraph. A text that opens with its headline ("Mali and Mauritania end border talks without
    deal", then "BAMAKO, Oct 15 (Reuters) - Ministers ... met in Nouakchott on Wednesday") has its lead after it: the
    headline names the parties, the lead the day and the city. The quotes' event indexes follow."""
    heading = _heading_end(text, title)
    lead = min((e.sentence.start for e in events if e.sentence.start >= heading), default=None)
    if lead is None:
        lead = min((e.sentence.start for e in events), default=None)

    def lead_meeting(event: Event) -> bool:
        return event.plover == "CONSULT" and event.event_type == "none" and event.sentence.start == lead

    paragraph_end = text.find("\n\n", lead) if lead is not None else -1
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    happened_in_lead = any(
        e.sentence.start < paragraph_end and e.status in COUNTABLE_STATUSES and e.event_type != "none" for e in events
    )

    def rank(i: int) -> int:  # the lead's meeting, what happened, what is told for context, totals, denials, fears
        status = events[i].status
        if not happened_in_lead and lead_meeting(events[i]) and status in COUNTABLE_STATUSES:
            return 0
        return 1 if status in COUNTABLE_STATUSES else 2 if status == "background" else 3

    order = sorted(range(len(events)), key=rank)
    if order == list(range(len(events))):
        return events, quotes
    position = {old: new for new, old in enumerate(order)}
    moved = tuple(q if q.event is None else replace(q, event=position[q.event]) for q in quotes)
    return tuple(events[i] for i in order), moved


def _heading_end(text: str, title: str | None) -> int:
    """Where the headline ends when the text opens with it (its first line is the title), else 0."""
    if not title or not title.strip():
        return 0
    first = text.lstrip()
    line_end = first.find("\n")
    line = first if line_end < 0 else first[:line_end]
    if " ".join(line.split()) != " ".join(title.split()):
        return 0
    return len(text) - len(first) + len(line)
