"""A role given with a quote and its person named a sentence or two later in apposition to the role, as a source
or not ("The sponsor, Democratic lawmaker NAME, told reporters", "The team chief, former minister NAME, has led
the talks"; "the head of" and "the chief" are one office): the quotes take the name (invented articles)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SEOUL (AP) — Hundreds of farmers rallied outside parliament against a bill to open rice imports. The "
            "bill's chief sponsor said the changes would lower food prices. The ruling party holds a majority in the "
            "assembly. The sponsor, Democratic lawmaker Kim Min-jae, told reporters the vote would be held on Friday.",
            ["Kim Min-jae", "Kim Min-jae"],
        ),
        (
            "NAIROBI (Reuters) - Kenya's government signed a deal with striking doctors on Wednesday. The head of the "
            'negotiating team said the doctors would return to work on Monday. "We have listened to them," he said. '
            "The team chief, former health minister Esther Wambui, has led the talks since January.",
            ["Esther Wambui", "Esther Wambui"],
        ),
        (
            "DHAKA (Reuters) - Officials from Bangladesh and Myanmar met in Dhaka on Tuesday. The chief of the "
            "refugee commission said the first group could return in June. The commission head, Mohammed Mizanur "
            "Rahman, visited the camps in Cox's Bazar last week.",
            ["Mohammed Mizanur Rahman"],
        ),
    ],
)
def test_role_named_later(speakers_of: Any, text: str, expected: list[str | None]) -> None:
    assert speakers_of(text) == expected
