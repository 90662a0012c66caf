"""The bundled first example, end to end: what the issue's acceptance criteria ask of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.engine import Engine
from eventwire.ingest import read_paths
from eventwire.model import ArticleResult

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "kyiv-2022-04-28.txt"


@pytest.fixture(scope="module")
def result() -> ArticleResult:
    (article,) = read_paths([EXAMPLE])
    (outcome,) = Engine().run([article])
    assert isinstance(outcome, ArticleResult)
    return outcome


def test_main_event_is_the_missile_strike_on_kyiv(result: ArticleResult) -> None:
    main = result.events[0]
    assert main.event_type == "Explosions/Remote violence"
    assert main.sub_event_type == "Shelling/artillery/missile attack"
    assert main.date is not None and main.date.value == "2022-04-28"
    assert main.place is not None
    assert "Kyiv" in (main.place.name, main.place.city)
    assert main.injured == 3
    assert not main.killed


def test_talks_and_visits_are_not_acled_events(result: ArticleResult) -> None:
    # Guterres's talks in Kyiv and Moscow are consultations (PLOVER CONSULT), not ACLED agreements.
    assert [e.sub_event_type for e in result.events if e.event_type == "Strategic developments"] == []


def test_every_event_field_points_at_its_evidence(result: ArticleResult) -> None:
    text = result.article.text
    main = result.events[0]
    assert main.sentence.contains(main.trigger)
    assert main.place_span is not None
    assert main.place_span.text_of(text).startswith(("Kyiv", "Shevchenkovsky"))
    assert main.casualty_spans, "the injured figure needs its evidence"
    assert any("three people" in span.text_of(text) for span in main.casualty_spans)


def test_quotes_are_attributed_to_the_officials(result: ArticleResult) -> None:
    speakers = {q.speaker.name for q in result.quotes if q.speaker is not None}
    for surname in ("Klitschko", "Guterres", "Yermak", "Reznikov", "Podolyak"):
        assert any(surname in name for name in speakers), f"no quote attributed to {surname}: {speakers}"


def test_podolyak_tweet_is_resolved_from_the_previous_sentence(result: ArticleResult) -> None:
    text = result.article.text
    tweet = next(q for q in result.quotes if "Missile strikes in the downtown" in q.span.text_of(text))
    assert tweet.speaker is not None and "Podolyak" in tweet.speaker.name
    assert tweet.speaker.span is not None and tweet.speaker.span.text_of(text) == "he"


def test_dates_resolve_against_the_publication_date(result: ArticleResult) -> None:
    text = result.article.text
    values = {d.span.text_of(text): d.resolved.value for d in result.dates if d.resolved}
    assert values.get("Thursday") == "2022-04-28"
    assert values.get("Feb. 24") == "2022-02-24"
