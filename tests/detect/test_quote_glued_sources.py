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
