"""Pair evidence between two articles' main events: dates, places, types, casualties."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.merge.profile import ArticleProfile, DayRange, day_range
from eventwire.merge.similarity import (
    APART_MIN_LEXICAL,
    FAR_DATES_DISCOUNT,
    casualty_agreement,
    date_agreement,
    distance_km,
    pair_evidence,
    place_agreement,
    type_agreement,
)
from eventwire.model import Granularity, PlaceKind, ResolvedDate, ResolvedPlace

DAYTON = ResolvedPlace("Dayton", PlaceKind.CITY, 39.76, -84.19, country="US", admin1="Ohio")
KETTERING = ResolvedPlace("Kettering", PlaceKind.CITY, 39.69, -84.17, country="US", admin1="Ohio")
COLUMBUS = ResolvedPlace("Columbus", PlaceKind.CITY, 39.96, -83.00, country="US", admin1="Ohio")
OHIO = ResolvedPlace("Ohio", PlaceKind.ADMIN1, 40.25, -83.0, country="US", admin1="Ohio")
TEXAS = ResolvedPlace("Texas", PlaceKind.ADMIN1, 31.25, -99.25, country="US", admin1="Texas")
ONTARIO = ResolvedPlace("Ontario", PlaceKind.ADMIN1, 50.0, -86.0, country="CA", admin1="Ontario")


def profile(
    first: str | None = None,
    last: str | None = None,
    place: ResolvedPlace | None = None,
    event_type: str | None = None,
    killed: int | None = None,
    injured: int | None = None,
) -> ArticleProfile:
    days = DayRange(date.fromisoformat(first), date.fromisoformat(last or first)) if first else None
    return ArticleProfile("h", days, place, event_type, killed, injured)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (("2024-03-09", None), ("2024-03-11", None), 1.0),  # two days apart: the same event's reports
        (("2024-03-09", None), ("2024-03-14", None), 0.0),  # five days: says nothing
        (("2024-03-09", None), ("2024-09-14", None), -1.0),  # six months: another event
        (("2024-03-01", "2024-03-31"), ("2024-03-11", None), 0.25),  # a month agrees only weakly with a day in it
        (("2024-03-01", "2024-03-31"), ("2024-06-11", None), -1.0),
    ],
)
def test_date_agreement(a: tuple[str, str | None], b: tuple[str, str | None], expected: float) -> None:
    assert date_agreement(profile(*a), profile(*b)) == expected


def test_weekdays_off_the_calendar_contradict_only_when_two_or_more_days_apart() -> None:
    def named(weekday: int) -> ArticleProfile:
        return ArticleProfile("h", None, None, None, None, None, weekday=weekday)

    tuesday, saturday = named(1), named(5)
    assert date_agreement(tuesday, named(1)) == 0.0  # the same weekday: no evidence for
    assert date_agreement(tuesday, named(2)) == 0.0  # the next day: a follow-up
    assert date_agreement(named(6), named(0)) == 0.0  # Sunday and Monday are adjacent too
    assert date_agreement(tuesday, saturday) == -1.0
    assert date_agreement(tuesday, profile("2024-03-09")) == -1.0  # a Saturday on the calendar
    assert date_agreement(saturday, profile("2024-03-09")) == 0.0
    assert date_agreement(tuesday, profile("2024-03-01", "2024-03-31")) == 0.0  # a month names no weekday
    assert date_agreement(tuesday, profile()) == 0.0


def test_partial_date_disagreement_grows_with_the_gap() -> None:
    ten, twenty = profile("2024-03-19"), profile("2024-03-29")
    start = profile("2024-03-09")
    assert -1.0 < date_agreement(start, twenty) < date_agreement(start, ten) < 0.0


def test_far_dates_half_agree_when_one_report_names_the_others_day() -> None:
    incident = profile("2024-03-09")
    trial = ArticleProfile("t", DayRange(date(2024, 8, 19), date(2024, 8, 19)), None, None, None, None)
    citing = ArticleProfile(
        "c", trial.days, None, None, None, None, mentioned=(DayRange(date(2024, 3, 1), date(2024, 3, 31)),)
    )
    elsewhere = ArticleProfile(
        "e", trial.days, None, None, None, None, mentioned=(DayRange(date(2024, 2, 1), date(2024, 2, 29)),)
    )
    assert date_agreement(incident, trial) == -1.0
    assert date_agreement(incident, citing) == date_agreement(citing, incident) == 0.5  # "the March shooting"
    assert date_agreement(incident, elsewhere) == -1.0  # a month that is not the incident's says nothing for it


def test_no_date_says_nothing() -> None:
    assert date_agreement(profile(), profile("2024-03-09")) == 0.0


def test_place_agreement() -> None:
    assert place_agreement(profile(place=DAYTON), profile(place=KETTERING)) == 1.0  # ~9 km apart
    assert place_agreement(profile(place=DAYTON), profile(place=COLUMBUS)) == -1.0  # ~100 km apart
    assert place_agreement(profile(place=OHIO), profile(place=TEXAS)) == -0.5  # different states
    assert place_agreement(profile(place=OHIO), profile(place=ONTARIO)) == -1.0  # different countries
    assert place_agreement(profile(place=DAYTON), profile(place=OHIO)) == 0.0  # a town in the state
    assert place_agreement(profile(place=DAYTON), profile()) == 0.0


def test_type_and_casualty_agreement() -> None:
    assert type_agreement(profile(event_type="Battles"), profile(event_type="Battles")) == 1.0
    assert type_agreement(profile(event_type="Battles"), profile(event_type="Protests")) == -1.0
    assert type_agreement(profile(event_type="Battles"), profile()) == 0.0
    assert casualty_agreement(profile(killed=3, injured=5), profile(killed=3, injured=5)) == 1.0
    assert casualty_agreement(profile(killed=3), profile(killed=4)) == pytest.approx(0.5)  # a revised toll
    assert casualty_agreement(profile(killed=1), profile(killed=40)) < -0.9
    assert casualty_agreement(profile(killed=3), profile(injured=3)) == 0.0


def test_a_shared_town_weighs_more_than_different_towns() -> None:
    agreeing = pair_evidence(profile(place=DAYTON), profile(place=KETTERING), lexical=0.2)
    contradicting = pair_evidence(profile(place=DAYTON), profile(place=COLUMBUS), lexical=0.2)
    assert agreeing.score - 0.2 > 0.2 - contradicting.score > 0


def test_far_apart_dates_weigh_against_as_much_as_close_ones_weigh_for() -> None:
    close = pair_evidence(profile("2024-03-09"), profile("2024-03-10"), lexical=0.2)
    far = pair_evidence(profile("2024-03-09"), profile("2024-09-10"), lexical=0.2)
    assert close.score - 0.2 == pytest.approx(0.2 - far.score)
    assert close.score - far.score == pytest.approx(0.3)


def test_day_range_of_resolved_dates() -> None:
    assert day_range(ResolvedDate("2024-03-09", Granularity.DAY)) == DayRange(date(2024, 3, 9), date(2024, 3, 9))
    assert day_range(ResolvedDate("2024-W10", Granularity.WEEK)) == DayRange(date(2024, 3, 4), date(2024, 3, 10))
    assert day_range(ResolvedDate("2024-02", Granularity.MONTH)) == DayRange(date(2024, 2, 1), date(2024, 2, 29))
    assert day_range(ResolvedDate("2024", Granularity.YEAR)) == DayRange(date(2024, 1, 1), date(2024, 12, 31))
    assert day_range(ResolvedDate("PRESENT_REF", Granularity.REFERENCE)) is None
    assert day_range(ResolvedDate("20", Granularity.CENTURY)) is None


def test_distance_km() -> None:
    assert distance_km(39.76, -84.19, 39.96, -83.00) == pytest.approx(104, abs=3)
    assert distance_km(0, 0, 0, 0) == 0.0


def test_far_dates_of_two_dated_reports_also_discount_the_lexical_cosine() -> None:
    def dated(day: str, published: bool) -> ArticleProfile:
        days = DayRange(date.fromisoformat(day), date.fromisoformat(day))
        return ArticleProfile("h", days, DAYTON, None, None, None, published=published)

    anchored = pair_evidence(dated("2024-03-09", True), dated("2024-09-13", True), 0.4)
    undated = pair_evidence(dated("2024-03-09", False), dated("2024-09-13", True), 0.4)
    assert anchored.anchored and not undated.anchored
    # a dated report's days are anchored on its publication date: months apart, shared words (the venue,
    # the town) are of another event there; a date read from an undated text alone may be a past one's
    assert anchored.score == pytest.approx(0.4 * (1 - FAR_DATES_DISCOUNT) - 0.15 + 0.06)
    assert undated.score == pytest.approx(0.4 - 0.15 + 0.06)
    near = pair_evidence(dated("2024-03-09", True), dated("2024-03-10", True), 0.4)
    assert near.score == pytest.approx(0.4 + 0.15 + 0.06)


def test_reports_in_different_places_with_next_to_no_words_in_common_are_no_pair() -> None:
    dayton = ArticleProfile("a", DayRange(date(2024, 3, 9), date(2024, 3, 9)), DAYTON, "Battles", 2, None)
    columbus = ArticleProfile("b", DayRange(date(2024, 3, 9), date(2024, 3, 9)), COLUMBUS, "Battles", 2, None)
    # the same day, type and toll are common to look-alike events in different towns: no link on their own
    assert pair_evidence(dayton, columbus, APART_MIN_LEXICAL / 2).score == 0.0
    assert pair_evidence(dayton, columbus, 0.3).score == pytest.approx(0.3 + 0.15 - 0.02 + 0.01 + 0.03)
    assert pair_evidence(dayton, dayton, APART_MIN_LEXICAL / 2).score > 0.2  # the same town: still a pair
