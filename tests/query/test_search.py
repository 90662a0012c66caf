"""Finding events and quotes with filters, over a real store of hand-built results, on each backend."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest

from eventwire.model import PlaceKind, ResolvedPlace
from eventwire.query import (
    EventFilter,
    EventRecord,
    FilterError,
    QuoteFilter,
    find_events,
    find_quotes,
)
from eventwire.store import Store, open_store
from tests.store.sample_results import harbour_result, market_result, undated_result


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with open_store(store_url) as opened:
        for result in (harbour_result(), market_result(), undated_result()):
            opened.save(result)
        yield opened


def kinds(records: list[EventRecord]) -> list[str]:
    return [f"{r.article.id}#{r.ordinal}" for r in records]


def test_events_come_by_date_then_article_then_ordinal(store: Store) -> None:
    # the market bomb has no date: it takes its article's (2023-03-10); the week 2023-W11 starts on the 13th
    assert kinds(find_events(store)) == ["market-7#0", "goma-3#0", "harbour-1#0", "harbour-1#1"]


def test_a_date_range_matches_the_event_date_or_the_publication_date(store: Store) -> None:
    assert kinds(find_events(store, EventFilter(since=date(2023, 3, 15)))) == ["goma-3#0", "harbour-1#1"]
    assert kinds(find_events(store, EventFilter(until=date(2023, 3, 10)))) == ["market-7#0"]
    one_day = EventFilter(since=date(2023, 3, 14), until=date(2023, 3, 14))
    assert kinds(find_events(store, one_day)) == ["goma-3#0", "harbour-1#0"]  # the week covers the 14th


def test_type_matches_type_or_sub_type_ignoring_case(store: Store) -> None:
    assert kinds(find_events(store, EventFilter(event_type="explosions/remote violence"))) == [
        "market-7#0",
        "harbour-1#0",
    ]
    assert kinds(find_events(store, EventFilter(event_type="PEACEFUL PROTEST"))) == ["harbour-1#1"]
    assert find_events(store, EventFilter(event_type="Riots")) == []


def test_place_matches_location_admin1_or_country(store: Store) -> None:
    assert kinds(find_events(store, EventFilter(place="odesa"))) == ["harbour-1#0"]
    assert kinds(find_events(store, EventFilter(place="LVIVSKA"))) == ["harbour-1#1"]
    assert kinds(find_events(store, EventFilter(place="ukraine"))) == ["harbour-1#0", "harbour-1#1"]
    assert kinds(find_events(store, EventFilter(place="Congo"))) == ["goma-3#0"]
    assert find_events(store, EventFilter(place="Kyiv")) == []


def test_text_searches_the_evidence_sentence_by_words(store: Store) -> None:
    assert kinds(find_events(store, EventFilter(text="harbour rockets"))) == ["harbour-1#0"]
    assert kinds(find_events(store, EventFilter(text="march"))) == ["harbour-1#1"]  # a word's beginning
    assert find_events(store, EventFilter(text="harbour protest")) == []
    assert kinds(find_events(store, EventFilter(text="Checkpoint"))) == ["goma-3#0"]
    assert kinds(find_events(store, EventFilter(text="dock-workers, Lviv!"))) == ["harbour-1#1"]  # words only


def test_text_without_words_is_a_substring_test(store: Store) -> None:
    assert [q.article.id for q in find_quotes(store, QuoteFilter(text=","))] == ["harbour-1"]
    assert find_quotes(store, QuoteFilter(text="_")) == []


def test_article_and_limit(store: Store) -> None:
    assert kinds(find_events(store, EventFilter(article="harbour-1"))) == ["harbour-1#0", "harbour-1#1"]
    prefix = harbour_result().article.hash[:8]
    assert kinds(find_events(store, EventFilter(article=prefix))) == ["harbour-1#0", "harbour-1#1"]
    assert kinds(find_events(store, EventFilter(limit=2))) == ["market-7#0", "goma-3#0"]
    combined = EventFilter(place="ukraine", event_type="protests", since=date(2023, 3, 1), limit=5)
    assert kinds(find_events(store, combined)) == ["harbour-1#1"]


def test_a_negative_limit_is_refused() -> None:
    with pytest.raises(FilterError, match="limit"):
        EventFilter(limit=-1)
    with pytest.raises(FilterError, match="limit"):
        QuoteFilter(limit=-5)


def test_an_event_record_carries_its_article_and_evidence(store: Store) -> None:
    (record,) = find_events(store, EventFilter(place="odesa"))
    assert record.article.title == "Rockets hit Odesa harbour"
    assert record.article.published == date(2023, 3, 15)
    assert (record.date, record.time_precision, record.killed, record.injured) == ("2023-03-14", 1, 3, 7)
    assert record.country_name == "Ukraine"
    assert record.evidence.startswith("Rockets struck the harbour")
    assert record.evidence.endswith("wounding seven.")  # the sentence's line break is trimmed
    assert harbour_result().article.text[record.evidence_start : record.evidence_end] == record.evidence
    assert record.trigger == "struck"
    row = record.to_row()
    for column in ("date", "event_type", "sub_event_type", "location", "country", "killed", "actor1", "article_id"):
        assert column in row
    assert row["actor2"] == "Civilians (Ukraine)"
    nested = record.to_json()
    assert nested["location"]["lat"] == 46.48
    assert nested["article"]["url"] == "https://news.example/odesa"
    assert nested["evidence"]["sentence"]["text"] == record.evidence


def test_quotes_by_speaker_text_and_date(store: Store) -> None:
    everything = find_quotes(store)
    assert [q.speaker for q in everything] == ["the governor", "Hennadiy Trukhanov"]
    (mayor,) = find_quotes(store, QuoteFilter(speaker="trukhanov"))
    assert (mayor.content, mayor.cue, mayor.kind, mayor.speaker_title) == (
        "We will rebuild every pier,",
        "told",
        "direct",
        "mayor",
    )
    assert [q.article.id for q in find_quotes(store, QuoteFilter(text="attackers"))] == ["market-7"]
    assert [q.article.id for q in find_quotes(store, QuoteFilter(since=date(2023, 3, 11)))] == ["harbour-1"]
    assert [q.article.id for q in find_quotes(store, QuoteFilter(until=date(2023, 3, 11)))] == ["market-7"]


def test_a_quote_record_has_the_columns_a_table_shows(store: Store) -> None:
    (quote,) = find_quotes(store, QuoteFilter(article="market-7"))
    row = quote.to_row()
    for column in ("published", "speaker", "kind", "quote", "cue", "article_id"):
        assert column in row
    assert row["quote"] == "the attackers would be found"
    assert quote.to_json()["speaker"] == {"name": "the governor", "title": None, "mention": "The governor"}


def test_place_and_speaker_filters_fold_non_ascii_case(store_url: str) -> None:
    result = market_result()
    paris = ResolvedPlace("Saint-Denis", PlaceKind.CITY, 48.94, 2.36, country="FR", admin1="Île-de-France")
    event = replace(result.events[0], place=paris)
    speaker = replace(result.quotes[0].speaker, name="Søren Ærø") if result.quotes[0].speaker else None
    quote = replace(result.quotes[0], speaker=speaker)
    with open_store(store_url) as store:
        store.save(replace(result, events=(event,), quotes=(quote,)))
        assert [r.location for r in find_events(store, EventFilter(place="ÎLE-DE"))] == ["Saint-Denis"]
        assert [q.speaker for q in find_quotes(store, QuoteFilter(speaker="SØREN"))] == ["Søren Ærø"]
