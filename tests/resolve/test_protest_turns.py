"""A demonstration told as peaceful, then as dispersed or turned violent a sentence or two later, is one
demonstration of the most severe turn told (invented reports); its cause and a crowd going home are no turn."""

from __future__ import annotations

import pytest

import eventwire


def main_kind(text: str) -> str | None:
    events = eventwire.extract(text, published="2024-05-08", title="Teachers march in Kisumu").events
    return events[0].sub_event_type if events else None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Thousands of teachers marched in Kisumu on Monday to demand higher pay. Police fired tear gas to "
         "disperse them.", "Protest with intervention"),
        ("Thousands of teachers marched in Kisumu on Monday to demand higher pay. Some protesters later threw "
         "stones at passing cars.", "Violent demonstration"),
        ("Thousands of teachers marched in Kisumu on Monday to demand higher pay. They carried banners and sang. "
         "Clashes erupted between police and protesters near the county offices.", "Violent demonstration"),
    ],
)  # fmt: skip
def test_a_demonstration_is_typed_by_its_most_severe_turn(text: str, kind: str) -> None:
    assert main_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of teachers marched in Kisumu on Monday to demand higher pay. The crowd dispersed peacefully "
        "after four hours, police said.",
        "Thousands of teachers rallied in Kisumu on Monday to demand schools in the districts where they live.",
        "Hundreds of people joined protests in Kisumu on Monday following two police shootings of teenagers.",
    ],
)
def test_a_crowd_going_home_or_what_it_protests_is_no_turn(text: str) -> None:
    assert main_kind(text) == "Peaceful protest"
