"""A quotation left open at a paragraph's end and going on in the next paragraph, whose attribution comes only
there: the first paragraph's words are a quote of the same speaker (invented wire copy, three ways)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "first", "source"),
    [
        (
            "ACCRA (Reuters) - Hundreds of nurses marched to parliament on Monday over unpaid allowances.\n\n"
            '"We have waited since January. Our rent is due and our children are at home.\n\n'
            '"If the ministry has no money, it should say so," Abena Mensah, who leads the nurses\' union, told '
            "the crowd.",
            "We have waited since January",
            "Abena Mensah",
        ),
        (
            "QUITO (AP) — The interior minister said on Friday that the attack on the prison had been planned for "
            'weeks. "These were not riots. They were executions ordered from outside.\n\n'
            '"Every one of those responsible will be found," he said.',
            "These were not riots",
            "he",
        ),
        (
            "MANILA (Reuters) - A typhoon flattened homes along the coast of Samar on Sunday.\n\n"
            "“The water came up to the roof in minutes. We held the children on the beams all night.\n\n"
            "“Nobody from the town hall has come,” said Teresita Lopez, 52, a fish vendor.",
            "The water came up to the roof",
            "Teresita Lopez",
        ),
    ],
)
def test_the_open_paragraph_is_the_next_speakers(quotes_of: Any, text: str, first: str, source: str) -> None:
    found = [q for q in quotes_of(text) if first in q.span.text_of(text)]
    assert len(found) == 1
    assert found[0].source is not None and source in found[0].source.phrase.text_of(text)
