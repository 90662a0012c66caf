from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from eventwire.model import Article, Span


def test_identity_is_text_and_publication_date() -> None:
    same = Article(id="a", text="Troops clashed near Goma.", published=date(2016, 7, 2))
    other_id = Article(id="b", text="Troops clashed near Goma.", published=date(2016, 7, 2))
    other_day = Article(id="a", text="Troops clashed near Goma.", published=date(2016, 7, 3))
    undated = Article(id="a", text="Troops clashed near Goma.")
    assert same.hash == other_id.hash
    assert len({same.hash, other_day.hash, undated.hash}) == 3


def test_a_timestamp_is_read_as_its_publication_day() -> None:
    stamped = Article(id="a", text="Troops clashed near Goma.", published=datetime(2016, 7, 2, 23, 5, tzinfo=UTC))
    assert type(stamped.published) is date and stamped.published == date(2016, 7, 2)
    assert stamped.hash == Article(id="a", text="Troops clashed near Goma.", published=date(2016, 7, 2)).hash


def test_span_rejects_inverted_ranges_and_slices_text() -> None:
    assert Span(7, 14).text_of("Troops clashed near Goma.") == "clashed"
    with pytest.raises(ValueError, match="invalid span"):
        Span(5, 3)
