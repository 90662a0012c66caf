"""A source written after the reported clause's last comma, which the parser joins to a noun of that clause ("...
about 900 prisoners, including four journalists, the office of the envoy said"): the source is that phrase, not a
number of prisoners or a place, and the content is the whole clause (invented wire copy, three ways)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "BAMAKO (Reuters) - Rebels freed about 40 hostages on Tuesday, including two nurses, the office of the "
            "regional governor said.",
            "Rebels freed about 40 hostages on Tuesday, including two nurses",
            "the office of the regional governor",
        ),
        (
            "LIMA (AP) — Police detained at least 12 students in the capital, including three girls, the office of "
            "the national ombudsman said.",
            "Police detained at least 12 students in the capital, including three girls",
            "the office of the national ombudsman",
        ),
        (
            "KINSHASA (Reuters) - The two sides agreed to swap about 200 prisoners, including six officers, the "
            "office of the African Union envoy for Congo said.",
            "The two sides agreed to swap about 200 prisoners, including six officers",
            "the office of the African Union envoy for Congo",
        ),
    ],
)
def test_the_source_after_the_last_comma(quotes_of: Any, text: str, content: str, source: str) -> None:
    found = quotes_of(text)
    assert [q.span.text_of(text) for q in found] == [content]
    assert found[0].source is not None and found[0].source.phrase.text_of(text) == source


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "TBILISI (Reuters) - Police broke up a sit-in outside the port on Monday. Fourteen protesters were taken "
            "to hospital, most of them with eye injuries from pepper spray, the health department of the Adjara "
            "region said on Tuesday.",
            "Fourteen protesters were taken to hospital, most of them with eye injuries from pepper spray",
            "the health department of the Adjara region",
        ),
        (
            "ALMATY (Reuters) - Gas leaked from a pipeline near a school on Thursday. Twenty-two children were "
            "treated in hospital, most of them for dizziness and nausea, the health department of the Turkestan "
            "region said.",
            "Twenty-two children were treated in hospital, most of them for dizziness and nausea",
            "the health department of the Turkestan region",
        ),
        (
            "BAKU (AP) — A bus overturned on a mountain road on Sunday. Nine passengers were injured, two of them "
            "seriously, the emergency department of the Gabala district said.",
            "Nine passengers were injured, two of them seriously",
            "the emergency department of the Gabala district",
        ),
    ],
)
def test_the_source_after_a_clause_of_how_many(quotes_of: Any, text: str, content: str, source: str) -> None:
    found = [q for q in quotes_of(text) if q.span.text_of(text).startswith(content.split(",")[0])]
    assert len(found) == 1 and found[0].span.text_of(text) == content
    assert found[0].source is not None and found[0].source.phrase.text_of(text) == source
