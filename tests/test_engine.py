"""The library's front door: ``eventwire.extract`` and ``Engine``, on every call, in worker processes too."""

from __future__ import annotations

import pickle
import sys
from datetime import UTC, datetime

import eventwire
from eventwire.model import Article
from eventwire.pipeline import Resources
from eventwire.settings import Settings

TEXT = "KYIV (Reuters) - A missile struck a building in Kyiv on Thursday, injuring three people, the mayor said."


def test_extract_works_on_every_call() -> None:
    first = eventwire.extract(TEXT, published="2022-04-28")
    second = eventwire.extract(TEXT, published="2022-04-28")
    assert first == second and first.events[0].injured == 3
    assert callable(eventwire.extract) and "eventwire.detect" in sys.modules  # the stages' package shadows nothing


def test_a_timestamp_as_publication_date_resolves_relative_dates() -> None:
    # A datetime is a date to the type checker; before Article took its day, the dates stage failed on it.
    result = eventwire.extract(TEXT, published=datetime(2022, 4, 29, 8, 30, tzinfo=UTC))
    assert result.events[0].date is not None and str(result.events[0].date.value).startswith("2022-04-28")


def test_an_engine_pickles_without_its_model_and_works_after(resources: Resources) -> None:
    engine = eventwire.Engine(resources=resources)
    result = engine.extract(Article(id="a", text=TEXT))
    assert engine.resources.nlp is not None and engine.resources.gazetteer is not None  # both loaded
    data = pickle.dumps(engine)
    assert len(data) < 10_000
    copy = pickle.loads(data)
    assert copy.version == engine.version and copy.settings == engine.settings
    assert copy.extract(Article(id="a", text=TEXT)) == result


def test_engine_version_is_known_before_the_model_loads() -> None:
    engine = eventwire.Engine(Settings())
    version = engine.version
    assert engine.resources._nlp is None  # nothing was loaded to tell it
    assert version.startswith("parse@en_core_web_sm-3.8") and "events@" in version
