"""The days a date value covers."""

from __future__ import annotations

from datetime import date

from eventwire.store.day_ranges import days_covered


def test_day_week_month_and_year_values() -> None:
    assert days_covered("2023-03-14") == (date(2023, 3, 14), date(2023, 3, 14))
    assert days_covered("2023-W11") == (date(2023, 3, 13), date(2023, 3, 19))
    assert days_covered("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert days_covered("2023") == (date(2023, 1, 1), date(2023, 12, 31))


def test_values_that_cover_no_calendar_days() -> None:
    for value in (None, "", "P3D", "PRESENT_REF", "2023-02-30", "2023-W60", "202", "2023-SU"):
        assert days_covered(value) is None
