from __future__ import annotations

from datetime import date

import pytest

from eventwire.model import DateMention, Granularity
from eventwire.pipeline import DATES
from eventwire.resolve import calendar
from eventwire.resolve.dates import NO_PUBLICATION_DATE, OFF_THE_CALENDAR
from tests.conftest import RunStages


def resolve(run_stages: RunStages, text: str, published: str | None) -> list[DateMention]:
    return list(run_stages(text, "dates", published=published).get(DATES))


def values(mentions: list[DateMention]) -> dict[str, str | None]:
    return {m.text: m.resolved.value if m.resolved else None for m in mentions}


STRIKE_REPORT = (
    "Missiles struck the capital on Thursday while the envoy was in the city. "
    "The strikes came just two days after he held talks in Moscow. "
    '"The day before, he sat at a long table in the Kremlin," an aide wrote. '
    "Russia invaded on Feb. 24. He called war an absurdity in the 21st century."
)


def test_strike_report_resolves_against_publication_date(run_stages: RunStages) -> None:
    found = values(resolve(run_stages, STRIKE_REPORT, "2022-04-28"))  # a Thursday
    assert found == {
        "Thursday": "2022-04-28",
        "two days after": "2022-04-26",
        "The day before": "2022-04-27",
        "Feb. 24": "2022-02-24",
        "the 21st century": "20",
    }


def test_without_publication_date_only_absolute_dates_resolve(run_stages: RunStages) -> None:
    text = "The deal was signed on April 28, 2022, and talks resumed on Thursday and again on March 3."
    mentions = resolve(run_stages, text, None)
    assert values(mentions) == {"April 28, 2022": "2022-04-28", "Thursday": None, "March 3": None}
    assert mentions[1].note == NO_PUBLICATION_DATE
    assert mentions[0].note == "" and mentions[0].provenance.stage == "dates"


def test_weekday_follows_tense(run_stages: RunStages) -> None:
    found = values(resolve(run_stages, "They met on Tuesday and will meet again on Monday.", "2022-04-28"))
    assert found == {"Tuesday": "2022-04-26", "Monday": "2022-05-02"}


def test_coarse_granularities(run_stages: RunStages) -> None:
    text = (
        "Sales fell last week, rose last month and this year, and dipped last fall. "
        "In the 1990s the firm made radios. Output grew in the second quarter of 2021."
    )
    mentions = resolve(run_stages, text, "2022-04-28")
    assert values(mentions) == {
        "last week": "2022-W16",
        "last month": "2022-03",
        "this year": "2022",
        "last fall": "2021-FA",
        "the 1990s": "199",
        "the second quarter of 2021": "2021-Q2",
    }
    assert [m.resolved.granularity for m in mentions if m.resolved][:4] == [
        Granularity.WEEK,
        Granularity.MONTH,
        Granularity.YEAR,
        Granularity.SEASON,
    ]


def test_reference_expressions(run_stages: RunStages) -> None:
    text = "Prices are now high; they fell recently and may rise in the near future."
    assert values(resolve(run_stages, text, None)) == {
        "now": "PRESENT_REF",
        "recently": "PAST_REF",
        "the near future": "FUTURE_REF",
    }


def test_month_day_without_year_takes_the_recent_year(run_stages: RunStages) -> None:
    text = "The factory closed on Nov. 3 and reopened on Jan. 10."
    assert values(resolve(run_stages, text, "2022-01-20")) == {"Nov. 3": "2021-11-03", "Jan. 10": "2022-01-10"}


def test_year_ago_in_a_quarterly_report_is_the_year_ago_quarter(run_stages: RunStages) -> None:
    text = "Third-quarter profit rose to $5 million from $4 million a year ago. The quarter was strong."
    found = values(resolve(run_stages, text, "2021-10-26"))
    assert found == {"Third-quarter": "2021-Q3", "a year ago": "2020-Q3", "The quarter": "2021-Q3"}


def test_calendar_arithmetic() -> None:
    assert calendar.week(date(2022, 4, 28)).value == "2022-W17"
    assert calendar.weekday_on_or_before(date(2022, 4, 28), 3) == date(2022, 4, 28)
    assert calendar.weekday_before(date(2022, 4, 28), 3) == date(2022, 4, 21)
    assert calendar.weekday_after(date(2022, 4, 28), 0) == date(2022, 5, 2)
    assert calendar.previous_quarter(date(2022, 2, 1)) == (2021, 4)
    assert calendar.add_months(date(2022, 3, 31), -1) == date(2022, 2, 28)
    assert calendar.nth_weekday(2021, 11, 3, 4) == date(2021, 11, 25)  # Thanksgiving
    assert calendar.century(21).value == "20" and calendar.decade(1990).value == "199"


def test_quarters_named_against_the_year_ago(run_stages: RunStages) -> None:
    text = "Profit in the year-ago third quarter was lower than in the 2020 quarter and in the first half."
    found = values(resolve(run_stages, text, "2021-10-26"))
    assert found == {
        "the year-ago third quarter": "2020-Q3",
        "the 2020 quarter": "2020-Q3",
        "the first half": "2021-H1",
    }


def test_vague_amounts_and_seasons_across_the_new_year(run_stages: RunStages) -> None:
    text = "The plant shut several years ago, reopened last fall and will expand this summer."
    found = values(resolve(run_stages, text, "2022-02-10"))
    assert found == {"several years ago": "PAST_REF", "last fall": "2021-FA", "this summer": "2022-SU"}


def test_article_without_date_warns_once_about_its_unresolved_dates(run_stages: RunStages) -> None:
    undated = run_stages(STRIKE_REPORT, "dates")  # Thursday, two days after, The day before, Feb. 24 (no year)
    assert undated.warnings == [
        "no publication date: 4 relative dates left unresolved (give the article a date to resolve them)"
    ]
    dated = run_stages(STRIKE_REPORT, "dates", published="2022-04-28")
    assert dated.warnings == []


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_relative_dates_beyond_the_calendar_stay_unresolved(run_stages: RunStages, published: str) -> None:
    found = resolve(run_stages, "The bridge fell yesterday and will reopen tomorrow, officials said.", published)
    off = [m for m in found if m.resolved is None]
    assert off and all(m.note == OFF_THE_CALENDAR for m in off)
