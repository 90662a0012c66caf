from __future__ import annotations

from typing import Any

from eventwire.detect.quoted_text import quoted_regions
from eventwire.model import Span
from eventwire.resolve.event_clauses import dates_the_trigger, inside_any, reference_point


def span_of(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase))


def test_a_date_inside_a_quotation_is_inside_its_region() -> None:
    text = 'He said "today it ended" and \u201cyesterday\u201d.\n\nShe said "no\n\nmore.'
    regions = quoted_regions(text)
    assert [r.span.text_of(text) for r in regions] == ['"today it ended"', "\u201cyesterday\u201d", '"no']
    assert [r.closed for r in regions] == [True, True, False]  # a quote left open ends with its paragraph
    spans = [r.span for r in regions]
    assert inside_any(span_of(text, "today"), spans) and not inside_any(span_of(text, "He said"), spans)


def test_a_date_in_a_subordinate_clause_does_not_date_the_main_clauses_trigger(make_document: Any) -> None:
    text = "Since the army launched its offensive on Feb. 24, militants have killed civilians."
    doc = make_document(text).doc
    assert not dates_the_trigger(doc, span_of(text, "Feb. 24"), span_of(text, "killed"))
    assert dates_the_trigger(doc, span_of(text, "Feb. 24"), span_of(text, "launched"))
    plain = "Police said on Monday that a man was shot."
    assert dates_the_trigger(make_document(plain).doc, span_of(plain, "Monday"), span_of(plain, "shot"))


def test_a_place_after_near_is_a_landmark(make_document: Any) -> None:
    text = "Gunmen attacked villages near Kyiv and a market in Bucha."
    doc = make_document(text).doc
    assert reference_point(doc, span_of(text, "Kyiv"))
    assert not reference_point(doc, span_of(text, "Bucha"))
