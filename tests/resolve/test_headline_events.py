"""A page whose text is web furniture and whose title reports the incident (invented pages): the title is the
report, its event comes out with the title as evidence; a text that reports the event is read as before."""

from __future__ import annotations

import functools
from dataclasses import replace
from typing import Any

import eventwire
from eventwire.model import Article, Event
from eventwire.pipeline import Document, Pipeline, Stage
from eventwire.pipeline.run import TimeLimit
from eventwire.settings import Settings

FURNITURE = (
    "Thanks for signing up!\n\nWe have sent you a confirmation message. Please open it and follow the link to "
    "finish creating your account.\n\nIf the message does not arrive within a few minutes, look in your spam "
    "folder.\n\nClose"
)
VIDEOS = (
    "2:14 High school band wins regional title Pause\n\n1:05 Weather: a cold front moves in tonight\n\n"
    "3:40 City council debates the new bus routes\n\n0:58 Volunteers clean up the riverbank"
)


def events(text: str, title: str | None, published: str = "2019-03-12") -> tuple[Event, ...]:
    return eventwire.extract(text, published=published, title=title).events


def test_a_page_of_furniture_reports_the_incident_of_its_title() -> None:
    found = events(FURNITURE, "Ashford County man dies after accidental shooting")
    assert found, "the title's incident is the page's event"
    main = found[0]
    assert main.killed == 1
    assert main.provenance.rule.startswith("headline")
    assert (main.sentence.start, main.sentence.end) == (0, 0)  # the evidence is the title, not the text
    assert main.date is not None and main.date.value == "2019-03-12"


def test_a_headline_of_casualty_figures_gives_them_to_the_event() -> None:
    main = events(VIDEOS, "One killed, five injured in Riverside Park shooting")[0]
    assert (main.killed, main.injured) == (1, 5)


def test_a_page_without_a_title_or_with_a_title_of_no_event_has_no_event() -> None:
    assert events(FURNITURE, None) == ()
    assert events(FURNITURE, "Weekend weather: sunny skies and mild temperatures") == ()


def test_a_text_that_reports_the_event_is_read_before_the_title() -> None:
    text = "A man was shot and wounded outside a store in Dunmore on Sunday night, police said."
    main = events(text, "Two killed in shooting")[0]
    assert not main.provenance.rule.startswith("headline")
    assert main.sentence.text_of(text).startswith("A man was shot")


def test_headline_grammar_is_read_as_prose() -> None:
    # headlinese leaves out articles and auxiliaries, writes Title Case and puts a label before a colon
    assert events(FURNITURE, "Teen Shot To Death In Millbrook")[0].killed == 1
    assert events(FURNITURE, "Welder found dead of gunshot wound")[0].killed is None  # no person word: no guess
    assert events(FURNITURE, "Carlton teenager found dead of gunshot wound")[0].killed == 1
    found = events(VIDEOS, "Update: 5 shot, one fatally, outside Elmwood bar")[0]
    assert (found.killed, found.injured) == (1, 4)
    assert events(FURNITURE, "Dunmore 3-year-old in critical condition from gunshot")[0].injured == 1


def _recording_pipeline(read: list[tuple[str, bool]], text: str) -> Pipeline:
    """The default pipeline whose stages note (stage, whether it read the article's own text) as they run."""
    pipeline = Pipeline(Settings(), ("eventwire.detect", "eventwire.resolve"))

    def recording(stage: Stage) -> Stage:
        @functools.wraps(stage.run)
        def run(document: Document) -> tuple[Any, ...]:
            read.append((stage.name, document.text == text))
            return stage.run(document)

        return replace(stage, run=run)

    pipeline.stages = tuple(recording(stage) for stage in pipeline.stages)
    return pipeline


def test_the_title_is_read_by_the_pipeline_s_own_stages_under_its_time_limit(monkeypatch: Any) -> None:
    checks: list[float] = []
    monkeypatch.setattr(TimeLimit, "check", lambda self: checks.append(self.seconds))
    read: list[tuple[str, bool]] = []
    pipeline = _recording_pipeline(read, FURNITURE)
    title = "Ashford County man dies after accidental shooting"
    result = pipeline.run_one(Article(id="a", text=FURNITURE, published=None, title=title))
    assert result.events and result.events[0].provenance.rule.startswith("headline")
    on_title = [name for name, of_text in read if not of_text]
    assert {"places", "dates", "casualties", "event_mentions", "events"} <= set(on_title)
    assert len(checks) == len(read), "the time limit is checked after every stage, the title's as well"


def test_a_title_without_an_event_or_casualty_word_is_not_read_past_them() -> None:
    read: list[tuple[str, bool]] = []
    pipeline = _recording_pipeline(read, FURNITURE)
    title = "Volunteers clean up the riverbank before the spring fair"
    assert pipeline.run_one(Article(id="a", text=FURNITURE, title=title)).events == ()
    on_title = {name for name, of_text in read if not of_text}
    assert {"casualties", "event_mentions"} <= on_title, "the title is read for its event and casualty words"
    assert not on_title & {"places", "quotes", "events"}, "and no further when it has none"
