from __future__ import annotations

from datetime import date

import pytest

from eventwire.model import Article, Span


def test_identity_is_text_and_publication_date() -> None:
    same = Article(id="a", text="Troops clashed near Goma.", published=date(2016, 7, 2))
    other_id = Article(id="b", text="Troops clashed near Goma.", published=date(2016, 7, 2))
    other_day = Article(id="a", text="Troops clashed near Goma.", published=date(2016, 7, 3))
    undated = Article(id="a", text="Troops clashed near Goma.")
    assert same.hash == other_id.hash
    assert len({same.hash, other_day.hash, undated.hash}) == 3


def test_span_rejects_inverted_ranges_and_slices_text() -> None:
    assert Span(7, 14).text_of("Troops clashed near Goma.") == "clashed"
    with pytest.raises(ValueError, match="invalid span"):
        Span(5, 3)
