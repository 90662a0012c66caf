"""What was put to a speaker who gave no answer is no statement: "did not respond to questions", "has not answered
emailed queries from Reuters", "did not reply to written questions" (only the asking, with its own words)."""

import pytest

import eventwire


def _quotes(text: str) -> list[tuple[str | None, str]]:
    result = eventwire.extract(text, published="2026-03-02")
    return [(q.speaker.name if q.speaker else None, q.span.text_of(text)) for q in result.quotes]


@pytest.mark.parametrize(
    "text",
    [
        "The army did not respond to questions.",
        "A spokesman for the ministry did not reply to written questions sent on Tuesday.",
        "Officials in Lima have not answered emailed queries from Reuters about the raid.",
        "The company did not return phone calls seeking its account of the fire.",
    ],
)
def test_an_unanswered_question_is_no_quote(text: str) -> None:
    assert _quotes(text) == []


def test_the_answer_beside_it_is_kept() -> None:
    text = "Police did not respond to questions, but a local councillor said three men had been held."
    assert _quotes(text) == [("a local councillor", "three men had been held")]
