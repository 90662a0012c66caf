"""The parts of a wire report, read from invented articles."""

from __future__ import annotations

from eventwire.lexicon.layout.article_layout import article_parts
from eventwire.model import PartKind


def parts(text: str) -> list[tuple[str, str]]:
    return [(p.kind.value, p.span.text_of(text)) for p in article_parts(text)]


def test_headline_dateline_lead_and_body() -> None:
    text = "Gunmen kill 18 in raid on village\nKANO, Nigeria (AP) - Gunmen raided a village.\n\nPolice gave no names."
    assert parts(text) == [
        ("headline", "Gunmen kill 18 in raid on village"),
        ("dateline", "KANO, Nigeria (AP) -"),
        ("lead", "Gunmen raided a village."),
        ("body", "Police gave no names."),
    ]
    (dateline,) = [p for p in article_parts(text) if p.kind is PartKind.DATELINE]
    assert dateline.place is not None and dateline.place.text_of(text) == "KANO"


def test_a_headline_fused_with_a_dated_dateline_is_cut_off() -> None:
    text = "Blast hits market in Kabul KABUL, March 3 (Reuters) - A bomb exploded in a market. Nobody was hurt."
    found = article_parts(text)
    assert [(p.kind.value, p.span.text_of(text)) for p in found][:2] == [
        ("headline", "Blast hits market in Kabul"),
        ("dateline", "KABUL, March 3 (Reuters) -"),
    ]
    assert found[1].date is not None and found[1].date.text_of(text) == "March 3"


def test_a_report_without_headline_or_dateline_is_its_lead() -> None:
    text = "Two people were killed in a mortar attack on the town. Rebels were suspected."
    assert parts(text) == [("lead", text)]


def test_a_colon_after_a_word_in_capitals_is_no_dateline() -> None:
    text = "UPDATE: Police say two people died.\nThe road is closed."
    assert [kind for kind, _ in parts(text)] == ["lead", "body"]
