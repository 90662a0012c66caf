"""The structure stage and the sentences it makes the parser start: a headline never fuses with the lead."""

from __future__ import annotations

import eventwire
from eventwire.model import PartKind


def test_the_headline_and_the_dateline_are_sentences_of_their_own() -> None:
    text = "Three die in clash near border post\nKABUL (AP) - Three soldiers died in a clash on Monday, officials said."
    result = eventwire.extract(text, published="2024-05-07")
    sentences = [s.span.text_of(text).strip() for s in result.sentences]
    assert sentences[:3] == [
        "Three die in clash near border post",
        "KABUL (AP) -",
        "Three soldiers died in a clash on Monday, officials said.",
    ]
    assert [p.kind for p in result.structure] == [PartKind.HEADLINE, PartKind.DATELINE, PartKind.LEAD]


def test_putting_the_headline_on_its_own_line_changes_nothing_of_the_lead() -> None:
    lead = "KABUL (AP) - A roadside bomb killed two police officers in the city on Monday, officials said."
    fused = eventwire.extract("Bomb kills two police officers " + lead, published="2024-05-07")
    apart = eventwire.extract("Bomb kills two police officers\n" + lead, published="2024-05-07")
    shift = 0  # the two texts differ by one character before the lead, and not in length
    assert [(e.event_type, e.killed, e.date) for e in fused.events[:1]] == [
        (e.event_type, e.killed, e.date) for e in apart.events[:1]
    ]
    assert [s.span.start + shift for s in fused.sentences] == [s.span.start for s in apart.sentences]
